// Every verify rule: a unique id in order, real articles, both languages with the same placeholders, every open problem covered.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { LAW_TITLES } from '../../src/core/articles.js';
import { articleText } from '../../src/core/law.js';
import { placeholders } from '../../src/core/messages.js';
import { rules } from '../../src/rules/index.js';
import { diffRules } from '../../src/diff/rules/index.js';
import { bundleUnreadable, verifyRules } from '../../src/verify/rules.js';
import type { BundleProblemCode } from '../../src/verify/types.js';

const CJK = /[\u4e00-\u9fff]/;

describe('verify rule registry', () => {
  it('ids are unique, sorted, and clash with no lint or diff rule', () => {
    const ids = verifyRules.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    for (const r of [...rules, ...diffRules]) expect(ids).not.toContain(r.id);
  });

  it('bundle-unreadable has a message for every BundleError code', () => {
    const codes: Record<BundleProblemCode, true> = {
      'not-found': true, 'not-an-archive': true, empty: true, truncated: true, corrupt: true, traversal: true, 'absolute-path': true,
      'bad-name': true, 'duplicate-entry': true, link: true, 'special-file': true, 'too-many-entries': true, 'too-large': true, ratio: true, unreadable: true,
    };
    for (const code of Object.keys(codes)) expect(bundleUnreadable.messages).toHaveProperty(code);
  });
});

describe.each(verifyRules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it('cites articles that exist in law/', () => {
    expect(rule.articles.length).toBeGreaterThan(0);
    for (const ref of rule.articles) {
      const law = readFileSync(new URL(`../../law/${LAW_TITLES[ref.source].file}`, import.meta.url), 'utf8');
      expect(articleText(law, ref.article), `article ${ref.article}`).toBeTruthy();
    }
  });

  it('documents itself and words every message in Chinese and English, with the same placeholders', () => {
    for (const t of [rule.docs.summary, rule.docs.details]) {
      expect(t.zh).toMatch(CJK);
      expect(t.en.length).toBeGreaterThan(10);
    }
    for (const m of Object.values(rule.messages)) {
      expect(m.zh).toMatch(CJK);
      expect(m.en.trim()).not.toBe('');
      expect(placeholders(m.zh).sort()).toEqual(placeholders(m.en).sort());
    }
  });
});
