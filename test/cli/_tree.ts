// A project on disk for end-to-end tests: a temporary folder holding the files given (path → text).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './run.js';

export const SAMPLE = readFileSync(join(ROOT, 'samples/catalogue.yaml'), 'utf8');
export const VIOLATIONS = readFileSync(join(ROOT, 'samples/violations.yaml'), 'utf8');

export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
