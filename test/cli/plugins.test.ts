// Custom rules from local modules (plugins:): loaded and run like built-in ones, configured in rules:, suppressed by
// directives, listed by govcat rules and explained by govcat explain; a bad plugin stops the run with exit 2, naming
// the module and the fault. The RuleTester tests a plugin rule without vitest.
import { AssertionError } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { govcat, NO_STACK } from './run.js';
import { SAMPLE, tree } from './_tree.js';
import type { AnyRule } from '../../src/core/types.js';

const AS_OF = ['--as-of', '2026-06-01'];

const TITLE_RULE = `{
  id: 'beijing/title-prefix',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
  severity: 'warning',
  docs: {
    summary: { zh: '目录标题以本市名称开头', en: 'Catalogue titles start with the city name' },
    details: { zh: '本市各部门的目录标题以“北京市”开头，便于汇总。', en: 'Titles start with 北京市 so that the city can collect the catalogues.' },
  },
  messages: { prefix: { zh: '目录标题“{{title}}”应以“{{prefix}}”开头', en: 'the title "{{title}}" should start with "{{prefix}}"' } },
  optionsSchema: { type: 'object', properties: { prefix: { type: 'string', minLength: 1 } }, additionalProperties: false },
  defaults: { prefix: '北京市' },
  examples: { pass: { at: 'catalogue', yaml: 'title: 北京市某局政务数据目录' }, fail: { at: 'catalogue', yaml: 'title: 某局政务数据目录' } },
  check({ catalogue, options, report }) {
    const t = catalogue.header.title;
    if (typeof t === 'string' && !t.startsWith(options.prefix)) report({ messageId: 'prefix', path: ['catalogue', 'title'], data: { title: t, prefix: options.prefix } });
  },
}`;

const PLUGIN = `export default [${TITLE_RULE}];\n`;
const OFF_TITLE = SAMPLE.replace('  title: 北京市市场监督管理局政务数据目录', '  title: 市场监督管理局政务数据目录');

describe('plugins', () => {
  const dir = tree({ 'govcat.config.yaml': 'plugins: [./rules/beijing.mjs]\n', 'rules/beijing.mjs': PLUGIN, 'cat.yaml': OFF_TITLE });

  it('run in lint at their own severity, with the article they cite', () => {
    const r = govcat(['lint', 'cat.yaml', '-f', 'json', ...AS_OF], { cwd: dir });
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string; severity: string; line: number; message: string }) => [f.ruleId, f.severity, f.line, f.message])).toEqual([
      ['beijing/title-prefix', 'warning', 12, 'the title "市场监督管理局政务数据目录" should start with "北京市"'],
    ]);
    expect(findings[0].articles[0].label.en).toBe('Art. 13(2)');
  });

  it('are configured in rules: (severity and options), and by --rule', () => {
    const d = tree({ 'govcat.config.yaml': "plugins: [./p.mjs]\nrules:\n  beijing/title-prefix: {severity: error, options: {prefix: 市场}}\n", 'p.mjs': PLUGIN, 'cat.yaml': SAMPLE });
    const r = govcat(['lint', 'cat.yaml', '-f', 'json', ...AS_OF], { cwd: d });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].findings[0]).toMatchObject({ ruleId: 'beijing/title-prefix', severity: 'error' });
    expect(govcat(['lint', 'cat.yaml', '--rule', 'beijing/title-prefix: off', ...AS_OF], { cwd: d }).code).toBe(0);
  });

  it('options are checked against the plugin rule’s schema', () => {
    const d = tree({ 'govcat.config.yaml': 'plugins: [./p.mjs]\nrules:\n  beijing/title-prefix: {options: {prefix: 3}}\n', 'p.mjs': PLUGIN, 'cat.yaml': SAMPLE });
    const r = govcat(['lint', 'cat.yaml'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/govcat\.config\.yaml:3:44: invalid option of rule "beijing\/title-prefix": must be string/);
  });

  it('are suppressed by directives', () => {
    const d = tree({ 'govcat.config.yaml': 'plugins: [./p.mjs]\n', 'p.mjs': PLUGIN, 'cat.yaml': OFF_TITLE.replace('  title:', '  # govcat-disable-next-line beijing/title-prefix -- 本局已获准使用简称\n  title:') });
    const r = govcat(['lint', 'cat.yaml', '-f', 'json', ...AS_OF], { cwd: d });
    const res = JSON.parse(r.stdout).results[0];
    expect(res.findings).toEqual([]);
    expect(res.suppressedFindings[0]).toMatchObject({ ruleId: 'beijing/title-prefix', suppressed: { reason: '本局已获准使用简称' } });
  });

  it('are listed by govcat rules and explained by govcat explain when the config in force loads them', () => {
    const rules = govcat(['rules'], { cwd: dir });
    expect(rules.stdout).toMatch(/^beijing\/title-prefix +warning +Art\. 13\(2\) +Catalogue titles start with the city name$/m);
    expect(govcat(['rules', '--no-config'], { cwd: dir }).stdout).not.toMatch(/beijing/);
    const explain = govcat(['explain', 'beijing/title-prefix', '--lang', 'zh'], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^beijing\/title-prefix {2}\(warning\)$/m);
    expect(explain.stdout).toMatch(/第十三条 政府部门编制政务数据目录/);
    expect(explain.stdout).toMatch(/→ 目录标题“某局政务数据目录”应以“北京市”开头/);
    expect(govcat(['explain', 'beijing/title-prefix'], { cwd: tree({ 'x.yaml': '' }) }).code).toBe(2);
  });

  it('run in package too', () => {
    const d = tree({ 'govcat.config.yaml': 'plugins: [./p.mjs]\nrules: {beijing/title-prefix: error}\n', 'p.mjs': PLUGIN, 'cat.yaml': OFF_TITLE });
    const r = govcat(['package', 'cat.yaml', '-o', 'out.zip', '--date', '2026-06-01'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/beijing\/title-prefix/);
  });
});

