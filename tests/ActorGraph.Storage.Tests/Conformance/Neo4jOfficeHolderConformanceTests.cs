using ActorGraph.Storage.Tests.Neo4j;
using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>The office-holders suite on the test run's Neo4j server.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jOfficeHolderConformanceTests(Neo4jServerFixture server) : OfficeHolderConformanceTests(Neo4jStoreUnderTest.For(server));
