using ActorGraph.Hosting;
using ActorGraph.Worker;

// Settings beside the binaries (appsettings.json), whatever folder the worker is started from.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddActorGraphWorker();       // store, extraction, the inbox worker, health checks

var app = builder.Build();
app.MapActorGraphHealth();           // /health: store check and ingestion counters
await app.RunAsync();
