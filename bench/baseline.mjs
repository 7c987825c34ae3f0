// The library limit: read the file, js-yaml `load` (YAML 1.2 core schema, js-yaml 5's default), validate with the
// standalone Ajv validator the build compiles from schemas/catalogue.canonical.schema.json. No positions, no rules, no output.
//   node bench/baseline.mjs FILE|DIR... [--report]
// Several files, or a folder (its *.yaml and *.yml, sorted), are done one after the other in this one process.
// --report prints the number of schema errors and of invalid files, for sanity checks only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import validate from '../dist/generated/catalogue-validator.js';

const files = [];
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--')) continue;
  if (statSync(arg).isDirectory()) files.push(...readdirSync(arg).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(arg, f)));
  else files.push(arg);
}
let errors = 0;
let invalid = 0;
for (const file of files) {
  const data = load(readFileSync(file, 'utf8'));
  if (!validate(data)) {
    invalid++;
    errors += validate.errors?.length ?? 0;
  }
}
if (process.argv.includes('--report')) console.log(JSON.stringify({ valid: invalid === 0, files: files.length, invalid, errors }));
