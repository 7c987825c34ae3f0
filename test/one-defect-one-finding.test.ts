// "One defect, one finding": the whole national profile on catalogues with one defect each reports it exactly once.
import { describe, it, expect } from 'vitest';
import { lint } from '../src/index.js';
import { doc } from './helpers/docs.js';

const findings = (yaml: string) => lint(yaml, { file: 't.yaml', asOf: '2026-06-01' }).findings;
const ids = (yaml: string) => findings(yaml).map((f) => `${f.ruleId}/${f.messageId}`);
const NON_SHAREABLE = { share_type: 'non_shareable', share_method: '[none]', non_share: '{reason: 涉及举报人保护, legal_basis: [{type: law, title: 中华人民共和国统计法, article: 第三十九条}]}' };
const PI_ITEMS = '[{name: 统一社会信用代码, type: string}, {name: 法定代表人姓名, type: string, personal_info: true}]';
const cr = (record: string) => doc({ header: { assessments: `{confidentiality_risk: ${record}, personal_information_impact: {date: 2026-02-21, conclusion: passed}}` } }).yaml;

describe('one defect, one finding (national profile)', () => {
  it('the base document lints clean', () => {
    expect(ids(doc().yaml)).toEqual([]);
  });

  it.each([
    ['conditional, N/A', {}, 'N/A', 'conditional-usage-conditions/none'],
    ['conditional, 待定', {}, '待定', 'conditional-usage-conditions/none'],
    ['conditional, -', {}, "'-'", 'conditional-usage-conditions/none'],
    ['conditional, blank', {}, "''", 'entry-required-fields/empty'],
    ['conditional, null', {}, 'null', 'entry-required-fields/empty'],
    // N/A and - say there are none where the law asks for none: read as 无, with a notice.
    ['unconditional, N/A', { share_type: 'unconditional' }, 'N/A', 'vocabulary-normalized/mapped'],
    ['unconditional, 待定', { share_type: 'unconditional' }, '待定', 'placeholder-value/entry'],
    ['unconditional, blank', { share_type: 'unconditional' }, "''", 'entry-required-fields/empty'],
    ['unconditional, a condition as text', { share_type: 'unconditional' }, '仅限本局内部使用', 'unconditional-extra-conditions/conditionText'],
    ['non-shareable, 待定', NON_SHAREABLE, '待定', 'placeholder-value/entry'],
    ['non-shareable, -', NON_SHAREABLE, "'-'", 'vocabulary-normalized/mapped'],
    ['non-shareable, blank', NON_SHAREABLE, "''", 'entry-required-fields/empty'],
    ['non-shareable, a reason in the wrong place', NON_SHAREABLE, '涉及举报人隐私', 'schema-valid/type'],
  ])('usage_conditions (%s): one finding', (_, entry, usage, expected) => {
    expect(ids(doc({ entries: [{ ...entry, usage_conditions: usage }] }).yaml)).toEqual([expected]);
  });

  it.each([
    ['{status: 未开展}', 'notDone'],
    ['{status: not_started}', 'notDone'],
    ['{status: 进行中, date: 2026-07-01, conclusion: 待定}', 'notDone'],
    ['未开展', 'notDone'],
    ['无', 'notDone'],
    ['{date: 未开展, conclusion: 未开展}', 'notDone'],
    ['{date: , conclusion: 待定}', 'incomplete'],
    ['{date: 待定, conclusion: 待定}', 'incomplete'],
    ['{report: 报告.pdf}', 'incomplete'],
    ['{status: 已完成}', 'incomplete'],
  ])('confidentiality_risk: %s → one %s finding', (record, messageId) => {
    expect(ids(cr(record))).toEqual([`confidentiality-assessment-required/${messageId}`]);
  });

  it('a PI assessment not started while personal information is catalogued: one finding; not due, none', () => {
    const pi = (record: string, items?: string) => doc({ header: { assessments: `{confidentiality_risk: {date: 2026-02-20, conclusion: passed}, personal_information_impact: ${record}}` }, entries: [items ? { items } : {}] }).yaml;
    expect(ids(pi('{status: 未开展}', PI_ITEMS))).toEqual(['pi-impact-assessment-required/notDone']);
    expect(ids(pi('无', PI_ITEMS))).toEqual(['pi-impact-assessment-required/notDone']);
    expect(ids(pi('{status: 未开展}'))).toEqual([]);
    expect(ids(pi('不涉及'))).toEqual([]);
  });

  it('a narrative conclusion is a conclusion', () => {
    expect(ids(cr('{date: 2026-02-20, conclusion: 经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控}'))).toEqual([]);
  });

  it('schema findings under catalogue.assessments cite Art. 13(1)', () => {
    const [f] = findings(cr('{date: 2026-02-20, conclusion: passed, report: 123}'));
    expect(f).toMatchObject({ ruleId: 'schema-valid', path: 'catalogue.assessments.confidentiality_risk.report', articles: [{ source: 'decree-809', article: 13, paragraph: 1 }] });
  });

  it('open-data wording as a share type: one finding, no share class guessed', () => {
    expect(ids(doc({ entries: [{ share_type: '依申请开放' }] }).yaml)).toEqual(['share-type-valid/openClass']);
    expect(ids(doc({ entries: [{ share_type: '无条件开放', usage_conditions: 'none' }] }).yaml)).toEqual(['share-type-valid/openClass']);
  });

  it('a department and providers without credit codes: no finding', () => {
    expect(ids(doc({ header: { department: '{name: 北京市测试局}' }, entries: [{ provider: '{name: 北京市测试局}' }] }).yaml)).toEqual([]);
  });
});
