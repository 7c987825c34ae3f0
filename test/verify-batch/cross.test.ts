// Cross-bundle findings on literal summaries: 一数一源 (Art. 19 ¶2) and duplicate catalogue id + version.
import { describe, expect, it } from 'vitest';
import { crossCheck, crossRules } from '../../src/verify/cross.js';
import type { BundleSummary } from '../../src/verify/types.js';

function bundle(bundle: string, o: Partial<BundleSummary> = {}): BundleSummary {
  return { bundle, status: 'passed', signature: 'not-checked', errors: 0, warnings: 0, infos: 0, findings: [], ...o };
}

const PEOPLE = { id: 'E1', name: '人口基本信息', items: ['姓名', '公民身份号码'] };

describe('crossCheck: the same data from several departments (一数一源)', () => {
  const batch = [
    bundle('a.zip', { department: '市公安局', departmentCode: 'A1', catalogueId: 'CAT-A', version: '1', entries: [PEOPLE, { id: 'E2', name: '户籍迁移', items: ['姓名'] }] }),
    // Same name after NFKC / whitespace, same items in another order: the same data.
    bundle('b.zip', { department: '市民政局', departmentCode: 'B1', catalogueId: 'CAT-B', version: '1', entries: [{ id: 'X9', name: ' 人口基本信息 ', items: ['公民身份号码', '姓名'] }] }),
    // Same name, other items: other data.
    bundle('c.zip', { department: '市卫健委', departmentCode: 'C1', catalogueId: 'CAT-C', version: '1', entries: [{ id: 'E1', name: '人口基本信息', items: ['姓名'] }] }),
    // The same department again (a second version): not a second source.
    bundle('a2.zip', { department: '市公安局', departmentCode: 'A1', catalogueId: 'CAT-A', version: '2', entries: [PEOPLE] }),
  ];
  const out = crossCheck(batch);

  it('warns each department concerned, naming the other departments and their bundles', () => {
    const [a, b, c, a2] = out.map((s) => s.findings.filter((f) => f.ruleId === 'one-data-one-source'));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ severity: 'warning', entryId: 'E1', path: 'entries[0]', file: 'a.zip!data/catalogue.yaml', articles: [{ source: 'decree-809', article: 19, paragraph: 2 }] });
    expect(a[0].message.zh).toContain('市民政局（b.zip）');
    expect(a[0].message.zh).toContain('一数一源');
    expect(a[0].message.en).toContain('市民政局 (b.zip)');
    expect(b[0].message.zh).toContain('市公安局（a.zip）');
    expect(b[0].message.zh).toContain('市公安局（a2.zip）');
    expect(b[0]).toMatchObject({ entryId: 'X9', path: 'entries[0]' });
    expect(c).toHaveLength(0);
    expect(a2[0].message.zh).not.toContain('a.zip）');
  });

  it('updates the counts; a warning does not fail a bundle', () => {
    expect(out[0]).toMatchObject({ warnings: 1, errors: 0, status: 'passed' });
    expect(out[2]).toBe(batch[2]);
  });

  it('leaves its input untouched', () => {
    expect(batch[0].findings).toHaveLength(0);
    expect(batch[0].warnings).toBe(0);
  });

  it('ignores bundles without a department and entries without items', () => {
    const res = crossCheck([
      bundle('x', { entries: [PEOPLE] }),
      bundle('y', { department: 'D', entries: [PEOPLE] }),
      bundle('z', { department: 'E', entries: [{ id: 'E', name: PEOPLE.name, items: [] }] }),
      bundle('w', { department: 'F', entries: [{ id: 'E', name: PEOPLE.name, items: [] }] }),
    ]);
    expect(res.flatMap((s) => s.findings)).toEqual([]);
  });

  it('names at most five other providers and counts the rest', () => {
    const many = Array.from({ length: 9 }, (_, i) => bundle(`b${i}.zip`, { department: `部门${i}`, entries: [PEOPLE] }));
    const f = crossCheck(many)[0].findings[0];
    expect(f.message.en).toMatch(/and 3 more/);
    expect(f.message.zh).toMatch(/等共 8 个/);
  });
});

describe('crossCheck: duplicate catalogue id + version', () => {
  it('fails every bundle of a duplicate pair, naming the others', () => {
    const out = crossCheck([
      bundle('one.zip', { department: '市公安局', catalogueId: 'CAT-1', version: '2026.1', warnings: 2 }),
      bundle('two/', { catalogueId: 'CAT-1', version: '2026.1' }),
      bundle('three.zip', { catalogueId: 'CAT-1', version: '2026.2' }),
    ]);
    expect(out.map((s) => s.status)).toEqual(['failed', 'failed', 'passed']);
    expect(out[0]).toMatchObject({ errors: 1, warnings: 2 });
    expect(out[0].findings[0]).toMatchObject({ ruleId: 'duplicate-catalogue-version', severity: 'error', path: 'catalogue.version' });
    expect(out[0].findings[0].message.en).toBe('catalogue "CAT-1" version "2026.1" is also submitted in two/');
    expect(out[1].findings[0].message.zh).toBe('目录“CAT-1”版本“2026.1”也由市公安局（one.zip）报送');
  });
});

describe('cross rule metadata', () => {
  it('has docs and messages in both languages and cites an article', () => {
    for (const rule of crossRules) {
      expect(rule.articles.length).toBeGreaterThan(0);
      for (const text of [rule.docs.summary, rule.docs.details, ...Object.values(rule.messages)]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
    }
  });
});
