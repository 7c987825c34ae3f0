// The bilingual command line without a process: every description has both texts, and every commander error code
// raised by commander itself (its real English message) comes out in Chinese.
import { CommanderError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { CLI_TEXT, cliText } from '../../src/cli/cli-text.js';
import { describeProgram, LocalizedCommand, translateCommanderError } from '../../src/cli/localize.js';
import { buildProgram } from '../../src/cli/program.js';
import { displayWidth } from '../../src/formatters/_text.js';
import type { Locale } from '../../src/core/types.js';

const CJK = /\p{Script=Han}/u;

/** The table keys the program looks up, and the one each lookup lands on. */
function usedKeys(): Map<string, string> {
  const { program } = buildProgram('en');
  const used = new Map<string, string>([['--help', '--help'], ['help', 'help']]);
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? 'govcat' : cmd.name();
    used.set(name, name);
    for (const a of cmd.registeredArguments) used.set(`${name} <${a.name()}>`, `${name} <${a.name()}>`);
    for (const o of cmd.options) {
      const key = `${name} ${o.long ?? o.short}`;
      used.set(key, CLI_TEXT.has(key) ? key : (o.long ?? o.short)!);
    }
  }
  return used;
}

describe('cli-text.ts', () => {
  it('has a text for every command, argument and option of the program, in both languages', () => {
    for (const locale of ['zh', 'en'] as Locale[]) expect(describeProgram(buildProgram(locale).program, locale)).toEqual([]);
  });

  it('has no text that no command uses', () => {
    const landed = new Set(usedKeys().values());
    expect([...CLI_TEXT.keys()].filter((k) => !landed.has(k))).toEqual([]);
  });

  it('writes every Chinese text in Chinese and every English one in English', () => {
    for (const [key, text] of CLI_TEXT) {
      expect(text.zh, key).toMatch(CJK);
      expect(text.en, key).toMatch(/[a-z]{2,}|^\d/);
      // The English text is not a copy of the Chinese one, nor the reverse.
      expect(text.zh, key).not.toBe(text.en);
    }
  });

  it('falls back from CMD --option to the shared --option text only where the command has none of its own', () => {
    expect(cliText('diff --config', 'zh')).toBe(CLI_TEXT.get('--config')!.zh);
    expect(cliText('due --config', 'en')).toBe('config file (calendar overrides)');
    expect(cliText('init --profile', 'zh')).toBe(cliText('add --profile', 'zh'));
    expect(cliText('nosuch', 'en')).toBeUndefined();
  });

  it('registers the options being built elsewhere, so that the program parses and passes them on', () => {
    const { program } = buildProgram('en');
    const options = (name: string) => program.commands.find((c) => c.name() === name)!.options.map((o) => o.long);
    expect(options('lint')).toContain('--fix');
    expect(options('fmt')).toContain('--fix');
  });
});

