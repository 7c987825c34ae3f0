// govcat schema: the catalogue JSON Schema, for editors (yaml-language-server) and other tools.
import { readFileSync } from 'node:fs';
import { resource } from '../paths.js';

export async function runSchema(): Promise<number> {
  process.stdout.write(readFileSync(resource('schemas/catalogue.schema.json'), 'utf8'));
  return 0;
}
