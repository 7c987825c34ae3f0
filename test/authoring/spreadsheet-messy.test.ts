// Real-world spreadsheets: portal headers and merged cells, variants, and every cell import cannot map, by position.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { catalogueToTables, tablesToCatalogue } from '../../src/authoring/spreadsheet/tables.js';
import { readSpreadsheets } from '../../src/authoring/spreadsheet/io.js';
import { renderProblem } from '../../src/authoring/sheet/cells.js';
import { writeXlsx } from '../../src/authoring/xlsx.js';
import { loadYaml } from '../../src/core/load.js';
import { govcat, NO_STACK } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'govcat-messy-'));
const path = (name: string) => join(dir, name);

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const p = path(name);
  writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
  return p;
}

async function importFile(file: string) {
  return tablesToCatalogue(await readSpreadsheets([file]));
}

/** A workbook the way a portal template and a busy officer leave it. */
async function portalWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('信息资源目录');
  ws.getCell('A1').value = '某市市场监督管理局政务数据资源目录（2026年）';
  ws.mergeCells('A1:O1');
  const top = ['序号', '信息资源名称 ', '信息资源代码', '提供单位', null, '共享条件', null, '更新频率', '共享类型', '共享方式', '数据格式（必填）', '数据分级', ' 数据 分类', '不予共享理由', '不予共享依据'];
  const sub = [null, null, null, '名称', '统一社会信用代码', '共享范围', '使用用途'];
  ws.getRow(3).values = top;
  ws.getRow(4).values = sub;
  for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4', 'I3:I4', 'J3:J4', 'K3:K4', 'L3:L4', 'M3:M4', 'N3:N4', 'O3:O4']) ws.mergeCells(range);
  ws.getCell('A5').value = '一、登记注册类';
  ws.mergeCells('A5:O5');
  ws.getRow(6).values = [1, '企业登记信息', 'ZW-001', '某市市场监督管理局', '11110000MB1957J40W', '无', '无', '每 3 月', '普遍共享', '接口调用，库表交换', '数据库', '一般数据', '市场监管/登记'];
  ws.getRow(8).values = [2, '企业主要人员信息', 'ZW-002', '某市市场监督管理局 ', '11110000MB1957J40W', '本市税务部门 ', '用于税收征管', '不定期', '依申请共享', '服务接口', '电子表格', '重要', '市场监管/登记'];
  ws.getRow(9).values = [3, '举报人信息', 'ZW-003', '某市市场监督管理局', '11110000MB1957J40W', '无', '无', '实时', '不予共享', '无', '数据库表', '重要', '市场监管/投诉举报', '法律要求对举报人信息保密',
    '中华人民共和国食品安全法第一百一十五条第二款【法律】；《中华人民共和国产品质量法》第十条［法律／全国人民代表大会常务委员会］'];
  const items = wb.addWorksheet('信息项');
  items.getRow(1).values = ['信息资源代码', '数据项名', '字段类型', '数据长度', '是否个人信息', '是否敏感个人信息', '备注'];
  items.getRow(2).values = ['ZW-001', '统一社会信用代码', '字符型C', 18, '否', 'N'];
  items.getRow(3).values = [null, '企业名称', '字符型 C', '２００'];
  items.mergeCells('A2:A3');
  items.getRow(5).values = ['ZW-002', '人员姓名', '字符型C', 50, 'Y', 'N'];
  items.getRow(6).values = [null, '证件号码', 'varchar', 30, '是', '√', '按 GB 11643'];
  items.getRow(7).values = ['ZW-003', '举报人姓名', '字符型C', null, '是', '否'];
  items.getRow(8).values = [null, '举报日期', '日期型D'];
  const head = wb.addWorksheet('目录基本信息');
  const rows: [string, ExcelJS.CellValue][] = [
    ['目录编号：', 'CAT-999999-SJ'], ['目录名称', '某市市场监督管理局政务数据目录'], ['编制单位', '某市市场监督管理局'], ['统一社会信用代码', '11110000MB1957J40W'],
    ['层级', '市级'], ['行政区划代码', 110100], ['版本', '2026.1'], ['编制日期', new Date(Date.UTC(2026, 2, 2))], ['审核人', '王建国'], ['审核日期', '2026/3/5'],
    ['保密风险评估日期', '2026年2月20日'], ['保密风险评估结论', '合格'],
  ];
  rows.forEach((r, i) => (head.getRow(i + 1).values = r));
  wb.addWorksheet('填表说明').getCell('A1').value = '本表由各处室填写，每季度更新一次。';
  return save(wb, 'portal.xlsx');
}

