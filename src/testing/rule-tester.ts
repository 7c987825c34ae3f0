// RuleTester for built-in and plugin rules (`import { RuleTester } from 'govcat/testing'`): valid/invalid YAML cases run
// with the one rule enabled, findings compared by messageId, line and column, messages checked in both languages.
// Framework-agnostic: run() returns each case's outcome, assert() throws node:assert's AssertionError.
import { AssertionError } from 'node:assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exampleDocument } from '../core/examples.js';
import { lintDocument } from '../core/lint.js';
import { loadYaml } from '../core/load.js';
import { placeholders } from '../core/messages.js';
import { builtinProfiles } from '../profiles/index.js';
import { rules as builtinRules } from '../rules/index.js';
import type { AnyRule, Finding, Severity } from '../core/types.js';

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  /** Substring expected in the English message. */
  en?: string;
  /** Substring expected in the Chinese message. */
  zh?: string;
  /** The finding's severity, where a report lowers the rule's. */
  severity?: Severity;
}

export interface ValidCase {
  name: string;
  /** A whole catalogue file. */
  yaml: string;
  options?: unknown;
  /** Today for date checks (default 2026-06-01). */
  asOf?: string;
  /** The entry fields holding share classes, as a profile sets them (default share_type; MIIT: 部内 and 部外). */
  shareAttributes?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface CaseOutcome {
  /** "meta", "examples", "valid: NAME" or "invalid: NAME". */
  name: string;
  error?: AssertionError;
}

export class RuleTester {
  readonly asOf: string;

  constructor(opts: { asOf?: string } = {}) {
    this.asOf = opts.asOf ?? '2026-06-01';
  }

  /** The rule's findings on `yaml`, alone (with its own default severity and `options` over its defaults). */
  lint(rule: AnyRule, yaml: string, options?: unknown, asOf = this.asOf, shareAttributes?: readonly string[]): Finding[] {
    const doc = loadYaml(yaml, 'test.yaml');
    const merged = options === undefined ? rule.defaults : { ...(rule.defaults as object), ...(options as object) };
    const profile = { id: 'test', title: { zh: '测试', en: 'test' }, shareAttributes: shareAttributes ? [...shareAttributes] : undefined, rules: [{ rule, severity: rule.severity, options: merged }] };
    return lintDocument(doc, profile, { asOf }, [...builtinRules, rule]).findings;
  }

  /** Messages in both languages (Chinese in zh) with the same placeholders; defaults pass the options schema. */
  checkMeta(rule: AnyRule): void {
    for (const [id, m] of Object.entries(rule.messages)) {
      _ok(/\p{Script=Han}/u.test(m.zh), `message ${id}: the zh text has no Chinese`);
      _ok(m.en.trim() !== '', `message ${id}: the en text is empty`);
      _equal(placeholders(m.zh).sort(), placeholders(m.en).sort(), `message ${id}: zh and en use different placeholders`);
    }
    this.checkOptions(rule, rule.defaults, 'defaults');
  }

  /** The failing example gives at least one finding, the passing one none. */
  checkExamples(rule: AnyRule): void {
    // A rule only one regime runs writes its examples in that regime's share attributes.
    const attributes = rule.examplesProfile ? builtinProfiles[rule.examplesProfile]?.shareAttributes : undefined;
    const run = (ex: AnyRule['examples']['pass']) => this.lint(rule, exampleDocument(ex, attributes), undefined, this.asOf, attributes);
    _ok(run(rule.examples.fail).length > 0, 'examples.fail gives no finding');
    _equal(run(rule.examples.pass).map(_brief), [], 'examples.pass gives findings');
  }

  /** `options` pass the rule's optionsSchema (when it has one). */
  checkOptions(rule: AnyRule, options: unknown, what = 'options'): void {
    if (!rule.optionsSchema || options === undefined) return;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(rule.optionsSchema);
    _ok(validate(options) as boolean, `${what} do not match optionsSchema: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  }

  /** One valid case: no finding. Throws AssertionError. */
  valid(rule: AnyRule, c: ValidCase): void {
    this.checkOptions(rule, c.options);
    _equal(this.lint(rule, c.yaml, c.options, c.asOf, c.shareAttributes).map(_brief), [], `valid case "${c.name}" gives findings`);
  }

  /** One invalid case: exactly the findings expected, in order. Throws AssertionError. */
  invalid(rule: AnyRule, c: InvalidCase): void {
    this.checkOptions(rule, c.options);
    for (const e of c.errors) _ok(Object.hasOwn(rule.messages, e.messageId), `invalid case "${c.name}": unknown messageId "${e.messageId}"; the rule has ${Object.keys(rule.messages).join(', ')}`);
    const found = this.lint(rule, c.yaml, c.options, c.asOf, c.shareAttributes);
    _equal(found.map(_brief), c.errors.map((e) => ({ ruleId: rule.id, messageId: e.messageId, line: e.line, column: e.column })), `invalid case "${c.name}": findings differ`);
    found.forEach((f, i) => {
      const want = c.errors[i];
      for (const lang of ['zh', 'en'] as const) {
        _ok(!/\{\{/.test(f.message[lang]), `invalid case "${c.name}": unfilled placeholder in the ${lang} message "${f.message[lang]}"`);
        const part = want[lang];
        if (part) _ok(f.message[lang].includes(part), `invalid case "${c.name}": the ${lang} message "${f.message[lang]}" does not contain "${part}"`);
      }
      _ok(/\p{Script=Han}/u.test(f.message.zh), `invalid case "${c.name}": the zh message has no Chinese`);
      if (want.severity) _equal(f.severity, want.severity, `invalid case "${c.name}": severity`);
    });
  }

  /** Every check and case; each outcome carries its AssertionError when it failed. Never throws for a failed case. */
  run(rule: AnyRule, cases: RuleCases): CaseOutcome[] {
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    return [
      _try('meta', () => {
        this.checkMeta(rule);
        _ok(dup === undefined, `case name "${dup}" is used twice`);
      }),
      _try('examples', () => this.checkExamples(rule)),
      ...cases.valid.map((c) => _try(`valid: ${c.name}`, () => this.valid(rule, c))),
      ...cases.invalid.map((c) => _try(`invalid: ${c.name}`, () => this.invalid(rule, c))),
    ];
  }

  /** run(), throwing one AssertionError that lists every failure. */
  assert(rule: AnyRule, cases: RuleCases): void {
    const failed = this.run(rule, cases).filter((o) => o.error);
    if (failed.length) throw new AssertionError({ message: `${rule.id}: ${failed.length} failed\n${failed.map((o) => `- ${o.name}: ${o.error!.message}`).join('\n')}` });
  }
}

// --- internal ---

function _brief(f: Finding) {
  return { ruleId: f.ruleId, messageId: f.messageId, line: f.line, column: f.column };
}

function _ok(value: boolean, message: string): void {
  if (!value) throw new AssertionError({ message });
}

function _equal(actual: unknown, expected: unknown, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new AssertionError({ message: `${message}\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`, actual, expected, operator: 'deepStrictEqual' });
}

function _try(name: string, fn: () => void): CaseOutcome {
  try {
    fn();
    return { name };
  } catch (e) {
    if (e instanceof AssertionError) return { name, error: e };
    return { name, error: new AssertionError({ message: `threw ${(e as Error)?.stack ?? e}` }) };
  }
}