/** Runs argv through a fresh program in `locale`, returning what commander wrote to stderr and the error's code. */
function fail(locale: Locale, argv: string[], build?: (program: LocalizedCommand) => void): { stderr: string; code: string } {
  let stderr = '';
  const output = { writeErr: (s: string) => (stderr += s), writeOut: () => {} };
  const program = build ? new LocalizedCommand('govcat', locale).exitOverride().configureOutput(output) : buildProgram(locale, output).program;
  build?.(program as LocalizedCommand);
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return { stderr, code: e.code };
    throw e;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

// Every code commander raises for a usage error, raised by commander itself; the Chinese text is what the user reads.
const CASES: [string, string[], string, ((p: LocalizedCommand) => void)?][] = [
  ['commander.unknownOption', ['lint', 'x', '--formt', 'json'], '错误：未知选项 --formt，是否指 --format？'],
  ['commander.unknownOption', ['package', 'x', '-o', 'y', '--form'], '错误：未知选项 --form，是否指 --force 或 --format？'],
  ['commander.unknownOption', ['lint', 'x', '--frobnicate'], '错误：未知选项 --frobnicate'],
  ['commander.unknownCommand', ['lnt'], '错误：未知命令 lnt，是否指 lint？'],
  ['commander.unknownCommand', ['frobnicate'], '错误：未知命令 frobnicate'],
  ['commander.missingArgument', ['lint'], '错误：缺少必需的参数 inputs'],
  ['commander.optionMissingArgument', ['lint', 'x', '--format'], '错误：选项 -f, --format <format[:file]> 缺少取值'],
  ['commander.missingMandatoryOptionValue', ['due', '--from', '2026-01-01'], '错误：缺少必需的选项 --article <n>'],
  ['commander.missingMandatoryOptionValue', ['export', 'x'], '错误：缺少必需的选项 --to <kind>'],
  ['commander.excessArguments', ['schema', 'extra'], '错误：命令 schema 的参数过多：应为 0 个，实际为 1 个'],
  ['commander.excessArguments', ['diff', 'a', 'b', 'c'], '错误：命令 diff 的参数过多：应为 2 个，实际为 3 个'],
  ['commander.invalidArgument', ['diff', 'x', 'y', '-f', 'xml'], '错误：选项 -f, --format <format> 的值“xml”无效；可选值：stylish、json、sarif、junit、github、gitlab、markdown'],
  ['commander.invalidArgument', ['export', 'x', '--to', 'ods'], '错误：选项 --to <kind> 的值“ods”无效；可选值：xlsx、csv'],
  // No govcat option conflicts with another today; the code is translated all the same, for when one does.
  ['commander.conflictingOption', ['--check', '--write'], '错误：选项 --check 不能与选项 --write 同时使用', (p) => {
    p.addOption(new Option('--check').conflicts('write')).option('--write');
  }],
  ['commander.invalidArgument', ['ods'], '错误：参数 kind 的值“ods”无效；可选值：xlsx、csv', (p) => {
    p.argument('<kind>').action(() => {});
    p.registeredArguments[0].choices(['xlsx', 'csv']);
  }],
  ['commander.excessArguments', ['a', 'b'], '错误：参数过多：应为 1 个，实际为 2 个', (p) => {
    p.argument('<one>').action(() => {});
  }],
];

describe('usage errors', () => {
  it.each(CASES)('%s %j in Chinese', (code, argv, zh, build) => {
    const r = fail('zh', argv, build);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(`${zh}\n`);
  });

  it.each(CASES)('%s %j stays commander\'s English', (code, argv, _zh, build) => {
    const r = fail('en', argv, build);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).not.toMatch(CJK);
  });

  it('every code commander 14 raises for a usage error is in the table above', () => {
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set([
      'commander.unknownOption', 'commander.unknownCommand', 'commander.missingArgument', 'commander.optionMissingArgument',
      'commander.missingMandatoryOptionValue', 'commander.excessArguments', 'commander.invalidArgument', 'commander.conflictingOption',
    ]));
  });

  it('leaves a message of an unknown code or an unexpected shape as it is (English beats a crash)', () => {
    expect(translateCommanderError('error: something new', 'commander.somethingNew')).toBe('error: something new');
    expect(translateCommanderError("error: unknown option '--x' in a new wording", 'commander.unknownOption')).toBe("error: unknown option '--x' in a new wording");
    expect(translateCommanderError('error: boom', undefined)).toBe('error: boom');
    expect(translateCommanderError("error: option '--n <n>' argument 'x' is invalid. Not a number.", 'commander.invalidArgument')).toBe('错误：选项 --n <n> 的值“x”无效：Not a number.');
    expect(translateCommanderError("error: required option '--to <kind>' not specified", 'commander.missingMandatoryOptionValue')).toBe('错误：缺少必需的选项 --to <kind>');
  });
});

describe('Chinese help', () => {
  const help = (args: string[]) => {
    let out = '';
    const { program } = buildProgram('zh', { writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
    try {
      program.parse([...args, '--help'], { from: 'user' });
    } catch (e) {
      if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
    }
    return out;
  };

  it('wraps at 80 columns counting a Chinese character as two, never before a closing mark or a glued ":string"', () => {
    for (const cmd of [[], ...buildProgram('zh').program.commands.map((c) => [c.name()])]) {
      const lines = help(cmd).split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      for (const line of lines) expect(line, line).not.toMatch(/^\s+[，。；：、）》”」:]/);
    }
  });
});
