// The wizard engine: one script of questions, answered at a terminal (through a Prompter) or from answers given up
// front (flags, --from), validated the same way; with no terminal it never waits and collects every problem instead.
import { canonicalize, type Vocabulary } from '../../core/vocabulary.js';
import { NOTE, type Choice } from './text.js';
import type { Problem } from './check.js';
import type { Bilingual, Locale } from '../../core/types.js';

/** Answers given up front, keyed by flag name; a repeated question (items, bases) holds a list of such maps. */
export type Answers = Record<string, unknown>;

interface Base<T> {
  /** The flag name without dashes; also the key in --from answers.yaml. */
  key: string;
  message: Bilingual;
  /** Printed before the prompt (explanations). */
  help?: Bilingual;
  default?: T;
  /** An empty answer is accepted (and stands for "not given"). */
  optional?: boolean;
  validate?: (value: T) => Problem;
}
export type InputQuestion = Base<string>;
export interface SelectQuestion extends Base<string> {
  choices: Choice[];
  /** Reads a given answer in Chinese or English (有条件共享 ≡ conditional). */
  vocab?: Vocabulary;
}
export type ConfirmQuestion = Base<boolean>;
export type CheckboxQuestion = Base<string[]> & { choices: Choice[]; vocab?: Vocabulary };

/** What the wizard needs from a terminal: @inquirer/prompts behind a small interface (see prompts.ts). */
export interface Prompter {
  input(q: { message: string; default?: string; validate: (raw: string) => true | string }): Promise<string>;
  select(q: { message: string; choices: { value: string; name: string; short: string }[]; default?: string }): Promise<string>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  checkbox(q: { message: string; choices: { value: string; name: string; short: string; checked: boolean }[]; validate: (values: string[]) => true | string }): Promise<string[]>;
}

export interface Failure {
  /** The flag as the user would write it, e.g. --department-code or --item 2. */
  flag: string;
  text: Bilingual;
}

export class Wizard {
  readonly failures: Failure[];

  constructor(
    readonly locale: Locale,
    private readonly answers: Answers,
    private readonly prompter: Prompter | undefined,
    private readonly out: (line: string) => void,
    private readonly label?: string,
    failures?: Failure[],
  ) {
    this.failures = failures ?? [];
  }

  get interactive(): boolean {
    return this.prompter !== undefined;
  }

  /** Whether an answer for this key was given up front. */
  given(key: string): boolean {
    return this.answers[key] !== undefined && this.answers[key] !== null;
  }

  /** An answer given up front, as given. */
  preset(key: string): unknown {
    return this.answers[key];
  }

  say(text: Bilingual): void {
    if (this.prompter) this.out(text[this.locale]);
  }

  async input(q: InputQuestion): Promise<string | undefined> {
    const parse = (raw: unknown) => (typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : _notText(raw));
    return this._answer(q, parse, async (p) => {
      const s = (await p.input({ message: q.message[this.locale], default: q.default, validate: (raw) => this._inputCheck(q, raw.trim()) })).trim();
      return s === '' ? undefined : s;
    });
  }

  async select(q: SelectQuestion): Promise<string | undefined> {
    // A given value that is no choice goes to the rules first: their message (with its did-you-mean) beats a bare list.
    const validate = (v: string) => q.validate?.(v) ?? _notAChoice(q, [v]);
    return this._answer({ ...q, validate }, (raw) => _choice(q, raw), async (p) => {
      const choices = q.choices.map((c) => ({ value: c.value, name: c.name[this.locale], short: (c.short ?? _term(c))[this.locale] }));
      for (;;) {
        const v = await p.select({ message: q.message[this.locale], choices, default: q.default });
        const problem = validate(v);
        if (!problem) return v;
        this._error(problem);
      }
    });
  }

  async confirm(q: ConfirmQuestion): Promise<boolean | undefined> {
    return this._answer(q, _yesNo, (p) => p.confirm({ message: q.message[this.locale], default: q.default }));
  }

  async checkbox(q: CheckboxQuestion): Promise<string[] | undefined> {
    const validate = (vs: string[]) => q.validate?.(vs) ?? _notAChoice(q, vs);
    return this._answer({ ...q, validate }, (raw) => _choices(q, raw), (p) => {
      const choices = q.choices.map((c) => ({ value: c.value, name: c.name[this.locale], short: _term(c)[this.locale], checked: q.default?.includes(c.value) ?? false }));
      return p.checkbox({ message: q.message[this.locale], choices, validate: (vs) => _ok(validate(vs), this.locale) });
    });
  }

  /**
   * A repeated group (data items, legal bases): first the ones given up front (a list of answer maps), then, at a
   * terminal, more while the user wants them; at least `min`.
   */
  async repeat(q: { key: string; message: Bilingual; more: Bilingual }, one: (w: Wizard, index: number) => Promise<void>, min = 1): Promise<number> {
    const given = Array.isArray(this.answers[q.key]) ? (this.answers[q.key] as Answers[]) : [];
    let n = 0;
    for (; n < given.length; n++) await one(this._child(q.key, n, given[n]), n);
    if (!this.prompter) {
      if (n < min) this._fail(q.key, _missing(q.message));
      return n;
    }
    while (n < min || (await this.prompter.confirm({ message: q.more[this.locale], default: false }))) {
      await one(this._child(q.key, n, {}), n);
      n++;
    }
    return n;
  }

  /** An answer (or group of answers) the rules rejected after the fact: at a terminal, say so and return true to ask again. */
  reject(forget: readonly string[], key: string, problem: Bilingual, retry?: Bilingual): boolean {
    if (!this.prompter) {
      this._fail(key, problem);
      return false;
    }
    // Answers given up front were the rejected ones: ask for them this time.
    for (const k of forget) delete this.answers[k];
    this._error(retry ? { zh: `${problem.zh}\n${retry.zh}`, en: `${problem.en}\n${retry.en}` } : problem);
    return true;
  }

