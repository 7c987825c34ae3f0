// Metadata checks every kind of rule must pass (lint, diff, verify): real articles, both languages, matching placeholders.
import { readFileSync } from 'node:fs';
import { it, expect } from 'vitest';
import { LAW_TITLES } from '../../src/core/articles.js';
import { articleText } from '../../src/core/law.js';
import { placeholders } from '../../src/core/messages.js';
import type { AnyRuleBase } from '../../src/core/types.js';

const CJK = /[\u4e00-\u9fff]/;

/** Registers the metadata tests of one rule inside the caller's describe block. */
export function ruleMetadataTests(rule: AnyRuleBase, opts: { requireArticle?: boolean } = {}): void {
  it('cites articles that exist in law/', () => {
    if (opts.requireArticle) expect(rule.articles.length).toBeGreaterThan(0);
    for (const ref of rule.articles) {
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
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.messages)) {
      expect(m.zh).toMatch(CJK);
      expect(m.en.trim()).not.toBe('');
      expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    }
  });
}

/** The rule modules in a folder (one file per rule, `_` helpers and index.ts excepted) match the registry. */
export function registryTests(rules: readonly AnyRuleBase[], files: readonly string[], tests: readonly string[]): void {
  it('registers every rule file, sorted by id, with id = file name', () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual(files.filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort());
    expect(ids).toEqual([...ids].sort());
  });
  it('has a table test for every rule', () => {
    for (const r of rules) expect(tests, r.id).toContain(`${r.id}.test.ts`);
  });
}
