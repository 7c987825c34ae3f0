import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import gitlab, { type CodeQualityIssue } from '../../src/formatters/gitlab.js';
import { CLEAN, FATAL, FINDINGS, LINTED, RESULTS, ctx, hostile } from './fixtures.js';
import type { FileResult } from '../../src/formatters/types.js';

const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../clients/gitlab-code-quality.schema.json', import.meta.url), 'utf8')));
const issues = (results: FileResult[], locale: 'zh' | 'en' = 'en') => JSON.parse(gitlab(results, ctx({ locale }))) as CodeQualityIssue[];

describe('gitlab (Code Quality)', () => {
  it('has every field GitLab documents, and no fingerprint twice', () => {
    for (const locale of ['zh', 'en'] as const) {
      const out = issues([...RESULTS, hostile('dir/a,b:c%.yaml')], locale);
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
      expect(new Set(out.map((i) => i.fingerprint)).size).toBe(out.length);
    }
  });

  it('one issue per finding, severity as GitLab ranks it, with the rule, the line and the article', () => {
    const out = issues([LINTED]);
    expect(out).toHaveLength(FINDINGS.length);
    expect(out.map((i) => [i.check_name, i.severity, i.location.lines.begin])).toEqual([
      ['share-type-valid', 'major', 5],
      ['vocabulary-normalized', 'info', 5],
      ['unconditional-extra-conditions', 'minor', 6],
      ['conditional-usage-conditions', 'major', 7],
    ]);
    expect(out[0].location.path).toBe('catalogues/市级目录.yaml');
    expect(out[0].description).toBe('share_type "开放" is not one of the three classes (Art. 14)');
    expect(issues([LINTED], 'zh')[3].description).toBe('使用条件为占位符“待定”（第十五条第二款）');
  });

  it('a file that could not be linted is a blocker at its line', () => {
    expect(issues([FATAL])).toEqual([
      expect.objectContaining({ check_name: 'govcat/fatal', severity: 'blocker', location: { path: 'broken.yaml', lines: { begin: 3 } }, description: 'Could not be linted: YAML syntax error: bad indentation' }),
    ]);
  });

  it('keeps a fingerprint when lines and entries above move, and tells repeated identical findings apart', () => {
    const moved: FileResult = { ...LINTED, findings: FINDINGS.map((f) => ({ ...f, line: f.line + 10, endLine: (f.endLine ?? f.line) + 10, path: f.path.replace('entries[0]', 'entries[4]').replace('entries[1]', 'entries[5]') })) };
    expect(issues([moved]).map((i) => i.fingerprint)).toEqual(issues([LINTED]).map((i) => i.fingerprint));
    const twice: FileResult = { ...LINTED, findings: [FINDINGS[0], { ...FINDINGS[0], line: 9 }] };
    const [a, b] = issues([twice]);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('a spreadsheet finding names its cell, on its row', () => {
    const cell: FileResult = { file: '目录.xlsx', findings: [{ ...FINDINGS[0], file: '目录.xlsx', line: 12, column: 6, cell: { sheet: '数据目录', row: 12, column: 'F', ref: 'F12' } }] };
    const [i] = issues([cell], 'zh');
    expect(i.location).toEqual({ path: '目录.xlsx', lines: { begin: 12 } });
    expect(i.description.startsWith('数据目录!F12：')).toBe(true);
  });

  it('strips control characters, and writes [] when clean', () => {
    expect(issues([hostile('x.yaml')])[0].description).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(gitlab([CLEAN], ctx())).toBe('[]\n');
  });
});
