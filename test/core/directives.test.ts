// Inline directives: found only in real comments (never inside quoted or block scalars), applied by line, block and
// rule; a reason is required; unknown rules and unused directives reported.
import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/core/directives.js';
import { scanDirectives } from '../../src/core/directive-scan.js';
import type { Finding } from '../../src/core/types.js';

const KNOWN = ['placeholder-value', 'unknown-field', 'unique-ids', 'beijing/title-prefix'];
const opts = (reportUnused = false) => ({ isKnown: (id: string) => KNOWN.includes(id), suggest: (id: string) => KNOWN.find((k) => k.startsWith(id.slice(0, 5))), reportUnused });

function finding(ruleId: string, line: number, column = 3): Finding {
  return { ruleId, messageId: 'm', severity: 'error', articles: [], message: { zh: '问题', en: 'problem' }, file: 'f.yaml', path: '', line, column, endLine: line, endColumn: column + 1 };
}

function run(text: string, findings: Finding[], reportUnused = false) {
  const out = applyDirectives(findings, scanDirectives(text), 'f.yaml', opts(reportUnused));
  return {
    kept: out.findings.map((f) => `${f.ruleId}@${f.line}${f.ruleId === 'disable-directive' ? `:${f.messageId}` : ''}`),
    suppressed: out.suppressed.map((f) => `${f.ruleId}@${f.line}:${f.suppressed?.reason}`),
  };
}

describe('scanDirectives', () => {
  it.each([
    ['a full-line comment', '# govcat-disable-next-line unknown-field -- 理由\na: 1\n', [{ kind: 'disable-next-line', rules: ['unknown-field'], reason: '理由', line: 1, column: 1 }]],
    ['a trailing comment', 'a: 1  # govcat-disable-line unknown-field, unique-ids -- why\n', [{ kind: 'disable-line', rules: ['unknown-field', 'unique-ids'], reason: 'why', line: 1, column: 7 }]],
    ['rules separated by Chinese commas and spaces', '# govcat-disable unknown-field，unique-ids placeholder-value -- 历史数据\n', [{ kind: 'disable', rules: ['unknown-field', 'unique-ids', 'placeholder-value'], reason: '历史数据', line: 1, column: 1 }]],
    ['the Chinese dash as separator', '# govcat-disable -- 全部\n', [{ kind: 'disable', rules: [], reason: '全部', line: 1, column: 1 }]],
    ['no reason', '# govcat-disable-next-line unknown-field\n', [{ kind: 'disable-next-line', rules: ['unknown-field'], line: 1, column: 1 }]],
    ['an empty reason', '# govcat-disable-next-line unknown-field --\n', [{ kind: 'disable-next-line', rules: ['unknown-field'], line: 1, column: 1 }]],
    ['enable', '# govcat-enable unknown-field\n', [{ kind: 'enable', rules: ['unknown-field'], line: 1, column: 1 }]],
    ['"#" inside double quotes', 'a: "x # govcat-disable-line unknown-field -- r"\n', []],
    ["'#' inside single quotes", "a: 'it''s # govcat-disable -- r'\n", []],
    ['"#" inside a block scalar', 'a: |\n  # govcat-disable -- r\n  text\n', []],
    ['a near miss', '# govcat-disabled unknown-field -- r\n# govcat disable -- r\n', []],
    ['a comment in a flow sequence', 'a: [1, # govcat-disable-line unique-ids -- r\n  2]\n', [{ kind: 'disable-line', rules: ['unique-ids'], reason: 'r', line: 1, column: 8 }]],
  ])('%s', (_, text, expected) => {
    expect(scanDirectives(text).map(({ kind, rules, reason, line, column }) => ({ kind, rules, ...(reason !== undefined ? { reason } : {}), line, column }))).toEqual(expected);
  });
});

