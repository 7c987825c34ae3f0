// change-cites-event: each added, changed or removed entry names its change event (info), and names one that exists (warning).
import rule from '../../../src/diff/rules/change-cites-event.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
    change_events:
      - {id: EV-0, kind: duty_change, effective_date: 2025-06-02}
  entries:
    - id: E1
      name: 企业登记信息
      share_type: conditional
    - id: E2
      name: 企业年报信息
      share_type: unconditional
      change_event: EV-0
`;

/** New version: events on lines 4–5, E1 on lines 7–9, E2 on lines 10–13, `rest` on line 14. */
const version = (e1: string, rest = '') => yaml`
  catalogue:
    id: CAT-1
    change_events:
      - {id: EV-0, kind: duty_change, effective_date: 2025-06-02}
      - {id: EV-1, kind: duty_change, effective_date: 2026-02-10}
  entries:
    - id: E1
      name: 企业登记信息
      ${e1}
    - id: E2
      name: 企业年报信息
      share_type: unconditional
      change_event: EV-0
    ${rest}
`;

testDiffRule(rule, {
  valid: [
    { name: 'no changes', old: OLD, new: OLD },
    { name: 'a changed entry citing a new event', old: OLD, new: version('share_type: unconditional\n    change_event: EV-1') },
    { name: 'an added entry citing an event', old: OLD, new: version('share_type: conditional', '- {id: E3, name: 新条目, change_event: EV-1}') },
    { name: 'a removed entry that cited an event in the old version', old: OLD, new: yaml`
      catalogue:
        id: CAT-1
        change_events: [{id: EV-0, kind: duty_change, effective_date: 2025-06-02}]
      entries:
        - {id: E1, name: 企业登记信息, share_type: conditional}
    ` },
  ],
  invalid: [
    {
      name: 'a changed entry citing no event is info', old: OLD, new: version('share_type: unconditional'),
      errors: [{ messageId: 'noEvent', line: 7, column: 5, severity: 'info', en: 'entry "企业登记信息" was changed without citing a change event', zh: '已修改，但未注明对应的变更事件' }],
    },
    {
      name: 'an added entry citing no event', old: OLD, new: version('share_type: conditional', '- {id: E3, name: 新条目}'),
      errors: [{ messageId: 'noEvent', line: 14, column: 5, severity: 'info', en: 'entry "新条目" was added', zh: '已新增' }],
    },
    {
      name: 'a removed entry that cited no event is reported in the old file', old: OLD, new: yaml`
        catalogue:
          id: CAT-1
          change_events: [{id: EV-0, kind: duty_change, effective_date: 2025-06-02}]
        entries:
          - {id: E2, name: 企业年报信息, share_type: unconditional, change_event: EV-0}
      `,
      errors: [{ messageId: 'noEvent', in: 'old', line: 6, column: 5, severity: 'info', en: 'was removed', zh: '已删除' }],
    },
    {
      name: 'citing an event the catalogue does not list is a warning', old: OLD, new: version('share_type: unconditional\n    change_event: EV-9'),
      errors: [{ messageId: 'unknownEvent', line: 10, column: 19, severity: 'warning', en: 'cites change event "EV-9", which catalogue.change_events does not list', zh: '“EV-9”不在 catalogue.change_events 中' }],
    },
  ],
});
