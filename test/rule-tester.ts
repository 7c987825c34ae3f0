// Valid/invalid table runner: one rule enabled, findings compared by messageId, line and column.
import { describe, it, expect } from 'vitest';
import { loadYaml } from '../src/core/load.js';
import { lintDocument } from '../src/core/lint.js';
import { placeholders } from '../src/core/messages.js';
import { rules } from '../src/rules/index.js';
import type { AnyRule, Finding } from '../src/core/types.js';

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  /** Substring expected in the English message. */
  en?: string;
  /** Substring expected in the Chinese message. */
  zh?: string;
  /** The finding's severity, where a report lowers the rule's. */
  severity?: Finding['severity'];
}

export interface RuleCases {
  valid: { name: string; yaml: string; options?: unknown; asOf?: string }[];
  invalid: { name: string; yaml: string; options?: unknown; asOf?: string; errors: ExpectedFinding[] }[];
}

export function runRule(rule: AnyRule, yaml: string, options?: unknown, asOf = '2026-06-01'): Finding[] {
  const doc = loadYaml(yaml, 'test.yaml');
  const profile = { id: 'test', title: { zh: '测试', en: 'test' }, rules: [{ rule, severity: rule.severity, options: options ?? rule.defaults }] };
  return lintDocument(doc, profile, { asOf }, rules).findings;
}

export function testRule(rule: AnyRule, cases: RuleCases): void {
  describe(rule.id, () => {
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    it('has unique case names', () => expect(new Set(names).size).toBe(names.length));
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => {
      expect(runRule(rule, c.yaml, c.options, c.asOf).map(brief)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => {
      const found = runRule(rule, c.yaml, c.options, c.asOf);
      for (const e of c.errors) expect(Object.keys(rule.messages), `messageId ${e.messageId}`).toContain(e.messageId);
      expect(found.map(brief)).toEqual(c.errors.map((e) => ({ ruleId: rule.id, messageId: e.messageId, line: e.line, column: e.column })));
      found.forEach((f, i) => {
        for (const lang of ['zh', 'en'] as const) {
          expect(f.message[lang], `unfilled placeholder in ${lang}`).not.toMatch(/\{\{/);
          const want = c.errors[i][lang];
          if (want) expect(f.message[lang]).toContain(want);
        }
        if (c.errors[i].severity) expect(f.severity).toBe(c.errors[i].severity);
        expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      });
    });
    it('declares placeholders consistently in both languages', () => {
      for (const m of Object.values(rule.messages)) expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    });
  });
}

function brief(f: Finding) {
  return { ruleId: f.ruleId, messageId: f.messageId, line: f.line, column: f.column };
}
