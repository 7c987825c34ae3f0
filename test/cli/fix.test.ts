// govcat lint --fix and govcat fmt --fix: each safe repair made in the file, every other byte kept, nothing written when
// nothing needs fixing or the file cannot be read, written atomically, and the list of changes in Chinese and English.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import fc from 'fast-check';
import { fixCatalogue, fixReport, isoDate } from '../../src/authoring/fix.js';
import { formatCatalogue } from '../../src/authoring/format.js';
import { sameData } from '../../src/authoring/yaml-strict.js';
import { InputError } from '../../src/core/errors.js';
import { loadYaml } from '../../src/core/load.js';
import { runLint } from '../../src/cli/commands/lint/index.js';
import { runFmt } from '../../src/cli/commands/fmt.js';
import { govcat, NO_STACK } from './run.js';

const SAMPLE = readFileSync('samples/catalogue.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'govcat-fix-'));
let n = 0;
const file = (content: string | Buffer) => {
  const p = join(dir, `c${++n}.yaml`);
  writeFileSync(p, content);
  return p;
};

/** The sample as an officer might have typed it: every line below differs from the sample only by a safe typo. */
const TYPED = SAMPLE
  .replace('  title: 北京市市场监督管理局政务数据目录', '  title：北京市市场监督管理局政务数据目录')
  .replace('  level: provincial', '\tlevel: provincial')
  .replace('  version: "2026.2"', '\u3000version: "2026.2"')
  .replace('  compiled_at: 2026-03-02', '  compiled_at: 2026年3月2日')
  .replace('      date: 2026-02-24', '      date: 2026/2/24')
  .replace('    date: 2026-03-04', '    date:2026.3.4')
  .replace('  submitted_at: 2026-03-06', '  submitted_at:\u30002026-03-06');

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const lint = (f: string, more: Record<string, unknown> = {}) => runLint([f], { failOn: 'error', encoding: 'utf-8', asOf: '2026-06-01', format: 'json', lang: 'zh', fix: true, ...more });
const fmt = (f: string, more: Record<string, unknown> = {}) => runFmt([f], { lang: 'zh', fix: true, ...more });

describe('govcat lint --fix', () => {
  it('the typed sample differs from the sample on seven lines', () => {
    const a = TYPED.split('\n');
    expect(SAMPLE.split('\n').filter((l, i) => l !== a[i])).toHaveLength(7);
  });

  it('repairs every safe typo and date in the file: the result is the sample byte for byte, comments and all', async () => {
    const f = file(TYPED);
    const code = await lint(f);
    expect(readFileSync(f, 'utf8')).toBe(SAMPLE);
    // Then lints the fixed text: the sample is clean.
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0].findings).toEqual([]);
  });

  it('lists each change, file:line what → what, in Chinese', async () => {
    const f = file(TYPED);
    await lint(f);
    expect(err).toContain(`${f}:12  中文冒号改为英文冒号：“title：北京市市场监督管理局政务数据目录” → “title: 北京市市场监督管理局政务数据目录”`);
    expect(err).toContain(`${f}:16  Tab 缩进改为空格：1 个 Tab → 2 个空格`);
    expect(err).toContain(`${f}:18  缩进中的全角空格改为英文空格：1 个全角空格 → 2 个空格`);
    expect(err).toContain(`${f}:19  日期改为 yyyy-mm-dd：“2026年3月2日” → “2026-03-02”`);
    expect(err).toContain(`${f}:24  日期改为 yyyy-mm-dd：“2026/2/24” → “2026-02-24”`);
    expect(err).toContain(`${f}:37  冒号后补空格：“date:2026.3.4” → “date: 2026.3.4”`);
    expect(err).toContain(`${f}:37  日期改为 yyyy-mm-dd：“2026.3.4” → “2026-03-04”`);
    expect(err).toContain(`${f}:52  冒号旁的全角空格改为英文空格：“submitted_at:\u30002026-03-06” → “submitted_at: 2026-03-06”`);
    expect(err.split('\n')[0]).toBe(`govcat: 已修正 ${f} 中的 8 处：`);
  });

  it('lists each change in English', async () => {
    const f = file(TYPED);
    await lint(f, { lang: 'en' });
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toBe(`govcat: fixed 8 problems in ${f}:`);
    expect(lines).toContain(`  ${f}:12  full-width colon to an ASCII colon: "title：北京市市场监督管理局政务数据目录" → "title: 北京市市场监督管理局政务数据目录"`);
    expect(lines).toContain(`  ${f}:16  tab indentation to spaces: 1 tab → 2 spaces`);
    expect(lines).toContain(`  ${f}:19  date to yyyy-mm-dd: "2026年3月2日" → "2026-03-02"`);
  });

  it('never touches a file that needs no change', async () => {
    const f = file(SAMPLE);
    const before = statSync(f);
    await new Promise((r) => setTimeout(r, 20));
    expect(await lint(f)).toBe(0);
    const after = statSync(f);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(err).toBe('');
  });

  it('writes atomically: a new file renamed over the old, no temporary file left', async () => {
    const f = file(TYPED);
    const before = statSync(f).ino;
    await lint(f);
    expect(statSync(f).ino).not.toBe(before);
    expect(readdirSync(dir).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the file cannot be read even after the safe repairs (exit 2, the reason and position)', async () => {
    const text = TYPED.replace('  region: "110000"', '  region: "110000');
    const f = file(text);
    expect(await lint(f, { format: 'stylish' })).toBe(2);
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(out).toMatch(/:17:11 +错误 +YAML 语法错误：第 17 行的引号 " 没有结束引号/);
  });

  it('repairs dates only in date fields', async () => {
    const text = SAMPLE.replace('    summary: 本市企业、农民专业合作社设立', '    summary: 2026/3/2 起，本市企业、农民专业合作社设立')
      .replace('  compiled_at: 2026-03-02', '  compiled_at: "2026/3/2"');
    const f = file(text);
    await lint(f);
    expect(readFileSync(f, 'utf8')).toBe(text.replace('"2026/3/2"', '"2026-03-02"'));
  });

  it('leaves a date that is no real day to date-valid', async () => {
    const text = SAMPLE.replace('  compiled_at: 2026-03-02', '  compiled_at: 2026年2月30日');
    const f = file(text);
    expect(await lint(f)).toBe(1);
    expect(readFileSync(f, 'utf8')).toBe(text);
    expect(JSON.parse(out).results[0].findings.map((x: { ruleId: string }) => x.ruleId)).toContain('date-valid');
  });

  it('rewrites variant terms to canonical terms only with --canonical', async () => {
    const text = SAMPLE.replace('    update_frequency: daily', '    update_frequency: 每 3 月  # 按季度');
    const f = file(text);
    await lint(f);
    expect(readFileSync(f, 'utf8')).toBe(text);
    await lint(f, { canonical: true });
    expect(readFileSync(f, 'utf8')).toBe(text.replace('每 3 月  #', 'quarterly  #'));
    expect(err).toContain('变体用语改为规范术语：“每 3 月” → “quarterly”');
  });

  it('fixes a Chinese-keyed catalogue as written; curly quotes stay a warning, not a repair', async () => {
    const src = readFileSync('test/fixtures/typos/gulou-cgj.yaml', 'utf8');
    const f = file(src);
    expect(await lint(f, { asOf: '2026-08-01' })).toBe(0);
    const fixed = src.replace('编制部门：', '编制部门: ').replace('2026年7月6日', '2026-07-06').replace('\t资源格式', '    资源格式').replace('更新周期:每日', '更新周期: 每日');
    expect(readFileSync(f, 'utf8')).toBe(fixed);
    const findings = JSON.parse(out).results[0].findings as { ruleId: string; messageId: string; severity: string; line: number; column: number }[];
    expect(findings.map((x) => [x.ruleId, x.messageId, x.severity, x.line, x.column])).toEqual([['yaml-typo', 'smartQuotes', 'warning', 20, 11]]);
    expect(err).toContain(`${f}:15  Tab 缩进改为空格：1 个 Tab → 4 个空格`);
  });

  it('keeps a byte order mark', async () => {
    const f = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TYPED)]));
    await lint(f);
    expect(readFileSync(f).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(f, 'utf8').slice(1)).toBe(SAMPLE);
  });

  it('keeps CRLF line ends', async () => {
    const f = file(TYPED.replace(/\n/g, '\r\n'));
    await lint(f);
    expect(readFileSync(f, 'utf8')).toBe(SAMPLE.replace(/\n/g, '\r\n'));
  });

  it('refuses to rewrite a GB18030 file', async () => {
    const f = file('govcat: 1\n');
    expect(await lint(f, { encoding: 'gb18030' })).toBe(2);
    expect(JSON.parse(out).results[0].fatal.message).toMatch(/--fix 只修改 UTF-8 编码的文件/);
  });
});

