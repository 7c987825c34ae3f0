// calendar-unpublished-year: deadlines counted in a year without an official schedule (2027 today) are flagged.
import { describe, it, expect } from 'vitest';
import rule from '../../../src/diff/rules/calendar-unpublished-year.js';
import updateDeadline from '../../../src/diff/rules/update-deadline.js';
import reviewDeadline from '../../../src/diff/rules/review-deadline.js';
import { officialCalendar } from '../../../src/calendar/index.js';
import { runDiffRule, testDiffRule, yaml } from '../diff-rule-tester.js';

const before = [updateDeadline, reviewDeadline];
const OLD = yaml`
  catalogue:
    id: CAT-1
`;

/** New version: the events from line 4 (column 7), one per line; submitted on 2027-04-01 unless `submitted` says otherwise. */
const version = (events: string[], submitted = '2027-04-01') => yaml`
  catalogue:
    id: CAT-1
    change_events:
      ${events.join('\n    ')}
    submitted_at: ${submitted}
`;

const ev = (id: string, date: string) => `- {id: ${id}, kind: duty_change, effective_date: ${date}}`;

testDiffRule(rule, {
  valid: [
    { name: 'all deadlines in published years', old: OLD, new: version([ev('EV-1', '2026-02-10')], '2026-03-02'), before },
    { name: 'a calendar override for 2027 silences it', old: OLD, new: version([ev('EV-1', '2027-02-24')]), before, calendar: officialCalendar({ 2027: { holidays: ['2027-02-06..2027-02-12'] } }) },
  ],
  invalid: [
    {
      name: 'a 2027 event', old: OLD, new: version([ev('EV-1', '2026-03-02'), ev('EV-2', '2027-02-24')]), before,
      errors: [{ messageId: 'unpublished', line: 5, column: 7, en: 'the State Council holiday schedule for 2027 is not published yet', zh: 'calendar: { 2027: { holidays: [...], workdays: [...] } }' }],
    },
    {
      name: 'an event dated 2027 even when no deadline rule ran', old: OLD, new: version([ev('EV-1', '2027-02-24')]),
      errors: [{ messageId: 'unpublished', line: 4, column: 7 }],
    },
    {
      name: 'a deadline running from late 2026 into 2027 points at its event', old: OLD, new: version([ev('EV-1', '2026-12-24')]), before,
      errors: [{ messageId: 'unpublished', line: 4, column: 7, en: 'Monday to Friday' }],
    },
    {
      name: 'a review in 2027 with no event points at the header', old: OLD, new: 'catalogue:\n  id: CAT-1\n  review: {received_at: 2027-03-01, published_at: 2027-03-02}\n', before,
      errors: [{ messageId: 'unpublished', line: 2, column: 3, zh: '2027 年的国务院节假日安排尚未发布' }],
    },
    {
      name: 'a year before the data (2003) is missing, not unpublished', old: OLD, new: version([ev('EV-1', '2003-05-06')], '2003-05-08'), before,
      errors: [{ messageId: 'missing', line: 4, column: 7, en: 'chinese-days has no holiday schedule for 2003' }],
    },
  ],
});

describe('calendar-unpublished-year runs late', () => {
  it('reads the notices the deadline rules left behind, whatever the profile order', () => {
    expect(rule.late).toBe(true);
    expect(runDiffRule(rule, OLD, version([ev('EV-1', '2027-02-24')]), { before })).toHaveLength(1);
  });
});
