// The legal-instrument classifier measured against the answer key in citations.cases.ts: one test per
// citation, a per-group accuracy summary, and the key's own discipline (size, coverage, no duplicates).
import { describe, it, expect } from 'vitest';
import { ambiguousVerdictHolds, classify, label, matches } from '../helpers/citations.js';
import type { Classification, InstrumentLevel } from '../../src/legal/types.js';
import { CITATION_CASES, type CitationCase } from './citations.cases.js';

const CONFIDENCES = ['high', 'medium', 'low'];

const ALL_LEVELS: InstrumentLevel[] = [
  'law',
  'npc_decision',
  'administrative_regulation',
  'state_council_decision',
  'departmental_rule',
  'local_regulation',
  'autonomous_regulation',
  'local_government_rule',
  'judicial_interpretation',
  'normative_document',
  'central_policy_document',
  'national_provision',
  'unknown',
];

describe('citation classifier against the answer key', () => {
  for (const c of CITATION_CASES) {
    it(label(c), () => {
      const results = classify(c);
      if (c.ambiguous && !matches(c, results)) {
        expect(ambiguousVerdictHolds(c, results), `${c.why}: got ${results.map((r) => `${r.level} (${r.confidence})`).join(', ')}`).toBe(true);
        return;
      }
      expect(results.map((r) => r.level), c.why).toEqual(c.levels);
      if (c.title !== undefined) expect(results[0]?.title, 'title').toBe(c.title);
      if (c.article !== undefined) expect(results[0]?.article, 'article').toBe(c.article);
      if (c.vague !== undefined) expect(results[0]?.vague, 'vague').toBe(c.vague);
      for (const r of results) {
        expect(CONFIDENCES, 'confidence').toContain(r.confidence);
        expect(
          r.evidence.some((e) => e.text.zh.trim() !== '' && e.text.en.trim() !== ''),
          'at least one evidence item with Chinese and English text',
        ).toBe(true);
      }
    });
  }

  it('per-group accuracy summary', () => {
    const groups = new Map<string, { total: number; right: number; ambiguous: number; ambiguousRight: number; misses: string[] }>();
    for (const c of CITATION_CASES) {
      const g = groups.get(c.group) ?? { total: 0, right: 0, ambiguous: 0, ambiguousRight: 0, misses: [] };
      groups.set(c.group, g);
      let ok = false;
      let got = '';
      try {
        const results = classify(c);
        ok = matches(c, results);
        got = results.map((r) => r.level).join(', ');
        const first = results[0];
        if (first && c.title !== undefined && first.title !== c.title) got += `; title ${first.title ?? '(none)'}`;
        if (first && c.article !== undefined && first.article !== c.article) got += `; article ${first.article ?? '(none)'}`;
        if (first && c.vague !== undefined && first.vague !== c.vague) got += `; vague ${first.vague}`;
      } catch (err) {
        got = `threw ${(err as Error).message}`;
      }
      g.total++;
      if (c.ambiguous) g.ambiguous++;
      if (ok) {
        g.right++;
        if (c.ambiguous) g.ambiguousRight++;
      } else {
        const want = [c.levels.join(', '), c.title && `title ${c.title}`, c.article && `article ${c.article}`, c.vague !== undefined && `vague ${c.vague}`];
        g.misses.push(`${label(c)} → ${got || '(nothing)'}; expected ${want.filter(Boolean).join('; ')}`);
      }
    }
    const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`);
    const lines = ['group                  right/total  accuracy  (ambiguous right/total)'];
    let right = 0;
    let total = 0;
    for (const [name, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      right += g.right;
      total += g.total;
      lines.push(`${name.padEnd(22)} ${`${g.right}/${g.total}`.padStart(11)}  ${pct(g.right, g.total).padStart(8)}  (${g.ambiguousRight}/${g.ambiguous})`);
    }
    lines.push(`${'all'.padEnd(22)} ${`${right}/${total}`.padStart(11)}  ${pct(right, total).padStart(8)}`);
    const misses = [...groups.values()].flatMap((g) => g.misses);
    if (misses.length) lines.push('', 'misses:', ...misses.map((m) => `  ${m}`));
    console.log(lines.join('\n'));
    expect(total).toBe(CITATION_CASES.length);
  });
});

describe('the answer key itself', () => {
  it('has at least 100 cases', () => {
    expect(CITATION_CASES.length).toBeGreaterThanOrEqual(100);
  });

  it('represents every level, each named level at least 3 times', () => {
    const counts = new Map<InstrumentLevel, number>();
    for (const c of CITATION_CASES) for (const l of c.levels) counts.set(l, (counts.get(l) ?? 0) + 1);
    for (const level of ALL_LEVELS) {
      const min = level === 'unknown' || level === 'national_provision' ? 1 : 3;
      expect(counts.get(level) ?? 0, level).toBeGreaterThanOrEqual(min);
    }
  });

  it('has no duplicate inputs', () => {
    const seen = new Set<string>();
    const dupes = CITATION_CASES.map(label).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(dupes).toEqual([]);
  });

  it('gives every case a level list, a reason and a group', () => {
    for (const c of CITATION_CASES) {
      expect(c.levels.length, label(c)).toBeGreaterThan(0);
      expect(c.why.trim(), label(c)).not.toBe('');
      expect(c.group.trim(), label(c)).not.toBe('');
    }
  });

  it('keeps genuinely ambiguous cases few', () => {
    expect(CITATION_CASES.filter((c) => c.ambiguous).length).toBeLessThanOrEqual(10);
  });
});