describe('govcat lint without --fix', () => {
  it('reports the typos as yaml-typo errors and the content as usual, writing nothing', async () => {
    const f = file(TYPED);
    expect(await lint(f, { fix: false })).toBe(1);
    expect(readFileSync(f, 'utf8')).toBe(TYPED);
    const findings = JSON.parse(out).results[0].findings as { ruleId: string; line: number; column: number; severity: string }[];
    expect(findings.map((x) => [x.ruleId, x.line, x.column])).toEqual([
      ['yaml-typo', 12, 8], ['yaml-typo', 16, 1], ['yaml-typo', 18, 1], ['date-valid', 19, 16],
      ['date-valid', 24, 13], ['yaml-typo', 37, 9], ['date-valid', 37, 10], ['yaml-typo', 52, 15],
    ]);
    expect(findings.filter((x) => x.ruleId === 'yaml-typo').every((x) => x.severity === 'error')).toBe(true);
  });

  it('shows the code frame of a file it cannot read (stylish)', async () => {
    const f = file('govcat: 1\ncatalogue:\n  title: 目录\n  region 110000\n  level: provincial\n');
    expect(await lint(f, { fix: false, format: 'stylish' })).toBe(2);
    expect(out).toContain(`${f}:4:9  错误  YAML 语法错误：这一行“region 110000”缺少英文冒号“:”`);
    expect(out).toContain('  > 4 |   region 110000\n      |         ^\n');
  });
});

