// govcat lint on spreadsheets, end to end: the xlsx and CSV exports of samples/violations.yaml give the YAML's
// findings, each at its cell (checked against what the exported workbook holds there), in every output format.
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { govcat, NO_STACK, ROOT } from './run.js';

const require = createRequire(import.meta.url);
const AS_OF = ['--as-of', '2026-06-01'];
const dir = mkdtempSync(join(tmpdir(), 'govcat-lint-sheet-'));
const good = join(dir, 'good');
const bad = join(dir, 'bad');

interface JsonFinding { ruleId: string; path: string; line: number; column: number; messages: { en: string }; cell?: { sheet: string; row: number; column: string; ref: string } }
interface JsonResult { file: string; findings: JsonFinding[]; fatal?: unknown }

// (rule, cell, the column's header — 目录信息: the row's label —, what the exported workbook holds in the cell).
// prettier-ignore
const EXPECTED: [string, string, string, string][] = [
  ['sensitive-unconditional',             '数据目录!J2',  '共享属性',                 '无条件共享'],
  ['unconditional-extra-conditions',      '数据目录!K2',  '共享范围',                 '本局内部'],
  ['update-frequency-valid',              '数据目录!H3',  '更新周期',                 '每两周'],
  ['conditional-usage-conditions',        '数据目录!L3',  '使用用途',                 '无'],
  ['non-shareable-legal-basis',           '数据目录!P4',  '不予共享依据',             '《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）［法律］'],
  ['share-type-valid',                    '数据目录!J5',  '共享属性',                 '按需共享'],
  ['share-method-valid',                  '数据目录!Q5',  '共享方式',                 'email'],
  ['classification-valid',                '数据目录!S5',  '数据分级',                 '特别重要'],
  ['schema-valid',                        '数据目录!V5',  '其他字段（YAML）',         '{items: 检验项目、检验结论}'],
  ['classified-data-excluded',            '数据目录!S6',  '数据分级',                 '国家秘密'],
  ['unique-ids',                          '数据目录!A7',  '目录编号',                 'BAD-0005'],
  ['entry-required-fields',               '数据目录!D7',  '提供单位',                 ''],
  ['unique-ids',                          '数据项!C4',    '数据项名称',               '企业名称'],
  ['placeholder-value',                   '目录信息!B4',  '目录标题',                 '待定'],
  ['credit-code-valid',                   '目录信息!B6',  '编制部门统一社会信用代码', '11110000MB1957J40X'],
  ['region-code-valid',                   '目录信息!B8',  '行政区划代码',             '991234'],
  ['header-required',                     '目录信息!B9',  '版本',                     ''],
  ['approval-required',                   '目录信息!B11', '审核人',                   ''],
  ['assessment-chronology',               '目录信息!B15', '保密风险评估日期',         '2026-03-12'],
  ['confidentiality-assessment-required', '目录信息!B16', '保密风险评估结论',         ''],
  ['pi-impact-assessment-required',       '目录信息!B19', '个人信息保护影响评估状态', ''],
  ['date-valid',                          '目录信息!B24', '报送日期',                 '2026-02-30'],
  ['unknown-field',                       '目录信息!B28', '其他字段（YAML）',         '{catalogue: {colour: red}}'],
];
// The export writes vocabulary terms canonically; written back as the YAML spells them, they are reported where they stand.
const VARIANTS: [string, string, string][] = [['vocabulary-normalized', '数据目录!H2', '每 3 月'], ['vocabulary-normalized', '数据项!D3', '字符型C']];

function lint(file: string, extra: string[] = [], cwd = good) {
  const r = govcat(['lint', file, ...AS_OF, ...extra], { cwd });
  expect(r.stderr).not.toMatch(NO_STACK);
  return r;
}

function lintJson(file: string, extra: string[] = [], cwd = good) {
  const r = lint(file, ['--format', 'json', ...extra], cwd);
  return { ...r, results: JSON.parse(r.stdout).results as JsonResult[] };
}

const at = (f: JsonFinding) => `${f.cell!.sheet}!${f.cell!.ref}`;
const pairs = (findings: JsonFinding[]) => findings.map((f) => [f.ruleId, at(f)]);
const byRule = (a: string[], b: string[]) => (a[0] + a[1]).localeCompare(b[0] + b[1]);

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function shown(v: ExcelJS.CellValue): string {
  return v === null || v === undefined ? '' : String(v);
}