describe('import of a messy portal workbook', () => {
  it('maps synonyms, merged and two-row headers, trailing spaces, full-width text, empty rows and value variants', async () => {
    const r = await importFile(await portalWorkbook());
    expect(r.problems.map((p) => renderProblem(p, 'en'))).toEqual([]);
    expect(r.notices.map((p) => renderProblem(p, 'en'))).toEqual([
      expect.stringMatching(/portal\.xlsx: 填表说明!A1: sheet "填表说明" is not part of the catalogue layout; skipped/),
      expect.stringMatching(/portal\.xlsx: 信息资源目录!A5: skipped the section title row "一、登记注册类"/),
    ]);
    expect(r.data).toEqual({
      catalogue: {
        id: 'CAT-999999-SJ', title: '某市市场监督管理局政务数据目录', department: { name: '某市市场监督管理局', code: '11110000MB1957J40W' }, level: 'municipal', region: '110100',
        version: '2026.1', compiled_at: '2026-03-02', approval: { approver: '王建国', date: '2026-03-05' },
        assessments: { confidentiality_risk: { date: '2026-02-20', conclusion: 'passed' } },
      },
      entries: [
        {
          id: 'ZW-001', name: '企业登记信息', provider: { name: '某市市场监督管理局', code: '11110000MB1957J40W' }, format: { kind: 'database_table' }, update_frequency: 'quarterly',
          share_type: 'unconditional', usage_conditions: 'none', share_method: ['api', 'batch_exchange'], classification: { category: '市场监管/登记', level: 'general' },
          items: [{ name: '统一社会信用代码', type: 'string', length: 18, personal_info: false, sensitive: false }, { name: '企业名称', type: 'string', length: 200 }],
        },
        {
          id: 'ZW-002', name: '企业主要人员信息', provider: { name: '某市市场监督管理局', code: '11110000MB1957J40W' }, format: { kind: 'spreadsheet' }, update_frequency: 'irregular',
          share_type: 'conditional', usage_conditions: { scope: '本市税务部门', purpose: '用于税收征管' }, share_method: ['api'], classification: { category: '市场监管/登记', level: 'important' },
          items: [{ name: '人员姓名', type: 'string', length: 50, personal_info: true, sensitive: false }, { name: '证件号码', type: 'string', length: 30, personal_info: true, sensitive: true, description: '按 GB 11643' }],
        },
        {
          id: 'ZW-003', name: '举报人信息', provider: { name: '某市市场监督管理局', code: '11110000MB1957J40W' }, format: { kind: 'database_table' }, update_frequency: 'realtime',
          share_type: 'non_shareable', usage_conditions: 'none', share_method: ['none'], classification: { category: '市场监管/投诉举报', level: 'important' },
          non_share: {
            reason: '法律要求对举报人信息保密',
            legal_basis: [
              { type: 'law', title: '中华人民共和国食品安全法', article: '第一百一十五条第二款' },
              { type: 'law', title: '中华人民共和国产品质量法', article: '第十条', issued_by: '全国人民代表大会常务委员会' },
            ],
          },
          items: [{ name: '举报人姓名', type: 'string', personal_info: true, sensitive: false }, { name: '举报日期', type: 'date' }],
        },
      ],
    });
  });

  it('the imported catalogue is written and reads back', async () => {
    const out = path('portal.yaml');
    const r = govcat(['import', await portalWorkbook(), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: .*信息资源目录!A5: skipped the section title row/);
    expect(r.stderr).toMatch(/imported 3 entries, 6 data items/);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/catalogue\.schema\.json\n/);
    expect(text).toContain('region: "110100"');
    expect((loadYaml(text, out).data as { entries: unknown[] }).entries).toHaveLength(3);
  });

  it('reads a portal CSV saved by Excel on Chinese Windows (GB18030) with --encoding, and says so without it', () => {
    const csv = 'test/fixtures/spreadsheets/portal-gb18030.csv';
    const plain = govcat(['import', csv, '-o', path('gb.yaml')]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/portal-gb18030\.csv:1:1: not valid UTF-8 .*--encoding gb18030/);
    const r = govcat(['import', csv, '-o', path('gb.yaml'), '--encoding', 'gb18030']);
    expect(r.code).toBe(0);
    const data = loadYaml(readFileSync(path('gb.yaml'), 'utf8'), 'gb.yaml').data as { entries: Record<string, unknown>[] };
    // The portal's only attribute column is 开放属性: an open-data class, imported as open_type, never as a share class.
    expect(data.entries.map((e) => [e.id, e.name, e.share_type, e.open_type, e.share_method, e.update_frequency])).toEqual([
      ['NB-001', '企业年报信息', undefined, 'unconditional_open', ['file_download'], 'yearly'],
      ['CJ-002', '抽检结果\n（含不合格）', undefined, 'conditional_open', ['api', 'batch_exchange'], 'quarterly'],
    ]);
  });
});

