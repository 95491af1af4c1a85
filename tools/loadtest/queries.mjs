// The query benchmark of issue 17: every query of the README against two servers side by side, a store of
// generated meetings and one ten times smaller (actorgraph bench --query-store STORE --meetings N), at 1 and 8
// connections, alternating the two servers query by query so both see the same machine.
// Usage: [ONLY=regex] node queries.mjs LARGE_URL LARGE_NAMES SMALL_URL SMALL_NAMES [seconds per run]
//   e.g. node queries.mjs http://127.0.0.1:5101/graphql /tmp/q100k.db.names.json http://127.0.0.1:5102/graphql /tmp/q10k.db.names.json 10
// Prints a Markdown table: p50 and p99 in ms per query, store and connections, and the ratio of the large store's
// p50 to the small one's. Exits 1 if any request failed.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [largeUrl, largeNames, smallUrl, smallNames] = process.argv.slice(2, 6);
const duration = Number(process.argv[6] ?? 10);
if (!smallNames) {
  console.error('usage: node queries.mjs LARGE_URL LARGE_NAMES SMALL_URL SMALL_NAMES [seconds]');
  process.exit(2);
}

// The README's queries, asked about the busiest person of each store (the worst case), the second busiest and one of
// middling activity, as the generator names them.
function queries(n) {
  const q = JSON.stringify;
  return {
    searchPersons: `{ searchPersons(text: ${q(n.busiest.split(' ')[1].slice(0, 5))}) { id name country } }`,
    person: `{ person(idOrName: ${q(n.busiest)}) { person { name country } meetingCount offices { title } } }`,
    'whoMet (first 20)': `{ whoMet(person: ${q(n.busiest)}) { person { name country } counterparts(first: 20) { totalCount edges { node { person { name country } count firstDate lastDate meetings { date place status } } } } } }`,
    'whoMet (a year)': `{ whoMet(person: ${q(n.busiest)}, from: "2021-01-01", to: "2021-12-31") { counterparts(first: 100) { edges { node { person { name } meetings { date endDate place } } } } } }`,
    'whoMet (office)': `{ whoMet(person: ${q(n.busiest)}, counterpartOffice: "foreign minister") { counterparts { edges { node { person { name country } meetings { date } } } } } }`,
    didMeet: `{ didMeet(a: ${q(n.busiest)}, b: ${q(n.second)}) { met meetings { date place status sources { title url evidence } } } }`,
    connection: `{ connection(from: ${q(n.middling)}, to: ${q(n.second)}) { hops persons { name } meetings { date place } } }`,
    network: `{ network(person: ${q(n.middling)}, depth: 1) { nodes { person { name country } distance } edges { source target meetings } } }`,
    countryContacts: `{ countryContacts(country: ${q(n.country)}) { code name contacts(first: 50) { edges { node { code name meetings } } } } }`,
    'timeline (first 20)': `{ timeline(person: ${q(n.busiest)}, first: 20) { totalCount edges { cursor node { date place status participants { name } } } } }`,
    'meetings (first 20)': `{ meetings(participant: ${q(n.busiest)}, from: "2000-01-01", first: 20) { totalCount edges { node { date place participants { name } sources { url } } } } }`,
    officeHolders: `{ officeHolders(country: "FR", office: "foreign minister", on: "2019-06-01") { person { name } office { title from to } } }`,
    stats: `{ stats { persons meetings articles } }`,
  };
}

const stores = [
  { name: 'large', url: largeUrl, queries: queries(JSON.parse(readFileSync(largeNames, 'utf8'))) },
  { name: 'small', url: smallUrl, queries: queries(JSON.parse(readFileSync(smallNames, 'utf8'))) },
];

async function probe(url, query) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  }
}

async function measure(url, query, connections) {
  const result = await autocannon({
    url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections, duration,
  });
  return { p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, errors: result.errors + result.non2xx };
}

let failed = false;
console.log('| query | connections | large p50 | large p99 | small p50 | small p99 | large / small (p50) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
// ONLY=regex limits the run to the queries whose names match.
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
for (const name of Object.keys(stores[0].queries).filter((n) => !only || only.test(n))) {
  try {
    for (const store of stores) {
      await probe(store.url, store.queries[name]);
    }
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    failed = true;
    continue;
  }

  for (const connections of [1, 8]) {
    const [large, small] = [await measure(stores[0].url, stores[0].queries[name], connections), await measure(stores[1].url, stores[1].queries[name], connections)];
    failed ||= large.errors + small.errors > 0;
    const ratio = small.p50 > 0 ? (large.p50 / small.p50).toFixed(2) : 'n/a';
    console.log(`| ${name} | ${connections} | ${large.p50} | ${large.p99} | ${small.p50} | ${small.p99} | ${ratio} |`);
  }
}

process.exit(failed ? 1 : 0);
