// Regenerates src/ActorGraph.Core/ReferenceData/Data/countries.json from the world-countries package
// (ODbL-1.0, https://github.com/mledoze/countries) plus our own country-supplement.json.
// Run: cd tools/refdata && npm ci && npm run generate
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const supplement = JSON.parse(readFileSync(new URL('./country-supplement.json', import.meta.url), 'utf8'));

const keep = c => c.independent === true || ['PS', 'XK', 'TW', 'HK', 'MO', 'PR', 'GL', 'EH', 'VA'].includes(c.cca2);
const latin = s => /^[\p{Script=Latin}0-9 .,'’()\-]+$/u.test(s) && /\p{L}/u.test(s);
// Short upper-case codes ("IN", "IT") read as ordinary words in headlines; only these few are used as names.
const allowedShort = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);
const denyNames = new Set(supplement.denyNames);
const denyCapitals = new Set(supplement.denyCapitals);

const rows = countries.filter(keep).map(c => {
  const code = c.cca2;
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []), ...(supplement.names[code] ?? [])]);
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(supplement.demonyms[code] ?? [])].filter(Boolean));
  const capitals = new Set([...(c.capital ?? []), ...(supplement.capitals[code] ?? [])]);
  return {
    code,
    name: c.name.common,
    names: [...names].filter(n => latin(n) && !denyNames.has(n) && (n.replace(/\./g, '').length > 3 || allowedShort.has(n.replace(/\./g, '')) || n.includes('.'))).sort(),
    demonyms: [...demonyms].filter(latin).sort(),
    capitals: [...capitals].filter(n => latin(n) && !denyCapitals.has(n)).sort(),
  };
});

// A demonym or capital claimed by two countries ("Congolese", "Dominican") names neither, unless the supplement says which.
for (const field of ['demonyms', 'capitals']) {
  const owners = new Map();
  for (const r of rows) for (const v of r[field]) owners.set(v, [...(owners.get(v) ?? []), r.code]);
  for (const r of rows) {
    const own = new Set((field === 'demonyms' ? supplement.demonyms : supplement.capitals)[r.code] ?? []);
    r[field] = r[field].filter(v => owners.get(v).length === 1 || own.has(v));
  }
}

rows.sort((a, b) => a.code.localeCompare(b.code));
const target = new URL('../../src/ActorGraph.Core/ReferenceData/Data/countries.json', import.meta.url);
writeFileSync(target, JSON.stringify({
  source: 'world-countries 5.1.0 (ODbL-1.0, Mohammed Le Doze and contributors) + tools/refdata/country-supplement.json',
  countries: rows,
}, null, 1) + '\n');
console.log(`wrote ${rows.length} countries to ${target.pathname}`);
