using System.Diagnostics;
using System.Text.Json;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// Loads the office-holders table into a database the first time it is opened after migration 0003, and again when
/// the table changes (reference_data records the version): one IMMEDIATE transaction, so two processes opening a new
/// database load it once.
/// </summary>
internal static class OfficeHolderSeeding
{
    public static async Task EnsureAsync(SqliteConnection connection, OfficeHolderTable table, ReferenceCatalog catalog, ILogger logger, CancellationToken cancellationToken)
    {
        var version = OfficeHolderSeed.VersionOf(table);
        await SqlRunner.ExecuteAsync(connection, null, "BEGIN IMMEDIATE;", cancellationToken);
        try
        {
            var loaded = await SqlRunner.ScalarAsync(connection, null, "SELECT version FROM reference_data WHERE name = $name;", cancellationToken, ("$name", OfficeHolderSeed.Name));
            if (loaded as string == version)
            {
                await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
                return;
            }

            var watch = Stopwatch.StartNew();
            var seed = OfficeHolderSeed.From(table, catalog);
            Log.LoadingOfficeHolders(logger, connection.DataSource, seed.Persons.Count, seed.Terms.Count);
            await using (var statements = new PreparedStatements(connection))
            {
                await WriteAsync(statements, seed, catalog, cancellationToken);
                await BackfillArticleOfficesAsync(connection, statements, table.Kinds, cancellationToken);
                await statements.ExecuteAsync("""
                    INSERT INTO reference_data (name, version, loaded_at) VALUES ($name, $version, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                    ON CONFLICT (name) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at;
                    """, cancellationToken, ("$name", OfficeHolderSeed.Name), ("$version", version));
            }

            await SqlRunner.ExecuteAsync(connection, null, "COMMIT;", cancellationToken);
            Log.LoadedOfficeHolders(logger, connection.DataSource, watch.ElapsedMilliseconds);
        }
        catch
        {
            await SqlRunner.ExecuteAsync(connection, null, "ROLLBACK;", CancellationToken.None);
            throw;
        }
    }

    private static async Task WriteAsync(PreparedStatements statements, OfficeHolderSeed seed, ReferenceCatalog catalog, CancellationToken cancellationToken)
    {
        await statements.ExecuteAsync("DELETE FROM office_terms;", cancellationToken);
        var countries = seed.Persons.Select(p => p.Country).Concat(seed.Offices.Select(o => o.Country)).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var code in countries)
        {
            await statements.ExecuteAsync("INSERT INTO countries (code, name, in_sources) VALUES ($code, $name, 0) ON CONFLICT (code) DO NOTHING;", cancellationToken,
                ("$code", code), ("$name", catalog.FindCountry(code)?.Name ?? code));
        }

        // People and aliases as one statement each (rows as JSON): the person-search triggers then cost a fraction of
        // what they do per single-row statement.
        await statements.ExecuteAsync("""
            INSERT INTO persons (id, name, name_key, surname_key, country, wikidata_id, in_sources, in_table)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, 0, 1 FROM json_each($rows) WHERE true
            ON CONFLICT (id) DO UPDATE SET wikidata_id = COALESCE(persons.wikidata_id, excluded.wikidata_id), in_table = 1,
                country = COALESCE(persons.country, excluded.country);
            """, cancellationToken, ("$rows", JsonSerializer.Serialize(seed.Persons.Select(p => new[] { p.Id, p.Name, p.NameKey, p.SurnameKey, p.Country, p.WikidataId }))));
        await statements.ExecuteAsync("INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);",
            cancellationToken, ("$rows", JsonSerializer.Serialize(seed.Aliases.Select(a => new[] { a.PersonId, a.Alias, a.Key }))));

        foreach (var office in seed.Offices)
        {
            await statements.ExecuteAsync("""
                INSERT INTO offices (id, title, country, kind, title_key) VALUES ($id, $title, $country, $kind, $titleKey)
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title_key = excluded.title_key;
                """, cancellationToken, ("$id", office.Id), ("$title", office.Title), ("$country", office.Country), ("$kind", office.Kind), ("$titleKey", office.TitleKey));
        }

        foreach (var term in seed.Terms)
        {
            await statements.ExecuteAsync("""
                INSERT INTO office_terms (person_id, office_id, from_date, to_date, from_earliest, to_latest, confirmed_until, source)
                VALUES ($p, $o, $from, $to, $fromEarliest, $toLatest, $confirmed, $source);
                """, cancellationToken, ("$p", term.PersonId), ("$o", term.OfficeId), ("$from", term.From), ("$to", term.To),
                ("$fromEarliest", term.FromEarliest), ("$toLatest", term.ToLatest), ("$confirmed", term.ConfirmedUntil), ("$source", term.Source));
        }
    }

    /// <summary>Offices sources stated before offices had kinds (stores made before migration 0003) get theirs.</summary>
    private static async Task BackfillArticleOfficesAsync(SqliteConnection connection, PreparedStatements statements, OfficeKinds kinds, CancellationToken cancellationToken)
    {
        var untyped = await SqlRunner.QueryAsync(connection, null, "SELECT id, title, country FROM offices WHERE title_key IS NULL;",
            r => (Id: r.GetString(0), Title: r.GetString(1), Country: r.NullableString(2)), cancellationToken);
        foreach (var (id, title, country) in untyped)
        {
            await statements.ExecuteAsync("UPDATE offices SET kind = $kind, title_key = $key WHERE id = $id;", cancellationToken,
                ("$id", id), ("$kind", OfficeKinds.Text(kinds.Classify(title, country))), ("$key", Core.Identity.NameFolding.Fold(title)));
        }
    }
}
