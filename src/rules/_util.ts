// Small helpers shared by rules: type-tolerant reads (schema errors are reported elsewhere) and entry iteration.
import { isObject } from '../core/normalize.js';
import { foldVariant } from '../core/vocabulary.js';
import type { Catalogue, JsonObject, Path } from '../core/types.js';

export { isObject };

export function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.keys(v).length === 0;
  return false;
}

export function forEachEntry(catalogue: Catalogue, fn: (entry: JsonObject, path: Path, label: string) => void): void {
  const list = Array.isArray(catalogue.root.entries) ? (catalogue.root.entries as unknown[]) : [];
  list.forEach((entry, i) => {
    if (isObject(entry)) fn(entry, ['entries', i], entryLabel(entry, i));
  });
}

/** How messages name an entry: its name, else its id, else its position. */
export function entryLabel(entry: JsonObject, index: number): string {
  return text(entry.name)?.trim() || text(entry.id)?.trim() || `#${index + 1}`;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export const DEFAULT_PLACEHOLDERS = [
  '无', '暂无', '待定', '待补充', '待完善', '待填写', '略', '空', '未知', '不详', '同上', '见附件', '另行通知', '详见说明', '其他', '其它',
  '-', '--', '—', '/', 'n/a', 'na', 'null', 'none', 'tbd', 'todo', 'xxx', '...', '…', '……', '?', '？',
];

/** A whole-value placeholder; a value that merely contains such a word is real text. */
export function isPlaceholder(value: string, placeholders: readonly string[] = DEFAULT_PLACEHOLDERS): boolean {
  const folded = foldVariant(value).toLowerCase();
  if (folded === '') return false;
  if (/^[\p{P}\p{S}\s]+$/u.test(folded)) return true;
  if (/^x+$/.test(folded)) return true;
  return placeholders.some((p) => foldVariant(p).toLowerCase() === folded);
}
