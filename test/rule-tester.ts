// The vitest face of govcat's RuleTester (src/testing/rule-tester.ts, framework-agnostic): one `it` per case.
import { describe, it } from 'vitest';
import { RuleTester, type RuleCases } from '../src/testing/rule-tester.js';
import type { AnyRule, Finding } from '../src/core/types.js';

export type { ExpectedFinding, RuleCases } from '../src/testing/rule-tester.js';

const tester = new RuleTester();

export function runRule(rule: AnyRule, yaml: string, options?: unknown, asOf = '2026-06-01', shareAttributes?: string[]): Finding[] {
  return tester.lint(rule, yaml, options, asOf, shareAttributes);
}

export function testRule(rule: AnyRule, cases: RuleCases): void {
  describe(rule.id, () => {
    it('has bilingual messages with the same placeholders, and unique case names', () => {
      tester.checkMeta(rule);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      if (new Set(names).size !== names.length) throw new Error('case names repeat');
    });
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => tester.valid(rule, c));
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => tester.invalid(rule, c));
  });
}
