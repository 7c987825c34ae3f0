// xlsx through exceljs: tables → a styled workbook (frozen headers, text columns, drop-down lists) and back to sheets.
import ExcelJS from 'exceljs';
import { InputError } from '../core/errors.js';
import { VOCABULARIES, type VocabularyName } from '../core/vocabulary.js';
import type { Column } from './sheet/layout.js';
import { integer } from './sheet/values.js';
import type { CellValue, Sheet } from './sheet/cells.js';
import type { Table } from './spreadsheet/tables.js';

export async function writeXlsx(tables: Table[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'govcat';
  for (const t of tables) {
    const ws = wb.addWorksheet(t.layout.sheet, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: _PRINT, headerFooter: _HEADER_FOOTER });
    if (t.layout.transposed) _writeTransposed(ws, t);
    else _writeTable(ws, t);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Sheet[]> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError(file, { zh: '这是旧版 Excel 97-2003（.xls）文件；请在 Excel 或 WPS 中另存为 .xlsx', en: 'this is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel or WPS' });
  }
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs under Node reads a Buffer; its browser build (the checker page) has no Buffer and reads the bytes.
    await wb.xlsx.load((typeof Buffer === 'function' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes) as never);
  } catch (e) {
    const why = (e as Error)?.message?.split('\n')[0] ?? String(e);
    throw new InputError(file, { zh: `不是可读取的 .xlsx 文件（${why}）`, en: `not a readable .xlsx file (${why})` });
  }
  return wb.worksheets.map((ws) => _readSheet(ws, file));
}

// --- internal ---

/** exceljs has range validations (one sqref for a whole column) but does not declare them. */
type _WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

const _HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;
/**
 * What a colleague gets from File → Print: A4 landscape, every column on the page (fit to one page wide, as many
 * pages tall as it takes — fitToPage must be on, or Excel and LibreOffice ignore fitToWidth and print each column
 * strip on its own Letter page), the header row on every page. exceljs's defaults (scale, printer DPI) are dropped.
 */
const _PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1',
  scale: undefined, horizontalDpi: undefined, verticalDpi: undefined,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};
/** The sheet's name at the top, page n of N at the bottom: loose printed pages stay in order. */
const _HEADER_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddHeader: '&L&A', oddFooter: '&C&P / &N' };
/** Long text wraps within its column (row heights grow) instead of running under the next column or off the page. */
const _WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const _VALIDATION_ROWS = 2000;

function _writeTable(ws: ExcelJS.Worksheet, t: Table): void {
  ws.columns = t.columns.map((c) => ({ width: c.width ?? 16, style: c.codec === integer ? { alignment: _WRAP } : { numFmt: '@', alignment: _WRAP } }));
  const head = ws.addRow(t.columns.map((c) => c.header));
  head.eachCell((cell) => Object.assign(cell, { font: { bold: true }, fill: _HEAD_FILL, alignment: { vertical: 'middle', wrapText: true } }));
  const widths = t.columns.map((c) => c.width ?? 16);
  _fitHeight(head, widths);
  for (const r of t.rows) _fitHeight(ws.addRow(r.map((v) => v ?? undefined)), widths);
  t.columns.forEach((c, i) => {
    const choices = _choices(c);
    // A drop-down of the canonical terms that still accepts anything typed: variants are read on import.
    if (choices) (ws as unknown as _WithValidations).dataValidations.add(`${_letter(i + 1)}2:${_letter(i + 1)}${_VALIDATION_ROWS}`, { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: false });
  });
}

function _writeTransposed(ws: ExcelJS.Worksheet, t: Table): void {
  ws.columns = [{ width: 28, style: { alignment: _WRAP } }, { width: 60, style: { numFmt: '@', alignment: _WRAP } }];
  const head = ws.addRow(['项目', '内容']);
  head.eachCell((cell) => Object.assign(cell, { font: { bold: true }, fill: _HEAD_FILL }));
  t.columns.forEach((c, i) => {
    const row = ws.addRow([c.header, t.rows[0][i] ?? undefined]);
    _fitHeight(row, [28, 60]);
    row.getCell(1).font = { bold: true };
    const choices = _choices(c);
    if (choices) row.getCell(2).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: false };
  });
}

/**
 * Row height for the wrapped lines of its tallest cell. LibreOffice keeps the default height of a row the file does
 * not size (wrapped lines then print over the next rows), so the export sizes each row itself: a full-width
 * character takes two units of column width, anything else one.
 */
function _fitHeight(row: ExcelJS.Row, widths: number[]): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const room = Math.max(1, (widths[col - 1] ?? 16) - 1);
    const text = cell.value instanceof Date ? '0000-00-00' : String(cell.value ?? '');
    const need = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(_units(line) / room)), 0);
    lines = Math.max(lines, need);
  });
  if (lines > 1) row.height = Math.min(409, lines * _LINE_HEIGHT + 2);
}

const _LINE_HEIGHT = 15;

function _units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return n;
}

const _VOCAB_OF: Record<string, VocabularyName> = {
  share_type: 'share_type', update_frequency: 'update_frequency', 'format.kind': 'format_kind', 'classification.level': 'classification_level',
  'classification.secrecy': 'secrecy', type: 'item_type', 'catalogue.level': 'level', kind: 'event_kind', open_type: 'open_type',
};

function _choices(c: Column): string[] | undefined {
  const key = c.path.join('.');
  if (key.endsWith('.conclusion')) return Object.values(VOCABULARIES.conclusion.terms);
  if (key.endsWith('.status')) return Object.values(VOCABULARIES.assessment_status.terms);
  if (key === 'personal_info' || key === 'sensitive') return ['是', '否'];
  const vocab = _VOCAB_OF[key];
  return vocab ? Object.values(VOCABULARIES[vocab].terms) : undefined;
}

function _letter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function _readSheet(ws: ExcelJS.Worksheet, file: string): Sheet {
  const rows: CellValue[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(_value(row.getCell(c).value));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return { name: ws.name, file, rows, sectionRows: _sectionRows(ws, rows) };
}

/** Rows whose only content is one cell merged across three or more columns: titles like "一、登记注册类". */
function _sectionRows(ws: ExcelJS.Worksheet, rows: CellValue[][]): Set<number> {
  const out = new Set<number>();
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m)).filter(Boolean) as RegExpExecArray[];
  for (const m of merges) {
    const [left, top, right, bottom] = [_column(m[1]), +m[2], _column(m[3]), +m[4]];
    if (top !== bottom || right - left < 2) continue;
    const row = rows[top - 1] ?? [];
    if (row.every((v, i) => v === null || (typeof v === 'string' && !v.trim()) || (i + 1 >= left && i + 1 <= right))) out.add(top);
  }
  return out;
}

function _column(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** exceljs cell values: rich text, hyperlinks and formulas reduced to what the officer sees. */
function _value(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if ('formula' in o || 'sharedFormula' in o) return _value(o.result as ExcelJS.CellValue);
  if ('text' in o) return _value(o.text as ExcelJS.CellValue);
  if ('error' in o) return String(o.error);
  return String(v);
}
