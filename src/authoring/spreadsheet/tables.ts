// Catalogue ⇄ spreadsheet tables (数据目录, 数据项, 目录信息, 变更事件, 共享终止记录), lossless both ways.
import { InputError } from '../../core/errors.js';
import { isObject, normalize } from '../../core/normalize.js';
import type { JsonObject } from '../../core/types.js';
import { ENTRIES, EVENTS, HEADER, ITEMS, TERMINATIONS, type Column, type Layout } from '../sheet/layout.js';
import { cellsOf, lostKeys, readRecord, writeRecord } from '../sheet/records.js';
import { yamlCell } from '../sheet/values.js';
import { isEmptyCell, type CellValue, type Problem, type Sheet } from '../sheet/cells.js';
import { readSheets, resolveRef, type RecordOrigin } from './read.js';
import { sameData } from '../yaml-strict.js';

/** One table to write: the layout's columns that are used, and one row per record (目录信息: a single row). */
export interface Table {
  layout: Layout;
  columns: Column[];
  rows: CellValue[][];
}

export interface ImportResult {
  data: JsonObject;
  /** Cells that could not be mapped: the import fails unless --keep-going (raw text is then kept). */
  problems: Problem[];
  /** Worth knowing, not wrong: a skipped section-title row, a sheet that is not part of the layout. */
  notices: Problem[];
  counts: { entries: number; items: number };
  /** The row each record (the root, entries, data items, events, terminations) was read from, for lint's cell positions. */
  origins: Map<JsonObject, RecordOrigin>;
}

/**
 * The tables of a catalogue. Every value has a cell; what a cell cannot carry exactly (a wrong type, an unknown
 * key, a list the layout has no room for) goes to the row's 其他字段（YAML） cell, so import gives back the same
 * catalogue. That promise is checked here by importing the tables again.
 */
export function catalogueToTables(data: unknown, file: string): Table[] {
  if (!isObject(data)) throw new InputError(file, { zh: '文件顶层应为映射（键: 值）', en: 'the top level must be a mapping (key: value)' }, 1, 1);
  const canon = normalize(structuredClone(data), file).root;
  const entries = _objects(data.entries);
  const entryRows = entries ? _entryRows(entries, _objects(canon.entries)!, file) : { entries: [], items: [] };
  const header = _headerRows(data, canon, file, entries !== undefined);
  const tables = [
    _table(ENTRIES, entryRows.entries),
    _table(ITEMS, entryRows.items),
    _table(HEADER, [header.cells]),
    ...(header.events.length ? [_table(EVENTS, header.events)] : []),
    ...(header.terminations.length ? [_table(TERMINATIONS, header.terminations)] : []),
  ];
  const back = tablesToCatalogue(tablesToSheets(tables, file));
  if (!sameData(normalize(back.data, file).root, canon)) {
    throw new InputError(file, { zh: '无法无损导出该目录（内部错误，请报告）', en: 'the catalogue cannot be exported losslessly (internal error; please report it)' });
  }
  return tables;
}

/** Tables as the sheets a reader would produce from the written file, for the self-check and the CSV writer. */
export function tablesToSheets(tables: Table[], file: string): Sheet[] {
  return tables.map((t) => ({
    name: t.layout.sheet,
    file,
    rows: t.layout.transposed
      ? [['项目', '内容'], ...t.columns.map((c, i) => [c.header, t.rows[0][i]])]
      : [t.columns.map((c) => c.header), ...t.rows],
  }));
}

export function tablesToCatalogue(sheets: Sheet[]): ImportResult {
  return readSheets(sheets);
}

// --- internal ---

function _objects(v: unknown): JsonObject[] | undefined {
  return Array.isArray(v) && v.length && v.every(isObject) ? (v as JsonObject[]) : undefined;
}

/** Columns in use: the fixed ones, and the optional ones only when some row fills them. */
function _table(layout: Layout, rows: CellValue[][]): Table {
  const keep = layout.columns.map((c, i) => !c.optional || rows.some((r) => !isEmptyCell(r[i])));
  return { layout, columns: layout.columns.filter((_, i) => keep[i]), rows: rows.map((r) => r.filter((_, i) => keep[i])) };
}

/** A record's row: cells, and 其他字段 for the keys the cells lost (their cells cleared: one place per value). */
function _row(layout: Layout, raw: JsonObject, canon: JsonObject, file: string, skip: string[] = []): { cells: CellValue[]; extra: JsonObject } {
  const cells = writeRecord(layout.columns, raw);
  const rebuilt = readRecord(cellsOf(layout.columns, cells), file, () => {});
  const lost = lostKeys(canon, rebuilt).filter((k) => !skip.includes(k));
  return { cells: _clear(layout.columns, cells, lost), extra: Object.fromEntries(lost.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]])) };
}

function _clear(columns: Column[], cells: CellValue[], lost: string[]): CellValue[] {
  return cells.map((v, i) => (lost.includes(columns[i].path[0]) ? null : v));
}

