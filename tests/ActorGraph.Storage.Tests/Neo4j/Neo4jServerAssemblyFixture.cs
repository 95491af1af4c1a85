using ActorGraph.TestSupport.Neo4j;

// The Neo4j server of this test run, one per test assembly (tests/ActorGraph.TestSupport), given to the tests that ask for it.
[assembly: AssemblyFixture(typeof(Neo4jServerFixture))]
