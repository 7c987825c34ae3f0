import { describe, it, expect } from 'vitest';
import rule from '../../src/rules/schema-valid.js';
import { runRule, testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { valueAt } from '../helpers/header-docs.js';
import { within } from '../helpers/within.js';

const itemsText = doc({ entries: [{ items: '企业名称、统一社会信用代码' }] });
const providerList = doc({ entries: [{ provider: '[北京市测试局]' }] });
const ITEMS = '[{name: 企业名称, type: string, personal_info: 是的}]';
const boolText = doc({ entries: [{ items: ITEMS }] });
const LEN = '[{name: 企业名称, type: string, length: 0}]';
const badLength = doc({ entries: [{ items: LEN }] });
const versionNumber = doc({ header: { version: '2026.1' } });
const reportNumber = doc({ header: { assessments: '{confidentiality_risk: {date: 2026-02-20, conclusion: passed, report: 123}}' } });
const badStatus = doc({ header: { assessments: '{confidentiality_risk: {status: 差不多, date: 2026-02-20, conclusion: passed}}' } });
const approvalTitle = doc({ header: { approval: '{approver: 张三, title: 42, date: 2026-03-05}' } });
const conditionsText = doc({ entries: [{ share_type: 'non_shareable', usage_conditions: '涉及举报人隐私' }] });
const conditionsNull = doc({ entries: [{ usage_conditions: 'null' }] });
const EXT = '[{id: EV-1, kind: duty_change, effective_date: 2026-02-10, extension: {approved_by: 数据局, date: 2026-02-20, working_days: 40.5}}]';
const extensionDays = doc({ header: { change_events: EXT } });
const openType = doc({ entries: [{ open_type: '部分开放' }] });
const entryPi = doc({ entries: [{ personal_info: '可能' }] });

testRule(rule, {
  valid: [
    { name: 'well-typed catalogue', yaml: doc().yaml },
    { name: 'share_method as a single string is accepted', yaml: doc({ entries: [{ share_method: 'api' }] }).yaml },
    { name: 'a missing field is another rule’s finding', yaml: doc({ entries: [{ format: null }] }).yaml },
    { name: 'an unknown key is another rule’s finding', yaml: doc({ entries: [{ colour: 'red' }] }).yaml },
    { name: 'a wrong enum value is another rule’s finding', yaml: doc({ entries: [{ share_type: 'sometimes' }] }).yaml },
    { name: 'an unknown key inside usage conditions is unknown-field’s alone', yaml: doc({ entries: [{ usage_conditions: '{scope: 本市, purpose: 核验, colour: red}' }] }).yaml },
    { name: 'a narrative assessment conclusion', yaml: doc({ header: { assessments: '{confidentiality_risk: {date: 2026-02-20, conclusion: 经评估，保密风险可控}}' } }).yaml },
    { name: 'assessment status and entry personal_info', yaml: doc({ header: { assessments: '{confidentiality_risk: {status: 已完成, date: 2026-02-20, conclusion: passed}}' }, entries: [{ personal_info: 'true', open_type: '依申请开放' }] }).yaml },
  ],
  invalid: [
    { name: 'text where a list belongs', yaml: itemsText.yaml, errors: [{ messageId: 'type', ...itemsText.entry(0, 'items'), en: '"items" should be a list, not a string', zh: '“items”应为列表，实际为文本' }] },
    { name: 'a list where a mapping belongs', yaml: providerList.yaml, errors: [{ messageId: 'type', ...providerList.entry(0, 'provider'), en: 'should be a mapping (key: value), not a list' }] },
    { name: 'text where a boolean belongs', yaml: boolText.yaml, errors: [{ messageId: 'type', ...within(boolText.entry(0, 'items'), ITEMS, '是的'), en: '"personal_info" should be a boolean' }] },
    { name: 'a number out of range', yaml: badLength.yaml, errors: [{ messageId: 'other', ...within(badLength.entry(0, 'items'), LEN, '0'), en: '"length" does not match', zh: '不得小于 1' }] },
    { name: 'an unquoted version number', yaml: versionNumber.yaml, errors: [{ messageId: 'type', ...versionNumber.header('version'), en: '"version" should be a string, not a number' }] },
    { name: 'an assessment report that is no text', yaml: reportNumber.yaml, errors: [{ messageId: 'type', ...valueAt(reportNumber.yaml, 'report: 123'), en: '"report" should be a string, not an integer' }] },
    { name: 'an assessment status off the list', yaml: badStatus.yaml, errors: [{ messageId: 'other', ...valueAt(badStatus.yaml, 'status: 差不多'), zh: '取值须为：completed、in_progress、not_started、已完成、进行中、未开展' }] },
    { name: 'an approver title that is no text', yaml: approvalTitle.yaml, errors: [{ messageId: 'type', ...valueAt(approvalTitle.yaml, 'title: 42') }] },
    {
      name: 'a field of several forms: one finding listing them',
      yaml: conditionsText.yaml,
      errors: [{ messageId: 'type', ...conditionsText.entry(0, 'usage_conditions'), zh: '“usage_conditions”应为取值 none、无，或映射（键: 值），实际为文本', en: '"usage_conditions" should be one of none, 无, or a mapping (key: value), not a string' }],
    },
    { name: 'null where several forms are allowed: one finding', yaml: conditionsNull.yaml, errors: [{ messageId: 'type', ...conditionsNull.entry(0, 'usage_conditions'), en: 'should be one of none, 无, or a mapping (key: value), not null' }] },
    { name: 'wrong type and out of range at one node: one finding', yaml: extensionDays.yaml, errors: [{ messageId: 'type', ...within(extensionDays.header('change_events'), EXT, '40.5'), en: '"working_days" should be an integer, not a number' }] },
    { name: 'an open-data class off the list', yaml: openType.yaml, errors: [{ messageId: 'other', ...openType.entry(0, 'open_type'), zh: '无条件开放、有条件开放、不予开放' }] },
    { name: 'entry personal_info as text', yaml: entryPi.yaml, errors: [{ messageId: 'type', ...entryPi.entry(0, 'personal_info'), en: '"personal_info" should be a boolean' }] },
  ],
});

describe('schema-valid cites by where the finding is', () => {
  const cited = (yaml: string) => runRule(rule, yaml).map((f) => [f.path, f.severity, f.articles.map((a) => `${a.article}(${a.paragraph ?? ''})`).join(' ')]);
  it('assessments and approval: Art. 13(1)', () => {
    expect(cited(reportNumber.yaml)).toEqual([['catalogue.assessments.confidentiality_risk.report', 'error', '13(1)']]);
    expect(cited(badStatus.yaml)).toEqual([['catalogue.assessments.confidentiality_risk.status', 'error', '13(1)']]);
    expect(cited(approvalTitle.yaml)).toEqual([['catalogue.approval.title', 'error', '13(1)']]);
  });
  it('entries and the rest of the header: Art. 13(2)', () => {
    expect(cited(itemsText.yaml)).toEqual([['entries[0].items', 'error', '13(2)']]);
    expect(cited(versionNumber.yaml)).toEqual([['catalogue.version', 'error', '13(2)']]);
  });
  it('open_type, which the Decree does not govern: a warning citing no article', () => {
    expect(cited(openType.yaml)).toEqual([['entries[0].open_type', 'warning', '']]);
  });
  it('lists every article it may cite', () => {
    expect(rule.articles.map((a) => `${a.article}(${a.paragraph})`)).toEqual(['13(1)', '13(2)']);
  });
});