beforeAll(async () => {
  mkdirSync(good);
  mkdirSync(bad);
  for (const to of ['xlsx', 'csv']) {
    const r = govcat(['export', 'samples/violations.yaml', '--to', to, '-o', join(good, `v.${to}`)]);
    expect(r.code, r.stderr).toBe(0);
  }
  const wb = await workbook(join(good, 'v.xlsx'));
  wb.getWorksheet('数据目录')!.getCell('H2').value = '每 3 月';
  wb.getWorksheet('数据项')!.getCell('D3').value = '字符型C';
  await wb.xlsx.writeFile(join(good, 'spelled.xlsx'));
});

describe('govcat lint 目录.xlsx', () => {
  it('the exported workbook holds what the table says at each cell', async () => {
    const wb = await workbook(join(good, 'v.xlsx'));
    for (const [rule, cell, header, value] of EXPECTED) {
      const [sheet, ref] = cell.split('!');
      const ws = wb.getWorksheet(sheet)!;
      const c = ws.getCell(ref);
      const head = sheet === '目录信息' ? ws.getCell(c.row, 1) : ws.getCell(1, c.col);
      expect(shown(head.value), `${rule} ${cell}`).toBe(header);
      expect(shown(c.value), `${rule} ${cell}`).toBe(value);
    }
  });

  it('reports every finding of the YAML but the vocabulary notices (the export writes canonical terms), each at its cell: exit 1', () => {
    const { code, results } = lintJson('v.xlsx');
    expect(code).toBe(1);
    expect(results.map((r) => r.file)).toEqual(['v.xlsx']);
    expect(pairs(results[0].findings).sort(byRule)).toEqual(EXPECTED.map(([rule, cell]) => [rule, cell]).sort(byRule));
  });

  it('written as the YAML spells them, gives exactly the YAML findings: same rules, paths and messages', () => {
    const yaml = lintJson('samples/violations.yaml', [], ROOT).results[0].findings;
    const xlsx = lintJson('spelled.xlsx').results[0].findings;
    const key = (f: JsonFinding) => `${f.ruleId} ${f.path} ${f.messages.en}`;
    expect(xlsx.map(key).sort()).toEqual(yaml.map(key).sort());
    expect(pairs(xlsx).sort(byRule)).toEqual([...EXPECTED.map(([r, c]) => [r, c]), ...VARIANTS.map(([r, c]) => [r, c])].sort(byRule));
  });

  it("samples/violations.xlsx (the README's example) is still the export of samples/violations.yaml", () => {
    const key = (f: JsonFinding) => `${f.ruleId} ${f.path} ${at(f)} ${f.messages.en}`;
    const sample = lintJson('samples/violations.xlsx', [], ROOT).results[0].findings.map(key);
    const fresh = lintJson('v.xlsx').results[0].findings.map(key);
    expect(sample, 'regenerate it: govcat export samples/violations.yaml --to xlsx -o samples/violations.xlsx --force').toEqual(fresh);
  });

  it('lists findings by sheet, row and column; line and column carry the row and the column index', () => {
    const findings = lintJson('v.xlsx').results[0].findings;
    expect(findings.map(at).slice(0, 3)).toEqual(['数据目录!J2', '数据目录!K2', '数据目录!H3']);
    expect(findings.find((f) => f.ruleId === 'share-type-valid')).toMatchObject({ line: 5, column: 10, cell: { sheet: '数据目录', row: 5, column: 'J', ref: 'J5' } });
  });

  it('stylish: the cell in the location column and a frame of the column header and the value', () => {
    const r = lint('v.xlsx', ['--lang', 'en']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('share-type-valid'));
    expect(lines[i]).toMatch(/^ {2}数据目录!J5 +error +entry "食品抽检结果" has an invalid share type "按需共享"/);
    expect(lines[i + 1]).toBe('    J1 | 共享属性');
    expect(lines[i + 2]).toBe('  > J5 | 按需共享');
    expect(r.stdout).toContain('  目录信息!B9 ');
    expect(r.stdout).toContain('    A9 | 版本');
  });

  it('json: the cell on each finding, valid against schemas/report.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    for (const file of ['v.xlsx', 'v-entries.csv']) {
      const report = JSON.parse(lint(file, ['--format', 'json']).stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      for (const r of report.results) for (const f of r.findings) expect(f.cell).toMatchObject({ sheet: expect.any(String), row: f.line, column: expect.stringMatching(/^[A-Z]+$/), ref: expect.stringMatching(/^[A-Z]+\d+$/) });
    }
  });

  it('sarif: valid 2.1.0, the workbook as artifact, the cell as logical location and in the message, a binary region over the workbook', () => {
    const validate = new Ajv04.default({ allErrors: true, unicodeRegExp: false });
    addFormats.default(validate);
    const check = validate.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    const log = JSON.parse(lint('v.xlsx', ['--format', 'sarif', '--lang', 'en']).stdout);
    expect(check(log), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    const bytes = statSync(join(good, 'v.xlsx')).size;
    expect(run.artifacts).toEqual([{ location: { uri: 'v.xlsx', uriBaseId: '%SRCROOT%' }, length: bytes, roles: ['analysisTarget', 'resultFile'], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'share-type-valid');
    expect(result.message.text).toMatch(/^数据目录!J5: entry "食品抽检结果"/);
    expect(result.locations[0].logicalLocations).toEqual([{ name: 'J5', fullyQualifiedName: '数据目录!J5', kind: 'element' }]);
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'v.xlsx', uriBaseId: '%SRCROOT%', index: 0 }, region: { byteOffset: 0, byteLength: bytes } });
    // Fingerprints stay distinct per finding.
    const prints = run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['govcatFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('junit: well-formed, a testcase per rule, each failure line at its cell', () => {
    const r = lint('v.xlsx', ['--format', 'junit', '--lang', 'en']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(r.stdout);
    const cases = xml.testsuites.testsuite[0].testcase as { '@_name': string; failure?: { '#text': string } }[];
    expect(cases.find((c) => c['@_name'] === 'share-type-valid')!.failure!['#text']).toMatch(/^数据目录!J5 {2}error {2}entry "食品抽检结果"/);
    expect(cases.map((c) => c['@_name'])).toContain('spreadsheet-cell');
  });

  it('github: an annotation on the workbook, the cell leading the message (a workbook has no lines)', () => {
    const r = lint('v.xlsx', ['--format', 'github', '--lang', 'en']);
    expect(r.stdout).toMatch(/^::error file=v\.xlsx,title=share-type-valid \(Art\. 14\)::数据目录!J5: entry "食品抽检结果" has an invalid share type/m);
    expect(r.stdout).not.toMatch(/line=/);
  });

  it('markdown: a Cell column', () => {
    const r = lint('v.xlsx', ['--format', 'markdown', '--lang', 'zh']);
    expect(r.stdout).toContain('| 单元格 | 级别 | 规则 | 条款 | 说明 |');
    expect(r.stdout).toMatch(/^\| 数据目录!J5 \| 错误 \| `share-type-valid` \|/m);
  });

  it('a cell the import cannot map is a spreadsheet-cell finding; every other row is still linted', async () => {
    const wb = await workbook(join(good, 'v.xlsx'));
    wb.getWorksheet('数据项')!.addRow(['NOPE-1', '', '孤立数据项', '字符型']);
    const entries = wb.getWorksheet('数据目录')!;
    entries.getCell('W1').value = '备注X';
    entries.getCell('W2').value = '内部备注';
    const file = join(bad, 'unmapped.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, results } = lintJson(file, ['--lang', 'en'], bad);
    expect(code).toBe(1);
    const findings = results[0].findings;
    const cells = findings.filter((f) => f.ruleId === 'spreadsheet-cell');
    expect(cells.map((f) => [at(f), f.messages.en])).toEqual([
      ['数据目录!W1', 'unknown column "备注X"; its values are not imported (delete it or use a column name of the layout)'],
      ['数据项!A9', 'no entry "NOPE-1" in the 数据目录 sheet for this data item'],
    ]);
    expect(cells[0].path).toBe('数据目录!W1');
    // The rule findings are all still there, and a cell a rule reports (J5: 按需共享, which import cannot map either) is reported once.
    expect(pairs(findings.filter((f) => f.ruleId !== 'spreadsheet-cell')).sort(byRule)).toEqual(EXPECTED.map(([r, c]) => [r, c]).sort(byRule));
    expect(findings.filter((f) => at(f) === '数据目录!J5').map((f) => f.ruleId)).toEqual(['share-type-valid']);
  });

  it('a corrupt .xlsx and a workbook that is no catalogue: exit 2 with a clear message in either language', async () => {
    writeFileSync(join(bad, 'corrupt.xlsx'), Buffer.from('PK\u0003\u0004 this is no zip archive'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([['姓名', '电话'], ['张三', '13800000000']]);
    await wb.xlsx.writeFile(join(bad, 'contacts.xlsx'));
    writeFileSync(join(bad, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const cases: [string, RegExp, RegExp][] = [
      ['corrupt.xlsx', /corrupt\.xlsx .*not a readable \.xlsx file/, /不是可读取的 \.xlsx 文件/],
      ['contacts.xlsx', /contacts\.xlsx .*no sheet of catalogue entries found/, /找不到数据目录表/],
      ['old.xls', /old\.xls .*old \.xls\/\.et files are not supported; save the file as \.xlsx/, /不支持旧版 \.xls\/\.et 文件/],
    ];
    for (const [file, en, zh] of cases) {
      const r = lint(file, ['--lang', 'en'], bad);
      expect(r.code, file).toBe(2);
      expect(r.stdout + r.stderr, file).toMatch(en);
      expect(lint(file, ['--lang', 'zh'], bad).stdout, file).toMatch(zh);
      const json = lintJson(file, [], bad);
      expect(json.code).toBe(2);
      expect(json.results[0].fatal).toBeDefined();
    }
  });
});

describe('govcat lint 目录-entries.csv', () => {
  it('reads the set as import does; each finding in the CSV file that holds its cell, on the line of its row', () => {
    const { code, results } = lintJson('v-entries.csv');
    expect(code).toBe(1);
    expect(results.map((r) => r.file)).toEqual(['v-entries.csv', 'v-items.csv', 'v-catalogue.csv']);
    const FILE: Record<string, string> = { 数据目录: 'v-entries.csv', 数据项: 'v-items.csv', 目录信息: 'v-catalogue.csv' };
    for (const r of results) {
      const want = EXPECTED.filter(([, cell]) => FILE[cell.split('!')[0]] === r.file).map(([rule, cell]) => [rule, cell]);
      expect(pairs(r.findings).sort(byRule), r.file).toEqual(want.sort(byRule));
      for (const f of r.findings) expect(readFileSync(join(good, r.file), 'utf8').split(/\r\n/)[f.line - 1]).toBeDefined();
    }
  });

  it('sarif: a CSV file is text, so its row has a region (the line) beside the logical location', () => {
    const log = JSON.parse(lint('v-entries.csv', ['--format', 'sarif']).stdout);
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'share-type-valid');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 5 });
    expect(log.runs[0].artifacts[0].mimeType).toBe('text/csv');
  });

  it('a quoted glob of the whole set lints it once', () => {
    const { results } = lintJson('v-*.csv');
    expect(results.map((r) => r.file).sort()).toEqual(['v-catalogue.csv', 'v-entries.csv', 'v-items.csv']);
  });
});

describe('which files are read as spreadsheets', () => {
  it('a quoted glob of workbooks, given explicitly', () => {
    const { results } = lintJson('*.xlsx');
    expect(results.map((r) => r.file)).toEqual(['spelled.xlsx', 'v.xlsx']);
  });

  it('a directory is searched for YAML only', () => {
    const only = join(dir, 'only-sheets');
    mkdirSync(only);
    copyFileSync(join(good, 'v.xlsx'), join(only, 'v.xlsx'));
    const r = govcat(['lint', only]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/no YAML files/);
  });

  it('govcat package refuses a workbook, saying to lint and import it first (a package holds YAML)', () => {
    const r = govcat(['package', 'v.xlsx', '-o', join(dir, 'out.zip'), '--lang', 'en'], { cwd: good });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/v\.xlsx is a spreadsheet; a package holds the catalogue as YAML \(data\/catalogue\.yaml\)\. Check it \(govcat lint v\.xlsx\), convert it \(govcat import v\.xlsx -o catalogue\.yaml\)/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});
