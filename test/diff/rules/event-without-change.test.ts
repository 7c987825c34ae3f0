// event-without-change: a change event new in the new version that no added, changed or removed entry cites.
import rule from '../../../src/diff/rules/event-without-change.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
    change_events:
      - {id: EV-0, kind: duty_change, effective_date: 2025-06-02}
  entries:
    - {id: E1, name: 企业登记信息, share_type: conditional}
    - {id: E2, name: 企业年报信息, share_type: unconditional, change_event: EV-1}
`;

/** New version: EV-0 on line 4, EV-1 on line 5 (column 7). */
const version = (entries: string) => yaml`
  catalogue:
    id: CAT-1
    change_events:
      - {id: EV-0, kind: duty_change, effective_date: 2025-06-02}
      - {id: EV-1, kind: duty_change, effective_date: 2026-02-10}
  entries:
    ${entries}
`;

const E1 = '- {id: E1, name: 企业登记信息, share_type: conditional}';
const E2 = '- {id: E2, name: 企业年报信息, share_type: unconditional, change_event: EV-1}';

testDiffRule(rule, {
  valid: [
    { name: 'no new event', old: OLD, new: OLD },
    { name: 'a changed entry cites the new event', old: OLD, new: version(`- {id: E1, name: 企业登记信息, share_type: unconditional, change_event: EV-1}\n  ${E2}`) },
    { name: 'an added entry cites the new event', old: OLD, new: version(`${E1}\n  ${E2}\n  - {id: E3, name: 新条目, change_event: EV-1}`) },
    { name: 'a removed entry cited the new event in the old version', old: OLD, new: version(E1) },
  ],
  invalid: [
    {
      name: 'a new event nothing cites', old: OLD, new: version(`${E1}\n  ${E2}`),
      errors: [{ messageId: 'unanswered', line: 5, column: 7, en: 'change event "EV-1" has no matching change', zh: '变更事件“EV-1”没有对应的条目变更' }],
    },
    {
      name: 'an unchanged entry citing the event does not count', old: OLD, new: version(`- {id: E1, name: 企业登记信息, share_type: unconditional}\n  ${E2}`),
      errors: [{ messageId: 'unanswered', line: 5, column: 7 }],
    },
    {
      name: 'an event without an id', old: OLD, new: version(`${E1}\n  ${E2}`).replace('{id: EV-1, ', '{'),
      errors: [{ messageId: 'unanswered', line: 5, column: 7, en: 'change event "#2"' }],
    },
  ],
});
