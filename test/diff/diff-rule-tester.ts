// Valid/invalid table runner for diff rules: old and new YAML, one rule enabled, findings by messageId, file, line and column.
import { describe, it, expect } from 'vitest';
import { loadYaml } from '../../src/core/load.js';
import { placeholders } from '../../src/core/messages.js';
import { exampleDiffDocuments } from '../../src/core/examples.js';
import { compareDocuments } from '../../src/diff/engine.js';
import { officialCalendar, type Calendar } from '../../src/calendar/index.js';
import type { AnyDiffRule, DiffExample, Finding, Severity } from '../../src/core/types.js';

export interface DiffRun {
  options?: unknown;
  asOf?: string;
  review?: { received?: string; published?: string };
  calendar?: Calendar;
  /** Rules run first (their findings dropped): what a `late` rule reads after them. */
  before?: AnyDiffRule[];
  /** The entry fields holding share classes, as a profile sets them (MIIT: 部内 and 部外). */
  shareAttributes?: string[];
}

export interface ExpectedDiffFinding {
  messageId: string;
  line: number;
  column: number;
  /** The file the finding is in (default: the new one). */
  in?: 'old' | 'new';
  severity?: Severity;
  en?: string;
  zh?: string;
}

export interface DiffCase extends DiffRun { name: string; old: string; new: string }
export interface DiffCases {
  valid: DiffCase[];
  invalid: (DiffCase & { errors: ExpectedDiffFinding[] })[];
}

export function runDiffRule(rule: AnyDiffRule, oldYaml: string, newYaml: string, run: DiffRun = {}): Finding[] {
  const rules = [...(run.before ?? []), rule].map((r) => ({ rule: r, severity: r.severity, options: r === rule ? run.options ?? r.defaults : r.defaults }));
  const profile = { id: 'test', title: { zh: '', en: '' }, shareAttributes: run.shareAttributes, rules };
  const opts = { asOf: run.asOf ?? '2026-06-01', calendar: run.calendar ?? officialCalendar(), review: run.review };
  const { findings } = compareDocuments(loadYaml(oldYaml, 'old.yaml'), loadYaml(newYaml, 'new.yaml'), profile, opts);
  return findings.filter((f) => f.ruleId === rule.id);
}

export function testDiffRule(rule: AnyDiffRule, cases: DiffCases): void {
  describe(rule.id, () => {
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    it('has unique case names', () => expect(new Set(names).size).toBe(names.length));
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => {
      expect(runDiffRule(rule, c.old, c.new, c).map(_brief)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => {
      const found = runDiffRule(rule, c.old, c.new, c);
      expect(found.map(_brief)).toEqual(c.errors.map((e) => ({
        messageId: e.messageId, file: `${e.in ?? 'new'}.yaml`, line: e.line, column: e.column, severity: e.severity ?? rule.severity,
      })));
      found.forEach((f, i) => {
        for (const lang of ['zh', 'en'] as const) {
          expect(f.message[lang], `unfilled placeholder in ${lang}`).not.toMatch(/\{\{\s*\w+\s*\}\}/);
          const want = c.errors[i][lang];
          if (want) expect(f.message[lang]).toContain(want);
        }
        expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      });
    });
    it('declares placeholders consistently in both languages', () => {
      for (const m of Object.values(rule.messages)) expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    });
  });
}

/** Runs a rule on its example, completed into two whole catalogues by the same builder `explain` uses. */
export function runDiffExample(rule: AnyDiffRule, example: DiffExample, run: DiffRun = {}): Finding[] {
  const docs = exampleDiffDocuments(example);
  return runDiffRule(rule, docs.old, docs.new, run);
}

/** Strips the common indentation of a template literal, so cases read like files; interpolated text is inserted as is. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const marks = values.map((_, i) => `\u0000${i}\u0000`);
  const raw = String.raw({ raw: strings }, ...marks).replace(/^\n/, '').replace(/\n[ ]*$/, '\n');
  const indent = Math.min(...raw.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const text = raw.split('\n').map((l) => l.slice(indent)).join('\n');
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => String(values[+i]));
}

// --- internal ---

function _brief(f: Finding) {
  return { messageId: f.messageId, file: f.file, line: f.line, column: f.column, severity: f.severity };
}
