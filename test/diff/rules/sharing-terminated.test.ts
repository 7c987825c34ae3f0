// sharing-terminated: Art. 27(3), a shared entry removed or made non-shareable needs a consultation and filing record.
import rule from '../../../src/diff/rules/sharing-terminated.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const OLD = yaml`
  catalogue:
    id: CAT-1
  entries:
    - {id: E1, name: 企业登记信息, share_type: conditional}
    - {id: E2, name: 企业年报信息, share_type: unconditional}
    - {id: E3, name: 举报人信息, share_type: non_shareable}
`;

/** New version: line 3 holds `terminations` (or another header key), the entries start on line 5. */
const version = (terminations: string, entries: string) => yaml`
  catalogue:
    id: CAT-1
    ${terminations}
  entries:
    ${entries}
`;

const E1 = '- {id: E1, name: 企业登记信息, share_type: conditional}';
const E3 = '- {id: E3, name: 举报人信息, share_type: non_shareable}';
const FULL = 'terminations: [{entry: E2, consulted: [市税务局], filed_with: 市政务服务和数据管理局, filed_at: 2026-03-04}]';

testDiffRule(rule, {
  valid: [
    { name: 'nothing removed', old: OLD, new: OLD },
    { name: 'removed with a consultation and filing record', old: OLD, new: version(FULL, `${E1}\n  ${E3}`) },
    { name: 'a filing reference instead of a date', old: OLD, new: version('terminations: [{entry: E2, consulted: [市税务局], reference: 京数备〔2026〕7号}]', `${E1}\n  ${E3}`) },
    { name: 'a non-shareable entry removed', old: OLD, new: version('version: "2"', `${E1}\n  - {id: E2, name: 企业年报信息, share_type: unconditional}`) },
    { name: 'made non-shareable with a record', old: OLD, new: version(FULL, `${E1}\n  - {id: E2, name: 企业年报信息, share_type: non_shareable}\n  ${E3}`) },
    { name: 'tightened to conditional is not a termination', old: OLD, new: version('version: "2"', `${E1}\n  - {id: E2, name: 企业年报信息, share_type: conditional}\n  ${E3}`) },
  ],
  invalid: [
    {
      name: 'a shared entry removed without a record is reported in the old file', old: OLD, new: version('version: "2"', `${E1}\n  ${E3}`),
      errors: [{ messageId: 'removed', in: 'old', line: 5, column: 5, en: 'entry "企业年报信息", shared (unconditional), was removed', zh: '已共享（无条件共享）的条目“企业年报信息”在新版中被删除' }],
    },
    {
      name: 'made non-shareable without a record', old: OLD, new: version('version: "2"', `${E1}\n  - {id: E2, name: 企业年报信息, share_type: 不予共享}\n  ${E3}`),
      errors: [{ messageId: 'terminated', line: 6, column: 40, en: 'changed from unconditional to non-shareable', zh: '由无条件共享改为不予共享' }],
    },
    {
      name: 'a record without consulted departments or filing', old: OLD, new: version('terminations: [{entry: E2, filed_with: 市政务服务和数据管理局}]', `${E1}\n  ${E3}`),
      errors: [{ messageId: 'incompleteRecord', line: 3, column: 18, en: 'lacks the requesting departments consulted (consulted) and the filing date or reference (filed_at / reference)', zh: '缺少协商的需求部门（consulted）和备案日期或备案文号' }],
    },
    {
      name: 'a record for another entry does not count', old: OLD, new: version(FULL.replace('E2', 'E9'), E3),
      errors: [
        { messageId: 'removed', in: 'old', line: 4, column: 5, en: 'shared (conditional)' },
        { messageId: 'removed', in: 'old', line: 5, column: 5 },
      ],
    },
  ],
});

// MIIT: an attribute that shared the data and now withholds it ends a sharing service; the record is the same.
const MIIT = ['internal_share_type', 'external_share_type'];
const MIIT_OLD = yaml`
  catalogue:
    id: CAT-1
  entries:
    - {id: E1, name: 企业登记信息, internal_share_type: unconditional, external_share_type: conditional}
`;
const miitNew = (external: string, terminations = 'version: "2"') => yaml`
  catalogue:
    id: CAT-1
    ${terminations}
  entries:
    - {id: E1, name: 企业登记信息, internal_share_type: unconditional, external_share_type: ${external}}
`;

testDiffRule(rule, {
  valid: [
    { name: 'MIIT: external sharing ended with the General Office’s consent recorded', shareAttributes: MIIT, old: MIIT_OLD, new: miitNew('non_shareable', 'terminations: [{entry: E1, consulted: [国家统计局], filed_with: 办公厅, filed_at: 2026-03-04}]') },
    { name: 'MIIT: still shared outside', shareAttributes: MIIT, old: MIIT_OLD, new: miitNew('conditional') },
  ],
  invalid: [
    {
      name: 'MIIT: external sharing ended without a record',
      shareAttributes: MIIT,
      old: MIIT_OLD,
      new: miitNew('non_shareable'),
      errors: [{ messageId: 'terminated', line: 5, column: 85, zh: '条目“企业登记信息”由部外有条件共享改为不予共享' }],
    },
  ],
});