function _withExtra(layout: Layout, cells: CellValue[], extra: JsonObject, file: string): CellValue[] {
  const i = layout.columns.findIndex((c) => c.role === 'extra');
  const out = cells.slice();
  out[i] = yamlCell(file).write(extra) ?? null;
  return out;
}

function _entryRows(raw: JsonObject[], canon: JsonObject[], file: string): { entries: CellValue[][]; items: CellValue[][] } {
  const rows = raw.map((e, i) => _row(ENTRIES, e, canon[i], file, ['items']));
  const idAt = ENTRIES.columns.findIndex((c) => c.path.join('.') === 'id');
  const nameAt = ENTRIES.columns.findIndex((c) => c.path.join('.') === 'name');
  const refs = rows.map((r) => {
    const [id, name] = [r.cells[idAt], r.cells[nameAt]].map((v) => (isEmptyCell(v) ? '' : String(v).trim()));
    return { id, name };
  });
  const items: CellValue[][] = [];
  const entries = rows.map((r, i) => {
    const { id, name } = refs[i];
    const hits = id || name ? resolveRef(refs, id, name) : [];
    const unique = hits.length === 1 && hits[0] === i;
    const list = unique ? _itemRows(raw[i].items, canon[i].items, id, name, file) : undefined;
    if (list) items.push(...list);
    else if (Object.hasOwn(raw[i], 'items')) r.extra.items = raw[i].items;
    return _withExtra(ENTRIES, r.cells, r.extra, file);
  });
  return { entries, items };
}

/** The rows of an entry's data items, or undefined when the items sheet cannot carry them exactly. */
function _itemRows(raw: unknown, canon: unknown, id: string, name: string, file: string): CellValue[][] | undefined {
  const list = _objects(raw);
  if (!list) return undefined;
  const refId = ITEMS.columns.findIndex((c) => c.role === 'ref-id');
  const refName = ITEMS.columns.findIndex((c) => c.role === 'ref-name');
  const rows = list.map((item, j) => {
    const r = _row(ITEMS, item, (canon as JsonObject[])[j], file);
    const cells = _withExtra(ITEMS, r.cells, r.extra, file);
    cells[refId] = id || null;
    cells[refName] = name || null;
    return cells;
  });
  const back = rows.map((cells) => readRecord(cellsOf(ITEMS.columns, cells), file, () => {}));
  return sameData(back, canon) ? rows : undefined;
}

function _headerRows(raw: JsonObject, canon: JsonObject, file: string, entriesInRows: boolean): { cells: CellValue[]; events: CellValue[][]; terminations: CellValue[][] } {
  const cat = isObject(raw.catalogue) ? raw.catalogue : undefined;
  const canonCat = canon.catalogue as JsonObject;
  const lists = { events: _listRows(EVENTS, cat?.change_events, canonCat?.change_events, file), terminations: _listRows(TERMINATIONS, cat?.terminations, canonCat?.terminations, file) };
  const cells = writeRecord(HEADER.columns, raw);
  const rebuilt = readRecord(cellsOf(HEADER.columns, cells), file, () => {});
  if (lists.events) _setList(rebuilt, 'change_events', lists.events.back);
  if (lists.terminations) _setList(rebuilt, 'terminations', lists.terminations.back);
  const rootLost = lostKeys(canon, rebuilt, Object.keys(raw).filter((k) => k !== (entriesInRows ? 'entries' : '') && (k !== 'catalogue' || !cat)));
  const catLost = cat ? lostKeys(canonCat, isObject(rebuilt.catalogue) ? rebuilt.catalogue : {}) : [];
  const extra: JsonObject = Object.fromEntries(rootLost.map((k) => [k, raw[k]]));
  if (catLost.length) extra.catalogue = Object.fromEntries(catLost.filter((k) => Object.hasOwn(cat!, k)).map((k) => [k, cat![k]]));
  const cleared = cells.map((v, i) => {
    const [a, b] = HEADER.columns[i].path;
    return rootLost.includes(a) || (a === 'catalogue' && catLost.includes(b)) ? null : v;
  });
  return {
    cells: _withExtra(HEADER, cleared, extra, file),
    events: lists.events && !catLost.includes('change_events') ? lists.events.rows : [],
    terminations: lists.terminations && !catLost.includes('terminations') ? lists.terminations.rows : [],
  };
}

/** Rows of a list of records in the catalogue header (change events, termination records). */
function _listRows(layout: Layout, raw: unknown, canon: unknown, file: string): { rows: CellValue[][]; back: JsonObject[] } | undefined {
  const list = _objects(raw);
  if (!list) return undefined;
  const rows = list.map((o, i) => {
    const r = _row(layout, o, (canon as JsonObject[])[i], file);
    return _withExtra(layout, r.cells, r.extra, file);
  });
  return { rows, back: rows.map((cells) => readRecord(cellsOf(layout.columns, cells), file, () => {})) };
}

function _setList(rec: JsonObject, key: string, list: JsonObject[]): void {
  if (!isObject(rec.catalogue)) rec.catalogue = {};
  (rec.catalogue as JsonObject)[key] = list;
}
