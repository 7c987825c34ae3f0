// init and add with no terminal: every answer from flags or --from, checked by the rules, never a prompt, exit 2 listing all problems.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { govcat, NO_STACK, ROOT } from '../cli/run.js';

const BIN = fileURLToPath(new URL('../../bin/govcat.js', import.meta.url));
const dir = () => mkdtempSync(join(tmpdir(), 'govcat-wizard-'));

const INIT = [
  '--department-name', '北京市市场监督管理局', '--department-code', '11110000MB1957J40W', '--level', 'provincial', '--region', '110000',
  '--compiled-at', '2026-03-02', '--confidentiality-date', '2026-02-24', '--confidentiality-conclusion', '通过',
  '--approver', '王建国', '--approver-title', '局长', '--approval-date', '2026-03-04',
];
const UNCONDITIONAL = [
  '--share-type', '无条件共享', '--name', '市场主体登记基本信息', '--item', '统一社会信用代码:string', '--item', '企业名称:字符型',
  '--format', 'database_table', '--format-detail', '达梦 DM8', '--update-frequency', 'daily', '--share-method', 'api,批量交换',
  '--category', '市场监管/市场主体登记', '--classification-level', '一般',
];
const CONDITIONAL = [
  '--share-type', 'conditional', '--scope', '本市各级税务、公安部门', '--purpose', '用于身份核验', '--name', '市场主体主要人员信息',
  '--item', '人员姓名:string:pi', '--item', '证件号码:string:sensitive', '--format', '数据库表', '--update-frequency', '每日',
  '--share-method', 'api', '--category', '市场监管/市场主体登记', '--classification-level', 'important',
];
const NON_SHAREABLE = [
  '--share-type', 'non_shareable', '--reason', '能够识别单个统计调查对象身份的原始资料', '--name', '统计调查对象原始资料',
  '--item', '调查对象名称:string', '--format', 'file', '--update-frequency', 'yearly', '--category', '统计/原始资料', '--classification-level', 'general',
];

