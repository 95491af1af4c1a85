using System.Diagnostics;
using System.Globalization;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Loads the office-holders table into the graph on the first connect to a database that lacks it (or holds another
/// version): persons, offices with kinds, terms as HOLDS with from/to, in batches of <see cref="BatchSize"/> rows,
/// logging progress. Every statement merges, so a load cut short is completed by the next start.
/// </summary>
internal sealed class OfficeHolderSeeding(CypherCatalog cypher, OfficeHolderTable table, ReferenceCatalog catalog, TimeProvider time, ILogger logger)
{
    private const int BatchSize = 2_000;

    public async Task EnsureAsync(Neo4jProtocol protocol, Uri address, CancellationToken cancellationToken)
    {
        var version = OfficeHolderSeed.VersionOf(table);
        var state = (await protocol.RunAsync([Statement(CypherQuery.ReferenceDataVersion, ("name", OfficeHolderSeed.Name))], cancellationToken))[0].Rows[0];
        var loaded = state[0].NullableString();
        if (loaded == version)
        {
            return;
        }

        // An empty graph (a new database) is filled with CREATE: no lookups, several times faster than merging.
        var empty = state[1].ValueKind == System.Text.Json.JsonValueKind.True;

        var watch = Stopwatch.StartNew();
        var seed = OfficeHolderSeed.From(table, catalog);
        Log.LoadingOfficeHolders(logger, address, seed.Persons.Count, seed.Terms.Count);
        await protocol.RunAsync([Statement(CypherQuery.MarkArticleHolds)], cancellationToken);
        if (loaded is not null)
        {
            // Another version's terms go first; deleting in batches keeps each transaction small.
            while ((await protocol.RunAsync([Statement(CypherQuery.DeleteTerms, ("limit", 10_000))], cancellationToken))[0].Rows[0][0].Number() > 0)
            {
            }
        }

        var total = empty ? seed.Persons.Count : seed.Persons.Count + seed.Aliases.Count + seed.Offices.Count + seed.Terms.Count;
        var done = 0;
        async Task LoadAsync<T>(CypherQuery query, IReadOnlyList<T> rows, Func<T, object> shape)
        {
            foreach (var batch in rows.Chunk(BatchSize))
            {
                var started = Stopwatch.GetTimestamp();
                await protocol.RunAsync([Statement(query, ("rows", batch.Select(shape).ToList()))], cancellationToken);
                done += batch.Length;
                var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Log.LoadingProgress(logger, done, total, query, elapsed);
            }
        }

        if (empty)
        {
            // One statement per batch of people creates them with their names, offices and terms (see CreateSeedPersons).
            var aliases = seed.Aliases.ToLookup(a => a.PersonId, StringComparer.Ordinal);
            var terms = seed.Terms.ToLookup(t => t.PersonId, StringComparer.Ordinal);
            var offices = seed.Offices.ToDictionary(o => o.Id, StringComparer.Ordinal);
            await LoadAsync(CypherQuery.CreateSeedPersons, seed.Persons, p => new
            {
                p.Id, p.Name, p.NameKey, p.SurnameKey, p.Country, p.WikidataId,
                Aliases = aliases[p.Id].Select(a => a.Alias).ToList(),
                AliasKeys = aliases[p.Id].Select(a => a.Key).ToList(),
                Terms = terms[p.Id].Select(t => new
                {
                    t.OfficeId, offices[t.OfficeId].Title, offices[t.OfficeId].Country, offices[t.OfficeId].Kind, offices[t.OfficeId].TitleKey,
                    Term = TermKey(t), t.From, t.To, t.FromEarliest, t.ToLatest, t.ConfirmedUntil, t.Source,
                }).ToList(),
            });
        }
        else
        {
            await protocol.RunAsync([Statement(CypherQuery.BackfillPersonNames)], cancellationToken);
            await LoadAsync(CypherQuery.SeedPersons, seed.Persons, p => p);
            await LoadAsync(CypherQuery.AddPersonAliases, seed.Aliases, a => new { a.PersonId, a.Alias, a.Key });
            await LoadAsync(CypherQuery.SeedOffices, seed.Offices, o => o);
            await LoadAsync(CypherQuery.SeedTerms, seed.Terms, t => new
            {
                t.PersonId, t.OfficeId, t.From, t.To, t.FromEarliest, t.ToLatest, t.ConfirmedUntil, t.Source, Term = TermKey(t),
            });
        }

        await ClassifyOfficesAsync(protocol, cancellationToken);
        await protocol.RunAsync([Statement(CypherQuery.SetReferenceDataVersion, ("name", OfficeHolderSeed.Name), ("version", version),
            ("loadedAt", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)))], cancellationToken);
        Log.LoadedOfficeHolders(logger, address, watch.ElapsedMilliseconds);
    }

    /// <summary>Offices sources stated before offices had kinds get theirs.</summary>
    private async Task ClassifyOfficesAsync(Neo4jProtocol protocol, CancellationToken cancellationToken)
    {
        var untyped = (await protocol.RunAsync([Statement(CypherQuery.OfficesWithoutKind)], cancellationToken))[0].Rows
            .Select(r => new { Id = r[0].RequiredString(), Title = r[1].RequiredString(), Country = r[2].NullableString() })
            .Select(o => new { o.Id, Kind = OfficeKinds.Text(table.Kinds.Classify(o.Title, o.Country)), TitleKey = NameFolding.Fold(o.Title) })
            .ToList();
        foreach (var batch in untyped.Chunk(BatchSize))
        {
            await protocol.RunAsync([Statement(CypherQuery.SetOfficeKinds, ("rows", batch.ToList()))], cancellationToken);
        }
    }

    private static string TermKey(OfficeHolderSeed.TermRow term) => $"{term.From}..{term.To}";

    private CypherStatement Statement(CypherQuery name, params (string Name, object? Value)[] parameters) =>
        cypher.Query(name, parameters.ToDictionary(p => p.Name, p => p.Value));
}
