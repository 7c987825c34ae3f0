// govcat lint on an .xlsx or a set of CSV files: read as govcat import reads them, linted in memory, findings at cells.
import { lintSheets } from '../../../authoring/sheet/lint.js';
import { csvSet, readSpreadsheets, spreadsheetKind } from '../../../authoring/spreadsheet/io.js';
import { InputError } from '../../../core/errors.js';
import type { Encoding } from '../../../core/decode.js';
import type { AnyRule, ResolvedProfile } from '../../../core/types.js';
import type { FileResult } from '../../../formatters/types.js';

export { isSpreadsheet } from '../../../io/read.js';

/**
 * One result per file read (the workbook; each CSV file of the set). `seen` holds the CSV files already linted, so
 * `govcat lint 'out-*.csv'` lints the set once. Unreadable or non-catalogue input is a fatal result (exit 2).
 */
export async function lintSpreadsheet(file: string, encoding: Encoding, profile: ResolvedProfile, asOf: string, allRules: readonly AnyRule[], seen: Set<string>): Promise<FileResult[]> {
  try {
    const set = spreadsheetKind(file) === 'csv' ? csvSet(file) : [file];
    if (set.some((f) => seen.has(f))) return [];
    for (const f of set) seen.add(f);
    const sheets = await readSpreadsheets([file], encoding);
    return lintSheets(sheets, file, profile, { asOf }, allRules).files.map((r) => ({ file: r.file, findings: r.findings }));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return [{ file: e.file || file, findings: [], fatal: { message: e.text, line: e.line, column: e.column } }];
  }
}
