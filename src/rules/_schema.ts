// Reading Ajv errors the way a person would: which field, its Chinese title, what was found.
import schemaKeys from '../generated/schema-keys.js';
import { pointerToPath } from '../core/validate.js';
import { editDistance } from './_support.js';
import type { AjvError, Bilingual, Path } from '../core/types.js';

/** The property names (with Chinese titles) allowed where an error occurred. */
export function allowedKeys(error: AjvError): [string, string][] {
  const at = error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
  return Object.hasOwn(schemaKeys, at) ? schemaKeys[at] : [];
}

export function errorPath(error: AjvError): Path {
  const path = pointerToPath(error.instancePath);
  const extra = error.params.additionalProperty ?? error.params.missingProperty;
  return typeof extra === 'string' ? [...path, extra] : path;
}

export function fieldLabel(path: Path): string {
  const named = path.filter((s) => typeof s === 'string');
  return named.length ? String(named[named.length - 1]) : '(root)';
}

export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { zh: '文本', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean (true/false)' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  null: { zh: '空值', en: 'null' },
};

export function typeName(t: unknown): Bilingual {
  const names = String(t).split(',').map((x) => TYPE_NAMES[x] ?? { zh: x, en: x });
  return { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') };
}

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
