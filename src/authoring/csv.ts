// RFC 4180 CSV by hand: quoted fields with commas, doubled quotes and line breaks; UTF-8 with BOM for Excel.
import { InputError } from '../core/errors.js';

export type CsvRow = string[];

/** CRLF records; a field is quoted when it holds a comma, quote, CR or LF, or starts or ends with a space. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const body = rows.map((r) => r.map((v) => _quote(_defuse(v))).join(',')).join('\r\n');
  // Excel takes a CSV without BOM for the local code page (GBK in China) and garbles every Chinese header.
  return `\ufeff${body}\r\n`;
}

/**
 * Parses CSV text (BOM already removed or not). Records end at CRLF, LF or CR outside quotes; a trailing line
 * break does not start another record. An unterminated quote is an error at the quote's line and column.
 * `lines`, when given, receives the line each record starts on (a quoted line break makes them differ from rows).
 */
export function parseCsv(text: string, file: string, lines?: number[]): CsvRow[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && field === '' && _atFieldStart(s, i)) {
      const open = { line, column: i - lineStart + 1 };
      i++;
      for (;;) {
        if (i >= s.length) throw new InputError(file, { zh: 'CSV 引号未闭合', en: 'unterminated quoted field in CSV' }, open.line, open.column);
        if (s[i] === '"') {
          if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (s[i] === '\n' || (s[i] === '\r' && s[i + 1] !== '\n')) { line++; lineStart = i + 1; }
        field += s[i++];
      }
      // Text after a closing quote (`"a"b`) is kept, as spreadsheet programs do.
      continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      lines?.push(recordLine);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      lineStart = i;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); lines?.push(recordLine); }
  return rows.map((r) => r.map(_restore));
}

// --- internal ---

// A cell starting with = + - @ (or tab/CR) is a formula to Excel: catalogue text must never run as one (CSV
// injection). Such cells get a leading ' on export, which import removes again, so the round trip stays exact.
const _FORMULA = /^'*[=+\-@\t\r]/;

function _defuse(v: string): string {
  return _FORMULA.test(v) ? `'${v}` : v;
}

function _restore(v: string): string {
  return v.startsWith("'") && _FORMULA.test(v.slice(1)) ? v.slice(1) : v;
}

function _quote(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function _atFieldStart(s: string, i: number): boolean {
  return i === 0 || s[i - 1] === ',' || s[i - 1] === '\n' || s[i - 1] === '\r';
}
