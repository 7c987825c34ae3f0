// One spreadsheet row ⇄ one record (entry, data item, event …): the code both export and import run.
import type { Bilingual, JsonObject } from '../../core/types.js';
import { isObject } from '../../core/normalize.js';
import { sameData } from '../yaml-strict.js';
import { EXTRA_HEADER, type Column } from './layout.js';
import { cellText, yamlCell, type Read } from './values.js';
import { foldLabel, isEmptyCell, type CellValue } from './cells.js';

/** A cell being read, with its 1-based row and column for messages. */
export interface At {
  value: CellValue;
  row: number;
  column: number;
}

export type Report = (at: At, text: Bilingual) => void;

/** Reads one row into a record; unmappable cells are reported and their raw text kept. */
export function readRecord(cells: Map<Column, At>, file: string, report: Report): JsonObject {
  const rec: JsonObject = {};
  for (const [col, at] of _filled(cells)) {
    if (col.role || !col.path.length) continue;
    const r = col.codec.read(at.value, { zh: col.header, en: col.en });
    if (!r) continue;
    if (r.error) report(at, r.error);
    setPath(rec, col.path, r.value);
  }
  const conditions = _find(cells, 'conditions');
  if (conditions) _readConditions(rec, conditions, report);
  _noneConditions(rec);
  const extra = _find(cells, 'extra');
  if (extra) {
    const r: Read = yamlCell(file).read(extra.value, { zh: EXTRA_HEADER, en: 'other fields (YAML)' });
    if (r?.error) report(extra, r.error);
    if (isObject(r?.value)) mergeExtra(rec, r.value, (key) => report(extra, {
      zh: `${EXTRA_HEADER}中的“${key}”与本行的列重复；请只在一处填写`,
      en: `${EXTRA_HEADER} repeats "${key}", which this row already fills in a column; fill it in one place only`,
    }));
  }
  return rec;
}

/** Cells of a record: each column's written value (the usage conditions "none" is 无 in 共享范围 and 使用用途). */
export function writeRecord(columns: Column[], rec: JsonObject): CellValue[] {
  return columns.map((col) => {
    if (col.role || !col.path.length) return null;
    if (col.path[0] === 'usage_conditions' && typeof rec.usage_conditions === 'string') {
      const none = rec.usage_conditions === 'none' || rec.usage_conditions === '无';
      return none && (col.path[1] === 'scope' || col.path[1] === 'purpose') ? '无' : null;
    }
    const v = getPath(rec, col.path);
    return v === undefined ? null : col.codec.write(v) ?? null;
  });
}

/**
 * The top-level keys the cells do not carry exactly: compared after normalisation, so 有条件共享 written as the
 * term and read back as conditional is no loss. `scope` lists the keys to compare (default: both records' keys).
 */
export function lostKeys(canonical: JsonObject, rebuilt: JsonObject, scope?: string[]): string[] {
  const keys = scope ?? [...new Set([...Object.keys(canonical), ...Object.keys(rebuilt)])];
  return keys.filter((k) => !sameData(canonical[k], rebuilt[k]));
}

/** 其他字段 over the row: its keys are added; a key the row also fills is reported and the column wins. */
export function mergeExtra(rec: JsonObject, extra: JsonObject, clash: (key: string) => void): void {
  for (const [k, v] of Object.entries(extra)) {
    if (k === 'catalogue' && isObject(rec.catalogue) && isObject(v)) {
      mergeExtra(rec.catalogue, v, (key) => clash(`catalogue.${key}`));
      continue;
    }
    if (Object.hasOwn(rec, k)) clash(k);
    else Object.defineProperty(rec, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
}

export function getPath(o: unknown, path: string[]): unknown {
  let v = o;
  for (const seg of path) {
    if (!isObject(v) || !Object.hasOwn(v, seg)) return undefined;
    v = v[seg];
  }
  return v;
}

export function setPath(o: JsonObject, path: string[], value: unknown): void {
  let t = o;
  for (const seg of path.slice(0, -1)) {
    if (!isObject(t[seg])) t[seg] = {};
    t = t[seg] as JsonObject;
  }
  t[path[path.length - 1]] = value;
}

// --- internal ---

/** The cells of a row as a record reader takes them: the written cells in column order. */
export function cellsOf(columns: Column[], values: CellValue[], row = 0): Map<Column, At> {
  return new Map(columns.map((col, i) => [col, { value: values[i] ?? null, row, column: i + 1 }]));
}

function _filled(cells: Map<Column, At>): [Column, At][] {
  return [...cells].filter(([, at]) => !isEmptyCell(at.value));
}

function _find(cells: Map<Column, At>, role: Column['role']): At | undefined {
  return _filled(cells).find(([col]) => col.role === role)?.[1];
}

const _CONDITION_LABELS: [RegExp, string][] = [
  [/^(共享范围|范围)$/, 'scope'], [/^(使用用途|用途|使用目的)$/, 'purpose'], [/^(共享对象|对象)$/, 'objects'], [/^(使用要求|要求)$/, 'requirements'],
];

/** A single 共享条件 cell: 无, or labelled parts "共享范围：…；使用用途：…" (the labelled columns win). */
function _readConditions(rec: JsonObject, at: At, report: Report): void {
  const t = cellText(at.value);
  if (_isNone(t)) {
    if (rec.usage_conditions === undefined) rec.usage_conditions = 'none';
    return;
  }
  const found: JsonObject = {};
  for (const part of t.split(/[；;\r\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^：:]+)[：:]\s*(.+)$/.exec(part);
    const key = m && _CONDITION_LABELS.find(([re]) => re.test(foldLabel(m[1])))?.[1];
    if (!key) {
      report(at, {
        zh: `共享条件“${t}”无法拆分为共享范围和使用用途；请写成“共享范围：…；使用用途：…”或分列填写`,
        en: `sharing conditions "${t}" cannot be split into scope and purpose; write "共享范围：…；使用用途：…" or use the separate columns`,
      });
      return;
    }
    found[key] = m![2].trim();
  }
  const target = isObject(rec.usage_conditions) ? rec.usage_conditions : (rec.usage_conditions = {});
  for (const [k, v] of Object.entries(found)) if (!Object.hasOwn(target, k)) target[k] = v;
}

/** 无 in every filled condition column is the explicit "no conditions" of unconditional and non-shareable entries. */
function _noneConditions(rec: JsonObject): void {
  const u = rec.usage_conditions;
  if (isObject(u) && Object.keys(u).length && Object.values(u).every((v) => typeof v === 'string' && _isNone(v))) rec.usage_conditions = 'none';
}

function _isNone(t: string): boolean {
  return t === '无' || t.toLowerCase() === 'none';
}
