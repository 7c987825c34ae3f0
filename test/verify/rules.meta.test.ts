// Every verify rule: a unique id in order, real articles, both languages with the same placeholders, every open problem covered.
import { describe, it, expect } from 'vitest';
import { ruleMetadataTests } from '../helpers/rule-meta.js';
import { rules } from '../../src/rules/index.js';
import { diffRules } from '../../src/diff/rules/index.js';
import { bundleUnreadable, verifyRules } from '../../src/verify/rules.js';
import { crossRules } from '../../src/verify/cross.js';
import type { BundleProblemCode } from '../../src/verify/types.js';

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

describe.each([...verifyRules, ...crossRules].map((r) => [r.id, r] as const))('%s', (_, rule) => {
  ruleMetadataTests(rule, { requireArticle: true });
});
