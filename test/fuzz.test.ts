// Property tests of the parse → normalize → lint path: hostile or odd input ends in findings or an InputError, never a crash.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { loadYaml } from '../src/core/load.js';
import { lintDocument } from '../src/core/lint.js';
import { InputError } from '../src/core/errors.js';
import { mayHaveTypos, scanTypos } from '../src/core/typos.js';
import { resolveProfile } from '../src/profiles/index.js';
import { rules } from '../src/rules/index.js';
import { BASE_ENTRY, BASE_HEADER } from '../src/core/examples.js';

const profile = resolveProfile('national', rules);
const lint = (text: string, repair = false) => {
  const doc = loadYaml(text, 'fuzz.yaml', { repair });
  const { findings } = lintDocument(doc, profile, { asOf: '2026-06-01' }, rules);
  return { findings: [...findings, ...(doc.typos ?? [])] };
};

function survives(text: string, repair = false): void {
  try {
    const { findings } = lint(text, repair);
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      // Positions point into the text as written, also after a repair made in memory.
      const lines = text.split('\n');
      expect(f.line).toBeLessThanOrEqual(lines.length);
      expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
      expect(f.message.zh).not.toMatch(/\{\{\s*\w+\s*\}\}/);
      expect(f.message.en).not.toMatch(/\{\{\s*\w+\s*\}\}/);
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.text.en.length).toBeGreaterThan(0);
    expect(e.text.zh).toMatch(/[\u4e00-\u9fff]/);
    if (e.line !== undefined) expect(e.line).toBeLessThanOrEqual(text.split('\n').length + 1);
  }
}

const sample = (() => {
  try {
    return readFileSync(new URL('../samples/catalogue.yaml', import.meta.url), 'utf8');
  } catch {
    return dump({ govcat: 1, catalogue: BASE_HEADER, entries: [BASE_ENTRY] });
  }
})();

const yamlish = fc.string({ unit: fc.constantFrom(...'abc: -[]{}\n\'"#&*!|>%@`,?~01 \t中文'.split('')), maxLength: 200 });
// The typos officers make: full-width colon, comma and space, curly quotes, tabs.
const typoish = fc.string({ unit: fc.constantFrom(...'ab: -[]{}\n\'"#&*|>,01 \t中：，\u3000“”‘’'.split('')), maxLength: 200 });
// Names that live on Object.prototype: a lookup table keyed by catalogue text must not find them.
const sneaky = fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'none', '无', '');
const str = fc.oneof(fc.string(), sneaky);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, str, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(str, tie('v'), { maxKeys: 3 })),
})).v;

describe('parser path never crashes', () => {
  it('on random YAML-ish text', () => {
    fc.assert(fc.property(yamlish, (s) => survives(s)), { numRuns: 1500 });
  });

  it('on the sample with random bytes spliced in', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(40), yamlish, (at, cut, insert) => survives(sample.slice(0, at) + insert + sample.slice(at + cut))),
      { numRuns: 400 },
    );
  });

  it('on random text with full-width colons, commas, spaces, curly quotes and tabs, typos repaired (lint)', () => {
    fc.assert(fc.property(typoish, (s) => survives(s, true)), { numRuns: 1500 });
  });

  it('on the sample with typos spliced in, typos repaired (lint)', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(10), typoish, (at, cut, insert) => survives(sample.slice(0, at) + insert + sample.slice(at + cut), true)),
      { numRuns: 400 },
    );
  });

  it('the quick pre-check lint runs on every file never misses a typo the full scan finds', () => {
    expect(mayHaveTypos(sample)).toBe(false);
    // Found by this property: an item the full scan reads as text although it starts with ">", "&" or "!".
    for (const t of ['- > conditional\n  - x\n', '- &a text\n  - x\n', '- !t text\n  - x\n']) {
      expect(scanTypos(t).typos.map((x) => x.messageId), t).toEqual(['listContinuation']);
      expect(mayHaveTypos(t), t).toBe(true);
    }
    fc.assert(
      fc.property(typoish, fc.nat(sample.length), fc.boolean(), (s, at, splice) => {
        const text = splice ? sample.slice(0, at) + s + sample.slice(at) : s;
        if (!mayHaveTypos(text)) expect(scanTypos(text).typos, JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('when any entry field or header field holds any value of any type', () => {
    const keys = [...Object.keys(BASE_ENTRY), 'non_share', 'summary', 'change_event'];
    const hkeys = [...Object.keys(BASE_HEADER), 'change_events'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...hkeys), value, value, (k, hk, v, hv) => {
        const text = dump({ govcat: 1, catalogue: { ...BASE_HEADER, [hk]: hv }, entries: [{ ...BASE_ENTRY, [k]: v }] }, { skipInvalid: true });
        survives(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('when the top-level sections have the wrong shape', () => {
    fc.assert(fc.property(value, value, (c, e) => survives(dump({ govcat: 1, catalogue: c, entries: e }, { skipInvalid: true }))), { numRuns: 500 });
  });
});
