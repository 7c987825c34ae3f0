// The verify report's JSON Schema, compiled once for the tests that validate real and literal reports.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const schema = JSON.parse(readFileSync(new URL('../../schemas/verify-report.schema.json', import.meta.url), 'utf8'));
export const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
