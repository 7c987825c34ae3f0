// Commander in the user's language: descriptions from cli-text.ts, Chinese help frame, usage errors translated by code.
import { Command, Help, type Argument, type ErrorOptions, type Option } from 'commander';
import { displayWidth } from '../formatters/_text.js';
import { cliText } from './cli-text.js';
import type { Locale } from '../core/types.js';

/**
 * A command whose subcommands, help and errors speak `locale`. Commander builds its usage errors in English inside
 * private methods and hands each to the public `error(message, { code })`; that is where they are translated, by code,
 * with the parts (option, value, suggestion) read back from the English message. A message whose shape is not the
 * one expected (a commander upgrade) stays in English rather than failing; test/cli/frame.test.ts checks every code.
 */
export class LocalizedCommand extends Command {
  constructor(name: string | undefined, readonly locale: Locale) {
    super(name);
  }

  override createCommand(name?: string): LocalizedCommand {
    return new LocalizedCommand(name, this.locale);
  }

  override createHelp(): Help {
    return Object.assign(this.locale === 'zh' ? new ChineseHelp() : new WideHelp(), this.configureHelp());
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(this.locale === 'zh' ? translateCommanderError(message, errorOptions?.code) : message, errorOptions);
  }
}

/**
 * Sets every description of the program from cli-text.ts: the commands, their arguments and options, the help
 * option and command. Call after the program is defined and before it parses. Returns the keys that have no text
 * (a test keeps this empty; at run time such an item keeps whatever description it was given).
 */
export function describeProgram(program: Command, locale: Locale): string[] {
  const missing: string[] = [];
  const text = (key: string) => {
    const found = cliText(key, locale);
    if (found === undefined) missing.push(key);
    return found;
  };
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? 'govcat' : cmd.name();
    const about = text(name);
    if (about !== undefined) cmd.description(about);
    for (const arg of cmd.registeredArguments as Argument[]) arg.description = text(`${name} <${arg.name()}>`) ?? arg.description;
    for (const opt of cmd.options as Option[]) opt.description = text(`${name} ${opt.long ?? opt.short}`) ?? opt.description;
  }
  return missing;
}

/** Commander's English usage error in Chinese, when its code and shape are known; otherwise the message unchanged. */
export function translateCommanderError(message: string, code: string | undefined): string {
  const translate = code === undefined ? undefined : _ERRORS[code];
  const zh = translate?.(message);
  return zh === undefined ? message : `错误：${zh}`;
}

// --- internal ---

/** Commander's help, measuring Chinese characters as the two columns a terminal gives them. */
class WideHelp extends Help {
  override displayWidth(str: string): number {
    return displayWidth(str);
  }
}

class ChineseHelp extends WideHelp {
  override formatHelp(cmd: Command, helper: Help): string {
    // A full-width colon carries its own space: "用法：govcat", not "用法： govcat".
    return super.formatHelp(cmd, helper).replace(/^(\S*：) /, '$1');
  }

  override styleTitle(str: string): string {
    return _TITLES[str] ?? str;
  }

  override commandUsage(cmd: Command): string {
    return _usageWords(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return _usageWords(super.subcommandTerm(cmd));
  }

  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`可选值：${option.argChoices.join('、')}`);
    // As commander: a default is shown for options taking a value (a boolean's default is for programmers).
    if (option.defaultValue !== undefined && !_emptyList(option.defaultValue) && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'))) {
      extra.push(`默认：${option.defaultValueDescription ?? _value(option.defaultValue)}`);
    }
    return _withExtra(option.description, extra);
  }

  override argumentDescription(argument: Argument): string {
    const extra: string[] = [];
    if (argument.argChoices) extra.push(`可选值：${argument.argChoices.join('、')}`);
    if (argument.defaultValue !== undefined && !_emptyList(argument.defaultValue)) extra.push(`默认：${argument.defaultValueDescription ?? _value(argument.defaultValue)}`);
    return _withExtra(argument.description, extra);
  }

  /** Wraps between Chinese characters too (commander wraps at spaces only), never before closing punctuation. */
  override boxWrap(str: string, width: number): string {
    if (width < this.minWidthToWrap) return str;
    return str.split(/\r?\n/).map((line) => _wrapLine(line, width)).join('\n');
  }
}

const _TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

function _usageWords(usage: string): string {
  return usage.split(' ').map((w) => (w === '[options]' ? '[选项]' : w === '[command]' ? '[命令]' : w)).join(' ');
}

