// A spreadsheet as lint reads it: the catalogue the import mapping builds (in memory), and the cell of every path.
import { isObject } from '../../core/normalize.js';
import { canonicalize, VOCABULARIES } from '../../core/vocabulary.js';
import type { LoadedDocument } from '../../core/load.js';
import type { CellRef, JsonObject, Path, Range } from '../../core/types.js';
import { ENTRIES, EVENTS, ITEMS, TERMINATIONS, type Column, type Layout } from './layout.js';
import { getPath, setPath, type At } from './records.js';
import { cellText, vocabularyParts, yamlCell } from './values.js';
import { cellName, isEmptyCell, type Problem, type Sheet } from './cells.js';
import { readSheets, type RecordOrigin } from '../spreadsheet/read.js';

export type CellRange = Range & { cell: CellRef };

export interface SheetDocument extends LoadedDocument {
  /** The sheets read, in workbook (or CSV set) order. */
  sheets: Sheet[];
  /** Cells the import could not map: lint reports each at its cell. */
  problems: Problem[];
  locate(path: Path, opts?: { key?: boolean }): CellRange;
  /** A cell by its sheet, row and column (1-based). */
  cellAt(sheet: Sheet, row: number, column: number): CellRange;
  /**
   * Runs `fn` (a rule's report) knowing the path of the absent value it is about: a missing field is reported at its
   * owner, but a spreadsheet has a cell for the field itself, so positions resolved meanwhile point there.
   */
  reporting(absent: Path | undefined, fn: () => void): void;
}

/** Reads the sheets through the import mapping; a workbook that holds no catalogue throws InputError (exit 2). */
export function sheetDocument(sheets: Sheet[], file: string): SheetDocument {
  const result = readSheets(sheets);
  for (const [rec, origin] of result.origins) _restoreVariants(rec, origin);
  const data = result.data;
  const byPath = _index(data, result.origins);
  const heads = new Map([...result.origins.values()].map((o) => [o.sheet, o]));
  const cellAt = (sheet: Sheet, row: number, column: number) => _range(sheet, row, column, heads.get(sheet));
  let absent: Path | undefined;
  const locate = (path: Path): CellRange => {
    const target = absent && _startsWith(absent, path) ? absent : path;
    const { origin, rest } = _record(target, byPath);
    if (!origin) return cellAt(sheets[0] ?? { name: '', file, rows: [] }, 1, 1);
    const at = _cell(origin, rest, getAt(data, target) !== undefined, file);
    return cellAt(origin.sheet, at.row, at.column);
  };
  const reporting = (hint: Path | undefined, fn: () => void) => {
    absent = hint;
    try {
      fn();
    } finally {
      absent = undefined;
    }
  };
  return { file, text: '', data, sheets, problems: result.problems, locate, cellAt, reporting };
}

/** The value at a path of plain data (objects and arrays), or undefined. */
export function getAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isObject(v) && Object.hasOwn(v, String(seg))) v = v[String(seg)];
    else return undefined;
  }
  return v;
}

// --- internal ---

/** Origins by the path of their record: '' (the header), entries.3, entries.3.items.0, catalogue.change_events.1 … */
function _index(data: JsonObject, origins: Map<JsonObject, RecordOrigin>): Map<string, RecordOrigin> {
  const out = new Map<string, RecordOrigin>();
  const put = (key: string, rec: unknown) => {
    const o = isObject(rec) ? origins.get(rec) : undefined;
    if (o) out.set(key, o);
  };
  put('', data);
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  list(data.entries).forEach((e, i) => {
    put(`entries.${i}`, e);
    if (isObject(e)) list(e.items).forEach((item, j) => put(`entries.${i}.items.${j}`, item));
  });
  const cat = isObject(data.catalogue) ? data.catalogue : {};
  for (const key of ['change_events', 'terminations']) list(cat[key]).forEach((r, i) => put(`catalogue.${key}.${i}`, r));
  return out;
}

/** The record a path is in (a data item, an entry, an event … or the header) and the path inside it. */
function _record(path: Path, byPath: Map<string, RecordOrigin>): { origin?: RecordOrigin; rest: Path } {
  const [a, b, c, d] = path;
  if (a === 'entries' && typeof b === 'number') {
    const item = c === 'items' && typeof d === 'number' ? byPath.get(`entries.${b}.items.${d}`) : undefined;
    if (item) return { origin: item, rest: path.slice(4) };
    const entry = byPath.get(`entries.${b}`);
    if (entry) return { origin: entry, rest: path.slice(2) };
  }
  if (a === 'catalogue' && (b === 'change_events' || b === 'terminations') && typeof c === 'number') {
    const rec = byPath.get(`catalogue.${b}.${c}`);
    if (rec) return { origin: rec, rest: path.slice(3) };
  }
  return { origin: byPath.get(''), rest: path };
}

type _Slot = { col: Column; at: At; path: readonly string[] };

