import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { CLEAN, CLEAN_DIFF, DIFFED, FINDINGS, LINTED, RESULTS, ctx, hostile } from './fixtures.js';

describe('github', () => {
  it('writes one workflow command per finding, by severity', () => {
    const lines = github(RESULTS, ctx()).trimEnd().split('\n');
    const f = FINDINGS[0];
    expect(lines[4]).toBe('::error file=broken.yaml,line=3,col=7,title=govcat%3A Could not be linted::YAML syntax error: bad indentation');
    expect(lines[0]).toBe(
      `::error file=catalogues/市级目录.yaml,line=5,col=${f.column},endLine=5,endColumn=${f.endColumn},title=share-type-valid (Art. 14)::share_type "开放" is not one of the three classes`,
    );
    expect(lines[1]).toMatch(/^::notice file=.*,title=vocabulary-normalized::"开放" read as unconditional$/);
    expect(lines[2]).toMatch(/^::warning file=.*line=6,col=5,.*title=unconditional-extra-conditions \(Art. 15\(1\)\)::/);
    expect(lines).toHaveLength(1 + FINDINGS.length);
  });

  it('uses the chosen language for messages and article labels', () => {
    const out = github(RESULTS, ctx({ locale: 'zh' }));
    expect(out).toContain('title=conditional-usage-conditions (第十五条第二款)::使用条件为占位符“待定”');
    expect(out).toContain('title=govcat：无法检查::YAML 语法错误：缩进不一致');
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    const out = github([hostile('dir/a,b:c%.yaml')], ctx());
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).toContain('file=dir/a%2Cb%3Ac%25.yaml,');
    expect(out).toContain('::a|b <tag> & "q" \'s\' 100%25 x:y,z%0Anext%0Dlinebell[31mred\n');
    expect(escapeData('50% \r\n')).toBe('50%25 %0D%0A');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('makes paths relative to cwd with forward slashes', () => {
    const abs = { ...LINTED, file: 'C:\\repo\\sub\\x.yaml' };
    expect(github([abs], ctx({ cwd: 'C:\\repo' }))).toContain('::error file=sub/x.yaml,line=5,');
  });

  it('prints nothing when clean', () => {
    expect(github([CLEAN], ctx())).toBe('');
  });

  it('annotates only findings: changes and events add nothing, a clean diff prints nothing', () => {
    expect(github([CLEAN_DIFF], ctx())).toBe('');
    expect(github([CLEAN_DIFF], ctx({ locale: 'zh' }))).toBe('');
    expect(github([DIFFED], ctx())).toBe(github([LINTED], ctx()));
  });
});