/** The [] a repeatable option starts from is no default worth showing. */
function _emptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length === 0;
}

function _value(v: unknown): string {
  return Array.isArray(v) ? v.map(String).join('、') : String(v);
}

function _withExtra(description: string, extra: string[]): string {
  if (!extra.length) return description;
  return `${description}（${extra.join('；')}）`;
}

// Closing punctuation stays on the line it closes; opening punctuation goes with what it opens.
const _OPEN = '（《“‘「『〔【';
const _CLOSE = '，。；：、）》”’」』〕】！？…—';
const _WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201f\\u2026';
const _TOKEN = new RegExp(`\\s*[${_OPEN}]*(?:[${_WIDE}]|[^\\s${_WIDE}]+)[${_CLOSE}]*`, 'gu');

function _wrapLine(line: string, width: number): string {
  const tokens: string[] = [];
  // "证件号码:string" may break before 证 but never before the colon: such a tail joins the token before it.
  for (const token of line.match(_TOKEN) ?? []) {
    if (tokens.length && /^[:;,.)\]}!?]/.test(token)) tokens[tokens.length - 1] += token;
    else tokens.push(token);
  }
  if (!tokens.length) return line;
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current && displayWidth(current + token) > width) {
      lines.push(current);
      current = token.trimStart();
    } else current += token;
  }
  lines.push(current);
  return lines.join('\n');
}

/** `, ` separated list (commander's) as a Chinese one. */
function _list(text: string): string {
  return text.split(', ').join('、');
}

function _suggestion(alternatives: string | undefined): string {
  return alternatives ? `，是否指 ${alternatives.split(', ').join(' 或 ')}？` : '';
}

/** What follows "is invalid." in an invalid-value message: commander's own choices text, or a parser's message. */
function _invalidDetail(detail: string): string {
  const choices = /^Allowed choices are (.*)\.$/s.exec(detail);
  return choices ? `；可选值：${_list(choices[1])}` : detail ? `：${detail}` : '';
}

// The messages of commander 14 (lib/command.js), one entry per error code it raises.
const _ERRORS: Record<string, (message: string) => string | undefined> = {
  'commander.unknownOption': (m) => {
    const r = /^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s.exec(m);
    return r ? `未知选项 ${r[1]}${_suggestion(r[2])}` : undefined;
  },
  'commander.unknownCommand': (m) => {
    const r = /^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s.exec(m);
    return r ? `未知命令 ${r[1]}${_suggestion(r[2])}` : undefined;
  },
  'commander.missingArgument': (m) => {
    const r = /^error: missing required argument '(.*)'$/s.exec(m);
    return r ? `缺少必需的参数 ${r[1]}` : undefined;
  },
  'commander.optionMissingArgument': (m) => {
    const r = /^error: option '(.*)' argument missing$/s.exec(m);
    return r ? `选项 ${r[1]} 缺少取值` : undefined;
  },
  'commander.missingMandatoryOptionValue': (m) => {
    const r = /^error: required option '(.*)' not specified$/s.exec(m);
    return r ? `缺少必需的选项 ${r[1]}` : undefined;
  },
  'commander.conflictingOption': (m) => {
    const who = `(option|environment variable) '(.*)'`;
    const r = new RegExp(`^error: ${who} cannot be used with ${who}$`, 's').exec(m);
    const name = (kind: string, what: string) => (kind === 'option' ? `选项 ${what}` : `环境变量 ${what}`);
    return r ? `${name(r[1], r[2])} 不能与${name(r[3], r[4])} 同时使用` : undefined;
  },
  'commander.excessArguments': (m) => {
    const r = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(m);
    return r ? `${r[1] === undefined ? '' : `命令 ${r[1]} 的`}参数过多：应为 ${r[2]} 个，实际为 ${r[3]} 个` : undefined;
  },
  'commander.invalidArgument': (m) => {
    const option = /^error: option '(.*)' argument '(.*)' is invalid\.\s*(.*)$/s.exec(m);
    if (option) return `选项 ${option[1]} 的值“${option[2]}”无效${_invalidDetail(option[3])}`;
    const argument = /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.\s*(.*)$/s.exec(m);
    return argument ? `参数 ${argument[2]} 的值“${argument[1]}”无效${_invalidDetail(argument[3])}` : undefined;
  },
};
