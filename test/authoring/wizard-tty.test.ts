// The init and add wizards driven for real: the built CLI in a tmux terminal, answered key by key, in both languages.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { govcat, ROOT } from '../cli/run.js';
import { Tty } from './wizard-tty.js';

let open: Tty[] = [];
afterEach(() => {
  for (const t of open) t.kill();
  open = [];
});

function tty(args: string[], cwd: string, env?: Record<string, string>): Tty {
  const t = new Tty(args, { cwd, env });
  open.push(t);
  return t;
}

const dir = () => mkdtempSync(join(tmpdir(), 'govcat-wizard-'));
const INIT_FLAGS = [
  '--department-name', '北京市市场监督管理局', '--department-code', '11110000MB1957J40W', '--level', 'provincial', '--region', '110000',
  '--compiled-at', '2026-03-02', '--confidentiality-date', '2026-02-24', '--confidentiality-conclusion', 'passed',
  '--approver', '王建国', '--approver-title', '局长', '--approval-date', '2026-03-04',
];

function lintClean(file: string): void {
  const r = govcat(['lint', file, '--format', 'json']);
  expect(JSON.parse(r.stdout).results[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  expect(r.code).toBe(0);
}

describe('a new user at a terminal (zh): init, then one add per share type', () => {
  it('builds a catalogue that lints clean, refusing bad answers with the rules\' own messages', async () => {
    const cwd = dir();
    const file = join(cwd, 'catalogue.yaml');
    await initSession(tty(['init', '--lang', 'zh'], cwd));
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+catalogue\.schema\.json\n/);
    lintClean(file);
    const header = readFileSync(file, 'utf8').split('\nentries:')[0];

    await addUnconditionalZh(tty(['add', 'catalogue.yaml', '--lang', 'zh'], cwd));
    await addConditionalZh(tty(['add', 'catalogue.yaml', '--lang', 'zh'], cwd));
    await addNonShareableZh(tty(['add', 'catalogue.yaml', '--lang', 'zh'], cwd));

    const text = readFileSync(file, 'utf8');
    lintClean(file);
    // The comments init wrote are all still there, and so is everything of the header but the assessment added for personal data.
    for (const line of header.split('\n').filter((l) => l.trim().startsWith('#'))) expect(text).toContain(line);
    expect(text).toContain('personal_information_impact:');
    expect(text.match(/share_type: (\w+)/g)).toEqual(['share_type: unconditional', 'share_type: conditional', 'share_type: non_shareable']);
    expect(text).toContain('- {title: 中华人民共和国统计法, article: 第三十九条}');
    expect(text).not.toContain('本局数据管理办法');
  }, 180_000);
});

describe('add at a terminal (en)', () => {
  it('conditional: a placeholder scope is refused; the entry is appended to the sample, every byte before it kept', async () => {
    const cwd = dir();
    copyFileSync(join(ROOT, 'samples/catalogue.yaml'), join(cwd, 'c.yaml'));
    const before = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    const t = tty(['add', 'c.yaml', '--lang', 'en'], cwd);
    await t.choose('Share type', 'conditional');
    await t.refused('Sharing scope', 'TBD', 'is the placeholder "TBD"');
    await t.answer('Sharing scope', '本市各级税务部门');
    await t.answer('Purpose of use', '用于纳税信用评价');
    await t.answer('Further requirements', '');
    await t.answer('Entry id', '');
    await t.refused('Name of the entry', '市场主体登记基本信息', 'duplicate entry name');
    await t.answer('Name of the entry', '食品经营许可信息');
    await t.answer('Summary', '');
    await t.answer('Providing body', '');
    await item(t, 'en', '许可证编号', 'string', false);
    await t.confirm('Add another data item', false);
    await t.choose('Data format', 'api');
    await t.answer('Format detail', '');
    await t.choose('Update frequency', 'realtime');
    await t.tick('Share methods', ['api', 'batch_exchange']);
    await t.answer('Data category', '市场监管/食品安全');
    await t.choose('Data level', 'general');
    expect(await t.exit()).toBe(0);
    expect(t.screen()).toContain('Added entry "食品经营许可信息" (SCJG-0021)');
    const after = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toContain('share_method: [api, batch_exchange]');
    lintClean(join(cwd, 'c.yaml'));
  }, 90_000);

  it('non-shareable: a basis of an insufficient type is refused with the rule\'s message, then a law is accepted', async () => {
    const cwd = dir();
    expect(govcat(['init', 'c.yaml', ...INIT_FLAGS], { cwd }).code).toBe(0);
    const t = tty(['add', 'c.yaml', '--lang', 'en'], cwd);
    await t.choose('Share type', 'non-shareable');
    await t.answer('Reason for not sharing', 'Raw census returns that identify a respondent');
    await t.answer('Title of the legal basis', '《工伤认定办法》（人力资源和社会保障部令第8号）');
    await t.until(() => t.screen().includes('ranks as departmental rule') && t.screen().includes('cannot make data non-shareable'), 'the refusal');
    await t.answer('Title of the legal basis', '中华人民共和国统计法');
    await t.until(() => t.screen().includes('recognised as law'), 'the level recognised, no type asked');
    await t.answer('Article', '第三十九条');
    await t.confirm('Add another legal basis', true);
    await t.answer('Title of the legal basis', '《某某数据保护条例》');
    await t.choose('Type of the legal basis', 'administrative_regulation');
    await t.answer('Article', '');
    await t.confirm('Add another legal basis', false);
    await identity(t, 'en', 'Census returns');
    await item(t, 'en', 'Respondent', 'string', false);
    await t.confirm('Add another data item', false);
    await t.choose('Data format', 'file');
    await t.answer('Format detail', '');
    await t.choose('Update frequency', 'yearly');
    await t.answer('Data category', 'statistics/raw');
    await t.choose('Data level', 'important');
    expect(await t.exit()).toBe(0);
    const text = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    expect(text).toContain('share_method: [none]');
    expect(text).not.toContain('Bureau data management measures');
    lintClean(join(cwd, 'c.yaml'));
  }, 90_000);

  it('unconditional: no conditions asked; an unconditional entry is warned about personal data (a lint warning too)', async () => {
    const cwd = dir();
    expect(govcat(['init', 'c.yaml', ...INIT_FLAGS, '--personal-info', '--pi-date', '2026-02-25', '--pi-conclusion', 'passed'], { cwd }).code).toBe(0);
    const t = tty(['add', 'c.yaml', '--lang', 'en'], cwd);
    await t.choose('Share type', 'unconditional');
    await identity(t, 'en', 'Licences');
    await item(t, 'en', 'Holder name', 'string', true);
    await t.confirm('Add another data item', false);
    await t.until(() => t.screen().includes('has personal-information items (Holder name) yet is marked unconditional'), 'the warning');
    await t.choose('Data format', 'spreadsheet');
    await t.answer('Format detail', 'xlsx');
    await t.choose('Update frequency', 'other');
    await t.refused('The actual update period', 'TBD', 'is a placeholder');
    await t.answer('The actual update period', 'every two years');
    await t.tick('Share methods', ['file_download']);
    await t.answer('Data category', 'licensing');
    await t.choose('Data level', 'general');
    expect(await t.exit()).toBe(0);
    const r = govcat(['lint', 'c.yaml', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['sensitive-unconditional']);
    expect(readFileSync(join(cwd, 'c.yaml'), 'utf8')).toContain('usage_conditions: none');
  }, 90_000);
});

describe('the terminal rules of the wizards', () => {
  it('Ctrl+C cancels: nothing is written, exit 130', async () => {
    const cwd = dir();
    const t = tty(['init', '--lang', 'zh'], cwd);
    await t.prompt('编制部门名称');
    t.keys('C-c');
    expect(await t.exit()).toBe(130);
    expect(t.screen()).toContain('已取消，未写入任何文件');
    expect(existsSync(join(cwd, 'catalogue.yaml'))).toBe(false);
  }, 30_000);

  it('CI=true at a terminal: no prompt, the missing answers listed, exit 2', async () => {
    const cwd = dir();
    const t = tty(['init', '--lang', 'en'], cwd, { CI: 'true' });
    expect(await t.exit()).toBe(2);
    expect(t.screen()).toContain('no terminal, so govcat init asks nothing');
    expect(t.screen()).not.toMatch(/^\?/m);
  }, 30_000);

  it('answers given as flags are taken (and shown), only the rest is asked', async () => {
    const cwd = dir();
    const t = tty(['init', 'x.yaml', '--lang', 'en', ...INIT_FLAGS.slice(0, 8)], cwd);
    await t.prompt('Catalogue id');
    expect(t.screen()).toContain('✔ Administrative division code (GB/T 2260, 6 digits, e.g. 110000) 110000');
    expect(t.screen()).not.toContain('? Level of the catalogue');
    t.keys('C-c');
    expect(await t.exit()).toBe(130);
  }, 30_000);
});

// --- internal ---

async function initSession(t: Tty): Promise<void> {
  await t.answer('编制部门名称', '北京市市场监督管理局');
  await t.refused('统一社会信用代码', '11110000MB1957J40X', '第 18 位应为“W”');
  await t.answer('统一社会信用代码', '11110000MB1957J40W');
  await t.choose('目录层级', '省级');
  await t.refused('行政区划代码', '110100', '省级目录的区划代码应形如 XX0000');
  await t.answer('行政区划代码', '110000');
  await t.answer('目录编号', '');
  await t.answer('目录标题', '');
  await t.answer('版本号', '2026.1');
  await t.answer('编制日期', '2026-03-02');
  await t.refused('保密风险评估日期', '2026-02-30', '2026 年 2 月只有 28 天');
  await t.answer('保密风险评估日期', '2026-02-24');
  await t.choose('保密风险评估结论', '不通过');
  await t.until(() => t.screen().includes('评估未通过的目录不应报送'), 'the refusal of a failed assessment');
  await t.choose('保密风险评估结论', '通过');
  await t.answer('保密风险评估报告', '保密风险评估报告.pdf');
  await t.confirm('是否含有个人信息', false);
  await t.answer('部门负责人姓名', '王建国');
  await t.answer('负责人职务', '局长');
  await t.refused('审核同意日期', '2026-02-20', '应先评估、后审核同意');
  await t.answer('审核同意日期', '2026-03-04');
  expect(await t.exit()).toBe(0);
  expect(t.screen()).toContain('已创建 catalogue.yaml（目录编号 CAT-110000-MB1957J40）');
}

async function addUnconditionalZh(t: Tty): Promise<void> {
  await t.choose('共享属性', '无条件共享');
  await identity(t, 'zh', '市场主体登记基本信息');
  await item(t, 'zh', '统一社会信用代码', '字符型', false);
  await t.confirm('继续添加数据项', true);
  await t.refused('数据项名称', '统一社会信用代码', '数据项名称“统一社会信用代码”重复');
  await item(t, 'zh', '企业名称', '字符型', false);
  await t.confirm('继续添加数据项', false);
  await t.choose('数据格式', '数据库表');
  await t.answer('格式说明', '达梦 DM8');
  await t.choose('数据更新频率', '每日');
  await t.tick('共享方式', ['服务接口', '批量交换']);
  await t.answer('数据类别', '市场监管/市场主体登记');
  await t.choose('数据级别', '一般');
  expect(await t.exit()).toBe(0);
  expect(t.screen()).toContain('整个目录检查结果：0 个错误，0 个警告');
}

async function addConditionalZh(t: Tty): Promise<void> {
  await t.choose('共享属性', '有条件共享');
  await t.refused('共享范围', '待定', '其共享范围“待定”是占位内容');
  await t.answer('共享范围', '本市各级税务、公安部门');
  await t.answer('使用用途', '用于企业法定代表人身份核验');
  await t.answer('其他使用要求', '');
  await identity(t, 'zh', '市场主体主要人员信息');
  await item(t, 'zh', '人员姓名', '字符型', true);
  await t.confirm('继续添加数据项', false);
  // Personal data, and the catalogue has no impact assessment yet: it is asked for here (Art. 13(1)).
  await t.until(() => t.screen().includes('目录尚未记录个人信息保护影响评估'), 'the assessment notice');
  await t.answer('个人信息保护影响评估日期', '2026-02-25');
  await t.choose('个人信息保护影响评估结论', '通过');
  await t.answer('个人信息保护影响评估报告', '');
  await t.choose('数据格式', '数据库表');
  await t.answer('格式说明', '');
  await t.choose('数据更新频率', '每日');
  await t.tick('共享方式', ['服务接口']);
  await t.answer('数据类别', '市场监管/市场主体登记');
  await t.choose('数据级别', '重要');
  expect(await t.exit()).toBe(0);
}

async function addNonShareableZh(t: Tty): Promise<void> {
  await t.choose('共享属性', '不予共享');
  await t.answer('不予共享的理由', '能够识别单个统计调查对象身份的原始资料，法律规定不得对外提供');
  await t.answer('依据名称', '本局数据管理办法');
  await t.until(() => t.screen().includes('不足以作为不予共享的依据'), 'the refusal of the basis');
  await t.answer('依据名称', '《中华人民共和国统计法》第三十九条');
  await t.until(() => t.screen().includes('识别为法律'), 'the level recognised');
  await t.confirm('再列一项依据', false);
  await identity(t, 'zh', '统计调查对象原始资料');
  await item(t, 'zh', '调查对象名称', '字符型', false);
  await t.confirm('继续添加数据项', false);
  await t.choose('数据格式', '文件');
  await t.answer('格式说明', 'OFD');
  await t.choose('数据更新频率', '每年');
  await t.answer('数据类别', '统计/原始资料');
  await t.choose('数据级别', '一般');
  expect(await t.exit()).toBe(0);
}

/** Id (the suggested one), name, no summary, the department as provider. */
async function identity(t: Tty, lang: 'zh' | 'en', name: string): Promise<void> {
  await t.answer(lang === 'zh' ? '条目编号' : 'Entry id', '');
  await t.answer(lang === 'zh' ? '数据目录名称' : 'Name of the entry', name);
  await t.answer(lang === 'zh' ? '摘要' : 'Summary', '');
  await t.answer(lang === 'zh' ? '提供单位名称' : 'Providing body', '');
}

async function item(t: Tty, lang: 'zh' | 'en', name: string, type: string, pi: boolean): Promise<void> {
  await t.answer(lang === 'zh' ? '数据项名称' : 'Data item name', name);
  await t.choose(lang === 'zh' ? '数据类型' : 'Data type', type);
  await t.confirm(lang === 'zh' ? '是否为个人信息' : 'personal information?', pi);
  if (pi) await t.confirm(lang === 'zh' ? '敏感个人信息' : 'sensitive personal information', false);
}
