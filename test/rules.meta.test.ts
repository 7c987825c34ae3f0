// Every rule: registered under its file name, cites real articles, speaks both languages, and its examples behave.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { rules } from '../src/rules/index.js';
import { articleText } from '../src/core/law.js';
import { LAW_TITLES } from '../src/core/articles.js';
import { exampleDocument } from '../src/core/examples.js';
import { placeholders } from '../src/core/messages.js';
import { runRule } from './rule-tester.js';

const files = readdirSync(new URL('../src/rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts');
const CJK = /[\u4e00-\u9fff]/;

describe('rule registry', () => {
  it('registers every rule file, sorted by id, with id = file name', () => {
    expect(rules.map((r) => r.id)).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
  });
  it('has a table test for every rule', () => {
    const tests = readdirSync(new URL('./rules/', import.meta.url));
    for (const r of rules) expect(tests, r.id).toContain(`${r.id}.test.ts`);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it('cites articles that exist in law/', () => {
    for (const ref of rule.articles) {
      const law = readFileSync(new URL(`../law/${LAW_TITLES[ref.source].file}`, import.meta.url), 'utf8');
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
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.messages)) {
      expect(m.zh).toMatch(CJK);
      expect(m.en.trim()).not.toBe('');
      expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    }
  });
  it('fails on its failing example and passes its passing example', () => {
    const fail = runRule(rule, exampleDocument(rule.examples.fail));
    const pass = runRule(rule, exampleDocument(rule.examples.pass));
    expect(fail.length, 'failing example').toBeGreaterThan(0);
    expect(pass.map((f) => f.message.en), 'passing example').toEqual([]);
  });
});
