// review-deadline: Art. 17(3), the authority reviews and publishes within 2 working days of receipt.
import rule from '../../../src/diff/rules/review-deadline.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
`;

/** New version: received_at on line 4 (value at column 18), published_at on line 5 (value at column 19). */
const reviewed = (received: string, published?: string) => [
  'catalogue:',
  '  id: CAT-1',
  '  review:',
  `    received_at: ${received}`,
  ...(published ? [`    published_at: ${published}`] : []),
  '',
].join('\n');

testDiffRule(rule, {
  valid: [
    { name: 'no review dates', old: OLD, new: OLD },
    { name: 'received on a Friday, published on the second working day', old: OLD, new: reviewed('2026-03-06', '2026-03-10') },
    { name: 'received before the Spring Festival, published on the make-up Saturday 2026-02-14', old: OLD, new: reviewed('2026-02-12', '2026-02-14') },
    { name: 'not published yet, still open', old: OLD, new: reviewed('2026-03-06'), asOf: '2026-03-10' },
    { name: 'dates from the command line', old: OLD, new: OLD, review: { received: '2026-03-06', published: '2026-03-09' } },
    { name: 'a longer review period from the profile', old: OLD, new: reviewed('2026-03-06', '2026-03-12'), options: { workingDays: 5 } },
  ],
  invalid: [
    {
      name: 'published two working days late', old: OLD, new: reviewed('2026-03-06', '2026-03-12'),
      errors: [{ messageId: 'late', line: 5, column: 19, en: 'had to review and publish it by 2026-03-10 (2 working days), but published it on 2026-03-12: late by 2 working days', zh: '逾期 2 个工作日' }],
    },
    {
      name: 'not published and overdue on asOf', old: OLD, new: reviewed('2026-03-06'), asOf: '2026-03-11',
      errors: [{ messageId: 'overdue', line: 4, column: 18, en: 'not published as of 2026-03-11: overdue by 1 working day', zh: '已逾期 1 个工作日' }],
    },
    {
      name: 'command-line dates point at the header', old: OLD, new: OLD, review: { received: '2026-03-06', published: '2026-03-11' },
      errors: [{ messageId: 'late', line: 2, column: 3, en: 'late by 1 working day' }],
    },
    {
      name: 'an impossible receipt date', old: OLD, new: reviewed('2026-04-31', '2026-05-06'),
      errors: [{ messageId: 'invalidDate', line: 4, column: 18, en: 'the review receipt date (received_at) is invalid: "2026-04-31" does not exist', zh: '收到日期（received_at）有误' }],
    },
  ],
});
