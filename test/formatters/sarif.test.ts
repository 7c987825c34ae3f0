import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import sarif, { encodePath, pascalCase, ruleName } from '../../src/formatters/sarif.js';
import { CLEAN_DIFF, CN_FILE, DIFFED, FATAL, FINDINGS, LINTED, RESULTS, RULES, ctx, hostile } from './fixtures.js';

// The official SARIF 2.1.0 schema (rtm.5, the OASIS release schema as published on SchemaStore), shipped by
// @microsoft/jest-sarif. It is draft-04, and one of its `pattern`s is not valid in Unicode regex mode.
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// Both packages are CommonJS whose `default` is also a property of module.exports: `.default` works under vitest and tsc.
const ajv = new Ajv04.default({ allErrors: true, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function check(text: string) {
  const log = JSON.parse(text);
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
  return log;
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, in both languages and with fatal errors', () => {
    for (const locale of ['en', 'zh'] as const) check(sarif(RESULTS, ctx({ locale })));
    check(sarif([], ctx()));
    check(sarif([hostile('/elsewhere/a b%.yaml')], ctx()));
    check(sarif([{ ...FATAL, fatal: { message: FATAL.fatal!.message } }], ctx({ cwd: 'C:\\work\\repo' })));
  });

  it('a spreadsheet finding: valid, the cell as a logical location and in the message; a text region only in a CSV file', () => {
    const cell = { sheet: '数据目录', row: 5, column: 'J', ref: 'J5' };
    const finding = (file: string) => ({ ...FINDINGS[0], file, line: 5, column: 10, endLine: 5, endColumn: 11, cell });
    const log = check(sarif([{ file: '目录.xlsx', findings: [finding('目录.xlsx')], bytes: 11468 }, { file: 'out-entries.csv', findings: [finding('out-entries.csv')] }], ctx()));
    const [xlsx, csv] = log.runs[0].results;
    expect(xlsx.message.text).toBe(`数据目录!J5: ${FINDINGS[0].message.en}`);
    // A workbook is a binary artifact (SARIF §3.30.1: a binary region, never a text one): its findings cover all of it.
    expect(xlsx.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: encodePath('目录.xlsx'), uriBaseId: '%SRCROOT%', index: 0 }, region: { byteOffset: 0, byteLength: 11468 } },
      logicalLocations: [{ name: 'J5', fullyQualifiedName: '数据目录!J5', kind: 'element' }],
    });
    expect(csv.locations[0].physicalLocation.region).toEqual({ startLine: 5 });
    expect(log.runs[0].artifacts.map((a: { mimeType?: string }) => a.mimeType)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
    expect(log.runs[0].artifacts[0].length).toBe(11468);
    // Its size unknown (the library called without it), the workbook gets no region rather than a wrong one.
    const unsized = check(sarif([{ file: '目录.xlsx', findings: [finding('目录.xlsx')] }], ctx())).runs[0].results[0];
    expect(unsized.locations[0].physicalLocation.region).toBeUndefined();
  });

  it('lists each file analysed as an analysis target with its media type, marking those with results', () => {
    const run = check(sarif(RESULTS, ctx())).runs[0];
    expect(run.artifacts).toEqual([
      { location: { uri: 'catalogues/%E5%B8%82%E7%BA%A7%E7%9B%AE%E5%BD%95.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget', 'resultFile'], mimeType: 'application/yaml' },
      { location: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'], mimeType: 'application/yaml' },
      { location: { uri: 'clean.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'], mimeType: 'application/yaml' },
    ]);
  });

  it('a bundle: the files inside it that findings point at are nested artifacts; a finding about the bundle itself has it as analysis target', () => {
    const bundle = 'batch/a b.zip';
    const inner = { ...FINDINGS[0], file: `${bundle}!data/catalogue.yaml` };
    const tag = { ...FINDINGS[1], file: `${bundle}!bag-info.txt`, line: 6, column: 1, endLine: 6, endColumn: 1 };
    const whole = { ...FINDINGS[2], file: bundle, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const run = check(sarif([{ file: bundle, findings: [inner, tag, whole, { ...inner, path: 'entries[1]' }], bundle: true }, { file: 'batch/dir', findings: [], bundle: true }], ctx())).runs[0];
    expect(run.artifacts).toEqual([
      { location: { uri: 'batch/a%20b.zip', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget', 'resultFile'], mimeType: 'application/zip' },
      { location: { uri: 'batch/dir', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'data/catalogue.yaml' }, parentIndex: 0, roles: ['resultFile'], mimeType: 'application/yaml' },
      { location: { uri: 'bag-info.txt' }, parentIndex: 0, roles: ['resultFile'], mimeType: 'text/plain' },
    ]);
    const [a, b, c, d] = run.results;
    // A nested artifact's location is its path inside the bundle, without uriBaseId (§3.4.4), and names the same artifact as its index (§3.4.2).
    expect(a.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'data/catalogue.yaml', index: 2 });
    expect(b.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'bag-info.txt', index: 3 }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 1 } });
    expect(c.locations).toEqual([]);
    expect(c.analysisTarget).toEqual({ uri: 'batch/a%20b.zip', uriBaseId: '%SRCROOT%', index: 0 });
    expect(d.locations[0].physicalLocation.artifactLocation.index).toBe(2);
    // Fingerprints still tell the same file in two bundles apart.
    const other = sarif([{ file: 'batch/other.zip', findings: [{ ...inner, file: 'batch/other.zip!data/catalogue.yaml' }], bundle: true }], ctx());
    expect(JSON.parse(other).runs[0].results[0].partialFingerprints).not.toEqual(a.partialFingerprints);
  });

  it('uses a schema check that does reject malformed logs', () => {
    const log = JSON.parse(sarif(RESULTS, ctx()));
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.length).toBeGreaterThanOrEqual(2);
  });

  it('describes every rule that ran in tool.driver.rules', () => {
    const run = check(sarif(RESULTS, ctx({ locale: 'zh' }))).runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'govcat', version: '0.1.0', informationUri: 'https://govcat.dev' });
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const [shareType, , warning, info, header] = rules;
    expect(shareType).toMatchObject({
      name: 'ShareTypeValid',
      shortDescription: { text: '共享属性须为三类之一' },
      fullDescription: { text: '共享属性须为三类之一（详细说明）' },
      defaultConfiguration: { level: 'error' },
      properties: { articles: ['《政务数据共享条例》第十四条'], tags: ['decree-809'] },
    });
    expect(shareType.help.text).toContain('法律依据：《政务数据共享条例》第十四条');
    expect(shareType.help.markdown).toContain('《政务数据共享条例》第十四条');
    expect(warning.defaultConfiguration.level).toBe('warning');
    expect(info.defaultConfiguration.level).toBe('note');
    expect(info.properties.articles).toEqual([]);
    expect(header.properties.articles).toEqual(['《政务数据共享条例》第十二条', '《政务数据共享条例》第十三条']);
    const en = check(sarif(RESULTS, ctx())).runs[0].tool.driver.rules[1];
    expect(en.help.text).toContain('Legal basis: Art. 15(2), Regulations on Government Data Sharing (Decree No. 809)');
    expect(en.shortDescription.text).toBe('Conditional entries state conditions');
  });

  it('reports results with ruleIndex, level, region and percent-encoded relative URIs', () => {
    const run = check(sarif(RESULTS, ctx())).runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    const uri = 'catalogues/%E5%B8%82%E7%BA%A7%E7%9B%AE%E5%BD%95.yaml';
    expect(run.artifacts[0].location).toEqual({ uri, uriBaseId: '%SRCROOT%' });
    expect(run.results).toHaveLength(FINDINGS.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const [first, info, warning] = run.results;
    expect(first.level).toBe('error');
    expect(info.level).toBe('note');
    expect(warning.level).toBe('warning');
    expect(first.message.text).toBe(FINDINGS[0].message.en);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 5, startColumn: FINDINGS[0].column, endLine: 5, endColumn: FINDINGS[0].endColumn },
    });
    expect(first.properties).toEqual({ entryId: 'E1', path: 'entries[0].share_type', articles: ['Art. 14'] });
    expect(check(sarif(RESULTS, ctx({ locale: 'zh' }))).runs[0].results[0].message.text).toBe(FINDINGS[0].message.zh);
  });

  it('makes the same file given absolutely relative to cwd, and files outside cwd absolute file: URIs', () => {
    const abs = { ...LINTED, file: `/repo/${CN_FILE}`, findings: LINTED.findings.map((f) => ({ ...f, file: `/repo/${CN_FILE}` })) };
    const run = check(sarif([abs, hostile('/elsewhere/a b%.yaml'), hostile('../up/上级.yaml')], ctx())).runs[0];
    expect(run.artifacts.map((a: { location: unknown }) => a.location)).toEqual([
      { uri: 'catalogues/%E5%B8%82%E7%BA%A7%E7%9B%AE%E5%BD%95.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///elsewhere/a%20b%25.yaml' },
      { uri: 'file:///up/%E4%B8%8A%E7%BA%A7.yaml' },
    ]);
    const win = check(sarif([{ ...LINTED, file: 'C:\\work\\repo\\数据\\a.yaml' }], ctx({ cwd: 'C:\\work\\repo' }))).runs[0];
    expect(win.artifacts[0].location.uri).toBe('%E6%95%B0%E6%8D%AE/a.yaml');
    expect(win.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///C:/work/repo/');
  });

  it('fingerprints findings stably by rule, path and file', () => {
    const fp = (text: string) => JSON.parse(text).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['govcatFinding/v1']);
    const a = fp(sarif(RESULTS, ctx()));
    expect(fp(sarif(RESULTS, ctx({ locale: 'zh' })))).toEqual(a);
    const moved = { ...LINTED, findings: LINTED.findings.map((f) => ({ ...f, line: f.line + 10, endLine: f.endLine + 10 })) };
    expect(fp(sarif([moved], ctx()))).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(fp(sarif([{ ...LINTED, file: 'other.yaml', findings: LINTED.findings.map((f) => ({ ...f, file: 'other.yaml' })) }], ctx()))[0]).not.toBe(a[0]);
  });

  it('reports fatal errors as tool execution notifications and marks the run unsuccessful', () => {
    const run = check(sarif(RESULTS, ctx({ locale: 'zh' }))).runs[0];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: '无法检查：YAML 语法错误：缩进不一致' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%', index: 1 }, region: { startLine: 3, startColumn: 7 } } }],
      },
    ]);
    expect(check(sarif([LINTED], ctx())).runs[0].invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('adds a stand-in descriptor for a rule missing from ctx.rules', () => {
    const run = check(sarif([LINTED], ctx({ rules: RULES.slice(1) }))).runs[0];
    const r = run.results[0];
    expect(run.tool.driver.rules[r.ruleIndex]).toMatchObject({ id: 'share-type-valid', name: 'ShareTypeValid' });
  });

  it('helpers: PascalCase names and RFC 3986 path encoding', () => {
    expect(pascalCase('pi-impact-assessment-required')).toBe('PiImpactAssessmentRequired');
    expect(pascalCase('beijing/title-prefix')).toBe('BeijingTitlePrefix');
    // SARIF §3.49.7: a name equal to its id, even ignoring case, must not be given.
    expect(ruleName('signature')).toBe('SignatureRule');
    expect(ruleName('share-type-valid')).toBe('ShareTypeValid');
    expect(encodePath('目录/a b#?%.yaml')).toBe('%E7%9B%AE%E5%BD%95/a%20b%23%3F%25.yaml');
  });

  it('reports only the findings of a diff: changes and events add no results, and a clean diff is a valid empty run', () => {
    for (const locale of ['en', 'zh'] as const) {
      const log = check(sarif([CLEAN_DIFF], ctx({ locale })));
      expect(log.runs[0].results).toEqual([]);
      expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
      expect(log.runs[0].artifacts).toEqual([{ location: { uri: 'clean.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'], mimeType: 'application/yaml' }]);
    }
    const diffed = check(sarif([DIFFED], ctx()));
    expect(diffed).toEqual(check(sarif([LINTED], ctx())));
  });
});
