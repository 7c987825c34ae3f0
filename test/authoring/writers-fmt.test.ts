// Everything govcat writes is already formatted: `govcat fmt --check` passes on the output of init, add, import,
// convert and an export→import round trip, and on the shipped samples (one canonical key order, key-order.ts).
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCatalogue } from '../../src/authoring/format.js';
import { keyOrder, ORDER_OVERRIDES } from '../../src/authoring/key-order.js';
import { shapes } from '../../src/authoring/schema-shape.js';
import { govcat, govcatNoTty, NO_STACK, ROOT } from '../cli/run.js';

const dir = () => mkdtempSync(join(tmpdir(), 'govcat-writers-'));

/** `govcat fmt --check` on the files: exit 0, nothing listed, and fmt's own function agrees byte for byte. */
function formatted(files: string[], cwd = ROOT): void {
  const r = govcat(['fmt', '--check', ...files], { cwd });
  expect(r.stdout, r.stderr).toBe('');
  expect(r.code, r.stderr).toBe(0);
  for (const f of files) {
    const text = readFileSync(join(cwd, f), 'utf8');
    expect(formatCatalogue(text, f).output, f).toBe(text);
  }
}

const INIT = [
  '--department-name', '北京市市场监督管理局', '--department-code', '11110000MB1957J40W', '--level', 'provincial', '--region', '110000',
  '--compiled-at', '2026-03-02', '--confidentiality-date', '2026-02-24', '--confidentiality-conclusion', '通过',
  '--approver', '王建国', '--approver-title', '局长', '--approval-date', '2026-03-04',
];
const ENTRY = ['--format', 'database_table', '--format-detail', 'MySQL', '--update-frequency', 'daily', '--category', '市场监管/市场主体', '--classification-level', 'general'];

describe('fmt --check passes on what govcat writes', () => {
  it('init with flags and no terminal, then add of each share type (the PI assessment added to the header by add)', async () => {
    const cwd = dir();
    expect((await govcatNoTty(['init', 'c.yaml', ...INIT, '--no-personal-info'], cwd)).code).toBe(0);
    formatted(['c.yaml'], cwd);
    const adds = [
      ['--share-type', 'unconditional', '--name', '企业登记基本信息', '--item', '统一社会信用代码:string', '--share-method', 'api'],
      ['--share-type', 'conditional', '--scope', '本市税务部门', '--purpose', '用于纳税核验', '--requirements', '逐条核验', '--name', '法定代表人信息',
        '--item', '姓名:string:pi', '--pi-date', '2026-02-25', '--pi-conclusion', 'passed', '--share-method', 'api,batch_exchange'],
      ['--share-type', 'non_shareable', '--reason', '能够识别单个统计调查对象身份的原始资料', '--basis', '《中华人民共和国统计法》第三十九条', '--name', '统计调查对象原始资料',
        '--item', '调查对象名称:string'],
    ];
    for (const args of adds) {
      const r = await govcatNoTty(['add', 'c.yaml', ...args, ...ENTRY], cwd);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      formatted(['c.yaml'], cwd);
    }
    const text = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    // The wizard's comment on the date order stays above the keys it is about, in that order.
    expect(text).toMatch(/# 日期顺序：评估 ≤ 审核同意 ≤ 报送[^\n]*\n {2}assessments:\n[\s\S]*\n {2}# 部门负责人审核同意[^\n]*\n {2}approval:/);
    expect(text).toContain('personal_information_impact:');
  }, 60_000);

  it('init and add under the miit and hubei profiles', async () => {
    const cwd = dir();
    const miit = ['--profile', 'miit', '--department-name', '工业和信息化部信息通信管理局', '--department-code', '11100000MB0143245X', '--level', 'national',
      '--compiled-at', '2026-02-27', '--confidentiality-date', '2026-02-12', '--confidentiality-conclusion', '通过', '--approver', '刘振华', '--approver-title', '副部长', '--approval-date', '2026-03-03'];
    expect((await govcatNoTty(['init', 'm.yaml', ...miit], cwd)).code).toBe(0);
    const add = await govcatNoTty(['add', 'm.yaml', '--profile', 'miit', '--name', '电信业务经营许可信息', '--internal-share-type', 'conditional', '--external-share-type', 'conditional',
      '--scope', '国务院有关部门', '--objects', '公安部', '--purpose', '用于资质核验', '--leader', '刘振华', '--leader-approval-date', '2026-02-26',
      '--item', '许可证编号:string', '--share-method', 'api', ...ENTRY], cwd);
    expect(add.code, add.stderr).toBe(0);
    const hubei = ['--profile', 'hubei', '--department-name', '武汉市水务集团有限公司', '--department-code', '914201001776935674', '--level', 'municipal', '--region', '420100',
      '--compiled-at', '2026-03-16', '--confidentiality-date', '2026-03-01', '--confidentiality-conclusion', 'passed', '--approver', '张三', '--approver-title', '总经理', '--approval-date', '2026-03-10'];
    expect((await govcatNoTty(['init', 'h.yaml', ...hubei], cwd)).code).toBe(0);
    const addH = await govcatNoTty(['add', 'h.yaml', '--profile', 'hubei', '--name', '城市供水水质检测结果', '--share-type', 'unconditional', '--open-type', 'unconditional_open',
      '--item', '水厂名称:string', '--share-method', 'api', ...ENTRY], cwd);
    expect(addH.code, addH.stderr).toBe(0);
    formatted(['m.yaml', 'h.yaml'], cwd);
    expect(readFileSync(join(cwd, 'm.yaml'), 'utf8')).toMatch(/scope: 国务院有关部门\n\s+objects: 公安部\n\s+purpose: 用于资质核验/);
    expect(readFileSync(join(cwd, 'h.yaml'), 'utf8')).toMatch(/share_type: unconditional[^\n]*\n\s+open_type: unconditional_open\n\s+share_method:/);
  }, 60_000);

  it.each(['xlsx', 'csv'] as const)('export → import round trip (%s) of the sample catalogues', (kind) => {
    const cwd = dir();
    for (const [i, sample] of ['samples/catalogue.yaml', 'samples/history/2026.2.yaml', 'samples/miit/catalogue.yaml', 'samples/hubei/catalogue.yaml'].entries()) {
      const out = join(cwd, `s${i}${kind === 'xlsx' ? '.xlsx' : ''}`);
      const ex = govcat(['export', sample, '--to', kind, '-o', out]);
      expect(ex.code, ex.stderr).toBe(0);
      const inputs = kind === 'xlsx' ? [out] : readdirSync(cwd).filter((f) => f.startsWith(`s${i}-`) && f.endsWith('.csv')).map((f) => join(cwd, f));
      const im = govcat(['import', ...inputs, '-o', join(cwd, `s${i}.yaml`)]);
      expect(im.stderr).not.toMatch(NO_STACK);
      expect(im.code, im.stderr).toBe(0);
      formatted([`s${i}.yaml`], cwd);
    }
  }, 120_000);

  it('import of a CSV a portal wrote (GB18030)', () => {
    const cwd = dir();
    const r = govcat(['import', 'test/fixtures/spreadsheets/portal-gb18030.csv', '--encoding', 'gb18030', '--keep-going', '-o', join(cwd, 'p.yaml')]);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(statSync(join(cwd, 'p.yaml')).size).toBeGreaterThan(0);
    formatted(['p.yaml'], cwd);
  });

  it('convert --to en and --to zh of the samples and of catalogues written with Chinese keys in their own order', () => {
    const cwd = dir();
    const inputs = ['samples/catalogue.yaml', 'samples/violations.yaml', 'samples/miit/catalogue.yaml', 'samples/hubei/violations.yaml',
      // fj-yjglt and qd-tyjrswj write one field under two names, which convert refuses (convert.test.ts).
      ...readdirSync('test/fixtures/zh').filter((f) => /^[a-z-]+\.yaml$/.test(f) && !/^(fj-yjglt|qd-tyjrswj)\./.test(f)).map((f) => `test/fixtures/zh/${f}`),
      'test/fixtures/realistic/dq-mzj.yaml', 'test/fixtures/realistic/hz-ghzy.yaml', 'test/fixtures/realistic/sc-tjj.yaml'];
    const outs: string[] = [];
    inputs.forEach((input, i) => {
      for (const to of ['en', 'zh']) {
        const out = `c${i}.${to}.yaml`;
        const r = govcat(['convert', input, '--to', to, '-o', join(cwd, out)]);
        expect(r.code, r.stderr).toBe(0);
        outs.push(out);
      }
    });
    formatted(outs, cwd);
  }, 120_000);

  it('the shipped samples', () => {
    const yaml = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'bundles' ? [] : yaml(join(d, e.name))) : e.name.endsWith('.yaml') ? [join(d, e.name)] : []);
    const files = yaml('samples');
    expect(files.length).toBeGreaterThanOrEqual(12);
    formatted(files);
  });
});

