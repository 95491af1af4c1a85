namespace ActorGraph.Storage.Neo4j.Http;

public enum Neo4jInterface
{
    /// <summary>The Query API (<c>/db/{db}/query/v2</c>) of Neo4j 5.19 and later, and the only one on Aura.</summary>
    QueryApi,

    /// <summary>The transactional HTTP API: <c>/db/{db}/tx</c> on 4.x–5.x, <c>/db/data/transaction</c> on 3.x.</summary>
    Transactional,
}
