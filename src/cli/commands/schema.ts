// govcat schema: the catalogue JSON Schema, for editors (yaml-language-server) and other tools.
import { readFileSync } from 'node:fs';

export async function runSchema(): Promise<number> {
  process.stdout.write(readFileSync(new URL('../../../schemas/catalogue.schema.json', import.meta.url), 'utf8'));
  return 0;
}
