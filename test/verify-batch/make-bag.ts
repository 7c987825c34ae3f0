// Test helper: writes a plain BagIt bag directory from samples/catalogue.yaml (real sha256 manifests), independent of `govcat package`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { creditCodeCheckChar } from '../../src/core/credit-code.js';
import { BAGIT_TXT, BAGIT_TXT_CONTENT, BAG_INFO_TXT, LABELS, MANIFEST, PAYLOAD, TAG_MANIFEST } from '../../src/package/layout.js';

export const SAMPLE = readFileSync(new URL('../../samples/catalogue.yaml', import.meta.url), 'utf8');

export interface BagOptions {
  /** Text replacements applied to the sample catalogue, in order. */
  replace?: [string | RegExp, string][];
  /** Extra bag-info.txt labels (or overrides). */
  info?: Record<string, string>;
  /** Runs after the manifests are written: tamper with the bag here. */
  after?: (root: string) => void;
}

/** Writes `dir/name` as a valid bag and returns its path. */
export function makeBag(dir: string, name: string, o: BagOptions = {}): string {
  const root = join(dir, name);
  let catalogue = SAMPLE;
  for (const [from, to] of o.replace ?? []) catalogue = catalogue.replace(from, to);
  const payload: [string, Buffer][] = [[PAYLOAD.catalogue, Buffer.from(catalogue, 'utf8')]];
  for (const [path, bytes] of payload) write(root, path, bytes);

  const octets = payload.reduce((n, [, b]) => n + b.length, 0);
  const info: Record<string, string> = {
    'Source-Organization': field(catalogue, /department:\s*\n\s*name:\s*(.+)/) ?? 'unknown',
    'External-Identifier': `${field(catalogue, /\n  id:\s*(\S+)/)}@${field(catalogue, /\n  version:\s*"?([^"\n]+)"?/)}`,
    'Bagging-Date': '2026-03-06',
    'Payload-Oxum': `${octets}.${payload.length}`,
    [LABELS.profile]: 'national',
    [LABELS.catalogueId]: field(catalogue, /\n  id:\s*(\S+)/) ?? '',
    [LABELS.catalogueVersion]: field(catalogue, /\n  version:\s*"?([^"\n]+)"?/) ?? '',
    [LABELS.departmentCode]: field(catalogue, /code:\s*"?([0-9A-Z]+)"?/) ?? '',
    ...o.info,
  };
  write(root, BAGIT_TXT, Buffer.from(BAGIT_TXT_CONTENT));
  write(root, BAG_INFO_TXT, Buffer.from(Object.entries(info).map(([k, v]) => `${k}: ${v}\n`).join('')));
  write(root, MANIFEST, Buffer.from(manifest(payload)));
  const tags: [string, Buffer][] = [BAGIT_TXT, BAG_INFO_TXT, MANIFEST].map((p) => [p, readFileSync(join(root, p))]);
  write(root, TAG_MANIFEST, Buffer.from(manifest(tags)));
  o.after?.(root);
  return root;
}

/** Replacements turning the sample into another department's catalogue `id` (valid credit code from 17 characters). */
export function asDepartment(name: string, code17: string, id: string): [RegExp, string][] {
  return [
    [/北京市市场监督管理局/g, name],
    [/11110000MB1957J40W/g, code17 + creditCodeCheckChar(code17)],
    [/CAT-110000-SCJGJ/g, id],
  ];
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function manifest(files: [string, Buffer][]): string {
  return [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, b]) => `${sha256(b)}  ${p}\n`).join('');
}

function write(root: string, path: string, bytes: Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
}

function field(text: string, re: RegExp): string | undefined {
  return re.exec(text)?.[1]?.trim();
}
