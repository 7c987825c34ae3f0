// diffCatalogues(before, after): the semantic difference of two catalogue versions, with paths into each file (Art. 17).
import schemaKeys from '../generated/schema-keys.js';
import { isObject } from '../core/normalize.js';
import type { Catalogue, CatalogueDiff, EntryChange, FieldChange, JsonObject, Path } from '../core/types.js';

/**
 * Pure and linear in the size of both catalogues. Values in the result are the normalised values themselves
 * (shared with the catalogues, not copied); a FieldChange has oldPath only when the value exists in the old file,
 * newPath only when it exists in the new one.
 */
export function diffCatalogues(before: Catalogue, after: Catalogue): CatalogueDiff {
  const header: FieldChange[] = [];
  const at: _At = { field: '', oldPath: ['catalogue'], newPath: ['catalogue'], schema: '/catalogue' };
  _diffMapping(before.header, after.header, at, header, 0);
  return { header, entries: _diffEntries(before, after) };
}

// --- internal ---

/** Where a compared value sits: its field name in the result, its path in each file, its schema pattern. */
interface _At {
  field: string;
  oldPath: Path;
  newPath: Path;
  schema: string;
}

/** Beyond this depth (only reachable through recursive aliases) values are compared by identity. */
const _MAX_DEPTH = 64;

/** Lists compared element by element, keyed by an attribute, or as sets; other lists are compared whole. */
const _LISTS: Record<string, { key: string } | 'set'> = {
  '/entries/*/items': { key: 'name' },
  '/entries/*/share_method': 'set',
  '/catalogue/change_events': { key: 'id' },
};

function _diffEntries(before: Catalogue, after: Catalogue): EntryChange[] {
  const a = before.entries;
  const b = after.entries;
  const oldAt = _rootIndices(before);
  const newAt = _rootIndices(after);
  const partner = _matchEntries(a, b);
  const used = new Uint8Array(a.length);
  const out: EntryChange[] = [];
  for (let j = 0; j < b.length; j++) {
    const i = partner[j];
    const newPath: Path = ['entries', newAt[j]];
    if (i < 0) {
      out.push({ kind: 'added', id: _id(b[j]) ?? '', name: _name(b[j]) ?? '', newPath, fields: [] });
      continue;
    }
    used[i] = 1;
    if (_equal(a[i], b[j], 0)) continue;
    const oldPath: Path = ['entries', oldAt[i]];
    const fields: FieldChange[] = [];
    _diffMapping(a[i], b[j], { field: '', oldPath, newPath, schema: '/entries/*' }, fields, 0);
    // Unequal data can still mean no change: share_method in another order.
    if (fields.length) {
      out.push({ kind: 'changed', id: _id(b[j]) ?? _id(a[i]) ?? '', name: _name(b[j]) ?? _name(a[i]) ?? '', oldPath, newPath, fields });
    }
  }
  for (let i = 0; i < a.length; i++) {
    if (!used[i]) out.push({ kind: 'removed', id: _id(a[i]) ?? '', name: _name(a[i]) ?? '', oldPath: ['entries', oldAt[i]], fields: [] });
  }
  return out;
}

/**
 * partner[j] = index in `a` of the entry matching b[j], or -1: by id (the k-th occurrence of an id with the k-th,
 * so an unchanged file with duplicate ids shows no change), then, where an id is missing, by exact name.
 */
function _matchEntries(a: JsonObject[], b: JsonObject[]): Int32Array {
  const idA = a.map(_id);
  const idB = b.map(_id);
  const partner = new Int32Array(b.length).fill(-1);
  const used = new Uint8Array(a.length);
  const dupA = _laterDuplicates(idA);
  const dupB = _laterDuplicates(idB);
  const byId = new Map<string, number[]>();
  idA.forEach((id, i) => {
    if (id === undefined) return;
    const list = byId.get(id);
    if (list) list.push(i); else byId.set(id, [i]);
  });
  const seen = new Map<string, number>();
  idB.forEach((id, j) => {
    if (id === undefined) return;
    const k = seen.get(id) ?? 0;
    seen.set(id, k + 1);
    const i = byId.get(id)?.[k];
    if (i !== undefined) { partner[j] = i; used[i] = 1; }
  });
  // Name matching pairs an entry lacking an id with one that has none or had no counterpart; duplicates stay out.
  const idless = new _Queues();
  const withId = new _Queues();
  a.forEach((e, i) => {
    const name = _name(e);
    if (!used[i] && !dupA[i] && name) (idA[i] === undefined ? idless : withId).push(name, i);
  });
  b.forEach((e, j) => {
    const name = _name(e);
    if (partner[j] >= 0 || dupB[j] || !name) return;
    const i = idB[j] === undefined ? idless.take(name) ?? withId.take(name) : idless.take(name);
    if (i !== undefined) partner[j] = i;
  });
  return partner;
}

/** 1 for every occurrence of an id after its first. */
function _laterDuplicates(ids: (string | undefined)[]): Uint8Array {
  const dup = new Uint8Array(ids.length);
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id)) dup[i] = 1; else seen.add(id);
  });
  return dup;
}

/** First-in-first-out index lists per name, with O(1) take. */
class _Queues {
  private readonly lists = new Map<string, { items: number[]; head: number }>();
  push(name: string, i: number): void {
    const q = this.lists.get(name);
    if (q) q.items.push(i); else this.lists.set(name, { items: [i], head: 0 });
  }
  take(name: string): number | undefined {
    const q = this.lists.get(name);
    return q && q.head < q.items.length ? q.items[q.head++] : undefined;
  }
}

