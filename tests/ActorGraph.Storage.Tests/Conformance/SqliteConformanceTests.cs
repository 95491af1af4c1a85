namespace ActorGraph.Storage.Tests.Conformance;

public sealed class SqliteConformanceTests(SqliteStoreUnderTest store) : GraphStoreConformanceTests(store), IClassFixture<SqliteStoreUnderTest>;
