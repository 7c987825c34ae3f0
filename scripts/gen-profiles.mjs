// Compiles the built-in profiles (law/profiles/*.yaml, data beside the legal texts) into a module, so resolving a
// profile reads no files; each file is checked against schemas/profile.schema.json first.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'js-yaml';

export function generateProfiles(root) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/profile.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  const dir = join(root, 'law/profiles');
  const profiles = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = load(readFileSync(join(dir, name), 'utf8'));
    if (!validate(data)) throw new Error(`law/profiles/${name}: ${validate.errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
    if (`${data.id}.yaml` !== name) throw new Error(`law/profiles/${name}: id "${data.id}" must match the file name`);
    profiles[data.id] = data;
  }
  const code = `export default ${JSON.stringify(profiles)};\n`;
  for (const out of ['src/generated', 'dist/generated']) {
    mkdirSync(join(root, out), { recursive: true });
    writeFileSync(join(root, out, 'profiles.js'), code);
  }
}
