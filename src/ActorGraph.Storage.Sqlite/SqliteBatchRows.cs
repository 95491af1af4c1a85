using System.Text.Json;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The rows a batch of articles adds, gathered in memory and written with one statement per table
/// (<c>INSERT … SELECT … FROM json_each($rows)</c>) once every article of the batch is resolved. Row by row, the
/// same inserts cost one statement, one parameter lookup and one bind per value, which was most of a bulk load's
/// store time. Rows keep their order, so <c>OR IGNORE</c> keeps the first, as one insert after another did.
/// </summary>
/// <remarks>
/// Countries, people and aliases are not gathered: people and aliases are written as each is resolved, because the
/// next article's lookups must see them, and a person's country must exist first. Each is written once per batch.
/// </remarks>
internal sealed class SqliteBatchRows
{
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly List<object?[]> _articles = [];
    private readonly List<object?[]> _offices = [];
    private readonly List<object?[]> _organizations = [];
    private readonly List<object?[]> _places = [];
    private readonly List<object?[]> _holds = [];
    private readonly List<object?[]> _mentions = [];
    private readonly List<object?[]> _reports = [];
    private readonly HashSet<string> _articleIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _officeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organizationIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeIds = new(StringComparer.Ordinal);
    private readonly HashSet<(string PersonId, string AliasKey)> _aliases = [];
    private readonly HashSet<(string NodeId, string ArticleId)> _mentioned = [];

    /// <summary>True the first time a country is named in this batch: the caller then ensures it in the store.</summary>
    public bool FirstTimeCountry(string code) => _countries.Add(code);

    public void Article(string id, string title, string? url, string? source, string? publishedAt, string ingestedAt, string text, string? recordId) =>
        _articles.Add([id, title, url, source, publishedAt, ingestedAt, text, recordId]);

    public void Office(string id, string title, string? country, string kind, string titleKey)
    {
        if (_officeIds.Add(id))
        {
            _offices.Add([id, title, country, kind, titleKey]);
        }
    }

    public void Organization(string id, string name, string? country)
    {
        if (_organizationIds.Add(id))
        {
            _organizations.Add([id, name, country]);
        }
    }

    public void Place(string id, string name, string kind, string? country)
    {
        if (_placeIds.Add(id))
        {
            _places.Add([id, name, kind, country]);
        }
    }

    /// <summary>True the first time this batch gives the person this alias: the caller then writes it (at once, for lookups).</summary>
    public bool FirstTimeAlias(string personId, string aliasKey) => _aliases.Add((personId, aliasKey));

    /// <summary>True the first time the batch holds this article (two copies of one text in a batch are one article).</summary>
    public bool FirstTimeArticle(string articleId) => _articleIds.Add(articleId);

    public void Holds(string personId, string officeId, string? asOf, string articleId) => _holds.Add([personId, officeId, asOf, articleId]);

    public void Mention(string nodeId, string kind, string articleId)
    {
        if (_mentioned.Add((nodeId, articleId)))
        {
            _mentions.Add([nodeId, kind, articleId]);
        }
    }

    public void Report(object?[] row) => _reports.Add(row);

    /// <summary>Writes the gathered rows, parents before the rows that reference them.</summary>
    public async Task FlushAsync(PreparedStatements statements, CancellationToken cancellationToken)
    {
        await Insert(statements, _articles, """
            INSERT INTO articles (id, title, url, source, published_at, ingested_at, text, record_id)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7 FROM json_each($rows);
            """, cancellationToken);
        await Insert(statements, _offices, """
            INSERT OR IGNORE INTO offices (id, title, country, kind, title_key)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($rows);
            """, cancellationToken);
        await Insert(statements, _organizations, """
            INSERT OR IGNORE INTO organizations (id, name, kind, country) SELECT value ->> 0, value ->> 1, NULL, value ->> 2 FROM json_each($rows);
            """, cancellationToken);
        await Insert(statements, _places, """
            INSERT OR IGNORE INTO places (id, name, kind, country) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows);
            """, cancellationToken);

        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the insert, not to the SELECT's join.
        await Insert(statements, _holds, """
            INSERT INTO holds (person_id, office_id, as_of, article_id)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows) WHERE true
            ON CONFLICT (person_id, office_id) DO UPDATE SET as_of = COALESCE(MIN(holds.as_of, excluded.as_of), holds.as_of, excluded.as_of);
            """, cancellationToken);
        await Insert(statements, _mentions, """
            INSERT OR IGNORE INTO mentions (node_id, node_kind, article_id) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);
            """, cancellationToken);
        await Insert(statements, _reports, """
            INSERT OR IGNORE INTO meeting_reports (id, article_id, participants_key, date, end_date, status, mode, place_id, country, window_from, window_to, evidence,
                                                   gathering, group_key)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10,
                   value ->> 11, value ->> 12, value ->> 13
            FROM json_each($rows);
            """, cancellationToken);
    }

    private static async Task Insert(PreparedStatements statements, List<object?[]> rows, string sql, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            await statements.ExecuteAsync(sql, cancellationToken, ("$rows", JsonSerializer.Serialize(rows)));
            rows.Clear();
        }
    }
}
