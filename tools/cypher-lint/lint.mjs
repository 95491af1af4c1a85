// Lints every .cypher file under a folder with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support), against the graph model in cypher/model.json so that a misspelt
// label, relationship type or property is reported too. Exits 1 when any file has a finding.
//
//   node lint.mjs <cypher folder>
//
// Files under schema/legacy/ hold the DDL of Neo4j 3.x and 4.x (CREATE CONSTRAINT ON … ASSERT), which modern
// Cypher rejects by design; they are listed as not linted, and the test suite executes them on Neo4j 3.1.1.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2];
if (!root) {
  console.error('usage: node lint.mjs <cypher folder>');
  process.exit(2);
}

const model = JSON.parse(readFileSync(join(root, 'model.json'), 'utf8'));
const schema = {
  labels: model.labels,
  relationshipTypes: model.relationshipTypes,
  propertyKeys: [...model.propertyKeys, ...(model.parameterMapKeys ?? [])],
};

function* cypherFiles(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      yield* cypherFiles(path);
    } else if (name.endsWith('.cypher')) {
      yield path;
    }
  }
}

function lineOf(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

let files = 0;
let findings = 0;
for (const path of cypherFiles(root)) {
  const name = relative(root, path).split(sep).join('/');
  if (name.startsWith('schema/legacy/')) {
    console.log(`skip  ${name} (3.x/4.x DDL, executed on Neo4j 3.1.1 by the test suite)`);
    continue;
  }

  files++;
  const text = readFileSync(path, 'utf8');
  if (text.trim().length === 0) {
    console.log(`FAIL  ${name}: the file is empty`);
    findings++;
    continue;
  }

  // Parameters are supplied by the application at run time; everything else Neo4j reports is a finding.
  const diagnostics = lintCypherQuery(text, schema).diagnostics.filter(isNotParamError);
  if (diagnostics.length === 0) {
    console.log(`ok    ${name}`);
    continue;
  }

  for (const d of diagnostics) {
    const kind = d.severity === 1 ? 'error' : 'warning';
    console.log(`FAIL  ${name}:${lineOf(text, d.offsets.start)}: ${kind}: ${d.message}`);
    findings++;
  }
}

console.log(`${files} file(s) linted, ${findings} finding(s)`);
process.exit(findings === 0 && files > 0 ? 0 : 1);
