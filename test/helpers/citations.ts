// The citation classifier scored against the answer key in test/legal/citations.cases.ts: one computation for the test
// and for the figures the README quotes.
import { classifyCitation, classifyCitations, sufficiency } from '../../src/legal/index.js';
import type { Classification } from '../../src/legal/types.js';
import { CITATION_CASES, type CitationCase } from '../legal/citations.cases.js';

export const label = (c: CitationCase) => (typeof c.input === 'string' ? c.input : JSON.stringify(c.input));

export const classify = (c: CitationCase): Classification[] =>
  typeof c.input === 'string' ? classifyCitations(c.input) : [classifyCitation(c.input)];

/** Whether the classification matches every expectation the case states. */
export const matches = (c: CitationCase, results: Classification[]) =>
  results.length === c.levels.length &&
  results.every((r, i) => r.level === c.levels[i]) &&
  (c.title === undefined || results[0]?.title === c.title) &&
  (c.article === undefined || results[0]?.article === c.article) &&
  (c.vague === undefined || results[0]?.vague === c.vague);

// Art. 14(3): the levels that can make data non-shareable under the national profile.
const SUFFICIENT = new Set<string>(['law', 'npc_decision', 'administrative_regulation', 'state_council_decision']);

/**
 * For a genuinely ambiguous citation (marked in the key), the classifier may miss the exact level but must never be
 * confidently wrong where it matters: its Art. 14(3) verdict is the expected one, or it asks (unknown).
 */
export function ambiguousVerdictHolds(c: CitationCase, results: Classification[]): boolean {
  return results.length === c.levels.length && results.every((r, i) => {
    const expected = SUFFICIENT.has(c.levels[i]) ? 'yes' : 'no';
    const got = sufficiency(r, SUFFICIENT);
    return got === 'unknown' || got === expected || (got === 'none' && expected === 'no');
  });
}

/** How many citations the classifier reads exactly as the key does, and how the ambiguous rest fare. */
export function citationScore(): { total: number; exact: number; ambiguousMissed: number; verdictHeld: number } {
  let exact = 0;
  let ambiguousMissed = 0;
  let verdictHeld = 0;
  for (const c of CITATION_CASES) {
    const results = classify(c);
    if (matches(c, results)) exact++;
    else if (c.ambiguous) {
      ambiguousMissed++;
      if (ambiguousVerdictHolds(c, results)) verdictHeld++;
    }
  }
  return { total: CITATION_CASES.length, exact, ambiguousMissed, verdictHeld };
}
