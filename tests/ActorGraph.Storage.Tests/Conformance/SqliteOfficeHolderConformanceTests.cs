namespace ActorGraph.Storage.Tests.Conformance;

public sealed class SqliteOfficeHolderConformanceTests(SqliteStoreUnderTest store) : OfficeHolderConformanceTests(store), IClassFixture<SqliteStoreUnderTest>;
