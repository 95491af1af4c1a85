// Measures the latency of ActorGraph's relationship queries against a running server with autocannon.
// Usage: node latency.mjs [url] [seconds per query] [connections]
//   e.g. node latency.mjs http://127.0.0.1:5080/graphql 20 4
// Prints one line per query (requests, p50, p90, p99, max in ms, errors) and exits 1 if any request failed.
import autocannon from 'autocannon';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
const duration = Number(process.argv[3] ?? 20);
const connections = Number(process.argv[4] ?? 4);

// Each query walks the imported history-state graph: a Secretary's counterparts in a year, a chain between two
// leaders decades apart, and the contacts of a country with many meetings.
const queries = {
  whoMet: `{ whoMet(person: "Blinken", from: "2021-01-01", to: "2021-12-31") { person { name } counterparts(first: 100) { edges { node { person { name country } meetings { date endDate place } } } } } }`,
  connection: `{ connection(from: "Kissinger", to: "Blinken", maxHops: 4) { hops persons { name } meetings { date place } } }`,
  countryContacts: `{ countryContacts(country: "JP") { code name contacts(first: 50) { edges { node { code name meetings } } } } }`,
};

let failed = false;
for (const [name, query] of Object.entries(queries)) {
  // One request first, so a wrong query fails loudly instead of being timed.
  const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await probe.json();
  if (!probe.ok || body.errors) {
    console.error(`${name}: ${probe.status} ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
    failed = true;
    continue;
  }

  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    duration,
  });
  const l = result.latency;
  const errors = result.errors + result.non2xx;
  failed ||= errors > 0;
  console.log(`${name.padEnd(16)} ${String(result.requests.total).padStart(7)} requests  p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  max ${l.max} ms  ${result.requests.average} req/s  errors ${errors}`);
}

process.exit(failed ? 1 : 0);
