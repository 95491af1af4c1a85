namespace ActorGraph.Storage.Tests.Conformance;

public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "actorgraph-conformance", Guid.NewGuid().ToString("N"));

    public override string? SkipReason => null;

    protected override Task<string> EmptyLocationAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
