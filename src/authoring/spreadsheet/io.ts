// Spreadsheet files: which sheets an import reads (an .xlsx, or a set of CSV files) and where an export writes.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Encoding } from '../../core/decode.js';
import { InputError } from '../../core/errors.js';
import { writeCsv } from '../csv.js';
import { cellText } from '../sheet/values.js';
import type { Sheet } from '../sheet/cells.js';
import type { Table } from './tables.js';
import { csvSetOf, csvSheet, spreadsheetKind, type SpreadsheetKind } from './sheets.js';

export { spreadsheetKind, type SpreadsheetKind };

/** The sheets of the input files; an OUT-entries.csv brings its siblings OUT-items.csv, OUT-catalogue.csv … along. */
export async function readSpreadsheets(files: string[], encoding: Encoding = 'utf-8'): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const kind = spreadsheetKind(file);
    if (kind === 'xlsx') {
      const { readXlsx } = await import('../xlsx.js');
      sheets.push(...(await readXlsx(_read(file), file)));
      continue;
    }
    for (const f of csvSet(file)) {
      if (seen.has(f)) continue;
      seen.add(f);
      sheets.push(csvSheet(f, _read(f), encoding));
    }
  }
  return sheets;
}

/** OUT-entries.csv → the existing OUT-{entries,items,catalogue,events,terminations}.csv; any other CSV alone. */
export function csvSet(file: string): string[] {
  return csvSetOf(file, existsSync);
}

/** Files an export writes: OUT.xlsx, or OUT-entries.csv, OUT-items.csv, OUT-catalogue.csv (+ events, terminations). */
export function exportPaths(out: string, kind: SpreadsheetKind, tables: Table[]): string[] {
  const base = out.replace(/\.(xlsx|csv)$/i, '');
  return kind === 'xlsx' ? [`${base}.xlsx`] : tables.map((t) => `${base}-${t.layout.csv}.csv`);
}

/** The default OUT: the catalogue's own name next to it. */
export function defaultOutput(catalogue: string): string {
  return join(dirname(catalogue), basename(catalogue).replace(/\.ya?ml$/i, ''));
}

export async function renderSpreadsheet(tables: Table[], kind: SpreadsheetKind): Promise<Uint8Array[]> {
  if (kind === 'xlsx') {
    const { writeXlsx } = await import('../xlsx.js');
    return [await writeXlsx(tables)];
  }
  return tables.map((t) => Buffer.from(writeCsv(_csvRows(t)), 'utf8'));
}

// --- internal ---

function _csvRows(t: Table): string[][] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? cellText(v) : String(v));
  if (t.layout.transposed) return [['项目', '内容'], ...t.columns.map((c, i) => [c.header, text(t.rows[0][i])])];
  return [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(text))];
}

function _read(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, { zh: '文件不存在', en: 'no such file or directory' });
    throw new InputError(file, { zh: `无法读取（${code ?? String(e)}）`, en: `cannot be read (${code ?? String(e)})` });
  }
}
