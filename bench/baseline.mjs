// The library limit: read the file, js-yaml `load` (YAML 1.2 core schema, js-yaml 5's default), validate with the
// standalone Ajv validator the build compiles from schemas/catalogue.schema.json. No positions, no rules, no output.
//   node bench/baseline.mjs FILE [--report]     (--report prints the schema error count, for sanity checks only)
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import validate from '../dist/generated/catalogue-validator.js';

const text = readFileSync(process.argv[2], 'utf8');
const data = load(text);
const ok = validate(data);
if (process.argv.includes('--report')) console.log(JSON.stringify({ valid: ok, errors: validate.errors?.length ?? 0 }));
