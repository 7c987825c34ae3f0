// Every diff rule: registered under its file name, cites real Decree 809 articles, speaks both languages, and its examples behave.
import { readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { diffRules } from '../../src/diff/rules/index.js';
import { registryTests, ruleMetadataTests } from '../helpers/rule-meta.js';
import { runDiffExample } from './diff-rule-tester.js';

describe('diff rule registry', () => {
  registryTests(diffRules, readdirSync(new URL('../../src/diff/rules/', import.meta.url)), readdirSync(new URL('./rules/', import.meta.url)));
});

describe.each(diffRules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  ruleMetadataTests(rule);
  it('cites Decree 809 only', () => {
    for (const ref of rule.articles) expect(ref.source).toBe('decree-809');
  });
  it('fails on its failing example and passes its passing example', () => {
    expect(runDiffExample(rule, rule.examples.fail).length, 'failing example').toBeGreaterThan(0);
    expect(runDiffExample(rule, rule.examples.pass).map((f) => f.message.en), 'passing example').toEqual([]);
  });
  it('behaves the same with every other rule run before it', () => {
    const before = diffRules.filter((r) => r !== rule);
    expect(runDiffExample(rule, rule.examples.fail, { before }).length, 'failing example').toBeGreaterThan(0);
    expect(runDiffExample(rule, rule.examples.pass, { before }).map((f) => f.message.en), 'passing example').toEqual([]);
  });
});
