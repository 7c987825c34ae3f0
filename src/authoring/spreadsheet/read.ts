// Import side: find each sheet's header row among titles and merged cells, map its columns, read every row.
import { InputError } from '../../core/errors.js';
import { isObject } from '../../core/normalize.js';
import type { Bilingual, JsonObject } from '../../core/types.js';
import { ENTRIES, EVENTS, HEADER, ITEMS, LAYOUTS, TERMINATIONS, type Column, type Layout } from '../sheet/layout.js';
import { readRecord, type At, type Report } from '../sheet/records.js';
import { cellText } from '../sheet/values.js';
import { foldLabel, isEmptyCell, type CellValue, type Problem, type Sheet } from '../sheet/cells.js';
import type { ImportResult } from './tables.js';

export function readSheets(sheets: Sheet[]): ImportResult {
  const out: ImportResult = { data: {}, problems: [], notices: [], counts: { entries: 0, items: 0 }, origins: new Map() };
  const found: Located[] = [];
  for (const sheet of sheets) {
    const l = locateSheet(sheet);
    if (l) found.push(l);
    else if (_hasData(sheet.rows)) {
      out.notices.push(_at(sheet, 1, 1, { zh: `工作表“${sheet.name}”不属于目录表格式，已跳过`, en: `sheet "${sheet.name}" is not part of the catalogue layout; skipped` }));
    }
  }
  if (!found.some((l) => l.layout === ENTRIES || l.layout === HEADER)) {
    throw new InputError(sheets[0]?.file ?? '', {
      zh: '找不到数据目录表：需要一个含“数据目录名称”“共享属性”等列标题的工作表（或 -entries.csv 文件）',
      en: 'no sheet of catalogue entries found: expected a sheet with headers such as 数据目录名称 and 共享属性 (or an -entries.csv file)',
    });
  }
  const root = _readHeader(found.filter((l) => l.layout === HEADER), out);
  const entries = found.filter((l) => l.layout === ENTRIES).flatMap((l) => _rows(l, out).map((r) => ({ rec: r.rec, line: r })));
  _attach(root, 'entries', entries.map((e) => e.rec), entries[0]?.line, out);
  _attachItems(entries.map((e) => e.rec), found.filter((l) => l.layout === ITEMS), out);
  for (const [layout, key] of [[EVENTS, 'change_events'], [TERMINATIONS, 'terminations']] as const) {
    const rows = found.filter((l) => l.layout === layout).flatMap((l) => _rows(l, out));
    if (rows.length) {
      if (!isObject(root.catalogue)) root.catalogue = {};
      _attach(root.catalogue as JsonObject, key, rows.map((r) => r.rec), rows[0], out);
    }
  }
  out.data = root;
  out.counts = { entries: entries.length, items: entries.reduce((n, e) => n + (Array.isArray(e.rec.items) ? e.rec.items.length : 0), 0) };
  return out;
}

/**
 * The entries (indices) a data item's reference names: by id (or, failing that, an id column holding names), by
 * name when there is no id, narrowed by name when an id is shared. Export uses it too, to write only references
 * that come back to the same entry.
 */
export function resolveRef(refs: { id: string; name: string }[], id: string, name: string): number[] {
  const where = (f: (r: { id: string; name: string }) => boolean) => refs.flatMap((r, i) => (f(r) ? [i] : []));
  let hits = id ? where((r) => r.id === id) : where((r) => r.name === name);
  if (id && !hits.length) hits = where((r) => r.name === id);
  if (hits.length > 1 && name) hits = hits.filter((i) => refs[i].name === name);
  return hits;
}

/** The row (or, for 目录信息, the label/value rows) a record was read from: what lint needs to point at its cells. */
export interface RecordOrigin {
  sheet: Sheet;
  layout: Layout;
  /** Header row of the table (1-based); 0 for 目录信息, whose labels are in column A of each row. */
  header: number;
  /** The record's row (目录信息: 1). */
  row: number;
  /** Every column of the sheet the layout knows, with its cell in this row (empty cells too). */
  cells: Map<Column, At>;
}

/** Where a sheet's table is: its layout, header row (1-based) and what each column holds. */
export interface Located {
  layout: Layout;
  sheet: Sheet;
  header: number;
  columns: (Column | undefined)[];
}

export function locateSheet(sheet: Sheet): Located | undefined {
  const name = foldLabel(sheet.name);
  const byName = LAYOUTS.find((l) => [l.sheet, ...l.sheetAliases].some((n) => foldLabel(n) === name));
  if (byName?.transposed || (!byName && sheet.rows.filter((r) => _index(HEADER).has(foldLabel(r[0]))).length >= 3)) {
    return { layout: HEADER, sheet, header: 0, columns: [] };
  }
  let best: (Located & { score: number }) | undefined;
  for (const layout of byName ? [byName] : [ENTRIES, ITEMS, EVENTS, TERMINATIONS]) {
    for (let r = 1; r <= Math.min(15, sheet.rows.length); r++) {
      const columns = _match(layout, sheet.rows, r);
      const score = new Set(columns.filter((c) => c && c.role !== 'ignore')).size;
      if (score >= 2 && _hasKey(layout, columns) && (!best || score > best.score)) best = { layout, sheet, header: r, columns, score };
    }
  }
  return best;
}