describe('开放 is not 共享 (Art. 14 classes concern sharing between departments, not opening to the public)', () => {
  async function sheet(headers: string[], rows: ExcelJS.CellValue[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据目录');
    ws.getRow(1).values = headers;
    rows.forEach((r, i) => (ws.getRow(i + 2).values = r));
    return save(wb, `open-${headers.length}-${rows.length}.xlsx`);
  }

  it('an open-data value in the 共享属性 column is kept as written and reported at its cell, not read as a share class', async () => {
    const r = await importFile(await sheet(['目录编号', '数据目录名称', '共享属性'], [['ZW-1', '企业登记信息', '依申请开放'], ['ZW-2', '企业年报信息', '无条件开放'], ['ZW-3', '举报信息', '不予共享']]));
    expect((r.data as { entries: Record<string, unknown>[] }).entries.map((e) => e.share_type)).toEqual(['依申请开放', '无条件开放', 'non_shareable']);
    expect(r.problems.map((p) => renderProblem(p, 'en'))).toEqual([
      expect.stringMatching(/数据目录!C2: share type "依申请开放" is an open-data class \(opening data to the public\), not a share class \(Art\. 14: sharing between government departments.*give the share class, and the open-data class in the 开放属性 column/),
      expect.stringMatching(/数据目录!C3: share type "无条件开放" is an open-data class/),
    ]);
    expect(renderProblem(r.problems[0], 'zh')).toMatch(/数据目录!C2：共享属性“依申请开放”是开放属性（向社会公众开放），不是共享属性（第十四条：政府部门之间的无条件共享、有条件共享、不予共享）；请填写共享属性，开放属性填在“开放属性”列/);
  });

  it('a 开放属性 column beside the 共享属性 column is read as open_type', async () => {
    const r = await importFile(await sheet(['目录编号', '数据目录名称', '共享属性', '开放属性'], [['ZW-1', '企业登记信息', '有条件共享', '依申请开放'], ['ZW-2', '企业年报信息', '无条件共享', '普遍开放'], ['ZW-3', '举报信息', '不予共享', '不予开放']]));
    expect(r.problems).toEqual([]);
    expect((r.data as { entries: Record<string, unknown>[] }).entries.map((e) => [e.share_type, e.open_type])).toEqual([
      ['conditional', 'conditional_open'], ['unconditional', 'unconditional_open'], ['non_shareable', 'not_open'],
    ]);
  });

  it('a value the 开放属性 column cannot map is reported with the open-data terms', async () => {
    const r = await importFile(await sheet(['目录编号', '数据目录名称', '开放属性'], [['ZW-1', '企业登记信息', '部分开放']]));
    expect(r.problems.map((p) => renderProblem(p, 'zh'))).toEqual([expect.stringMatching(/数据目录!C2：未知的开放属性“部分开放”（可用：无条件开放、有条件开放、不予开放）/)]);
  });
});

/** The exported sample with some cells changed, as a colleague would hand it back. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const tables = catalogueToTables(loadYaml(readFileSync('samples/catalogue.yaml', 'utf8'), 's').data, 's');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeXlsx(tables)) as never);
  edit(wb);
  return save(wb, name);
}

const set = (sheet: string, cell: string, value: ExcelJS.CellValue) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
};

// prettier-ignore
const unmappable: [what: string, edit: (wb: ExcelJS.Workbook) => void, en: RegExp, zh: RegExp][] = [
  ['share type', set('数据目录', 'J12', '部分共享'), /数据目录!J12: unknown share type "部分共享" \(use 无条件共享, 有条件共享 or 不予共享\)/, /数据目录!J12：未知的共享属性“部分共享”（可用：无条件共享、有条件共享、不予共享）/],
  ['update frequency', set('数据目录', 'H3', '看情况'), /数据目录!H3: unknown update frequency "看情况"/, /数据目录!H3：未知的更新周期“看情况”/],
  ['share method', set('数据目录', 'Q4', '服务接口、邮件'), /数据目录!Q4: unknown share method "邮件"/, /数据目录!Q4：未知的共享方式“邮件”/],
  ['data grade', set('数据目录', 'S5', '特别重要'), /数据目录!S5: unknown data grade "特别重要" \(use 一般, 重要 or 核心\)/, /数据目录!S5：未知的数据分级“特别重要”/],
  ['data format', set('数据目录', 'F6', '纸质'), /数据目录!F6: unknown data format "纸质"/, /数据目录!F6：未知的数据格式“纸质”/],
  ['credit code stored as a number', set('数据目录', 'E7', 121100004006821355), /数据目录!E7: provider credit code "121100004006821360" was stored by Excel as a number/, /数据目录!E7：提供单位统一社会信用代码“121100004006821360”已被 Excel 存为数字/],
  ['legal basis type', set('数据目录', 'P9', '《某市举报处理办法》第三条［规范性文件X］'), /数据目录!P9: legal basis: unknown basis type "规范性文件X"/, /数据目录!P9：不予共享依据：未知的依据类型“规范性文件X”/],
  ['unknown column', (wb) => { const ws = wb.getWorksheet('数据目录')!; ws.getCell('V1').value = '负责人'; ws.getCell('V2').value = '张三'; }, /数据目录!V1: unknown column "负责人"; its values are not imported/, /数据目录!V1：未知的列“负责人”；该列的值未导入/],
  ['duplicate column', (wb) => { const ws = wb.getWorksheet('数据目录')!; ws.getCell('V1').value = '共享类型'; ws.getCell('V3').value = '有条件共享'; }, /数据目录!V1: column "共享类型" appears twice/, /数据目录!V1：列“共享类型”重复/],
  ['values without a header', set('数据目录', 'W2', '孤立的值'), /数据目录!W1: this column has values but no header/, /数据目录!W1：该列有内容但没有列标题/],
  ['invalid YAML in 其他字段', (wb) => { const ws = wb.getWorksheet('数据目录')!; ws.getCell('V1').value = '其他字段（YAML）'; ws.getCell('V2').value = '{a: ['; }, /数据目录!V2: other fields \(YAML\) is not valid YAML/, /数据目录!V2：其他字段（YAML）不是有效的 YAML/],
  ['其他字段 repeating a column', (wb) => { const ws = wb.getWorksheet('数据目录')!; ws.getCell('V1').value = '其他字段（YAML）'; ws.getCell('V2').value = '{share_type: conditional}'; }, /数据目录!V2: 其他字段（YAML） repeats "share_type"/, /数据目录!V2：其他字段（YAML）中的“share_type”与本行的列重复/],
  // Column Z: V may hold the sample's own 其他字段（YAML） (a legal basis written as a citation text travels there).
  ['共享条件 that cannot be split', (wb) => { const ws = wb.getWorksheet('数据目录')!; ws.getCell('Z1').value = '共享条件'; ws.getCell('Z3').value = '仅限内部使用'; }, /数据目录!Z3: sharing conditions "仅限内部使用" cannot be split into scope and purpose/, /数据目录!Z3：共享条件“仅限内部使用”无法拆分为共享范围和使用用途/],
  ['data type', set('数据项', 'D5', '字符串型X'), /数据项!D5: unknown data type "字符串型X"/, /数据项!D5：未知的数据类型“字符串型X”/],
  ['length', set('数据项', 'E5', '十八'), /数据项!E5: length "十八" is not a whole number/, /数据项!E5：长度“十八”不是整数/],
  ['personal information flag', set('数据项', 'F5', '可能'), /数据项!F5: personal information "可能" should be 是 \(yes\) or 否 \(no\)/, /数据项!F5：是否个人信息“可能”应为“是”或“否”/],
  ['item of an unknown entry', set('数据项', 'A20', 'SCJG-9999'), /数据项!A20: no entry "SCJG-9999" in the 数据目录 sheet/, /数据项!A20：数据目录表中没有“SCJG-9999”/],
  ['date', set('目录信息', 'B10', '下周一'), /目录信息!B10: compiled on "下周一" is not a date \(YYYY-MM-DD\)/, /目录信息!B10：编制日期“下周一”不是日期/],
  ['assessment status', set('目录信息', 'B14', '差不多'), /目录信息!B14: unknown confidentiality risk assessment status "差不多"/, /目录信息!B14：未知的保密风险评估状态“差不多”/],
  ['unknown header field', (wb) => { const ws = wb.getWorksheet('目录信息')!; ws.getCell('A40').value = '联系人'; ws.getCell('B40').value = '李四'; }, /目录信息!A40: unknown catalogue field "联系人"/, /目录信息!A40：未知的目录信息项“联系人”/],
  ['event kind', set('变更事件', 'B2', '人事调整'), /变更事件!B2: unknown event kind "人事调整"/, /变更事件!B2：未知的事件类型“人事调整”/],
  ['extension working days', set('变更事件', 'H2', '五天'), /变更事件!H2: extension working days "五天" is not a whole number/, /变更事件!H2：延长工作日“五天”不是整数/],
];

describe('every cell that cannot be mapped is reported with sheet, row and column', () => {
  it.each(unmappable)('%s', async (what, edit, en, zh) => {
    const file = await edited(`bad-${what.replace(/\W/g, '_')}.xlsx`, edit);
    const r = await importFile(file);
    expect(r.problems.map((p) => renderProblem(p, 'en')).join('\n')).toMatch(en);
    expect(r.problems.map((p) => renderProblem(p, 'zh')).join('\n')).toMatch(zh);
    expect(r.problems).toHaveLength(1);
  });

  it('a period outside the vocabulary and a narrative conclusion are no import problems: kept as written', async () => {
    const narrative = '经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控';
    const file = await edited('kept.xlsx', (wb) => { set('数据目录', 'H3', '每两周')(wb); set('目录信息', 'B16', narrative)(wb); set('目录信息', 'B14', '已完成')(wb); });
    const r = await importFile(file);
    expect(r.problems).toEqual([]);
    const data = r.data as { catalogue: { assessments: { confidentiality_risk: Record<string, unknown> } }; entries: Record<string, unknown>[] };
    expect(data.entries[1].update_frequency).toBe('每两周');
    expect(data.catalogue.assessments.confidentiality_risk).toMatchObject({ status: 'completed', conclusion: narrative });
  });

  it('an entry row is never dropped: every row of the sheet becomes an entry', async () => {
    const file = await edited('odd-row.xlsx', (wb) => wb.getWorksheet('数据目录')!.getRow(25).values = [null, null, '只有摘要的一行']);
    const r = await importFile(file);
    expect((r.data.entries as unknown[]).length).toBe(21);
  });
});

describe('govcat import (CLI) on failure', () => {
  it('exits 1, writes nothing, and lists every problem in the chosen language', async () => {
    const file = await edited('two-bad.xlsx', (wb) => { set('数据目录', 'J12', '部分共享')(wb); set('数据项', 'E5', '十八')(wb); });
    const out = path('two-bad.yaml');
    const r = govcat(['import', file, '-o', out, '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/two-bad\.xlsx: 数据目录!J12：未知的共享属性“部分共享”/);
    expect(r.stderr).toMatch(/two-bad\.xlsx: 数据项!E5：长度“十八”不是整数/);
    expect(r.stderr).toMatch(/2 处内容无法转换，未写入任何文件/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --keep-going writes the rest, keeps the raw text for lint to point at, and still exits 1', async () => {
    const file = await edited('keep.xlsx', set('数据目录', 'J12', '部分共享'));
    const out = path('keep.yaml');
    const r = govcat(['import', file, '-o', out, '--keep-going']);
    expect(r.code).toBe(1);
    const lint = govcat(['lint', out, '--format', 'json']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/share-type-valid/);
    expect(readFileSync(out, 'utf8')).toContain('share_type: 部分共享');
  });

  it('leaves an existing output alone without --force (exit 2), replaces it with --force', async () => {
    const file = await edited('ok.xlsx', () => {});
    const out = path('existing.yaml');
    writeFileSync(out, 'keep me\n');
    const r = govcat(['import', file, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the output already exists: .*existing\.yaml; use --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(govcat(['import', file, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# yaml-language-server/);
  });

  // prettier-ignore
  const unusable: [string, () => string[], RegExp][] = [
    ['no -o', () => ['import', 'x.xlsx'], /name the catalogue file to write with -o/],
    ['a missing file', () => ['import', path('nope.xlsx'), '-o', path('n.yaml')], /nope\.xlsx: no such file or directory/],
    ['not a spreadsheet', () => { writeFileSync(path('junk.xlsx'), 'not a zip'); return ['import', path('junk.xlsx'), '-o', path('j.yaml')]; }, /junk\.xlsx: not a readable \.xlsx file/],
    ['an old .xls file', () => { writeFileSync(path('old.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])); return ['import', path('old.xlsx'), '-o', path('o.yaml')]; }, /old\.xlsx: this is an old Excel 97-2003 \(\.xls\) file; save it as \.xlsx/],
    ['another file type', () => ['import', 'samples/catalogue.yaml', '-o', path('t.yaml')], /only \.xlsx and \.csv files can be imported/],
    ['a CSV with an unterminated quote', () => { writeFileSync(path('q-entries.csv'), '目录编号,数据目录名称\nA,"open\n'); return ['import', path('q-entries.csv'), '-o', path('q.yaml')]; }, /q-entries\.csv:2:3: unterminated quoted field in CSV/],
    ['no sheet of entries', () => { writeFileSync(path('none.csv'), 'a,b\n1,2\n'); return ['import', path('none.csv'), '-o', path('none.yaml')]; }, /no sheet of catalogue entries found/],
  ];
  it.each(unusable)('%s → exit 2, a clear message, no stack, no output', (_, args, message) => {
    const a = args();
    const r = govcat(a);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
    const o = a.indexOf('-o');
    if (o >= 0) expect(existsSync(a[o + 1])).toBe(false);
  });
});
