// Property tests of the parse → normalize → lint path: hostile or odd input ends in findings or an InputError, never a crash.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { loadYaml } from '../src/core/load.js';
import { lintDocument } from '../src/core/lint.js';
import { InputError } from '../src/core/errors.js';
import { resolveProfile } from '../src/profiles/index.js';
import { rules } from '../src/rules/index.js';
import { BASE_ENTRY, BASE_HEADER } from '../src/core/examples.js';

const profile = resolveProfile('national', rules);
const lint = (text: string) => lintDocument(loadYaml(text, 'fuzz.yaml'), profile, { asOf: '2026-06-01' }, rules);

function survives(text: string): void {
  try {
    const { findings } = lint(text);
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message.zh).not.toMatch(/\{\{\s*\w+\s*\}\}/);
      expect(f.message.en).not.toMatch(/\{\{\s*\w+\s*\}\}/);
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.text.en.length).toBeGreaterThan(0);
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