// --- internal ---

type Row = { rec: JsonObject; row: number; sheet: Sheet; cells: Map<Column, At> };

const _indexes = new Map<Layout, Map<string, Column>>();

function _index(layout: Layout): Map<string, Column> {
  let m = _indexes.get(layout);
  if (!m) {
    m = new Map();
    for (const c of layout.columns) for (const label of [c.header, ...c.aliases]) if (!m.has(foldLabel(label))) m.set(foldLabel(label), c);
    _indexes.set(layout, m);
  }
  return m;
}

/**
 * Each column's meaning from header row r. A cell that says nothing known is completed by the row above:
 * a group title ("提供单位" over "统一社会信用代码"), or a label merged down over two header rows.
 */
function _match(layout: Layout, rows: CellValue[][], r: number): (Column | undefined)[] {
  const idx = _index(layout);
  const here = rows[r - 1] ?? [];
  const above = rows[r - 2] ?? [];
  const width = Math.max(here.length, above.length);
  const out: (Column | undefined)[] = [];
  for (let j = 0; j < width; j++) {
    const candidates = isEmptyCell(here[j]) ? [foldLabel(above[j])] : [foldLabel(here[j]), foldLabel(`${above[j] ?? ''}${here[j]}`)];
    const col = candidates.map((l) => idx.get(l)).find(Boolean);
    out.push(col && !out.includes(col) ? col : undefined);
  }
  return out;
}

function _hasKey(layout: Layout, columns: (Column | undefined)[]): boolean {
  const has = (p: string) => columns.some((c) => c?.path.join('.') === p);
  if (layout === ENTRIES) return has('id') || has('name');
  if (layout === ITEMS) return has('name');
  if (layout === EVENTS) return has('id');
  return has('entry');
}

function _hasData(rows: CellValue[][]): boolean {
  return rows.some((r) => r.some((v) => !isEmptyCell(v)));
}

function _at(sheet: Sheet, row: number, column: number, text: Bilingual): Problem {
  return { file: sheet.file, sheet: sheet.name, row, column, text };
}

/** Every data row of a located table, with problems for columns whose values would otherwise be dropped. */
function _rows(l: Located, out: ImportResult): Row[] {
  const { sheet, header, columns } = l;
  const data = sheet.rows.map((row, i) => ({ row, n: i + 1 })).slice(header).filter(({ row }) => row.some((v) => !isEmptyCell(v)));
  _checkColumns(l, data.map((d) => d.row), out);
  const rows: Row[] = [];
  for (const { row, n } of data) {
    if (sheet.sectionRows?.has(n)) {
      out.notices.push(_at(sheet, n, 1, { zh: `已跳过分组标题行“${cellText(row.find((v) => !isEmptyCell(v)) ?? '')}”`, en: `skipped the section title row "${cellText(row.find((v) => !isEmptyCell(v)) ?? '')}"` }));
      continue;
    }
    if (columns.every((c, j) => !c || foldLabel(row[j]) === foldLabel(sheet.rows[header - 1]?.[j]))) continue; // a repeated header
    const cells = new Map<Column, At>();
    columns.forEach((c, j) => c && cells.set(c, { value: row[j] ?? null, row: n, column: j + 1 }));
    const rec = readRecord(cells, sheet.file, _reporter(sheet, out));
    out.origins.set(rec, { sheet, layout: l.layout, header, row: n, cells });
    rows.push({ rec, row: n, sheet, cells });
  }
  return rows;
}

function _checkColumns(l: Located, data: CellValue[][], out: ImportResult): void {
  const head = l.sheet.rows[l.header - 1] ?? [];
  const width = Math.max(head.length, ...data.map((r) => r.length));
  for (let j = 0; j < width; j++) {
    if (l.columns[j] || !data.some((r) => !isEmptyCell(r[j]))) continue;
    const label = cellText(head[j] ?? null);
    const known = label ? _index(l.layout).get(foldLabel(label)) : undefined;
    const dup = known !== undefined && l.columns.includes(known);
    out.problems.push(_at(l.sheet, l.header, j + 1, dup
      ? { zh: `列“${label}”重复；该列的值未导入`, en: `column "${label}" appears twice; this one's values are not imported` }
      : label
        ? { zh: `未知的列“${label}”；该列的值未导入（可删除该列，或改用本格式的列名）`, en: `unknown column "${label}"; its values are not imported (delete it or use a column name of the layout)` }
        : { zh: '该列有内容但没有列标题；其值未导入', en: 'this column has values but no header; they are not imported' }));
  }
}