describe('govcat fmt --fix', () => {
  it('repairs, then formats: the same as formatting the sample', async () => {
    const f = file(TYPED);
    expect(await fmt(f)).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(formatCatalogue(SAMPLE, 's.yaml').output);
    expect(err).toContain(`${f}:12  中文冒号改为英文冒号`);
  });

  it('without --fix refuses a typo the parser cannot read past, and says --fix repairs it', async () => {
    const f = file(TYPED);
    expect(await fmt(f, { fix: false })).toBe(2);
    expect(readFileSync(f, 'utf8')).toBe(TYPED);
    expect(err).toMatch(/:12:8: YAML 语法错误：“title”后面是中文冒号“：”.*（govcat fmt --fix 可自动修正）/);
  });

  it('with --check lists what it would repair and writes nothing', async () => {
    const f = file(TYPED);
    expect(await fmt(f, { check: true })).toBe(1);
    expect(readFileSync(f, 'utf8')).toBe(TYPED);
    expect(err).toContain(`govcat: ${f} 中有 8 处可以修正：`);
  });

  it('never touches a formatted file with nothing to fix', async () => {
    const f = file(formatCatalogue(SAMPLE, 's.yaml').output);
    const before = statSync(f);
    expect(await fmt(f)).toBe(0);
    expect([statSync(f).ino, statSync(f).mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});

describe('the command line', () => {
  const FIXTURE = readFileSync('test/fixtures/typos/gulou-cgj.yaml', 'utf8');
  const FIXED = FIXTURE.replace('编制部门：', '编制部门: ').replace('2026年7月6日', '2026-07-06').replace('\t资源格式', '    资源格式').replace('更新周期:每日', '更新周期: 每日');

  it('govcat lint --fix writes the repairs, lists them on stderr and lints the fixed text', () => {
    vi.restoreAllMocks();
    const f = file(FIXTURE);
    const r = govcat(['lint', '--fix', f, '--lang', 'en', '--as-of', '2026-08-01', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(FIXED);
    expect(r.stderr.split('\n')[0]).toBe(`govcat: fixed 4 problems in ${f}:`);
    expect(JSON.parse(r.stdout).results[0].findings.map((x: { messageId: string }) => x.messageId)).toEqual(['smartQuotes']);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
  });

  it('govcat fmt --fix repairs, then formats', () => {
    vi.restoreAllMocks();
    const f = file(FIXTURE);
    const r = govcat(['fmt', '--fix', f, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(formatCatalogue(FIXED, 'f.yaml').output);
    expect(r.stderr).toContain(`${f}:15  Tab 缩进改为空格：1 个 Tab → 4 个空格`);
  });
});

describe('the README', () => {
  it('shows the list of changes lint --fix gives for test/fixtures/typos/gulou-cgj.yaml', () => {
    const readme = readFileSync('README.md', 'utf8');
    const session = /```console\n\$ govcat lint --fix (\S+) --lang zh\n([\s\S]*?)…\n```/.exec(readme)!;
    const f = session[1];
    const { changes } = fixCatalogue(readFileSync(f, 'utf8'), f);
    expect(session[2].trimEnd().split('\n')).toEqual([`govcat: 已修正 ${f} 中的 ${changes.length} 处：`, ...fixReport(f, changes, 'zh').map((l) => `  ${l}`)]);
  });
});

describe('fixCatalogue', () => {
  it('changes nothing in a file with nothing to fix', () => {
    expect(fixCatalogue(SAMPLE, 's.yaml')).toEqual({ output: SAMPLE, changes: [] });
  });

  it('is idempotent', () => {
    const once = fixCatalogue(TYPED, 't.yaml').output;
    expect(fixCatalogue(once, 't.yaml').changes).toEqual([]);
  });

  it('the fixed text reads without repair as the typed text reads with it, dates aside', () => {
    const typed = loadYaml(TYPED.replace(/2026年3月2日/, '2026-03-02').replace('2026/2/24', '2026-02-24').replace('2026.3.4', '2026-03-04'), 't.yaml', { repair: true }).data;
    expect(sameData(loadYaml(fixCatalogue(TYPED, 't.yaml').output, 't.yaml').data, typed)).toBe(true);
  });

  it('refuses what it cannot repair, with the loader\'s explanation', () => {
    expect(() => fixCatalogue('catalogue:\n  title，目录\n', 't.yaml')).toThrow(InputError);
    expect(() => fixCatalogue('catalogue:\n  title，目录\n', 't.yaml')).toThrow(/full-width comma/);
  });

  it('reports in both languages', () => {
    const { changes } = fixCatalogue('govcat: 1\ncatalogue:\n\ttitle：目录\n', 't.yaml');
    expect(fixReport('t.yaml', changes, 'zh')).toEqual(['t.yaml:3  Tab 缩进改为空格：1 个 Tab → 2 个空格', 't.yaml:3  中文冒号改为英文冒号：“title：目录” → “title: 目录”']);
    expect(fixReport('t.yaml', changes, 'en')).toEqual(['t.yaml:3  tab indentation to spaces: 1 tab → 2 spaces', 't.yaml:3  full-width colon to an ASCII colon: "title：目录" → "title: 目录"']);
  });

  it('reads dates written the ways officers write them', () => {
    expect(['2026年3月2日', '2026 年 3 月 2 日', '2026/3/2', '2026.3.2', '2026-3-2', '2026/03/02'].map(isoDate)).toEqual(Array(6).fill('2026-03-02'));
    expect(['2026/2/30', '2026/3.2', '3/2/2026', '2026年13月1日', '20260302'].map(isoDate)).toEqual(Array(5).fill(undefined));
  });

  it('never breaks a file: whatever typos are typed into the sample, the fix reads back or is refused', () => {
    const lines = SAMPLE.split('\n');
    const typo = fc.constantFrom<(l: string) => string>((l) => l.replace(': ', '：'), (l) => l.replace(': ', ':'), (l) => l.replace(/^ {2}/, '\t'), (l) => l.replace(/^ {2}/, '\u3000'), (l) => l.replace(': ', ':\u3000'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(lines.length - 1), typo), { maxLength: 6 }), (edits) => {
        const typed = [...lines];
        for (const [i, t] of edits) typed[i] = t(typed[i]);
        const text = typed.join('\n');
        let fixed: string;
        try {
          fixed = fixCatalogue(text, 't.yaml').output;
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          return;
        }
        expect(fixCatalogue(fixed, 't.yaml').changes).toEqual([]);
        expect(sameData(loadYaml(fixed, 't.yaml').data, loadYaml(text, 't.yaml', { repair: true }).data)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
