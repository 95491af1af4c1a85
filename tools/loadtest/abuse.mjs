// Measures what hostile GraphQL requests cost a running ActorGraph server: time per request and the server's
// resident memory (read from /proc), alone and four at once, then 200 clients for a minute on a mix of queries.
// Usage: node abuse.mjs URL SERVER_PID [soak seconds] [--soak-only]
//   e.g. node abuse.mjs http://127.0.0.1:5091/graphql 12345 60
// Run it against a server with the history-state records imported (docs/benchmarks.md, "Reliability").
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
const pid = Number(process.argv[3]);
const soakSeconds = Number(process.argv[4] ?? 60);
const soakOnly = process.argv[5] === '--soak-only';

const rssMb = () => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

const aliases = (count, make) => `{ ${Array.from({ length: count }, (_, i) => make(i)).join(' ')} }`;
const fragmentChain = (length) => '{ ...F0 }\n' + Array.from({ length }, (_, i) =>
  i + 1 < length ? `fragment F${i} on Query{...F${i + 1}}` : `fragment F${i} on Query{stats{persons}}`).join('\n');

// Each attack fits the 64 KB limit for requests without the key; the first four are the issue's, the rest the most
// expensive requests the budget still lets through.
const attacks = {
  'whoMet x700 (refused)': aliases(700, (i) => `w${i}:whoMet(person:"George W. Bush"){counterparts{totalCount}}`),
  'network depth 3 x50 (refused)': aliases(50, (i) => `n${i}:network(person:"George W. Bush",depth:3){nodes{distance}}`),
  'connection maxHops 6 x100 (refused)': aliases(100, (i) => `c${i}:connection(from:"Abboud",to:"Abbas Hoveyda",maxHops:6){hops}`),
  'fragment chain of 1,900 (refused)': fragmentChain(1900),
  'whoMet x9 (allowed)': aliases(9, (i) => `w${i}:whoMet(person:"George W. Bush"){counterparts(first:1){totalCount}}`),
  'connection maxHops 6 x3 (allowed)': aliases(3, (i) => `c${i}:connection(from:"Abboud",to:"Abbas Hoveyda",maxHops:6){hops persons{name}}`),
  'network depth 3 (allowed)': `{ network(person:"George W. Bush",depth:3){nodes{distance person{name country}} edges{meetings}} }`,
  'countryContacts x9 (allowed)': aliases(9, (i) => `d${i}:countryContacts(country:"US"){code contacts(first:50){totalCount}}`),
};

async function post(query) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  const ms = performance.now() - started;
  const error = body.errors?.[0]?.message;
  return { ms, status: response.status, outcome: error ? `error: ${error.slice(0, 70)}` : 'answered' };
}

async function measure(name, query, times) {
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb()); }, 25);
  const results = await Promise.all(Array.from({ length: times }, () => post(query)));
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  const slowest = Math.max(...results.map((r) => r.ms));
  console.log(`| ${name} | ${times} | ${slowest.toFixed(0)} ms | +${(peak - before).toFixed(0)} MB | ${results[0].status} ${results[0].outcome} |`);
  return slowest;
}

console.log(`server memory at start: ${rssMb().toFixed(0)} MB`);
console.log('| request | at once | slowest | peak memory over start | answer |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, query] of soakOnly ? [] : Object.entries(attacks)) {
  await measure(name, query, 1);
  await measure(name, query, 4);
}

// The soak: 200 clients on the queries of latency.mjs, then memory once the server has settled.
const mix = [
  `{ whoMet(person: "Blinken", from: "2021-01-01", to: "2021-12-31") { counterparts(first: 100) { edges { node { person { name } meetings { date place } } } } } }`,
  `{ connection(from: "Kissinger", to: "Blinken", maxHops: 4) { hops persons { name } } }`,
  `{ countryContacts(country: "JP") { code contacts(first: 50) { edges { node { code meetings } } } } }`,
  `{ searchPersons(text: "ab", limit: 20) { id name } }`,
];
const soak = (seconds) => autocannon({
  url,
  connections: 200,
  duration: seconds,
  timeout: 60, // seconds: with 200 clients on 2 cores a request waits its turn in the server's queue for seconds
  requests: mix.map((query) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
});
// "Start" is the server once warm (code compiled, connections and caches filled by 15 s of the same load), so what
// follows measures growth under load, not warm-up.
await soak(15);
await new Promise((resolve) => setTimeout(resolve, 5000));
const start = rssMb();
const result = await soak(soakSeconds);
await new Promise((resolve) => setTimeout(resolve, 5000));
const end = rssMb();
await new Promise((resolve) => setTimeout(resolve, 25000));
const settled = rssMb();
console.log(`soak: 200 clients for ${soakSeconds} s: ${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx, ` +
  `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; memory ${start.toFixed(0)} MB before (warm), ${end.toFixed(0)} MB 5 s after (${((end / start - 1) * 100).toFixed(0)} %), ` +
  `${settled.toFixed(0)} MB 30 s after (${((settled / start - 1) * 100).toFixed(0)} %)`);
process.exit(result.errors + result.non2xx > 0 ? 1 : 0);