describe('a bad plugin stops the run (exit 2, the module and the fault named)', () => {
  const rule = (patch: string) => `const r = ${TITLE_RULE};\n${patch}\nexport default [r];\n`;
  it.each([
    ['not a module file', 'p.cjs', '', /govcat\.config\.yaml:1:11: plugin "\.\/p\.cjs": a plugin must be an ES module file \(\.js or \.mjs\)/],
    ['a missing file', 'none.mjs', undefined, /plugin "\.\/none\.mjs": no such file/],
    ['a module that throws', 'p.mjs', 'throw new Error("boom");', /plugin "\.\/p\.mjs": cannot be loaded \(boom\)/],
    ['no rules exported', 'p.mjs', 'export const x = 1;', /it must export its rules: export default \[rule, …\]/],
    ['an id without a namespace', 'p.mjs', rule("r.id = 'title-prefix';"), /rule "title-prefix": id must be NAMESPACE\/rule-name/],
    ['an id of a built-in rule', 'p.mjs', rule("r.id = 'unknown-field';"), /rule "unknown-field": id must be NAMESPACE\/rule-name/],
    ['a message without Chinese', 'p.mjs', rule("r.messages.prefix.zh = 'title';"), /rule "beijing\/title-prefix": messages\.prefix must be \{zh, en\}, the zh text in Chinese/],
    ['placeholders that differ', 'p.mjs', rule("r.messages.prefix.en = 'bad title';"), /messages\.prefix uses different \{\{placeholders\}\} in zh and en/],
    ['an unknown law', 'p.mjs', rule("r.articles = [{ source: 'city-rules', article: 3 }];"), /articles\[0\] must be \{source, article, paragraph\?, item\?\}/],
    ['defaults the schema rejects', 'p.mjs', rule('r.defaults = { prefix: 1 };'), /defaults do not match optionsSchema/],
    ['no check', 'p.mjs', rule('delete r.check;'), /check must be a function/],
    ['no examples', 'p.mjs', rule('delete r.examples;'), /examples must be \{pass, fail\}/],
  ])('%s', (_, name, text, message) => {
    const files: Record<string, string> = { 'govcat.config.yaml': `plugins: [./${name}]\n`, 'cat.yaml': SAMPLE };
    if (text !== undefined) files[name] = text;
    const r = govcat(['lint', 'cat.yaml'], { cwd: tree(files) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('two plugins defining the same id', () => {
    const r = govcat(['lint', 'cat.yaml'], { cwd: tree({ 'govcat.config.yaml': 'plugins: [./a.mjs, ./b.mjs]\n', 'a.mjs': PLUGIN, 'b.mjs': PLUGIN, 'cat.yaml': SAMPLE }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/govcat\.config\.yaml:1:20: plugin "\.\/b\.mjs": rule "beijing\/title-prefix": rule id "beijing\/title-prefix" is taken already/);
  });

  it('in Chinese too', () => {
    const r = govcat(['lint', 'cat.yaml', '--lang', 'zh'], { cwd: tree({ 'govcat.config.yaml': 'plugins: [./p.txt]\n', 'cat.yaml': SAMPLE }) });
    expect(r.stderr).toMatch(/插件“\.\/p\.txt”：插件应为 ES 模块文件（\.js 或 \.mjs）/);
  });
});

describe('RuleTester on a plugin rule, without vitest', () => {
  const load = async () => {
    const dir = tree({ 'p.mjs': PLUGIN });
    return ((await import(pathToFileURL(join(dir, 'p.mjs')).href)) as { default: AnyRule[] }).default[0];
  };
  const cases = {
    valid: [{ name: 'the city name first', yaml: SAMPLE }, { name: 'another prefix', yaml: OFF_TITLE, options: { prefix: '市场' } }],
    invalid: [{ name: 'no city name', yaml: OFF_TITLE, errors: [{ messageId: 'prefix', line: 12, column: 10, zh: '应以“北京市”开头' }] }],
  };

  it('returns an outcome per check and case', async () => {
    const outcomes = new RuleTester().run(await load(), cases);
    expect(outcomes.map((o) => [o.name, o.error?.message])).toEqual([
      ['meta', undefined], ['examples', undefined], ['valid: the city name first', undefined], ['valid: another prefix', undefined], ['invalid: no city name', undefined],
    ]);
  });

  it('assert() throws an AssertionError naming each failure', async () => {
    const rule = await load();
    const wrong = { valid: [{ name: 'wrong', yaml: OFF_TITLE }], invalid: [{ name: 'bad column', yaml: OFF_TITLE, errors: [{ messageId: 'prefix', line: 12, column: 3 }] }, { name: 'bad options', yaml: SAMPLE, options: { prefix: 1 }, errors: [] }] };
    let error: unknown;
    try {
      new RuleTester().assert(rule, wrong);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssertionError);
    expect((error as Error).message).toMatch(/3 failed/);
    expect((error as Error).message).toMatch(/- valid: wrong: valid case "wrong" gives findings/);
    expect((error as Error).message).toMatch(/- invalid: bad column: invalid case "bad column": findings differ/);
    expect((error as Error).message).toMatch(/- invalid: bad options: options do not match optionsSchema/);
  });
});