/** 目录信息: label in column A, value in column B. */
function _readHeader(found: Located[], out: ImportResult): JsonObject {
  if (!found.length) {
    out.notices.push({ file: '', sheet: HEADER.sheet, row: 1, column: 1, text: { zh: '没有“目录信息”工作表：目录的编号、部门、版本等需在 YAML 中补充', en: 'no 目录信息 sheet: add the catalogue id, department, version … to the YAML' } });
    return { govcat: 1 };
  }
  const cells = new Map<Column, At>();
  for (const l of found) {
    l.sheet.rows.forEach((row, i) => {
      const col = _index(HEADER).get(foldLabel(row[0]));
      const empty = row.slice(1).every((v) => isEmptyCell(v));
      const label = cellText(row[0] ?? null);
      if (col && cells.has(col) && !empty) out.problems.push(_at(l.sheet, i + 1, 1, { zh: `“${label}”重复填写`, en: `"${label}" is given twice` }));
      else if (col && !cells.has(col)) cells.set(col, { value: row[1] ?? null, row: i + 1, column: 2 });
      else if (!col && !empty && !_HEADER_TITLES.has(foldLabel(row[0]))) {
        out.problems.push(_at(l.sheet, i + 1, 1, { zh: `未知的目录信息项“${label}”；其值未导入`, en: `unknown catalogue field "${label}"; its value is not imported` }));
      }
    });
  }
  // Extra last, so that its keys are compared with everything the labelled rows gave.
  const ordered = new Map([...cells].sort(([a], [b]) => HEADER.columns.indexOf(a) - HEADER.columns.indexOf(b)));
  const root = readRecord(ordered, found[0].sheet.file, _reporter(found[0].sheet, out));
  out.origins.set(root, { sheet: found[0].sheet, layout: HEADER, header: 0, row: 1, cells: ordered });
  return root;
}

function _reporter(sheet: Sheet, out: ImportResult): Report {
  return (at, text) => out.problems.push(_at(sheet, at.row, at.column, text));
}

const _HEADER_TITLES = new Set(['项目', '字段', '名称', '内容', '值']);

/** Rows become a list under `key`, unless 其他字段 already gave that list (then each place is reported). */
function _attach(target: JsonObject, key: string, list: JsonObject[], first: Row | undefined, out: ImportResult): void {
  if (!list.length) return;
  if (Object.hasOwn(target, key)) {
    out.problems.push(_at(first!.sheet, first!.row, 1, { zh: `其他字段（YAML）中已给出 ${key}，与本表的行重复`, en: `其他字段（YAML） already gives ${key}; these rows repeat it` }));
    return;
  }
  target[key] = list;
}

/** Data items join their entry by 所属目录 (entry id), or by 所属目录名称; an empty reference repeats the one above. */
function _attachItems(entries: JsonObject[], found: Located[], out: ImportResult): void {
  // Not trimmed: cells are, so an id only 其他字段 could carry (" A ") never answers a reference.
  const refOf = (e: JsonObject, k: string) => (typeof e[k] === 'string' ? (e[k] as string) : '');
  const owned = new Set(entries.filter((e) => Object.hasOwn(e, 'items')));
  let last: { id: string; name: string } | undefined;
  for (const r of found.flatMap((l) => _rows(l, out))) {
    const get = (role: string) => [...r.cells].find(([c]) => c.role === role)?.[1];
    const at = get('ref-id') ?? get('ref-name');
    let id = get('ref-id') && !isEmptyCell(get('ref-id')!.value) ? cellText(get('ref-id')!.value) : '';
    let name = get('ref-name') && !isEmptyCell(get('ref-name')!.value) ? cellText(get('ref-name')!.value) : '';
    if (!id && !name && last) ({ id, name } = last);
    last = { id, name };
    const problem = (text: Bilingual) => out.problems.push(_at(r.sheet, r.row, at?.column ?? 1, text));
    const hits = resolveRef(entries.map((e) => ({ id: refOf(e, 'id'), name: refOf(e, 'name') })), id, name).map((i) => entries[i]);
    const ref = id || name;
    if (!ref) problem({ zh: '数据项没有所属目录（目录编号或数据目录名称）', en: 'the data item names no entry (所属目录: the entry id or name)' });
    else if (!hits.length) problem({ zh: `数据目录表中没有“${ref}”，该数据项无处归属`, en: `no entry "${ref}" in the 数据目录 sheet for this data item` });
    else if (hits.length > 1) problem({ zh: `“${ref}”对应多个目录条目；请填写所属目录名称以区分`, en: `"${ref}" matches several entries; add 所属目录名称 to tell them apart` });
    else if (owned.has(hits[0])) problem({ zh: `条目“${ref}”的数据项已在其他字段（YAML）中给出`, en: `the data items of "${ref}" are already given in its 其他字段（YAML）` });
    else {
      if (!Array.isArray(hits[0].items)) hits[0].items = [];
      (hits[0].items as unknown[]).push(r.rec);
    }
  }
}
