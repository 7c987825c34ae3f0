// update-deadline: Art. 17(2), 10 working days from the change event (15 with an approved extension), on the official calendar.
import rule from '../../../src/diff/rules/update-deadline.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
    submitted_at: 2026-01-05
`;

/** New version: line 5 column 7 is the first event. */
const updated = (submitted: string, event: string) => yaml`
  catalogue:
    id: CAT-1
    ${submitted}
    change_events:
      - ${event}
`;

const SPRING = 'id: EV-1\n      kind: duty_change\n      effective_date: 2026-02-10';
const withExt = (date: string, days = '') => `${SPRING}\n      extension: {approved_by: 市政务服务和数据管理局, date: ${date}${days}}`;

testDiffRule(rule, {
  valid: [
    { name: 'submitted on the due date, across the Spring Festival (2026-02-10 + 10 = 2026-03-02)', old: OLD, new: updated('submitted_at: 2026-03-02', SPRING) },
    { name: 'an extension of 5 makes the deadline 2026-03-09', old: OLD, new: updated('submitted_at: 2026-03-09', withExt('2026-02-26', ', working_days: 5')) },
    { name: 'an extension without working_days is the longest allowed', old: OLD, new: updated('submitted_at: 2026-03-09', withExt('2026-02-26')) },
    { name: '10 working days after 2026-09-30 is 2026-10-20', old: OLD, new: updated('submitted_at: 2026-10-20', 'id: EV-2\n      kind: law_change\n      effective_date: 2026-09-30') },
    { name: 'not submitted, still open on asOf', old: OLD, new: updated('version: "2"', SPRING), asOf: '2026-03-02' },
    { name: 'an event the old version already had is not checked again', old: updated('submitted_at: 2026-01-05', SPRING), new: updated('submitted_at: 2026-06-01', SPRING) },
    { name: 'the MIIT profile: 5 working days', old: OLD, new: updated('submitted_at: 2026-03-09', 'id: EV-3\n      kind: duty_change\n      effective_date: 2026-03-02'), options: { workingDays: 5, maxExtension: 20 } },
    { name: 'the MIIT profile: an extension of up to 20', old: OLD, new: updated('submitted_at: 2026-04-07', 'id: EV-3\n      kind: duty_change\n      effective_date: 2026-03-02\n      extension: {approved_by: 部办公厅, date: 2026-03-05}'), options: { workingDays: 5, maxExtension: 20 } },
  ],
  invalid: [
    {
      name: 'late by 1 across the Spring Festival', old: OLD, new: updated('submitted_at: 2026-03-03', SPRING),
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'was due by 2026-03-02 (10 working days) but was submitted on 2026-03-03, late by 1 working day', zh: '逾期 1 个工作日' }],
    },
    {
      name: 'late by 2 after National Day', old: OLD, new: updated('submitted_at: 2026-10-22', 'id: EV-2\n      kind: law_change\n      effective_date: 2026-09-30'),
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'due by 2026-10-20', zh: '逾期 2 个工作日' }],
    },
    {
      name: 'late even with an extension of 5 (15 working days)', old: OLD, new: updated('submitted_at: 2026-03-10', withExt('2026-02-26', ', working_days: 5')),
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'due by 2026-03-09 (10 working days plus an approved extension of 5)', zh: '另经批准延长 5 个工作日' }],
    },
    {
      name: 'an extension approved one day after the original deadline does not count', old: OLD, new: updated('submitted_at: 2026-03-06', withExt('2026-03-03', ', working_days: 5')),
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'due by 2026-03-02 (10 working days)', zh: '逾期 4 个工作日' }],
    },
    {
      name: 'not submitted and overdue on asOf', old: OLD, new: updated('version: "2"', SPRING), asOf: '2026-03-04',
      errors: [{ messageId: 'overdue', line: 5, column: 7, en: 'not submitted as of 2026-03-04: overdue by 2 working days', zh: '截至 2026-03-04 尚未报送，已逾期 2 个工作日' }],
    },
    {
      name: 'an impossible effective date', old: OLD, new: updated('submitted_at: 2026-03-06', 'id: EV-1\n      kind: duty_change\n      effective_date: 2026-02-30'),
      errors: [{ messageId: 'undated', line: 7, column: 23, en: '"2026-02-30" does not exist', zh: '2026 年 2 月只有 28 天' }],
    },
    {
      name: 'an event without an effective date', old: OLD, new: updated('submitted_at: 2026-03-06', 'id: EV-1\n      kind: duty_change'),
      errors: [{ messageId: 'undated', line: 5, column: 7, en: 'effective date (effective_date) is missing', zh: '缺少发生日期' }],
    },
    {
      name: 'an impossible submission date', old: OLD, new: updated('submitted_at: 2026-13-01', SPRING),
      errors: [{ messageId: 'badSubmitted', line: 3, column: 17, en: 'there is no month 13' }],
    },
    {
      name: 'the MIIT profile: late by 1 after 5 working days', old: OLD, new: updated('submitted_at: 2026-03-10', 'id: EV-3\n      kind: duty_change\n      effective_date: 2026-03-02'), options: { workingDays: 5, maxExtension: 20 },
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'due by 2026-03-09 (5 working days)' }],
    },
    {
      name: 'an event without an id is named by its position', old: OLD, new: updated('submitted_at: 2026-03-06', 'kind: duty_change\n      effective_date: 2026-02-10'),
      errors: [{ messageId: 'late', line: 5, column: 7, en: 'change event "#1"' }],
    },
  ],
});
