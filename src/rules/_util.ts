// Small helpers shared by rules: type-tolerant reads (schema errors are reported elsewhere) and entry iteration.
import { isObject } from '../core/normalize.js';
import { foldVariant } from '../core/vocabulary.js';
import type { Catalogue, JsonObject, Path } from '../core/types.js';

export { isObject };

/** A lookup-table entry for a key that comes from the catalogue: "toString" or "__proto__" must not find Object.prototype. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

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
  let label = _labels.get(entry);
  if (label === undefined) _labels.set(entry, (label = text(entry.name)?.trim() || text(entry.id)?.trim() || `#${index + 1}`));
  return label;
}

// Every rule names entries; work each name out once per run.
const _labels = new WeakMap<JsonObject, string>();

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

// The schema wants a boolean; a Chinese or English "yes" still signals personal data.
const YES = new Set(['true', 'yes', 'y', '是']);

/** An item holding personal information: personal_info, or sensitive (sensitive personal information), set. */
export function holdsPersonalInfo(item: unknown): boolean {
  const flagged = (v: unknown) => v === true || (typeof v === 'string' && YES.has(v.trim().toLowerCase()));
  return isObject(item) && (flagged(item.personal_info) || flagged(item.sensitive));
}

export const DEFAULT_PLACEHOLDERS = [
  '无', '暂无', '待定', '待补充', '待完善', '待填写', '略', '空', '未知', '不详', '同上', '见附件', '另行通知', '详见说明', '其他', '其它',
  '-', '--', '—', '/', 'n/a', 'na', 'null', 'none', 'tbd', 'todo', 'xxx', '...', '…', '……', '?', '？',
];

/** A whole-value placeholder; a value that merely contains such a word is real text. */
export function isPlaceholder(value: string, placeholders: readonly string[] = DEFAULT_PLACEHOLDERS): boolean {
  // Item names and providers repeat across thousands of entries: decide each distinct text once per list.
  let memo = _verdicts.get(placeholders);
  if (!memo) _verdicts.set(placeholders, (memo = new Map()));
  let verdict = memo.get(value);
  if (verdict === undefined) {
    verdict = _isPlaceholder(value, placeholders);
    if (memo.size < 100_000) memo.set(value, verdict);
  }
  return verdict;
}

// --- internal ---

const _verdicts = new WeakMap<readonly string[], Map<string, boolean>>();

function _isPlaceholder(value: string, placeholders: readonly string[]): boolean {
  // Fast exit for ordinary text: longer than any listed word and holding a real character.
  if (value.length > 16 && /[^\p{P}\p{S}\s xX]/u.test(value) && !placeholders.some((p) => p.length >= 16)) return false;
  const folded = foldVariant(value).toLowerCase();
  if (folded === '') return false;
  return _foldedSet(placeholders).has(folded) || /^[\p{P}\p{S}\s]+$/u.test(folded) || /^x+$/.test(folded);
}

// Placeholder checks run on every text field of every entry: fold each list once, not once per value.
const _folded = new WeakMap<readonly string[], Set<string>>();

function _foldedSet(list: readonly string[]): Set<string> {
  let set = _folded.get(list);
  if (!set) _folded.set(list, (set = new Set(list.map((p) => foldVariant(p).toLowerCase()))));
  return set;
}
