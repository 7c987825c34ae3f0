// Spectral ruleset for the lint benchmark (bench/lint.mjs): the whole document (given: $) against govcat's own
// catalogue schema, with Spectral's `schema` core function in the schema's dialect (JSON Schema draft 2020-12,
// as its $schema says) and every error reported, as govcat's validator does (allErrors).
//
// A JavaScript ruleset because a YAML one cannot take the schema from its file: Spectral does not resolve a `$ref`
// in functionOptions, Ajv then throws a missing-ref error, and the schema function swallows it for a resolved rule,
// so every document "passes" while nothing is validated. Spectral bundles a JS ruleset before running it, so
// `import.meta.url` is gone and JSON cannot be imported: the schema is read relative to the working directory,
// which bench/lint.mjs sets to the repository root.
import { readFileSync } from 'node:fs';
import { schema } from '@stoplight/spectral-functions';

// The strict schema lint compiles (the editor schema, schemas/catalogue.schema.json, leaves unknown keys to lint's warning).
const SCHEMA = 'schemas/catalogue.canonical.schema.json';
let catalogueSchema;
try {
  catalogueSchema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
} catch (e) {
  throw new Error(`bench/peers/spectral-ruleset.mjs reads ${SCHEMA} from the working directory: run Spectral from the govcat repository root (${e.message})`);
}
if (!String(catalogueSchema.$schema).includes('draft/2020-12')) throw new Error(`${SCHEMA} is no longer draft 2020-12 ($schema: ${catalogueSchema.$schema}): update the dialect here`);

export default {
  rules: {
    'catalogue-schema': {
      description: `The catalogue conforms to ${SCHEMA}`,
      message: '{{error}}',
      severity: 'error',
      given: '$',
      then: {
        function: schema,
        functionOptions: { dialect: 'draft2020-12', allErrors: true, schema: catalogueSchema },
      },
    },
  },
};
