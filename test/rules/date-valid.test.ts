import rule from '../../src/rules/date-valid.js';
import { testRule } from '../rule-tester.js';
import { doc, raw, valueAt } from '../helpers/header-docs.js';

const compiled = (v: string) => doc({ header: { compiled_at: v } });
const feb30 = compiled('2026-02-30');
const feb29 = compiled('2026-02-29');
const month13 = compiled('2026-13-01');
const day0 = compiled('2026-04-00');
const apr31 = compiled('2026-04-31');
const slashes = compiled('2026/3/2');
const digits = compiled('20260302');
const quotedDigits = compiled("'20260302'");
const chinese = compiled('2026年3月2日');
const withTime = compiled('2026-03-02T10:00:00');
const words = compiled('三月初');
const list = compiled('[2026, 3, 2]');
const badGuess = compiled('2026/2/30');
const nested = doc({
  header: {
    approval: '{approver: 张三, date: 2026-3-5}',
    assessments: '{confidentiality_risk: {date: 2026-02-31, conclusion: passed}}',
    change_events: '[{id: EV-1, kind: duty_change, effective_date: 2026.2.10, extension: {approved_by: 数据局, date: 2026-02-29}}]',
  },
});

testRule(rule, {
  valid: [
    { name: 'all dates valid', yaml: doc().yaml },
    { name: 'leap day in a leap year', yaml: compiled('2028-02-29').yaml },
    { name: 'leap day in 2000', yaml: compiled('2000-02-29').yaml },
    { name: 'quoted ISO date', yaml: compiled("'2026-03-02'").yaml },
    { name: 'missing and blank dates are other rules\' findings', yaml: doc({ header: { compiled_at: null, submitted_at: "''", approval: '{approver: 张三, date: null}' } }).yaml },
    { name: 'valid change-event dates', yaml: doc({ header: { change_events: '[{id: EV-1, effective_date: 2026-02-10, extension: {date: 2026-02-20}}]' } }).yaml },
    { name: 'change_events not a list', yaml: doc({ header: { change_events: '{effective_date: 2026-02-30}' } }).yaml },
    { name: 'no catalogue header', yaml: raw(null) },
    { name: 'a placeholder assessment date is the assessment rule’s finding', yaml: doc({ header: { assessments: '{confidentiality_risk: {date: 待定, conclusion: 待定}}' } }).yaml },
    { name: 'an assessment date written 未开展 is the assessment rule’s finding', yaml: doc({ header: { assessments: '{confidentiality_risk: {date: 未开展, conclusion: 未开展}}' } }).yaml },
    { name: 'the planned date of an assessment not done is not checked', yaml: doc({ header: { assessments: '{confidentiality_risk: {status: 进行中, date: 2026年7月}}' } }).yaml },
  ],
  invalid: [
    { name: '30 February', yaml: feb30.yaml, errors: [{ messageId: 'impossible', ...feb30.header('compiled_at'), zh: '2026 年 2 月只有 28 天', en: 'February 2026 has 28 days' }] },
    { name: '29 February outside a leap year', yaml: feb29.yaml, errors: [{ messageId: 'impossible', ...feb29.header('compiled_at'), en: 'has 28 days' }] },
    { name: 'month 13', yaml: month13.yaml, errors: [{ messageId: 'impossible', ...month13.header('compiled_at'), zh: '没有 13 月', en: 'there is no month 13' }] },
    { name: 'day 0', yaml: day0.yaml, errors: [{ messageId: 'impossible', ...day0.header('compiled_at'), en: 'there is no day 0' }] },
    { name: '31 April', yaml: apr31.yaml, errors: [{ messageId: 'impossible', ...apr31.header('compiled_at'), en: 'April 2026 has 30 days' }] },
    { name: 'slashes, suggests the ISO form', yaml: slashes.yaml, errors: [{ messageId: 'format', ...slashes.header('compiled_at'), zh: '应写作 2026-03-02', en: 'write 2026-03-02' }] },
    { name: 'unquoted digits are a number', yaml: digits.yaml, errors: [{ messageId: 'format', ...digits.header('compiled_at'), zh: '编制日期（compiled_at） 20260302 不是 yyyy-mm-dd', en: '; write 2026-03-02' }] },
    { name: 'quoted digits', yaml: quotedDigits.yaml, errors: [{ messageId: 'format', ...quotedDigits.header('compiled_at'), en: '“20260302”' }] },
    { name: 'Chinese date', yaml: chinese.yaml, errors: [{ messageId: 'format', ...chinese.header('compiled_at'), zh: '应写作 2026-03-02' }] },
    { name: 'date with a time', yaml: withTime.yaml, errors: [{ messageId: 'format', ...withTime.header('compiled_at'), en: 'write 2026-03-02' }] },
    { name: 'words, no suggestion', yaml: words.yaml, errors: [{ messageId: 'format', ...words.header('compiled_at'), en: '(e.g. 2026-03-02)' }] },
    { name: 'a list', yaml: list.yaml, errors: [{ messageId: 'format', ...list.header('compiled_at'), zh: '列表', en: 'a list' }] },
    { name: 'no suggestion of an impossible date', yaml: badGuess.yaml, errors: [{ messageId: 'format', ...badGuess.header('compiled_at'), en: '(e.g. 2026-03-02)' }] },
    {
      name: 'nested dates: approval, assessment, change event',
      yaml: nested.yaml,
      errors: [
        { messageId: 'format', ...valueAt(nested.yaml, 'date: 2026-3-5'), zh: '部门负责人审核同意日期', en: 'approval date (approval.date), “2026-3-5”' },
        { messageId: 'impossible', ...valueAt(nested.yaml, 'date: 2026-02-31'), zh: '保密风险评估日期', en: 'February 2026 has 28 days' },
        { messageId: 'format', ...valueAt(nested.yaml, 'effective_date: 2026.2.10'), zh: '变更事件“EV-1”的发生日期', en: 'write 2026-02-10' },
        { messageId: 'impossible', ...valueAt(nested.yaml, 'date: 2026-02-29'), en: 'extension approval date of change event "EV-1"' },
      ],
    },
  ],
});