function _diffMapping(x: JsonObject, y: JsonObject, at: _At, out: FieldChange[], depth: number): void {
  for (const key of _orderedKeys(x, y, at.schema)) {
    _diffValue(_own(x, key), _own(y, key), _child(at, key), out, depth + 1);
  }
}

function _diffValue(x: unknown, y: unknown, at: _At, out: FieldChange[], depth: number): void {
  if (x === undefined || y === undefined) {
    if (x !== y) out.push(_change(at, x, y));
    return;
  }
  const list = Object.hasOwn(_LISTS, at.schema) ? _LISTS[at.schema] : undefined;
  if (list && Array.isArray(x) && Array.isArray(y)) {
    if (list === 'set') _diffSet(x, y, at, out, depth);
    else _diffKeyedList(x, y, list.key, at, out, depth);
  } else if (isObject(x) && isObject(y) && depth < _MAX_DEPTH) {
    _diffMapping(x, y, at, out, depth);
  } else if (!_equal(x, y, depth)) {
    out.push(_change(at, x, y));
  }
}

/** Order and repetition ignored for lists of scalars; a list holding mappings or lists is compared whole. */
function _diffSet(x: unknown[], y: unknown[], at: _At, out: FieldChange[], depth: number): void {
  const scalars = (l: unknown[]) => l.every((v) => typeof v !== 'object' || v === null);
  let same: boolean;
  if (scalars(x) && scalars(y)) {
    const a = new Set(x);
    const b = new Set(y);
    same = a.size === b.size && [...a].every((v) => b.has(v));
  } else {
    same = _equal(x, y, depth);
  }
  if (!same) out.push(_change(at, x, y));
}

/** Elements matched by their key attribute (`items[企业名称]`); elements without a usable or unique key by position (`items[#2]`). */
function _diffKeyedList(x: unknown[], y: unknown[], key: string, at: _At, out: FieldChange[], depth: number): void {
  const a = _keyed(x, key);
  const b = _keyed(y, key);
  for (const [k, j] of b) {
    const i = a.get(k);
    const el: _At = {
      field: `${at.field}[${k}]`,
      oldPath: i === undefined ? at.oldPath : [...at.oldPath, i],
      newPath: [...at.newPath, j],
      schema: `${at.schema}/*`,
    };
    if (i === undefined) out.push(_change(el, undefined, y[j]));
    else _diffValue(x[i], y[j], el, out, depth + 1);
  }
  for (const [k, i] of a) {
    if (!b.has(k)) out.push(_change({ field: `${at.field}[${k}]`, oldPath: [...at.oldPath, i], newPath: at.newPath, schema: '' }, x[i], undefined));
  }
}

function _keyed(list: unknown[], key: string): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((el, i) => {
    const v = isObject(el) ? _own(el, key) : undefined;
    const k = typeof v === 'string' && v.trim() ? v.trim() : `#${i}`;
    map.set(map.has(k) ? `#${i}` : k, i);
  });
  return map;
}

/** Keys of both mappings: schema order first (SPEC §2), then the others alphabetically. */
function _orderedKeys(x: JsonObject, y: JsonObject, schema: string): string[] {
  const known = Object.hasOwn(schemaKeys, schema) ? schemaKeys[schema] : [];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  const out: string[] = [];
  for (const [k] of known) if (keys.delete(k)) out.push(k);
  return out.concat([...keys].sort());
}

function _child(at: _At, key: string): _At {
  return {
    field: at.field ? `${at.field}.${key}` : key,
    oldPath: [...at.oldPath, key],
    newPath: [...at.newPath, key],
    schema: `${at.schema}/${key}`,
  };
}

function _change(at: _At, before: unknown, after: unknown): FieldChange {
  const c: FieldChange = { field: at.field, before, after };
  if (before !== undefined) c.oldPath = at.oldPath;
  if (after !== undefined) c.newPath = at.newPath;
  return c;
}

/** Structural equality of YAML data; mapping key order does not matter. */
function _equal(x: unknown, y: unknown, depth: number): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
    return typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y);
  }
  if (depth >= _MAX_DEPTH || Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ys = y as unknown[];
    return x.length === ys.length && x.every((v, i) => _equal(v, ys[i], depth + 1));
  }
  const xk = Object.keys(x);
  if (xk.length !== Object.keys(y).length) return false;
  return xk.every((k) => Object.hasOwn(y, k) && _equal((x as JsonObject)[k], (y as JsonObject)[k], depth + 1));
}

/** Own property only: catalogue keys may be Object.prototype names. */
function _own(o: JsonObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function _id(e: JsonObject): string | undefined {
  const v = _own(e, 'id');
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  return s || undefined;
}

function _name(e: JsonObject): string | undefined {
  const v = _own(e, 'name');
  return typeof v === 'string' ? v : undefined;
}

/** Index in the file's `entries:` list of each catalogue entry (normalize drops entries that are not mappings). */
function _rootIndices(c: Catalogue): number[] {
  const raw = _own(c.root, 'entries');
  const at: number[] = [];
  if (Array.isArray(raw)) raw.forEach((e, i) => isObject(e) && at.push(i));
  return at.length === c.entries.length ? at : c.entries.map((_, i) => i);
}
