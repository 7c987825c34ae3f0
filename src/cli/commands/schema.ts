// govcat schema: the catalogue JSON Schema, for editors (yaml-language-server) and other tools.
import { readFileSync } from 'node:fs';
import { resource } from '../paths.js';

/** --keys zh: the schema of the Chinese-keyed form (Chinese keys, synonyms and flat forms accepted too). */
export async function runSchema(opts: { keys?: 'en' | 'zh' } = {}): Promise<number> {
  process.stdout.write(readFileSync(resource(`schemas/catalogue${opts.keys === 'zh' ? '.zh' : ''}.schema.json`), 'utf8'));
  return 0;
}
