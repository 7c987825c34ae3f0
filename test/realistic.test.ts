// Evaluation on catalogues written the way departments really write them (test/fixtures/realistic/).
// Each NAME.yaml has a hand-written answer key NAME.key.yaml, written from Decree 809 and the rule
// specification before govcat was run on the corpus (see the git history of the fixtures). This test
// scores govcat's findings against the keys: recall and precision per catalogue and overall, and fails
// on any false positive or false negative. Info-level findings (vocabulary-normalized) are not scored.
import { describe, it, expect } from 'vitest';
import { AS_OF, keyOf, scoreCorpus, type Scored } from './helpers/realistic.js';

const { results, total } = scoreCorpus();
const pct = (n: number, d: number) => (d === 0 ? '100.0%' : `${((100 * n) / d).toFixed(1)}%`);

function table(): string {
  const head = ['catalogue', 'entries', 'key', 'TP', 'FP', 'FN', 'recall', 'precision'];
  const rows = results.map((r) => [r.name, r.entries, r.keyCount, r.tp, r.fp.length, r.fn.length, pct(r.tp, r.tp + r.fn.length), pct(r.tp, r.tp + r.fp.length)].map(String));
  rows.push(['TOTAL', total.entries, total.key, total.tp, total.fp, total.fn, pct(total.tp, total.tp + total.fn), pct(total.tp, total.tp + total.fp)].map(String));
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

function diffText(r: Scored): string {
  const lines: string[] = [];
  if (r.error) lines.push(`lint threw: ${r.error}`);
  for (const x of r.fp) lines.push(`FP  ${keyOf(x)}    (govcat: ${x.note})`);
  for (const x of r.fn) lines.push(`FN  ${keyOf(x)}    (key: ${x.note})`);
  return lines.join('\n');
}

console.log(`\nRealistic corpus, as of ${AS_OF}, national profile\n${table()}\n`);
for (const r of results) if (r.fp.length || r.fn.length || r.error) console.log(`${r.name}:\n${diffText(r)}\n`);

describe('realistic corpus: govcat against hand-written answer keys', () => {
  it('the corpus has at least 9 catalogues, 170 entries and 2 clean catalogues', () => {
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(total.entries).toBeGreaterThanOrEqual(170);
    expect(results.filter((r) => r.keyCount === 0).length).toBeGreaterThanOrEqual(2);
  });

  for (const r of results) {
    it(`${r.name}: no false positives or false negatives`, () => {
      expect(diffText(r)).toBe('');
    });
  }

  it('overall recall and precision are 100%', () => {
    expect({ recall: pct(total.tp, total.tp + total.fn), precision: pct(total.tp, total.tp + total.fp) }).toEqual({ recall: '100.0%', precision: '100.0%' });
  });
});
