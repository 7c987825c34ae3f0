// The sheets of spreadsheet files already in memory (no I/O): what `govcat import` and `govcat lint` read from an
// .xlsx or a set of CSV files, and what the browser page reads from the files an officer opens.
import { decodeSource, type Encoding } from '../../core/decode.js';
import { InputError } from '../../core/errors.js';
import { parseCsv } from '../csv.js';
import { LAYOUTS } from '../sheet/layout.js';
import type { Sheet } from '../sheet/cells.js';

export type SpreadsheetKind = 'xlsx' | 'csv';

export function spreadsheetKind(file: string): SpreadsheetKind {
  const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase() ?? '';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv') return 'csv';
  if (ext === '.xls' || ext === '.et') {
    throw new InputError(file, { zh: '不支持旧版 .xls/.et 文件；请另存为 .xlsx', en: 'old .xls/.et files are not supported; save the file as .xlsx' });
  }
  throw new InputError(file, { zh: '只能导入 .xlsx 或 .csv 文件', en: 'only .xlsx and .csv files can be imported' });
}

/** OUT-entries.csv → the OUT-{entries,items,catalogue,events,terminations}.csv that `exists`; any other CSV alone. */
export function csvSetOf(file: string, exists: (f: string) => boolean): string[] {
  const m = /^(.*)-(entries|items|catalogue|events|terminations)\.csv$/i.exec(file);
  if (!m) return [file];
  return [file, ...LAYOUTS.map((l) => `${m[1]}-${l.csv}.csv`).filter((f) => f !== file && exists(f))];
}

/** A CSV file's one sheet, named after the layout its file name gives (OUT-items.csv → 数据项). */
export function csvSheet(file: string, bytes: Uint8Array, encoding: Encoding = 'utf-8'): Sheet {
  const lines: number[] = [];
  const rows = parseCsv(decodeSource(bytes, file, encoding), file, lines);
  return { name: _csvSheetName(file), file, rows, lines };
}

// --- internal ---

function _csvSheetName(file: string): string {
  const m = /-(entries|items|catalogue|events|terminations)\.csv$/i.exec(file);
  const layout = m && LAYOUTS.find((l) => l.csv === m[1].toLowerCase());
  return layout ? layout.sheet : (file.split(/[\\/]/).pop() ?? file);
}
