// The command line's own frame as a user meets it: help pages, usage errors and --version in the language of
// --lang / LC_ALL / LC_MESSAGES / LANG, exit 0 for help and version, 2 for usage errors, never a stack trace.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { govcat, NO_STACK } from './run.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'C' };
const COMMANDS = buildProgram('en').program.commands.map((c) => c.name());
const CJK = /\p{Script=Han}/u;

/** The items of a help page (option, argument or command, with its description's continuation lines). */
function helpItems(page: string): { term: string; description: string }[] {
  const items: { term: string; description: string }[] = [];
  for (const line of page.split('\n')) {
    const item = /^ {2}(\S.*?)(?: {2,}(\S.*))?$/.exec(line);
    if (item) items.push({ term: item[1], description: item[2] ?? '' });
    else if (/^ {3,}\S/.test(line) && items.length) items[items.length - 1].description += line.trim();
  }
  return items;
}

describe.each([
  ['zh', ZH],
  ['en', EN],
] as const)('help in %s', (lang, env) => {
  it.each(['', ...COMMANDS])('govcat %s --help', (cmd) => {
    const r = govcat([...(cmd ? [cmd] : []), '--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatchSnapshot();
    const items = helpItems(r.stdout);
    expect(items.length).toBeGreaterThan(0);
    if (lang === 'zh') {
      // A lost translation shows as an English description: every item and the page's description must be Chinese.
      for (const { term, description } of items) expect(description, term).toMatch(CJK);
      expect(r.stdout.split('\n')[2]).toMatch(CJK);
      expect(r.stdout).toMatch(/^用法：govcat/);
      expect(r.stdout).toContain('\n选项：\n');
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|\[options\]|display help|default:|choices:/);
    } else {
      for (const { term, description } of items) expect(description, term).toMatch(/[a-z]{2,}/);
      expect(r.stdout).toMatch(/^Usage: govcat/);
      expect(r.stdout).not.toMatch(/用法|选项：|命令：|默认：|可选值/);
    }
  });
});

describe('the top-level help', () => {
  it('lists every command, with the section titles 用法, 选项, 命令 in Chinese', () => {
    const r = govcat(['--help'], { env: ZH });
    for (const title of ['用法：', '选项：', '命令：']) expect(r.stdout).toContain(title);
    for (const cmd of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b.*\\p{Script=Han}`, 'mu'));
    expect(r.stdout).toMatch(/^ {2}help \[命令\] +显示命令的帮助$/m);
  });

  it('`govcat help lint` is `govcat lint --help`', () => {
    expect(govcat(['help', 'lint'], { env: ZH }).stdout).toBe(govcat(['lint', '--help'], { env: ZH }).stdout);
  });

  it('govcat without a command shows the help on stderr and exits 2', () => {
    const r = govcat([], { env: ZH });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^用法：govcat \[选项\] \[命令\]/);
  });
});

describe('--version', () => {
  it.each([['-v'], ['--version']])('%s prints the version and exits 0', (flag) => {
    for (const env of [ZH, EN]) {
      const r = govcat([flag], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(r.stderr).toBe('');
    }
  });
});

// One case per commander error code, as the built CLI prints it: [code, argv, Chinese, English].
const ERRORS: [string, string[], string, string][] = [
  ['unknownOption', ['lint', 'samples/catalogue.yaml', '--formt', 'x'], '错误：未知选项 --formt，是否指 --format？', "error: unknown option '--formt'\n(Did you mean --format?)"],
  ['unknownOption', ['package', 'x', '-o', 'y', '--form'], '错误：未知选项 --form，是否指 --force 或 --format？', "error: unknown option '--form'\n(Did you mean one of --force, --format?)"],
  ['unknownOption', ['lint', 'x', '--frobnicate'], '错误：未知选项 --frobnicate', "error: unknown option '--frobnicate'"],
  ['unknownCommand', ['lnt', 'x'], '错误：未知命令 lnt，是否指 lint？', "error: unknown command 'lnt'\n(Did you mean lint?)"],
  ['missingArgument', ['lint'], '错误：缺少必需的参数 inputs', "error: missing required argument 'inputs'"],
  ['optionMissingArgument', ['lint', 'x', '--format'], '错误：选项 -f, --format <format[:file]> 缺少取值', "error: option '-f, --format <format[:file]>' argument missing"],
  ['missingMandatoryOptionValue', ['due', '--from', '2026-01-01'], '错误：缺少必需的选项 --article <n>', "error: required option '--article <n>' not specified"],
  ['excessArguments', ['schema', 'extra'], '错误：命令 schema 的参数过多：应为 0 个，实际为 1 个', "error: too many arguments for 'schema'. Expected 0 arguments but got 1."],
  ['invalidArgument', ['diff', 'x', 'y', '-f', 'xml'], '错误：选项 -f, --format <format> 的值“xml”无效；可选值：stylish、json、sarif、junit、github、gitlab、markdown', "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, junit, github, gitlab, markdown."],
];

describe('usage errors', () => {
  it.each(ERRORS)('%s %j: Chinese under LANG=zh_CN.UTF-8, exit 2, no stack', (_code, argv, zh) => {
    const r = govcat(argv, { env: ZH });
    expect(r.stderr).toBe(`${zh}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it.each(ERRORS)('%s %j: English as before under LANG=C', (_code, argv, _zh, en) => {
    const r = govcat(argv, { env: EN });
    expect(r.stderr).toBe(`${en}\n`);
    expect(r.code).toBe(2);
  });

  it('follow --lang over the environment, and LC_ALL over LC_MESSAGES over LANG, as findings do', () => {
    const zh = '错误：未知选项 --frob\n';
    const en = "error: unknown option '--frob'\n";
    expect(govcat(['lint', 'x', '--frob', '--lang', 'zh'], { env: EN }).stderr).toBe(zh);
    expect(govcat(['--lang=zh', 'lint', 'x', '--frob'], { env: EN }).stderr).toBe(zh);
    expect(govcat(['--lang', 'en', 'lint', 'x', '--frob'], { env: ZH }).stderr).toBe(en);
    expect(govcat(['lint', 'x', '--frob'], { env: { LANG: 'C', LC_MESSAGES: 'zh_CN.UTF-8' } }).stderr).toBe(zh);
    expect(govcat(['lint', 'x', '--frob'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } }).stderr).toBe(en);
    // After "--", "--lang zh" is an operand, not the language.
    expect(govcat(['lint', '--frob', '--', '--lang', 'zh'], { env: EN }).stderr).toBe(en);
  });

  it('a bad --lang falls back to the environment for commander, and is itself reported when a command runs', () => {
    expect(govcat(['--lang', 'fr', 'lint', 'x', '--frob'], { env: ZH }).stderr).toBe('错误：未知选项 --frob\n');
    const r = govcat(['--lang', 'fr', 'rules'], { env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang takes zh or en, not "fr"');
  });
});
