// The neutral table both spreadsheet formats read into and write from, and the problems found in one.
import type { Bilingual, Locale } from '../../core/types.js';

export type CellValue = string | number | boolean | Date | null;

export interface Sheet {
  /** Sheet name (xlsx) or the table's name (CSV). */
  name: string;
  /** The file it came from, for messages. */
  file: string;
  /** rows[0] is spreadsheet row 1; rows may be ragged. */
  rows: CellValue[][];
  /** Rows that are one merged cell across the table: section titles such as "一、登记注册类". */
  sectionRows?: Set<number>;
  /** CSV: the text line each row starts on (rows[i] starts on lines[i]). */
  lines?: number[];
}

/** A cell that could not be mapped, by sheet, row and column as the officer sees them in Excel. */
export interface Problem {
  file: string;
  sheet: string;
  row: number;
  column: number;
  text: Bilingual;
}

export function cellName(row: number, column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

export function renderProblem(p: Problem, locale: Locale): string {
  return `${p.file}: ${p.sheet}!${cellName(p.row, p.column)}${locale === 'zh' ? '：' : ': '}${p.text[locale]}`;
}

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A header label as compared with the known ones: full-width forms folded (NFKC), spaces and line breaks
 * removed, and the markers templates add dropped (*, 必填, 选填, a trailing colon).
 */
export function foldLabel(v: CellValue | undefined): string {
  if (isEmptyCell(v)) return '';
  return String(v)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\((必填|选填|可选|必选|非必填)\)$/, '')
    .replace(/[:：]$/, '');
}
