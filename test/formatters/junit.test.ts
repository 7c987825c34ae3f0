import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit, { escapeXml, failThreshold } from '../../src/formatters/junit.js';
import { CLEAN_DIFF, CN_FILE, DIFFED, FINDINGS, LINTED, RESULTS, RULES, ctx, hostile } from './fixtures.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'system-out'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; '#text': string }[];
  error?: { message: string; type: string; '#text': string }[];
  'system-out'?: string[];
}

/** The testcases of the linted file that fail, by rule. */
function failing(xml: string): string[] {
  return parse(xml).testsuite[0].testcase.filter((c: Case) => c.failure).map((c: Case) => c.name);
}

describe('junit', () => {
  it('is well-formed XML with one suite per file and one testcase per (file, rule)', () => {
    const xml = junit(RESULTS, ctx());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parse(xml);
    expect(root).toMatchObject({ name: 'govcat', tests: '11', failures: '2', errors: '1' });
    const [linted, fatal, clean] = root.testsuite;
    expect(linted).toMatchObject({ name: CN_FILE, tests: '5', failures: '2', errors: '0' });
    expect(linted.testcase.map((c: Case) => [c.classname, c.name])).toEqual(RULES.map((r) => [CN_FILE, r.id]));
    expect(clean).toMatchObject({ name: 'clean.yaml', tests: '5', failures: '0' });
    expect(clean.testcase.every((c: Case) => !c.failure && !c.error)).toBe(true);
    expect(fatal).toMatchObject({ name: 'broken.yaml', tests: '1', failures: '0', errors: '1' });
  });

  it('makes failures only of findings at or above --fail-on (default error); the others go to system-out', () => {
    const cases: Case[] = parse(junit(RESULTS, ctx())).testsuite[0].testcase;
    const [shareType, conditional, extra, vocab, header] = cases;
    expect(shareType.failure).toHaveLength(1);
    expect(shareType.failure![0]).toMatchObject({ type: 'error', message: 'share-type-valid (Art. 14): 1 problem (1 error, 0 warnings, 0 infos)' });
    expect(shareType.failure![0]['#text']).toMatch(/^5:39 {2}error {2}share_type "开放" is not one of the three classes {2}\[entries\[0\]\.share_type\]$/);
    expect(conditional.failure![0]['#text']).toContain('7:23  error  usage_conditions is the placeholder "待定"');
    // A warning and a note do not fail the run, so they fail no testcase: a CI server shows them as output.
    expect(extra.failure).toBeUndefined();
    expect(extra['system-out']).toEqual(['6:5  warning  unconditional entry imposes conditions  [entries[1]]']);
    expect(vocab.failure).toBeUndefined();
    expect(vocab['system-out']).toEqual(['5:39  info  "开放" read as unconditional  [entries[0].share_type]']);
    expect(header.failure).toBeUndefined();
    expect(header['system-out']).toBeUndefined();
  });

  it('follows --fail-on warning / info, and --max-warnings once exceeded, as the exit code does', () => {
    expect(failing(junit([LINTED], ctx()))).toEqual(['share-type-valid', 'conditional-usage-conditions']);
    expect(failing(junit([LINTED], ctx({ failOn: 'warning' })))).toEqual(['share-type-valid', 'conditional-usage-conditions', 'unconditional-extra-conditions']);
    expect(failing(junit([LINTED], ctx({ failOn: 'info' })))).toEqual(['share-type-valid', 'conditional-usage-conditions', 'unconditional-extra-conditions', 'vocabulary-normalized']);
    const warning = parse(junit([LINTED], ctx({ failOn: 'warning' }))).testsuite[0].testcase[2];
    expect(warning.failure[0]).toMatchObject({ type: 'warning', message: 'unconditional-extra-conditions (Art. 15(1)): 1 problem (0 errors, 1 warning, 0 infos)' });
    expect(failing(junit([LINTED], ctx({ maxWarnings: 1 })))).toEqual(['share-type-valid', 'conditional-usage-conditions']);
    expect(failing(junit([LINTED], ctx({ maxWarnings: 0 })))).toEqual(['share-type-valid', 'conditional-usage-conditions', 'unconditional-extra-conditions']);
    expect(failThreshold([LINTED], { maxWarnings: 0 })).toBe('warning');
    expect(failThreshold([LINTED], { failOn: 'info', maxWarnings: 0 })).toBe('info');
    expect(failThreshold([LINTED], { maxWarnings: 1 })).toBe('error');
  });

  it('splits one rule\'s findings: those that fail in its failure, the rest in its system-out', () => {
    const mixed = { ...LINTED, findings: [FINDINGS[0], { ...FINDINGS[0], severity: 'warning' as const, line: 6, column: 5, message: { zh: '警告', en: 'only a warning' } }] };
    const [shareType] = parse(junit([mixed], ctx())).testsuite[0].testcase;
    expect(shareType.failure).toHaveLength(1);
    expect(shareType.failure[0].message).toBe('share-type-valid (Art. 14): 1 problem (1 error, 0 warnings, 0 infos)');
    expect(shareType.failure[0]['#text']).not.toContain('only a warning');
    expect(shareType['system-out']).toEqual(['6:5  warning  only a warning  [entries[0].share_type]']);
  });

  it('a file with notes and warnings only is a passing suite', () => {
    const notes = { ...LINTED, findings: FINDINGS.filter((f) => f.severity !== 'error') };
    const root = parse(junit([notes], ctx()));
    expect(root).toMatchObject({ tests: '5', failures: '0', errors: '0' });
    expect(root.testsuite[0].testcase.filter((c: Case) => c['system-out'])).toHaveLength(2);
  });

  it('reports a fatal error as <error>, in the chosen language', () => {
    const suite = parse(junit(RESULTS, ctx({ locale: 'zh' }))).testsuite[1];
    expect(suite.testcase[0].name).toBe('无法检查');
    expect(suite.testcase[0].error[0]).toMatchObject({ type: 'fatal', message: 'YAML 语法错误：缩进不一致', '#text': 'broken.yaml:3:7  YAML 语法错误：缩进不一致' });
    const zh = parse(junit(RESULTS, ctx({ locale: 'zh' }))).testsuite[0].testcase[0].failure[0];
    expect(zh.message).toBe('share-type-valid (第十四条)：共 1 个问题（1 个错误，0 个警告，0 个提示）');
    expect(zh['#text']).toContain('5:39  错误  共享属性“开放”不是三类之一');
  });

  it('escapes markup and drops control characters XML 1.0 forbids', () => {
    const xml = junit([hostile('a&b<"c">.yaml')], ctx());
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const suite = parse(xml).testsuite[0];
    expect(suite.name).toBe('a&b<"c">.yaml');
    expect(suite.testcase[0].failure[0]['#text']).toContain('a|b <tag> & "q" \'s\' 100% x:y,z');
    expect(escapeXml('<a b="c">&\'\u0000\u001b\uFFFE\uD800')).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&apos;\uFFFD');
  });

  it('writes an empty testsuites element for no files', () => {
    const root = parse(junit([], ctx()));
    expect(root).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });

  it('reports only the findings of a diff; a clean diff is a passing suite', () => {
    for (const locale of ['en', 'zh'] as const) {
      const root = parse(junit([CLEAN_DIFF], ctx({ locale })));
      expect(root).toMatchObject({ tests: String(RULES.length), failures: '0', errors: '0' });
      expect(root.testsuite[0].testcase.every((c: Case) => !c.failure && !c.error)).toBe(true);
    }
    expect(junit([DIFFED], ctx())).toBe(junit([LINTED], ctx()));
  });
});
