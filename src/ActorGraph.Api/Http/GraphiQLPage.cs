namespace ActorGraph.Api.Http;

/// <summary>The GraphiQL page. Its scripts are served from this app (wwwroot/graphiql/vendor, from npm), never a CDN.</summary>
internal static class GraphiQLPage
{
    public static string Html(string endpoint, bool assetsPresent) => assetsPresent
        ? $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>ActorGraph · GraphiQL</title>
              <link rel="stylesheet" href="/graphiql/vendor/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <a href="/explore" style="position: fixed; right: 1rem; bottom: .6rem; z-index: 10; font: 14px system-ui, sans-serif">Explorer</a>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="/graphiql/vendor/react.production.min.js"></script>
              <script src="/graphiql/vendor/react-dom.production.min.js"></script>
              <script src="/graphiql/vendor/graphiql.min.js"></script>
              <script src="/graphiql/start.js" data-endpoint="{{endpoint}}"></script>
            </body>
            </html>
            """
        : """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>ActorGraph · GraphiQL</title></head>
            <body>
              <h1>GraphiQL assets are missing</h1>
              <p>They are installed from npm when the API is built. Install Node.js and npm, then rebuild
              (<code>dotnet build src/ActorGraph.Api</code>). The GraphQL endpoint itself works without them.</p>
            </body></html>
            """;
}
