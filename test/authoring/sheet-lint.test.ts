// Spreadsheet lint as a library: where findings land when a sheet lacks a column or the 目录信息 sheet, CSV rows
// spanning lines, variants in list cells, and lintWorkbook on a workbook's bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSheets } from '../../src/authoring/sheet/lint.js';
import { parseCsv } from '../../src/authoring/csv.js';
import { cellLabel, position } from '../../src/formatters/_shared.js';
import { resolveProfile } from '../../src/profiles/index.js';
import { rules } from '../../src/rules/index.js';
import { lintWorkbook } from '../../src/index.js';
import type { Sheet } from '../../src/authoring/sheet/cells.js';

const profile = resolveProfile('national', rules);
const HEADER_ROWS = [
  ['项目', '内容'], ['目录编号', 'CAT-1'], ['目录标题', '测试目录'], ['编制部门', '北京市某某局'], ['版本', '2026.1'], ['编制日期', '2026-03-01'],
  ['审核人', '张三'], ['审核日期', '2026-03-05'], ['保密风险评估日期', '2026-03-02'], ['保密风险评估结论', '通过'],
];
const ENTRY_HEAD = ['目录编号', '数据目录名称', '提供单位', '数据格式', '更新周期', '共享属性', '共享范围', '使用用途', '共享方式', '数据分类', '数据分级'];
const ENTRY = ['E-1', '企业登记信息', '北京市某某局', '数据库表', '每日', '有条件共享', '本市各部门', '用于登记核验', '服务接口', '市场监管/登记', '一般'];
const ITEMS = [['所属目录', '数据项名称', '数据类型'], ['E-1', '企业名称', '字符型']];

function lintOf(sheets: Sheet[], file = 'x.xlsx') {
  const { files } = lintSheets(sheets, file, profile, { asOf: '2026-06-01' }, rules);
  return files.flatMap((f) => f.findings).map((f) => ({ rule: f.ruleId, at: f.cell && cellLabel(f.cell), line: f.line, file: f.file, message: f.message.en }));
}

const sheet = (name: string, rows: (string | null)[][], file = 'x.xlsx'): Sheet => ({ name, file, rows });

describe('spreadsheet lint', () => {
  it('a clean workbook has no findings', () => {
    expect(lintOf([sheet('数据目录', [ENTRY_HEAD, ENTRY]), sheet('数据项', ITEMS), sheet('目录信息', HEADER_ROWS)])).toEqual([]);
  });

  it('a missing field with no column of its own points at the entry name cell; a header field with no row at 目录信息!A1', () => {
    const head = ENTRY_HEAD.filter((h) => h !== '提供单位');
    const entry = ENTRY.filter((_, i) => ENTRY_HEAD[i] !== '提供单位');
    const found = lintOf([sheet('数据目录', [head, entry]), sheet('数据项', ITEMS), sheet('目录信息', HEADER_ROWS.filter((r) => r[0] !== '版本'))]);
    expect(found.map((f) => [f.rule, f.at])).toEqual([['entry-required-fields', '数据目录!B2'], ['header-required', '目录信息!A1']]);
  });

  it('without a 目录信息 sheet, header findings are at the first sheet\'s first cell', () => {
    const found = lintOf([sheet('数据目录', [ENTRY_HEAD, ENTRY]), sheet('数据项', ITEMS)]);
    expect(new Set(found.filter((f) => f.rule === 'header-required').map((f) => f.at))).toEqual(new Set(['数据目录!A1']));
  });

  it('a variant in a list cell is reported where it stands; a term is not', () => {
    const entry = ENTRY.map((v, i) => (ENTRY_HEAD[i] === '共享方式' ? '服务接口、库表交换' : v));
    const found = lintOf([sheet('数据目录', [ENTRY_HEAD, entry]), sheet('数据项', ITEMS), sheet('目录信息', HEADER_ROWS)]);
    expect(found).toEqual([{ rule: 'vocabulary-normalized', at: '数据目录!I2', line: 2, file: 'x.xlsx', message: expect.stringContaining('库表交换') }]);
  });

  it('CSV: a row whose quoted cell spans lines keeps its row in the cell, and the line it starts on', () => {
    const text = `${ENTRY_HEAD.join(',')}\r\n${ENTRY.map((v, i) => (i === 1 ? '"企业\n登记信息"' : v)).join(',')}\r\n${ENTRY.map((v, i) => (i === 0 ? 'E-2' : i === 1 ? '变更信息' : ENTRY_HEAD[i] === '共享属性' ? '部分共享' : v)).join(',')}\r\n`;
    const lines: number[] = [];
    const rows = parseCsv(text, 'c-entries.csv', lines);
    expect(lines).toEqual([1, 2, 4]);
    const items = [...ITEMS, ['E-2', '变更事项', '字符型']];
    const found = lintOf([{ name: '数据目录', file: 'c-entries.csv', rows, lines }, sheet('数据项', items, 'c-items.csv'), sheet('目录信息', HEADER_ROWS, 'c-catalogue.csv')], 'c-entries.csv');
    expect(found).toEqual([{ rule: 'share-type-valid', at: '数据目录!F3', line: 4, file: 'c-entries.csv', message: expect.stringContaining('部分共享') }]);
  });

  it('names a cell as Excel does, quoting a sheet name that is not one word', () => {
    expect(cellLabel({ sheet: '数据目录', ref: 'F12' })).toBe('数据目录!F12');
    expect(cellLabel({ sheet: "Dept's list", ref: 'A1' })).toBe("'Dept''s list'!A1");
    expect(position({ line: 3, column: 7 })).toBe('3:7');
  });

  it('lintWorkbook lints a workbook\'s bytes in memory', async () => {
    const bytes = readFileSync(new URL('../../samples/violations.xlsx', import.meta.url));
    const { findings } = await lintWorkbook(bytes, { file: 'violations.xlsx', asOf: '2026-06-01' });
    expect(findings).toHaveLength(23);
    expect(findings.find((f) => f.ruleId === 'share-type-valid')).toMatchObject({ file: 'violations.xlsx', cell: { sheet: '数据目录', row: 5, column: 'J', ref: 'J5' } });
    await expect(lintWorkbook(new Uint8Array([1, 2, 3]), { asOf: '2026-06-01' })).rejects.toThrow(/not a readable \.xlsx file/);
  });
});
