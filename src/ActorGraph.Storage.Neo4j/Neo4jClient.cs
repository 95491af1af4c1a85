using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Talks to one Neo4j server over HTTP. On first use it discovers the server (<c>GET /</c>), picks the Query API or
/// the transactional API, and creates the schema; every unit of work is retried with back-off when the server is
/// unreachable or reports a transient error.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    public const string HttpClientName = "ActorGraph.Neo4j";

    private readonly IHttpClientFactory _httpClients;
    private readonly Neo4jOptions _options;
    private readonly CypherCatalog _cypher;
    private readonly TimeProvider _time;
    private readonly ILogger<Neo4jClient> _logger;
    private readonly SemaphoreSlim _connectOnce = new(1, 1);
    private readonly Uri _address;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly OfficeHolderSeeding _seeding;
    private Neo4jProtocol? _protocol;

    /// <param name="officeHolders">The office-holders table every graph gets on first connect; none when not given (client tests).</param>
    public Neo4jClient(IHttpClientFactory httpClients, IOptions<Neo4jOptions> options, CypherCatalog cypher, TimeProvider time, ILogger<Neo4jClient> logger,
        OfficeHolderTable? officeHolders = null, ReferenceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options.Value;
        _cypher = cypher;
        _time = time;
        _logger = logger;
        (_address, _authorization) = AddressAndCredentials(_options);
        _seeding = new OfficeHolderSeeding(cypher, officeHolders ?? OfficeHolderTable.Empty, catalog ?? ReferenceCatalog.Default, time, logger);
    }

    /// <summary>The server's address without credentials, for messages.</summary>
    public Uri Address => _address;

    public Neo4jServer? Server { get; private set; }

    /// <summary>Runs statements atomically (all or none), retrying the whole request when that is safe.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        WithRetriesAsync(async protocol => await protocol.RunAsync(statements, cancellationToken), cancellationToken);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await RunAsync([statement], cancellationToken))[0];

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction, which it must commit. A retryable failure rolls it
    /// back and runs the whole of <paramref name="work"/> again, so the work must be safe to repeat.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(async protocol =>
        {
            await using var transaction = await protocol.BeginAsync(cancellationToken);
            return await work(transaction);
        }, cancellationToken);
    }

    /// <summary>Discovers the server and applies the schema, once; a failure is not remembered, so the next call tries again.</summary>
    public async Task<Neo4jServer> ConnectAsync(CancellationToken cancellationToken)
    {
        await GetProtocolAsync(cancellationToken);
        return Server!;
    }

    private async Task<T> WithRetriesAsync<T>(Func<Neo4jProtocol, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(await GetProtocolAsync(cancellationToken));
            }
            catch (Neo4jException e) when (e.IsRetryable && attempt <= _options.MaxRetries)
            {
                var delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                var reason = e.Message;
                var retries = _options.MaxRetries;
                Log.Retrying(_logger, _address, attempt, retries, delay, reason);
                await Task.Delay(delay, _time, cancellationToken);
            }
            catch (Neo4jException e) when (e.IsRetryable && _options.MaxRetries > 0)
            {
                throw new Neo4jException(e.Kind, $"{e.Message} (gave up after {attempt} attempts)", e.Code, e);
            }
        }
    }

    private async Task<Neo4jProtocol> GetProtocolAsync(CancellationToken cancellationToken)
    {
        if (_protocol is { } ready)
        {
            return ready;
        }

        await _connectOnce.WaitAsync(cancellationToken);
        try
        {
            if (_protocol is { } raced)
            {
                return raced;
            }

            var server = await DiscoverAsync(cancellationToken);
            var protocol = CreateProtocol(server);
            if (_options.ApplySchema)
            {
                await ApplySchemaAsync(protocol, server, cancellationToken);
            }

            Log.Connected(_logger, _address, server.Version, server.Interface, _options.Database);
            Server = server;
            _protocol = protocol;
            return protocol;
        }
        finally
        {
            _connectOnce.Release();
        }
    }

    private async Task<Neo4jServer> DiscoverAsync(CancellationToken cancellationToken)
    {
        var probe = new TransactionalProtocol(CreateHttpClient(), _address, _authorization, "");
        var (root, _) = await probe.SendAsync(HttpMethod.Get, "", null, null, [], cancellationToken);
        using (root)
        {
            var document = root.RootElement;
            if (document.ValueKind != JsonValueKind.Object)
            {
                throw NotNeo4j();
            }

            if (document.TryGetProperty("neo4j_version", out var version))
            {
                var server = new Neo4jServer(_address, ParseVersion(version.GetString()), document.TryGetProperty("query", out _) ? Neo4jInterface.QueryApi : Neo4jInterface.Transactional);
                return server;
            }

            if (document.TryGetProperty("data", out _))
            {
                // Neo4j 3.x: the version is in the data document, which needs credentials, so this also checks them.
                var (data, _) = await probe.SendAsync(HttpMethod.Get, "db/data/", null, null, [], cancellationToken);
                using (data)
                {
                    var server = new Neo4jServer(_address, ParseVersion(data.RootElement.TryGetProperty("neo4j_version", out var v) ? v.GetString() : "3.0"), Neo4jInterface.Transactional);
                    if (!string.Equals(_options.Database, Neo4jOptions.DefaultDatabase, StringComparison.Ordinal))
                    {
                        throw new Neo4jException(Neo4jErrorKind.DatabaseNotFound,
                            $"Neo4j {server.Version} at {_address} has a single database, so Neo4j:Database '{_options.Database}' cannot be selected; leave it at '{Neo4jOptions.DefaultDatabase}'.");
                    }

                    return server;
                }
            }

            throw NotNeo4j();
        }
    }

    private Neo4jException NotNeo4j() =>
        new(Neo4jErrorKind.Protocol, $"{_address} answered, but not like a Neo4j HTTP port (no neo4j_version or data in GET /). Use the HTTP address Neo4j Browser is on, e.g. http://localhost:7474.");

    private Neo4jProtocol CreateProtocol(Neo4jServer server)
    {
        var database = Uri.EscapeDataString(_options.Database);
        return server switch
        {
            { Interface: Neo4jInterface.QueryApi } => new QueryApiProtocol(CreateHttpClient(), _address, _authorization, $"db/{database}/query/v2"),
            { HasDatabases: true } => new TransactionalProtocol(CreateHttpClient(), _address, _authorization, $"db/{database}/tx"),
            _ => new TransactionalProtocol(CreateHttpClient(), _address, _authorization, "db/data/transaction"),
        };
    }

    /// <summary>
    /// Each DDL statement in its own transaction (Neo4j refuses to mix schema and data, and some versions several schema
    /// changes); then the data every graph starts with (the office-holders table).
    /// </summary>
    private async Task ApplySchemaAsync(Neo4jProtocol protocol, Neo4jServer server, CancellationToken cancellationToken)
    {
        foreach (var statement in _cypher.Schema(server))
        {
            try
            {
                await protocol.RunAsync([statement], cancellationToken);
            }
            catch (Neo4jException e) when (e.Code?.Contains("AlreadyExists", StringComparison.Ordinal) == true)
            {
                // 4.x answers an existing constraint or index with an error; 3.x and IF NOT EXISTS do not.
            }
        }

        await protocol.RunAsync([_cypher.Query(CypherQuery.BackfillParticipantsKeys)], cancellationToken);
        await protocol.RunAsync([_cypher.Query(CypherQuery.BackfillMeetingWindows)], cancellationToken);
        await protocol.RunAsync([_cypher.Query(CypherQuery.BackfillMeetingGroupKeys)], cancellationToken);
        await protocol.RunAsync([_cypher.Query(CypherQuery.BackfillMeetingReports)], cancellationToken);
        await _seeding.EnsureAsync(protocol, _address, cancellationToken);
    }

    private HttpClient CreateHttpClient()
    {
        var http = _httpClients.CreateClient(HttpClientName);
        http.Timeout = _options.RequestTimeout;
        return http;
    }

    private static Version ParseVersion(string? text)
    {
        var digits = new string((text ?? "").TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()).Trim('.');
        if (!digits.Contains('.', StringComparison.Ordinal))
        {
            digits += ".0";
        }

        return Version.TryParse(digits, out var version) ? version : new Version(3, 0);
    }

    /// <summary>Credentials in the URL (http://user:password@host:7474) win over Neo4j:User and Neo4j:Password.</summary>
    internal static (Uri Address, AuthenticationHeaderValue? Authorization) AddressAndCredentials(Neo4jOptions options)
    {
        var uri = options.Uri ?? throw new InvalidOperationException("Neo4j:Uri is not set.");
        var user = options.User;
        var password = options.Password;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : password;
        }

        var address = new UriBuilder(uri) { UserName = "", Password = "", Path = uri.AbsolutePath.TrimEnd('/') + "/", Query = "", Fragment = "" }.Uri;
        var authorization = password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{user}:{password}"))));
        return (address, authorization);
    }

    public void Dispose() => _connectOnce.Dispose();
}