/**
 * The cell of a path inside a record: the column holding the value (or its nearest ancestor: a list's cell); else a
 * column under it (what a whole mapping such as usage_conditions is written in: where it is written when it exists,
 * the first empty place when it is missing); else the 其他字段（YAML） cell when that is where the value came from;
 * else the record's own row at its name (or id) cell, and for the 目录信息 sheet its first cell.
 */
function _cell(o: RecordOrigin, rest: Path, exists: boolean, file: string): { row: number; column: number } {
  const slots: _Slot[] = [...o.cells].map(([col, at]) => ({ col, at, path: col.role === 'conditions' ? ['usage_conditions'] : col.path }));
  const filled = (s: _Slot) => !isEmptyCell(s.at.value);
  const holding = slots.filter((s) => s.path.length && _startsWith(rest, s.path)).sort((x, y) => y.path.length - x.path.length);
  const pick = holding.find(filled) ?? holding[0];
  if (pick) return pick.at;
  const under = rest.length ? slots.filter((s) => s.path.length > rest.length && _startsWith(s.path, rest)) : [];
  const inside = exists ? under.find(filled) : under.find((s) => !filled(s));
  if (inside ?? under[0]) return (inside ?? under[0]).at;
  const extra = slots.find((s) => s.col.role === 'extra' && filled(s));
  if (extra && _inExtra(extra.at, rest, file)) return extra.at;
  if (o.header === 0) return { row: 1, column: 1 };
  const key = _KEYS.get(o.layout)?.map((k) => slots.find((s) => s.col.path.join('.') === k)).find(Boolean);
  return key?.at ?? { row: o.row, column: 1 };
}

const _KEYS = new Map<Layout, string[]>([[ENTRIES, ['name', 'id']], [ITEMS, ['name']], [EVENTS, ['id']], [TERMINATIONS, ['entry']]]);

/** Whether 其他字段（YAML） gives the value (the header's `catalogue: {…}` must give the key under it too). */
function _inExtra(at: At, rest: Path, file: string): boolean {
  const read = yamlCell(file).read(at.value, { zh: '', en: '' });
  let v: unknown = read?.value;
  let matched = 0;
  for (const seg of rest) {
    if (!isObject(v) || !Object.hasOwn(v, String(seg))) break;
    v = v[String(seg)];
    matched++;
  }
  return matched >= (rest[0] === 'catalogue' ? 2 : 1);
}

function _startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));
}

const _FRAME_TEXT = 120;

function _range(sheet: Sheet, row: number, column: number, head: RecordOrigin | undefined): CellRange {
  const ref = cellName(row, column);
  const letters = ref.replace(/\d+$/, '');
  const line = sheet.lines?.[row - 1] ?? row;
  return { line, column, endLine: line, endColumn: column + 1, cell: { sheet: sheet.name, row, column: letters, ref, ...(_frame(sheet, row, column, head) ?? {}) } };
}

/** The column's header cell (目录信息: the row's label in column A) and the cell's text, for a short frame. */
function _frame(sheet: Sheet, row: number, column: number, head: RecordOrigin | undefined): Pick<CellRef, 'frame'> | undefined {
  if (!head) return undefined;
  const [hr, hc] = head.header === 0 ? [row, 1] : [head.header, column];
  if (hr === row && hc === column) return undefined;
  const text = (r: number, c: number) => {
    const t = cellText(sheet.rows[r - 1]?.[c - 1] ?? null).replace(/\s*[\r\n]+\s*/g, ' ');
    return t.length > _FRAME_TEXT ? `${t.slice(0, _FRAME_TEXT - 1)}…` : t;
  };
  let header = text(hr, hc);
  // A label merged down over two header rows, or a group title over its columns, stands in the row above.
  if (!header && hr > 1 && head.header !== 0) header = text(hr - 1, hc);
  return { frame: { headerRef: cellName(hr, hc), header, text: text(row, column) } };
}

/**
 * A vocabulary variant (每 3 月, 字符型C, 依申请共享) goes back into the catalogue as written, so the normalisation that
 * maps it reports it (vocabulary-normalized) at its cell, as it would in YAML; the codec had mapped it already.
 */
function _restoreVariants(rec: JsonObject, o: RecordOrigin): void {
  for (const [col, at] of o.cells) {
    const name = col.codec.vocabulary;
    if (!name || !col.path.length || isEmptyCell(at.value)) continue;
    const vocab = VOCABULARIES[name];
    const written = cellText(at.value);
    const value = getPath(rec, col.path);
    if (col.codec.list) {
      const parts = vocabularyParts(written, name);
      if (!Array.isArray(value) || value.length !== parts.length) continue;
      parts.forEach((p, i) => {
        const c = canonicalize(vocab, p);
        if (c?.kind === 'variant' && value[i] === c.value) value[i] = p;
      });
      continue;
    }
    const c = canonicalize(vocab, written);
    if (c?.kind === 'variant' && String(value) === c.value) setPath(rec, col.path, written);
  }
}
