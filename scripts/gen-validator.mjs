// Compiles schemas/catalogue.schema.json to standalone Ajv code at build time, so lint never compiles a schema.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

export function generateValidator(root) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/catalogue.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true }, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  const code = standaloneCode(ajv, validate);
  // src/generated serves vitest (which runs the sources); dist/generated serves the built CLI.
  for (const dir of ['src/generated', 'dist/generated']) {
    const outDir = join(root, dir);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'catalogue-validator.js'), code);
    writeFileSync(join(outDir, 'schema-keys.js'), `export default ${JSON.stringify(propertyIndex(schema))};\n`);
  }
}

/** schema location (as in Ajv's schemaPath) → the property names allowed there, for "did you mean". */
function propertyIndex(schema) {
  const out = {};
  const walk = (node, ptr) => {
    if (!node || typeof node !== 'object') return;
    if (node.properties && typeof node.properties === 'object') {
      out[ptr] = Object.keys(node.properties).map((k) => [k, node.properties[k].title ?? '']);
    }
    for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') walk(v, `${ptr}/${k}`);
  };
  walk(schema, '#');
  return out;
}
