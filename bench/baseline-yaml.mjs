// For context: the `yaml` package (which keeps source ranges on every node, as a linter needs) + the same validator.
//   node bench/baseline-yaml.mjs FILE [--report]
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import validate from '../dist/generated/catalogue-validator.js';

const text = readFileSync(process.argv[2], 'utf8');
const doc = parseDocument(text); // YAML 1.2, core schema by default
if (doc.errors.length) throw doc.errors[0];
const ok = validate(doc.toJS());
if (process.argv.includes('--report')) console.log(JSON.stringify({ valid: ok, errors: validate.errors?.length ?? 0 }));
