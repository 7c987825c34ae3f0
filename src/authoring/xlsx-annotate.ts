// The officer's own workbook with the findings written in: a comment on each cell a finding is at, and a 问题 column
// after the last used one listing every finding of the row. Everything else in the file is kept as it was.
import ExcelJS from 'exceljs';
import type { Finding, Locale } from '../core/types.js';

export const ISSUES_HEADER = { zh: '问题', en: 'Issues' } as const;

const SEVERITY = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'note' } } as const;

export async function annotateXlsx(bytes: Uint8Array, findings: readonly Finding[], locale: Locale): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // exceljs under Node reads a Buffer; its browser build has no Buffer and reads the bytes.
  await wb.xlsx.load((typeof Buffer === 'function' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes) as never);
  const line = (f: Finding) => `[${SEVERITY[f.severity][locale]}] ${f.message[locale]} (${f.ruleId})`;
  for (const ws of wb.worksheets) {
    const here = findings.filter((f) => f.cell?.sheet === ws.name);
    if (!here.length) continue;
    // The column after the last used one, fixed before any note is written.
    const column = ws.columnCount + 1;
    ws.getRow(1).getCell(column).value = ISSUES_HEADER[locale];
    const byRow = new Map<number, Finding[]>();
    const byCell = new Map<string, Finding[]>();
    for (const f of here) {
      byRow.set(f.cell!.row, [...(byRow.get(f.cell!.row) ?? []), f]);
      byCell.set(f.cell!.ref, [...(byCell.get(f.cell!.ref) ?? []), f]);
    }
    // Row 1 holds the headers (问题 among them): its findings are in the cells' comments only.
    for (const [row, fs] of byRow) if (row > 1) ws.getRow(row).getCell(column).value = fs.map(line).join('\n');
    for (const [ref, fs] of byCell) ws.getCell(ref).note = fs.map(line).join('\n');
    ws.getColumn(column).width = 60;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
