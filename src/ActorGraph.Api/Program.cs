using ActorGraph.Api;

var builder = ActorGraphWebApplication.CreateBuilder(args);
builder.AddActorGraphApi();          // store (SQLite file or, later, Neo4j), extraction, GraphQL, health

var app = builder.Build();
app.MapActorGraphApi();              // /graphql (GET, POST), /graphql/ui (GraphiQL), /health
await app.RunAsync();
