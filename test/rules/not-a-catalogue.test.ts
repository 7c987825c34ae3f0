import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/not-a-catalogue.js';
import { testRule } from '../rule-tester.js';
import { lint } from '../../src/index.js';

testRule(rule, {
  valid: [
    { name: 'a canonical catalogue', yaml: 'govcat: 1\ncatalogue: {id: C}\nentries: []\n' },
    { name: 'entries alone (the header is header-required’s finding)', yaml: 'entries: []\n' },
    { name: 'a Chinese-keyed flat catalogue', yaml: '目录编号: C\n编制部门: 某局\n' },
    { name: 'entries under 目录条目', yaml: '目录条目: []\n' },
  ],
  invalid: [
    { name: 'a GitHub workflow', yaml: 'name: CI\non: [push]\njobs: {test: {runs-on: ubuntu-latest}}\n', errors: [{ messageId: 'notCatalogue', line: 1, column: 1, zh: '顶层只有 name, on, jobs', en: 'does not look like a catalogue' }] },
    { name: 'a compose file shares one word with a header', yaml: 'version: "3"\nservices: {db: {image: postgres}}\n', errors: [{ messageId: 'notCatalogue', line: 1, column: 1 }] },
    { name: 'an empty mapping', yaml: '{}\n', errors: [{ messageId: 'notCatalogue', line: 1, column: 1, en: '{}' }] },
  ],
});

describe('not-a-catalogue in the national profile', () => {
  it('is the one finding of a file that is not a catalogue: no cascade of header errors, exit unaffected', () => {
    const { findings } = lint('name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n', { file: 'ci.yml', asOf: '2026-12-05' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['not-a-catalogue', 'warning']]);
  });
});
