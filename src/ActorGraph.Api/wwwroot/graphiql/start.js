// Starts GraphiQL against this server's endpoint, with an example query about the sample articles.
(function () {
  var endpoint = document.currentScript.getAttribute('data-endpoint') || '/graphql';
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var example = '# Who did Blinken meet, and what do the articles say?\n' +
    '{\n  whoMet(person: "Blinken") {\n    person { name country }\n    counterparts(first: 10) {\n      edges { node {\n' +
    '        person { name country }\n        count firstDate lastDate\n        meetings { date status place sources { title evidence } }\n' +
    '      } }\n    }\n  }\n}\n';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
})();