  /** A rule warning: shown, never blocking (lint reports it as a warning too). */
  warn(messages: readonly Bilingual[]): void {
    for (const m of messages) this.out(`${this.locale === 'zh' ? '⚠ 注意：' : '⚠ note: '}${m[this.locale]}`);
  }

  // --- internal ---

  private async _answer<T>(q: Base<T>, parse: (raw: unknown) => T | Bilingual, prompt: (p: Prompter) => Promise<T | undefined>): Promise<T | undefined> {
    if (this.given(q.key)) {
      const v = parse(this.answers[q.key]);
      const problem = _isBilingual(v) ? v : q.validate?.(v);
      if (!problem) {
        // At a terminal, show what was taken from the flags, as if it had been typed.
        if (this.prompter) this.out(`✔ ${q.message[this.locale]} ${_display(v, this.locale)}`);
        return v as T;
      }
      if (!this.reject([], q.key, problem)) return undefined;
    } else if (!this.prompter) {
      const problem = q.default !== undefined ? q.validate?.(q.default) : q.optional ? undefined : NOTE.required;
      if (problem) this._fail(q.key, problem === NOTE.required ? _missing(q.message) : problem);
      return problem ? undefined : q.default;
    }
    if (q.help) this.out(q.help[this.locale]);
    return prompt(this.prompter!);
  }

  private _inputCheck(q: InputQuestion, v: string): true | string {
    if (v === '' && q.optional) return true;
    const problem = q.validate?.(v) ?? (v === '' ? NOTE.required : undefined);
    return _ok(problem, this.locale);
  }

  private _child(key: string, index: number, answers: Answers): Wizard {
    const label = `${this.label ?? ''}--${key} ${index + 1}`;
    return new Wizard(this.locale, answers && typeof answers === 'object' ? answers : {}, this.prompter, this.out, label, this.failures);
  }

  private _fail(key: string, text: Bilingual): void {
    this.failures.push({ flag: this.label ? `${this.label} (${key})` : `--${key}`, text });
  }

  private _error(problem: Bilingual): void {
    this.out(`✖ ${problem[this.locale]}`);
  }
}

/** The failures of a run without a terminal, as one bilingual message. */
export function failureReport(command: string, failures: readonly Failure[]): Bilingual {
  const lines = (l: Locale) => failures.map((f) => `  ${f.flag}: ${f.text[l].replace(/\n/g, '\n    ')}`).join('\n');
  return {
    zh: `没有终端，govcat ${command} 不会提问；以下 ${failures.length} 项回答缺少或无效：\n${lines('zh')}\n请用参数或 --from answers.yaml 给出这些回答（见 govcat ${command} --help），或在终端中运行以逐项回答。`,
    en: `no terminal, so govcat ${command} asks nothing; ${failures.length} answer(s) missing or invalid:\n${lines('en')}\nGive them as flags or with --from answers.yaml (see govcat ${command} --help), or run it in a terminal to be asked.`,
  };
}

// --- internal ---

function _display(v: unknown, locale: Locale): string {
  if (typeof v === 'boolean') return v ? (locale === 'zh' ? '是' : 'yes') : locale === 'zh' ? '否' : 'no';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function _ok(problem: Problem, locale: Locale): true | string {
  return problem ? problem[locale] : true;
}

function _missing(what: Bilingual): Bilingual {
  return { zh: `缺少：${what.zh}`, en: `missing: ${what.en}` };
}

function _isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'zh' in v && 'en' in v;
}

function _notText(raw: unknown): Bilingual {
  return { zh: `应为文字，实际为 ${JSON.stringify(raw)}`, en: `expected text, found ${JSON.stringify(raw)}` };
}

function _term(c: Choice): Bilingual {
  return { zh: c.name.zh.split(' ')[0], en: c.value };
}

/** A given answer read as one of the choices (its value, its Chinese term, a vocabulary variant), else as given. */
function _choice(q: { choices: Choice[]; vocab?: Vocabulary }, raw: unknown): string {
  const s = typeof raw === 'string' ? raw.trim() : String(raw);
  const hit = q.choices.find((c) => c.value === s || _term(c).zh === s) ?? (q.vocab ? q.choices.find((c) => c.value === canonicalize(q.vocab!, s)?.value) : undefined);
  return hit ? hit.value : s;
}

function _choices(q: CheckboxQuestion, raw: unknown): string[] {
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => String(s).split(/[,，、]/)).map((s) => s.trim()).filter(Boolean);
  return [...new Set(list.map((s) => _choice(q, s)))];
}

function _notAChoice(q: { choices: Choice[] }, values: readonly string[]): Problem {
  const bad = values.find((v) => !q.choices.some((c) => c.value === v));
  if (bad === undefined) return undefined;
  const list = { zh: q.choices.map((c) => `${c.value}（${_term(c).zh}）`).join('、'), en: q.choices.map((c) => c.value).join(', ') };
  return { zh: `“${bad}”不是可选的回答；可选：${list.zh}`, en: `"${bad}" is not one of the choices: ${list.en}` };
}

function _yesNo(raw: unknown): boolean | Bilingual {
  if (typeof raw === 'boolean') return raw;
  const s = String(raw).trim().toLowerCase();
  if (['y', 'yes', 'true', '1', '是', '有'].includes(s)) return true;
  if (['n', 'no', 'false', '0', '否', '无', '没有'].includes(s)) return false;
  return { zh: `“${raw}”应为 是 或 否`, en: `"${raw}" must be yes or no` };
}
