// Inline suppressions end to end: the three forms, the reason required, unused ones reported on request, a Chinese-keyed
// file, suppressed findings kept out of counts and exit code but present in JSON and SARIF (both validated), and
// --no-inline-config.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { govcat, ROOT } from './run.js';
import { SAMPLE, tree } from './_tree.js';

const require = createRequire(import.meta.url);
const AS_OF = ['--as-of', '2026-06-01'];
const withHeader = (lines: string) => SAMPLE.replace('  submitted_at:', `${lines}\n  submitted_at:`);

// The lines go in before submitted_at (line 52 of the sample). Three unknown fields under the header, each silenced a different way, and one left standing.
const SUPPRESSED = withHeader([
  '  # govcat-disable-next-line unknown-field -- 旧系统导出字段，下一版删除',
  '  colour: red',
  '  flavour: sweet  # govcat-disable-line unknown-field -- 业务处室备注',
  '  # govcat-disable unknown-field, placeholder-value -- 2025 年迁移遗留',
  '  size: 1',
  '  # govcat-enable unknown-field',
  '  shape: round',
].join('\n'));

function json(dir: string, file: string, extra: string[] = []) {
  const r = govcat(['lint', file, '-f', 'json', ...AS_OF, ...extra], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('inline suppressions', () => {
  const dir = tree({ 'cat.yaml': SUPPRESSED });

  it('suppress by next line, own line and block; what they suppress counts for nothing', () => {
    const { code, report } = json(dir, 'cat.yaml');
    const r = report.results[0];
    expect(r.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`)).toEqual(['unknown-field@58']);
    expect(r.suppressedFindings.map((f: { line: number; suppressed: { reason: string } }) => `${f.line} ${f.suppressed.reason}`)).toEqual([
      '53 旧系统导出字段，下一版删除',
      '54 业务处室备注',
      '56 2025 年迁移遗留',
    ]);
    expect(r.warningCount).toBe(1);
    expect(report.summary).toMatchObject({ warnings: 1, suppressed: 3 });
    expect(code).toBe(0);
    // Other formats show nothing of them.
    const stylish = govcat(['lint', 'cat.yaml', ...AS_OF], { cwd: dir }).stdout;
    expect(stylish).toMatch(/1 problem \(0 errors, 1 warning, 0 infos\)/);
    expect(stylish).not.toMatch(/colour|flavour|size/);
  });

  it('--max-warnings counts no suppressed finding', () => {
    expect(govcat(['lint', 'cat.yaml', '--max-warnings', '1', ...AS_OF], { cwd: dir }).code).toBe(0);
  });

  it('--no-inline-config ignores every directive', () => {
    const { report } = json(dir, 'cat.yaml', ['--no-inline-config']);
    expect(report.results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'unknown-field')).toHaveLength(4);
    expect(report.results[0].suppressedFindings).toBeUndefined();
  });

  it('JSON validates against schemas/report.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
    const { report } = json(dir, 'cat.yaml');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('SARIF carries suppressed results with suppressions: inSource and the reason, and validates', () => {
    const ajv = new Ajv04.default({ allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    const log = JSON.parse(govcat(['lint', 'cat.yaml', '-f', 'sarif', ...AS_OF], { cwd: dir }).stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results as { ruleId: string; suppressions?: { kind: string; justification: string }[]; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    expect(results.filter((r) => r.suppressions).map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions])).toEqual([
      [53, [{ kind: 'inSource', justification: '旧系统导出字段，下一版删除' }]],
      [54, [{ kind: 'inSource', justification: '业务处室备注' }]],
      [56, [{ kind: 'inSource', justification: '2025 年迁移遗留' }]],
    ]);
    expect(results.filter((r) => !r.suppressions)).toHaveLength(1);
  });
});

describe('directives at fault', () => {
  it.each([
    ['no reason: an error, and nothing suppressed', '  # govcat-disable-next-line unknown-field\n  colour: red', ['disable-directive@52:missingReason:error', 'unknown-field@53'], 1],
    ['disable without rules, no reason', '  colour: red # govcat-disable-line', ['unknown-field@52', 'disable-directive@52:missingReason:error'], 1],
    ['disable without rules, with a reason: every rule', '  colour: red # govcat-disable-line -- 全部规则', [], 0],
    ['an unknown rule, with did-you-mean', '  # govcat-disable-next-line unknown-feld -- 原因\n  colour: red', ['disable-directive@52:unknownRule:error', 'unknown-field@53'], 1],
  ])('%s', (_, lines, expected, code) => {
    const r = json(tree({ 'cat.yaml': withHeader(lines) }), 'cat.yaml');
    const list = r.report.results[0].findings.map((f: { ruleId: string; line: number; messageId: string; severity: string }) => (f.ruleId === 'disable-directive' ? `${f.ruleId}@${f.line}:${f.messageId}:${f.severity}` : `${f.ruleId}@${f.line}`));
    expect(list).toEqual(expected);
    expect(r.code).toBe(code);
  });

  it('the messages are in both languages', () => {
    const dir = tree({ 'cat.yaml': withHeader('  # govcat-disable-next-line unknown-feld\n  colour: red') });
    expect(govcat(['lint', 'cat.yaml', ...AS_OF], { cwd: dir }).stdout).toMatch(/the comment names rule "unknown-feld", which does not exist; did you mean "unknown-field"\?/);
    const zh = govcat(['lint', 'cat.yaml', '--lang', 'zh', ...AS_OF], { cwd: dir }).stdout;
    expect(zh).toMatch(/禁用注释中的规则“unknown-feld”不存在，是否应为“unknown-field”？/);
    expect(zh).toMatch(/禁用注释“govcat-disable-next-line unknown-feld”没有写明理由，不起作用/);
  });

  it('govcat explain disable-directive', () => {
    const r = govcat(['explain', 'disable-directive']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The reason is required/);
  });
});

describe('unused directives', () => {
  const lines = '  # govcat-disable-next-line unknown-field -- 旧字段\n  colour: red\n  # govcat-disable-next-line placeholder-value -- 不再需要\n  version2: "1"';
  const dir = tree({ 'cat.yaml': withHeader(lines) });
  it('are reported as warnings with --report-unused-disable-directives', () => {
    const { report } = json(dir, 'cat.yaml', ['--report-unused-disable-directives']);
    const unused = report.results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'disable-directive');
    expect(unused.map((f: { line: number; severity: string; message: string }) => [f.line, f.severity, f.message])).toEqual([[54, 'warning', 'the comment "govcat-disable-next-line placeholder-value -- 不再需要" suppresses nothing and can go']]);
  });

  it('and with reportUnusedDisableDirectives: true in the config', () => {
    const d = tree({ 'govcat.config.yaml': 'reportUnusedDisableDirectives: true\n', 'cat.yaml': withHeader(lines) });
    expect(json(d, 'cat.yaml').report.results[0].findings.some((f: { ruleId: string }) => f.ruleId === 'disable-directive')).toBe(true);
  });

  it('not otherwise', () => {
    expect(json(dir, 'cat.yaml').report.results[0].findings.some((f: { ruleId: string }) => f.ruleId === 'disable-directive')).toBe(false);
  });
});

describe('a Chinese-keyed file', () => {
  const zh = govcat(['convert', 'samples/catalogue.yaml', '--to', 'zh']).stdout;
  const text = zh
    .replace('  目录标题: 北京市市场监督管理局政务数据目录', '  # govcat-disable-next-line placeholder-value -- 标题待局务会确定\n  目录标题: 待定')
    .replace('  层级: 省级', '  层级: 省级\n  颜色: 红色 # govcat-disable-line unknown-field -- 处室自用标注\n  口味: 甜');
  const dir = tree({ 'zh.yaml': text });

  it('findings point at the Chinese keys and the directives apply by line', () => {
    const { report, code } = json(dir, 'zh.yaml');
    const r = report.results[0];
    expect(r.findings.map((f: { ruleId: string; line: number; message: string }) => [f.ruleId, f.line, f.message])).toEqual([['unknown-field', 19, expect.stringContaining('口味')]]);
    expect(r.suppressedFindings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['placeholder-value', 13], ['unknown-field', 18]]);
    expect(code).toBe(0);
  });
});
