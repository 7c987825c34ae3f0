// govcat.config.yaml's verify: section (the authority's signature policy), as valid/invalid cases of checkConfig.
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/config/config.js';

// prettier-ignore
const VALID: [string, unknown, unknown][] = [
  ['required',        { verify: { requireSignature: true } },  { requireSignature: true }],
  ['not required',    { verify: { requireSignature: false } }, { requireSignature: false }],
  ['empty section',   { verify: {} },                          {}],
  ['no section',      {},                                      undefined],
  ['null section',    { verify: null },                        undefined],
];

// prettier-ignore
const INVALID: [string, unknown, (string | number)[], RegExp][] = [
  ['not a mapping',          { verify: true },                             ['verify'],                     /verify must be a mapping of requireSignature/],
  ['a string for a boolean', { verify: { requireSignature: 'yes' } },      ['verify', 'requireSignature'], /must be true or false/],
  ['an unknown setting',     { verify: { requireSignatures: true } },      ['verify', 'requireSignatures'], /unknown setting "requireSignatures" in verify/],
];

describe('config verify: section', () => {
  it.each(VALID)('valid: %s', (_, value, verify) => {
    const r = checkConfig(value, []);
    expect(r.ok).toBe(true);
    expect(r.ok && r.config.verify).toEqual(verify);
  });

  it.each(INVALID)('invalid: %s', (_, value, path, message) => {
    const r = checkConfig(value, []);
    expect(r.ok).toBe(false);
    const p = !r.ok ? r.problems[0] : undefined;
    expect(p?.path).toEqual(path);
    expect(p?.en).toMatch(message);
    expect(p?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
