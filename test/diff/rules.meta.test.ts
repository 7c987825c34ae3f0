// Every diff rule: registered under its file name, cites real Decree 809 articles, speaks both languages, and its examples behave.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { diffRules } from '../../src/diff/rules/index.js';
import { articleText } from '../../src/core/law.js';
import { LAW_TITLES } from '../../src/core/articles.js';
import { placeholders } from '../../src/core/messages.js';
import { runDiffExample } from './diff-rule-tester.js';

const files = readdirSync(new URL('../../src/diff/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts');
const CJK = /[\u4e00-\u9fff]/;

describe('diff rule registry', () => {
  it('registers every rule file, sorted by id, with id = file name', () => {
    expect(diffRules.map((r) => r.id)).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    expect(diffRules.map((r) => r.id)).toEqual([...diffRules.map((r) => r.id)].sort());
  });
  it('has a table test for every rule', () => {
    const tests = readdirSync(new URL('./rules/', import.meta.url));
    for (const r of diffRules) expect(tests, r.id).toContain(`${r.id}.test.ts`);
  });
});

describe.each(diffRules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it('cites Decree 809 articles that exist in law/', () => {
    for (const ref of rule.articles) {
      expect(ref.source).toBe('decree-809');
      const law = readFileSync(new URL(`../../law/${LAW_TITLES[ref.source].file}`, import.meta.url), 'utf8');
      expect(articleText(law, ref.article), `article ${ref.article}`).toBeTruthy();
    }
  });
  it('documents itself in Chinese and English', () => {
    for (const t of [rule.docs.summary, rule.docs.details]) {
      expect(t.zh).toMatch(CJK);
      expect(t.en.length).toBeGreaterThan(10);
    }
    expect(['error', 'warning', 'info']).toContain(rule.severity);
  });
  it('has every message in both languages with the same placeholders', () => {
    for (const m of Object.values(rule.messages)) {
      expect(m.zh).toMatch(CJK);
      expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    }
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
