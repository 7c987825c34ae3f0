// Compiles schemas/catalogue.canonical.schema.json to standalone Ajv code at build time, so lint never compiles a schema.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

export function generateValidator(root) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/catalogue.canonical.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true }, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  // Ajv's runtime helpers (deep equality, ucs2length) are emitted as require() calls even in ESM output.
  const code = `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${standaloneCode(ajv, validate)}`;
  // src/generated serves vitest (which runs the sources); dist/generated serves the built CLI.
  for (const dir of ['src/generated', 'dist/generated']) {
    const outDir = join(root, dir);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'catalogue-validator.js'), code);
    writeFileSync(join(outDir, 'schema-keys.js'), `export default ${JSON.stringify(propertyIndex(schema))};\n`);
  }
}

/** Instance path pattern (indices as *) → the property names (with Chinese titles) allowed there, for "did you mean". */
function propertyIndex(schema) {
  const out = {};
  const deref = (node) => {
    for (let i = 0; node?.$ref && i < 10; i++) node = node.$ref.split('/').slice(1).reduce((n, k) => n?.[k], schema);
    return node;
  };
  const walk = (raw, ptr, depth) => {
    const node = deref(raw);
    if (!node || typeof node !== 'object' || depth > 12) return;
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(branch, ptr, depth + 1);
    if (node.properties) {
      const keys = Object.entries(node.properties).map(([k, v]) => [k, deref(v)?.title ?? v.title ?? '']);
      out[ptr] = [...(out[ptr] ?? []), ...keys.filter(([k]) => !(out[ptr] ?? []).some(([o]) => o === k))];
      for (const [k, v] of Object.entries(node.properties)) walk(v, `${ptr}/${k}`, depth + 1);
    }
    if (node.items && typeof node.items === 'object') walk(node.items, `${ptr}/*`, depth + 1);
  };
  walk(schema, '', 0);
  return out;
}
