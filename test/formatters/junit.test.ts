import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import junit, { escapeXml } from '../../src/formatters/junit.js';
import { CLEAN_DIFF, CN_FILE, DIFFED, LINTED, RESULTS, RULES, ctx, hostile } from './fixtures.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; '#text': string }[];
  error?: { message: string; type: string; '#text': string }[];
}

describe('junit', () => {
  it('is well-formed XML with one suite per file and one testcase per (file, rule)', () => {
    const xml = junit(RESULTS, ctx());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parse(xml);
    expect(root).toMatchObject({ name: 'govcat', tests: '11', failures: '4', errors: '1' });
    const [linted, fatal, clean] = root.testsuite;
    expect(linted).toMatchObject({ name: CN_FILE, tests: '5', failures: '4', errors: '0' });
    expect(linted.testcase.map((c: Case) => [c.classname, c.name])).toEqual(RULES.map((r) => [CN_FILE, r.id]));
    expect(clean).toMatchObject({ name: 'clean.yaml', tests: '5', failures: '0' });
    expect(clean.testcase.every((c: Case) => !c.failure && !c.error)).toBe(true);
    expect(fatal).toMatchObject({ name: 'broken.yaml', tests: '1', failures: '0', errors: '1' });
  });

  it('lists each finding of a rule inside its failure, typed by severity', () => {
    const cases: Case[] = parse(junit(RESULTS, ctx())).testsuite[0].testcase;
    const [shareType, conditional, extra, vocab, header] = cases;
    expect(shareType.failure).toHaveLength(1);
    expect(shareType.failure![0]).toMatchObject({ type: 'error', message: 'share-type-valid (Art. 14): 1 problem (1 error, 0 warnings, 0 infos)' });
    expect(shareType.failure![0]['#text']).toMatch(/^5:39 {2}error {2}share_type "开放" is not one of the three classes {2}\[entries\[0\]\.share_type\]$/);
    expect(conditional.failure![0]['#text']).toContain('7:23  error  usage_conditions is the placeholder "待定"');
    expect(extra.failure![0].type).toBe('warning');
    expect(vocab.failure![0].type).toBe('info');
    expect(header.failure).toBeUndefined();
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
