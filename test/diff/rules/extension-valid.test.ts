// extension-valid: Art. 17(2), an extension of at most 5 working days, approved before the original deadline, fully recorded.
import rule from '../../../src/diff/rules/extension-valid.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
`;

/** New version: the extension keys start at line 7 column 9 (approved_by, date, working_days on lines 7–9). */
const extended = (...lines: string[]) => yaml`
  catalogue:
    id: CAT-1
    change_events:
      - id: EV-1
        effective_date: 2026-02-10
        extension:
          ${lines.join('\n        ')}
`;

const PLAIN = yaml`
  catalogue:
    id: CAT-1
    change_events:
      - id: EV-1
        effective_date: 2026-02-10
`;

const ext = (date: string, days: string) => ['approved_by: 市政务服务和数据管理局', `date: ${date}`, `working_days: ${days}`];

testDiffRule(rule, {
  valid: [
    { name: '5 working days, approved before the original deadline 2026-03-02', old: OLD, new: extended(...ext('2026-02-26', '5')) },
    { name: 'approved on the original deadline itself', old: OLD, new: extended(...ext('2026-03-02', '3')) },
    { name: 'no working_days: the longest allowed', old: OLD, new: extended('approved_by: 市政务服务和数据管理局', 'date: 2026-02-26') },
    { name: 'no extension', old: OLD, new: PLAIN },
    { name: 'an extension unchanged since the old version is not checked again', old: extended(...ext('2026-03-20', '9')), new: extended(...ext('2026-03-20', '9')) },
    { name: 'the MIIT profile allows 20', old: OLD, new: extended(...ext('2026-02-12', '20')), options: { workingDays: 5, maxExtension: 20 } },
  ],
  invalid: [
    {
      name: 'longer than 5 working days', old: OLD, new: extended(...ext('2026-02-26', '8')),
      errors: [{ messageId: 'tooLong', line: 9, column: 23, en: 'extended by 8 working days, more than the 5 working days allowed', zh: '超过允许的最长 5 个工作日' }],
    },
    {
      name: 'approved one day after the original deadline', old: OLD, new: extended(...ext('2026-03-03', '5')),
      errors: [{ messageId: 'approvedLate', line: 8, column: 15, en: 'approved on 2026-03-03, after the original deadline 2026-03-02', zh: '晚于原更新期限 2026-03-02' }],
    },
    {
      name: 'without approved_by and date', old: OLD, new: extended('working_days: 5'),
      errors: [
        { messageId: 'incomplete', line: 7, column: 9, en: 'the approval date (date) is missing', zh: '缺少批准日期' },
        { messageId: 'incomplete', line: 7, column: 9, en: 'the approving authority (approved_by) is missing', zh: '缺少批准单位' },
      ],
    },
    {
      name: 'an impossible approval date', old: OLD, new: extended(...ext('2026-02-29', '5')),
      errors: [{ messageId: 'invalid', line: 8, column: 15, en: '"2026-02-29" does not exist' }],
    },
    {
      name: 'working_days that is not a whole number', old: OLD, new: extended(...ext('2026-02-26', 'five')),
      errors: [{ messageId: 'invalid', line: 9, column: 23, en: 'working_days must be a positive whole number', zh: '应为正整数' }],
    },
    {
      name: 'an extension added to an event the old version had', old: PLAIN, new: extended(...ext('2026-03-05', '5')),
      errors: [{ messageId: 'approvedLate', line: 8, column: 15 }],
    },
    {
      name: 'the MIIT profile: more than 20', old: OLD, new: extended(...ext('2026-02-12', '21')), options: { workingDays: 5, maxExtension: 20 },
      errors: [{ messageId: 'tooLong', line: 9, column: 23, en: 'more than the 20 working days allowed' }],
    },
  ],
});