describe('the canonical key order', () => {
  it('names exactly the schema\'s keys wherever it departs from the schema\'s order (a top-level profile besides)', () => {
    for (const [at, order] of Object.entries(ORDER_OVERRIDES)) {
      const schema = shapes().get(at)?.keys ?? [];
      expect(new Set(order), at || '/').toEqual(new Set([...schema, ...(at === '' ? ['profile'] : [])]));
      expect(new Set(order).size, at).toBe(order.length);
    }
    expect(keyOrder(['catalogue'])?.indexOf('assessments')).toBeLessThan(keyOrder(['catalogue'])?.indexOf('approval') ?? -1);
    expect(keyOrder(['entries', 3, 'provider'])).toEqual(['name', 'code']);
  });

  it('fmt and convert put keys in it: a tab-indented file is explained without --fix and repaired with it', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 't.yaml'), 'govcat: 1\ncatalogue:\n\tversion: "1"\n\tid: X\n');
    writeFileSync(join(cwd, 'u.yaml'), 'catalogue:\n  version: "1"\n  id: X\n');
    const check = govcat(['fmt', '--check', 't.yaml', 'u.yaml', '--lang', 'en'], { cwd });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('t.yaml:3:1: YAML syntax error: the line is indented with a tab');
    expect(check.stderr).toContain('govcat fmt --fix repairs this');
    expect(check.stderr).toContain('1 file would be reformatted, 1 file could not be read (run govcat fmt to fix)');
    const zh = govcat(['fmt', '--check', 't.yaml', 'u.yaml', '--lang', 'zh'], { cwd });
    expect(zh.stderr).toContain('1 个文件需要格式化，1 个文件无法读取（运行 govcat fmt 修正）');
    const fix = govcat(['fmt', '--fix', 't.yaml', 'u.yaml', '--lang', 'en'], { cwd });
    expect(fix.code).toBe(0);
    expect(fix.stderr).toContain('tab indentation to spaces');
    expect(fix.stderr).toContain('formatted 2 files, 0 already formatted');
    expect(readFileSync(join(cwd, 't.yaml'), 'utf8')).toBe('govcat: 1\ncatalogue:\n  id: X\n  version: "1"\n');
    formatted(['t.yaml', 'u.yaml'], cwd);
  });
});