describe('applyDirectives', () => {
  const text = [
    'catalogue:', //                                                       1
    '  # govcat-disable-next-line placeholder-value -- 待局务会确定', //       2
    '  title: 待定', //                                                      3
    '  colour: red  # govcat-disable-line unknown-field -- 内部字段', //       4
    '  # govcat-disable unknown-field -- 历史字段', //                         5
    '  size: 1', //                                                         6
    '  # govcat-enable unknown-field', //                                   7
    '  shape: round', //                                                    8
    '  # govcat-disable -- 整段暂缓', //                                      9
    '  a: 1', //                                                            10
    '  # govcat-enable unique-ids', //                                      11
    '  b: 2', //                                                            12
  ].join('\n');

  it.each([
    ['next-line suppresses the named rule on the next line only', [finding('placeholder-value', 3), finding('placeholder-value', 4)], ['placeholder-value@4'], ['placeholder-value@3:待局务会确定']],
    ['next-line leaves other rules alone', [finding('unknown-field', 3)], ['unknown-field@3'], []],
    ['disable-line suppresses its own line', [finding('unknown-field', 4)], [], ['unknown-field@4:内部字段']],
    ['a block holds until its enable', [finding('unknown-field', 6), finding('unknown-field', 8)], ['unknown-field@8'], ['unknown-field@6:历史字段']],
    ['disable without rules covers every rule', [finding('unique-ids', 10), finding('placeholder-value', 12)], [], ['unique-ids@10:整段暂缓', 'placeholder-value@12:整段暂缓']],
    ['enable of one rule inside a disable-all block', [finding('unique-ids', 12)], ['unique-ids@12'], []],
  ])('%s', (_, findings, kept, suppressed) => {
    const r = run(text, findings);
    expect(r.suppressed).toEqual(suppressed);
    expect(r.kept.filter((k) => !k.startsWith('disable-directive'))).toEqual(kept);
  });

  it('keeps a finding outside a block where the same rule is re-enabled', () => {
    expect(run(text, [finding('unknown-field', 8)]).kept).toEqual(['unknown-field@8']);
  });

  it.each([
    ['a directive without reason is an error and suppresses nothing', '# govcat-disable-next-line unknown-field\na: 1\n', [finding('unknown-field', 2)], ['disable-directive@1:missingReason', 'unknown-field@2']],
    ['disable without rules needs a reason too', '# govcat-disable\na: 1\n', [finding('unknown-field', 2)], ['disable-directive@1:missingReason', 'unknown-field@2']],
    ['an unknown rule is an error; the known ones still apply', '# govcat-disable-next-line unknown-fild, unique-ids -- r\na: 1\n', [finding('unique-ids', 2)], ['disable-directive@1:unknownRule']],
    ['a directive naming only unknown rules covers nothing', '# govcat-disable-next-line nope -- r\na: 1\n', [finding('unique-ids', 2)], ['disable-directive@1:unknownRule', 'unique-ids@2']],
    ['a plugin rule is suppressed like any other', '# govcat-disable-next-line beijing/title-prefix -- r\na: 1\n', [finding('beijing/title-prefix', 2)], []],
  ])('%s', (_, text, findings, kept) => {
    expect(run(text, findings).kept).toEqual(kept);
  });

  it('says did you mean for an unknown rule, in both languages', () => {
    const out = applyDirectives([], scanDirectives('# govcat-disable-next-line unknown-fild -- r\n'), 'f.yaml', opts());
    expect(out.findings[0].message.en).toBe('the comment names rule "unknown-fild", which does not exist; did you mean "unknown-field"?');
    expect(out.findings[0].message.zh).toBe('禁用注释中的规则“unknown-fild”不存在，是否应为“unknown-field”？');
    expect(out.findings[0].severity).toBe('error');
  });

  it.each([
    ['an unused directive, with reportUnused', true, ['disable-directive@1:unused']],
    ['an unused directive, without', false, []],
  ])('%s', (_, reportUnused, kept) => {
    expect(run('# govcat-disable-next-line unknown-field -- r\na: 1\n', [], reportUnused).kept).toEqual(kept);
  });

  it('reports the rules of a directive that suppressed nothing, as a warning', () => {
    const out = applyDirectives([finding('unique-ids', 2)], scanDirectives('# govcat-disable-next-line unknown-field, unique-ids -- r\na: 1\n'), 'f.yaml', opts(true));
    expect(out.findings.map((f) => [f.messageId, f.severity, f.message.en])).toEqual([['unusedRules', 'warning', 'in the comment "govcat-disable-next-line unknown-field, unique-ids -- r", unknown-field suppresses nothing']]);
  });
});