/** The CLI with stdin an open pipe that never sends anything: a command that waited for input would hang (and time out). */
function noTty(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function initCatalogue(cwd: string, extra: string[] = []): Promise<string> {
  const r = await noTty(['init', 'c.yaml', ...INIT, ...extra], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return join(cwd, 'c.yaml');
}

function lintClean(file: string): void {
  const r = govcat(['lint', file]);
  expect(r.stdout).toContain('No problems found');
  expect(r.code).toBe(0);
}

describe('govcat init with no terminal', () => {
  it('missing flags: exit 2 listing every missing answer, never waiting for input (zh)', async () => {
    const cwd = dir();
    const r = await noTty(['init', '--lang', 'zh'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有终端，govcat init 不会提问');
    for (const flag of ['--department-name', '--level', '--region', '--confidentiality-date', '--confidentiality-conclusion', '--approver', '--approver-title', '--approval-date']) {
      expect(r.stderr).toContain(`  ${flag}: 缺少：`);
    }
    // The id and title default from the department: only the department is reported.
    expect(r.stderr).not.toContain('--catalogue-id');
    expect(r.stderr).not.toContain('--title');
    // Art. 13 requires the department, not its credit code.
    expect(r.stderr).not.toContain('--department-code');
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(existsSync(join(cwd, 'catalogue.yaml'))).toBe(false);
  }, 5_000);

  it('missing flags, CI=true, in English', async () => {
    const r = await noTty(['init', '--lang', 'en', '--department-name', '北京市市场监督管理局'], dir(), { CI: 'true' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal, so govcat init asks nothing');
    expect(r.stderr).toContain('  --level: missing: ');
    expect(r.stderr).not.toContain('--department-code:');
    expect(r.stderr).not.toContain('--department-name:');
  }, 5_000);

  it('the credit code proposes the level and region (its digits 3–8); the id and title default without a code too', async () => {
    const base = ['--compiled-at', '2026-03-02', '--confidentiality-date', '2026-02-24', '--confidentiality-conclusion', 'passed', '--approver', '张三', '--approver-title', '局长', '--approval-date', '2026-03-04'];
    const cwd = dir();
    const header = async (file: string, args: string[]) => {
      const r = await noTty(['init', file, ...args, ...base], cwd);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return readFileSync(join(cwd, file), 'utf8');
    };
    const wuhan = await header('a.yaml', ['--department-name', '武汉市水务局', '--department-code', '11420100011000000C']);
    expect(wuhan).toMatch(/ {2}level: municipal .*\n {2}region: "420100"/);
    expect(wuhan).toContain('  id: CAT-420100-011000000');
    const district = await header('b.yaml', ['--department-name', '北京市东城区市场监督管理局', '--department-code', '11110101MB1957J40G']);
    expect(district).toMatch(/ {2}level: county .*\n {2}region: "110101"/);
    const central = await header('c.yaml', ['--department-name', '工业和信息化部信息通信管理局', '--department-code', '11100000MB0143245X']);
    expect(central).toMatch(/ {2}level: national /);
    expect(central).not.toContain('region:');
    // Flags win over the proposal.
    expect(await header('d.yaml', ['--department-name', '某局', '--department-code', '11110000MB1957J40W', '--level', 'municipal', '--region', '110100'])).toMatch(/level: municipal .*\n {2}region: "110100"/);
    // No code: the id from the region and a digest of the name, the same for the same department.
    const named = await header('e.yaml', ['--department-name', '北京市某某局', '--level', 'provincial', '--region', '110000']);
    const id = /\n {2}id: (CAT-110000-[0-9A-F]{8}) /.exec(named)?.[1];
    expect(id).toBeDefined();
    expect(await header('f.yaml', ['--department-name', '北京市某某局', '--level', 'provincial', '--region', '110000'])).toContain(`  id: ${id} `);
    expect(named).toContain('  title: 北京市某某局政务数据目录');
  }, 30_000);

  it('invalid answers: each refused with its rule\'s message, all in one report', async () => {
    const args = ['init', '--lang', 'en', ...INIT];
    const set = (flag: string, value: string) => (args[args.indexOf(flag) + 1] = value);
    set('--department-code', '11110000mb1957j40w');
    set('--region', '110100');
    set('--confidentiality-date', '2026-02-30');
    set('--confidentiality-conclusion', 'failed');
    set('--approver', '待定');
    set('--level', 'provincal');
    const r = await noTty(args, dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--department-code: the unified social credit code "11110000mb1957j40w" of the compiling department is invalid');
    expect(r.stderr).toContain('(letters must be upper case)');
    expect(r.stderr).toContain('--level: ');
    expect(r.stderr).toContain('--confidentiality-date: the date of the confidentiality risk assessment (保密风险评估), “2026-02-30”, is not a real calendar date: February 2026 has 28 days');
    expect(r.stderr).toContain('--confidentiality-conclusion: the confidentiality risk assessment (保密风险评估) concluded "failed"');
    expect(r.stderr).toContain('--approver: the catalogue approver "待定" is a placeholder');
  }, 5_000);

  it('all flags: a commented catalogue with the schema modeline that lints clean; no overwrite without --force', async () => {
    const cwd = dir();
    const file = await initCatalogue(cwd);
    const text = readFileSync(file, 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    expect(existsSync(resolve(dirname(file), modeline![1]))).toBe(true);
    expect(text).toMatch(/^govcat: 1 #/m);
    expect(text).toMatch(/^entries: \[\]$/m);
    expect(text).toContain('# 第十三条第一款：依法开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。');
    expect(text).toContain('code: "11110000MB1957J40W"');
    expect(text).toContain('id: CAT-110000-MB1957J40');
    expect(text).toContain('conclusion: passed');
    lintClean(file);

    const again = await noTty(['init', 'c.yaml', '--lang', 'zh', ...INIT], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('c.yaml 已存在；如要覆盖，请加 --force');
    const forced = await noTty(['init', 'c.yaml', '--force', ...INIT, '--catalogue-version', '2026.2'], cwd);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('version: "2026.2"');
  }, 10_000);

  it('--from answers.yaml, flags winning over the file', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'answers.yaml'), [
      'department_name: 北京市市场监督管理局', "department_code: '11110000MB1957J40W'", 'level: 省级', "region: '110000'",
      'compiled_at: 2026-03-02', 'confidentiality_date: 2026-02-24', 'confidentiality_conclusion: passed', 'personal_info: true',
      'pi_date: 2026-02-25', 'pi_conclusion: 通过', 'approver: 王建国', 'approver_title: 局长', 'approval_date: 2026-03-04', '',
    ].join('\n'));
    const r = await noTty(['init', 'c.yaml', '--from', 'answers.yaml', '--title', '北京市市场监管政务数据目录'], cwd);
    expect(r.stderr).toBe('');
    const text = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    expect(text).toContain('title: 北京市市场监管政务数据目录');
    expect(text).toContain('personal_information_impact:');
    lintClean(join(cwd, 'c.yaml'));
  }, 10_000);

  it('an unknown key in the answers file is an error, not ignored', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'answers.yaml'), 'departmnet_name: 北京市市场监督管理局\n');
    const r = await noTty(['init', '--from', 'answers.yaml', '--lang', 'en'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown keys in the answers file: departmnet_name');
  }, 5_000);
});

describe('govcat add with no terminal', () => {
  it('one entry per share type from flags: each appended, the file keeps its comments and lints clean', async () => {
    const cwd = dir();
    const file = await initCatalogue(cwd, ['--personal-info', '--pi-date', '2026-02-25', '--pi-conclusion', 'passed']);
    for (const args of [UNCONDITIONAL, CONDITIONAL, [...NON_SHAREABLE, '--basis', 'law:中华人民共和国统计法:第三十九条']]) {
      const before = readFileSync(file, 'utf8').replace('entries: []\n', 'entries:\n');
      const r = await noTty(['add', 'c.yaml', ...args], cwd);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(file, 'utf8').startsWith(before)).toBe(true);
      lintClean(file);
    }
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('share_method: [api, batch_exchange]');
    expect(text).toContain('- {name: 证件号码, type: string, personal_info: true, sensitive: true}');
    expect(text).toContain('- {type: law, title: 中华人民共和国统计法, article: 第三十九条}');
    expect(text.match(/^ {2}- id: (\S+)$/gm)).toEqual(['  - id: MB1957J40-0001', '  - id: MB1957J40-0002', '  - id: MB1957J40-0003']);
  }, 20_000);

  it('non-shareable on a departmental document alone: refused with the rule\'s message, in both languages; the file untouched', async () => {
    const cwd = dir();
    const file = await initCatalogue(cwd);
    const before = readFileSync(file, 'utf8');
    const args = ['add', 'c.yaml', ...NON_SHAREABLE, '--basis', '规范性文件:本局数据管理办法'];
    const zh = await noTty([...args, '--lang', 'zh'], cwd);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('条目“统计调查对象原始资料”的依据《本局数据管理办法》属于规范性文件（');
    expect(zh.stderr).toContain('不足以作为不予共享的依据，须为法律、全国人大及其常委会的决定、行政法规或国务院决定');
    const en = await noTty([...args, '--lang', 'en'], cwd);
    expect(en.stderr).toContain('ranks as normative document');
    expect(en.stderr).toContain('cannot make data non-shareable: only a law, NPC decision, administrative regulation or State Council decision can');
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 10_000);

  it('lists every missing and invalid answer of the chosen branch at once', async () => {
    const cwd = dir();
    await initCatalogue(cwd);
    const r = await noTty(['add', 'c.yaml', '--lang', 'en', '--share-type', 'conditional', '--scope', 'TBD', '--item', '名称:varchar2', '--share-method', 'fax'], cwd);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  --'));
    expect(lines.map((l) => l.split(':')[0].trim())).toEqual([
      '--scope', '--purpose', '--name', '--item 1 (type)', '--format', '--update-frequency', '--share-method', '--category', '--classification-level',
    ]);
    expect(r.stderr).toContain('is conditional but its sharing scope (共享范围) is the placeholder "TBD"');
    expect(r.stderr).toContain('invalid share method "fax"');
  }, 5_000);

  it('a share type no one uses gets share-type-valid\'s did-you-mean', async () => {
    const cwd = dir();
    await initCatalogue(cwd);
    const r = await noTty(['add', 'c.yaml', '--lang', 'zh', ...CONDITIONAL.slice(2), '--share-type', '有条件共亨'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--share-type: 条目“市场主体主要人员信息”的共享属性“有条件共亨”无效');
    expect(r.stderr).toContain('是否指“有条件共享”');
  }, 5_000);

  it('personal data in a catalogue without its impact assessment: asks for it, then adds it to the header', async () => {
    const cwd = dir();
    const file = await initCatalogue(cwd);
    const missing = await noTty(['add', 'c.yaml', ...CONDITIONAL], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--pi-date: missing: ');
    expect(missing.stderr).toContain('--pi-conclusion: missing: ');
    const r = await noTty(['add', 'c.yaml', ...CONDITIONAL, '--pi-date', '2026-02-25', '--pi-conclusion', 'passed', '--pi-report', '影响评估报告.pdf'], cwd);
    expect(r.stderr).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# 第十三条第一款：依法开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。');
    expect(text).toMatch(/personal_information_impact:\n\s+date: 2026-02-25\n\s+conclusion: passed\n\s+report: 影响评估报告.pdf/);
    lintClean(file);
  }, 10_000);

  it('appends to the sample byte for byte: everything before the new entry is unchanged', async () => {
    const cwd = dir();
    copyFileSync(join(ROOT, 'samples/catalogue.yaml'), join(cwd, 'c.yaml'));
    const before = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    const r = await noTty(['add', 'c.yaml', ...UNCONDITIONAL.slice(0, 2), '--name', '食品经营许可信息', ...UNCONDITIONAL.slice(4)], cwd);
    expect(r.stderr).toBe('');
    const after = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\n {2}- id: SCJG-0021\n {4}name: 食品经营许可信息\n/);
    lintClean(join(cwd, 'c.yaml'));
  }, 10_000);

  it('--from answers.yaml with items and bases as mappings', async () => {
    const cwd = dir();
    await initCatalogue(cwd);
    writeFileSync(join(cwd, 'entry.yaml'), [
      'share_type: 不予共享', 'reason: 能够识别单个统计调查对象身份的原始资料', 'legal_basis:', '  - {type: 法律, title: 中华人民共和国统计法, article: 第三十九条}',
      'name: 统计调查对象原始资料', 'items:', '  - {name: 调查对象名称, type: string}', '  - 调查对象地址:字符型', 'format: file', 'update_frequency: 每年',
      'category: 统计/原始资料', 'classification_level: 一般', '',
    ].join('\n'));
    const r = await noTty(['add', 'c.yaml', '--from', 'entry.yaml'], cwd);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(cwd, 'c.yaml'), 'utf8')).toContain('- {name: 调查对象地址, type: string}');
    lintClean(join(cwd, 'c.yaml'));
  }, 10_000);

  it('a file that is not a catalogue, or no file: exit 2 with a bilingual message', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'x.yaml'), 'a: 1\n');
    const r = await noTty(['add', 'x.yaml', '--lang', 'zh'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是目录文件');
    const none = await noTty(['add', 'none.yaml', '--lang', 'en'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such file; create the catalogue with govcat init first');
  }, 5_000);
});
