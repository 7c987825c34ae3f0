// Helpers shared by rules: accepted terms as a bilingual list, a did-you-mean, secrecy marks, value display.
import { canonicalize, foldVariant, VOCABULARIES, type Vocabulary } from '../core/vocabulary.js';
import type { Bilingual } from '../core/types.js';
import { isObject, own } from './_util.js';

/** A canonical term in both languages (the Chinese term, the English key). */
export function term(vocab: Vocabulary, key: string): Bilingual {
  return { zh: own(vocab.terms, key) ?? key, en: key };
}

/** The accepted terms as a list in each language: 无条件共享、有条件共享 / unconditional, conditional. */
export function termList(vocab: Vocabulary, keys: readonly string[] = Object.keys(vocab.terms)): Bilingual {
  return { zh: keys.map((k) => own(vocab.terms, k) ?? k).join('、'), en: keys.join(', ') };
}

/**
 * The canonical term an unknown value most likely means: a close spelling (typo), or the one known term the value
 * contains (有条件共享（需申请）). Short Chinese values get no edit-distance guess: 半月 is not 半年.
 */
export function suggest(vocab: Vocabulary, raw: string, keys: readonly string[] = Object.keys(vocab.terms)): string | undefined {
  const given = foldVariant(raw).toLowerCase();
  const spellings: [string, string][] = [
    ...keys.flatMap((k): [string, string][] => [[k, k], [own(vocab.terms, k) ?? k, k]]),
    ...Object.entries(vocab.variants).filter(([, k]) => keys.includes(k)),
  ].map(([s, k]) => [s.toLowerCase(), k]);
  const ascii = /^[\x20-\x7e]*$/.test(given);
  const limit = ascii ? (given.length < 4 ? 0 : given.length < 7 ? 1 : given.length < 13 ? 2 : 3) : given.length < 4 ? 0 : given.length < 7 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [s, k] of spellings) {
    const d = editDistance(given, s);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  if (best) return best;
  // Containment: the longest known spellings inside the value ("unconditional" wins over the "conditional" in it).
  const hits = spellings.filter(([s]) => (/^[\x20-\x7e]*$/.test(s) ? s.length >= 4 : s.length >= 2) && given.includes(s));
  const within = new Set(hits.filter(([s]) => !hits.some(([t]) => t.length > s.length && t.includes(s))).map(([, k]) => k));
  return within.size === 1 ? [...within][0] : undefined;
}

/** state_secret / work_secret when a value (a grade or a secrecy mark) says the data is secret: 涉密, 机密, 工作秘密 …. */
export function secrecyOf(v: unknown): 'state_secret' | 'work_secret' | undefined {
  const c = typeof v === 'string' ? canonicalize(VOCABULARIES.secrecy, v)?.value : undefined;
  return c === 'state_secret' || c === 'work_secret' ? c : undefined;
}

/** How a value is shown inside a message. */
export function show(v: unknown): string {
  if (typeof v === 'string') return v;
  const s = isObject(v) || Array.isArray(v) ? JSON.stringify(v) : String(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** What a non-text value is, for "expected text, found a list" messages. */
export function kindOf(v: unknown): Bilingual {
  if (Array.isArray(v)) return { zh: '列表', en: 'a list' };
  if (isObject(v)) return { zh: '映射', en: 'a mapping' };
  if (typeof v === 'boolean') return { zh: '布尔值', en: 'a boolean' };
  if (typeof v === 'number') return { zh: '数字', en: 'a number' };
  return { zh: '文字', en: 'text' };
}

/** The fields of usage_conditions, as messages name them. */
export const CONDITION_FIELDS: Record<string, Bilingual> = {
  scope: { zh: '共享范围', en: 'sharing scope (共享范围)' },
  purpose: { zh: '使用用途', en: 'purpose of use (使用用途)' },
  objects: { zh: '共享对象', en: 'recipients (共享对象)' },
  requirements: { zh: '使用要求', en: 'requirements of use (使用要求)' },
};

// --- internal ---

/** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
/** Optimal-string-alignment distance: a swapped pair of letters (dialy → daily) counts as one edit. */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  const d = Array.from({ length: A.length + 1 }, (_, i) => Array.from({ length: B.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= A.length; i++) {
    for (let j = 1; j <= B.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && A[i - 1] === B[j - 2] && A[i - 2] === B[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[A.length][B.length];
}
