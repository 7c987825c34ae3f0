// Files shipped with govcat: beside the code in the npm package (this module and the bundled CLI both sit two levels
// below the package root), embedded as assets in the single executable. Every read goes through here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inSea, seaAsset } from './sea.js';

export const PACKAGE_ROOT = new URL('../../', import.meta.url);

/** A shipped file's text, by its path in the package ("law/….txt", "schemas/….json", "package.json"). */
export function readResource(path: string): string {
  return inSea() ? seaAsset(path)! : readFileSync(new URL(path, PACKAGE_ROOT), 'utf8');
}

/** A shipped file on disk, for a reference to it that outlives this run; undefined in the single executable. */
export function resourceFile(path: string): string | undefined {
  return inSea() ? undefined : fileURLToPath(new URL(path, PACKAGE_ROOT));
}
