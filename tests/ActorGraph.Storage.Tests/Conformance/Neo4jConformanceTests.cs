using ActorGraph.Storage.Tests.Neo4j;
using ActorGraph.TestSupport.Neo4j;

namespace ActorGraph.Storage.Tests.Conformance;

/// <summary>The conformance suite on the test run's Neo4j server (see <see cref="Neo4jServerFixture"/>).</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jConformanceTests(Neo4jServerFixture server) : GraphStoreConformanceTests(Neo4jStoreUnderTest.For(server));
