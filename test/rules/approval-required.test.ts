import rule from '../../src/rules/approval-required.js';
import { testRule } from '../rule-tester.js';
import { doc, raw, valueAt } from '../helpers/header-docs.js';

const noApproval = doc({ header: { approval: null } });
const emptyApproval = doc({ header: { approval: '{}' } });
const nullApproval = doc({ header: { approval: 'null' } });
const textApproval = doc({ header: { approval: '已经局长审核同意' } });
const listApproval = doc({ header: { approval: '[张三, 2026-03-05]' } });
const noDate = doc({ header: { approval: '{approver: 张三, title: 局长}' } });
const onlyTitle = doc({ header: { approval: '{title: 局长}' } });
const blankApprover = doc({ header: { approval: "{approver: '  ', date: 2026-03-05}" } });
const nullDate = doc({ header: { approval: '{approver: 张三, date: null}' } });
const noTitle = doc({ header: { approval: '{approver: 张三, date: 2026-03-05}' } });

testRule(rule, {
  valid: [
    { name: 'approver, title and date', yaml: doc().yaml },
    { name: 'title is optional by default', yaml: noTitle.yaml },
    { name: 'wrongly typed date is date-valid\'s finding', yaml: doc({ header: { approval: '{approver: 张三, date: 20260305}' } }).yaml },
    { name: 'no catalogue header: header-required reports it', yaml: raw(null) },
  ],
  invalid: [
    { name: 'approval missing: reported at the header', yaml: noApproval.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '部门负责人审核同意', en: 'no approval by the department head' }] },
    { name: 'approval empty mapping', yaml: emptyApproval.yaml, errors: [{ messageId: 'missing', ...emptyApproval.header('approval') }] },
    { name: 'approval null', yaml: nullApproval.yaml, errors: [{ messageId: 'missing', ...nullApproval.header('approval') }] },
    { name: 'approval as free text', yaml: textApproval.yaml, errors: [{ messageId: 'shape', ...textApproval.header('approval'), zh: '实际为“已经局长审核同意”', en: 'found “已经局长审核同意”' }] },
    { name: 'approval as a list', yaml: listApproval.yaml, errors: [{ messageId: 'shape', ...listApproval.header('approval'), en: 'found a list' }] },
    { name: 'date missing', yaml: noDate.yaml, errors: [{ messageId: 'incomplete', ...noDate.header('approval'), zh: '缺少审核同意日期', en: 'lacks its date' }] },
    {
      name: 'approver and date missing: one finding each',
      yaml: onlyTitle.yaml,
      errors: [
        { messageId: 'incomplete', ...onlyTitle.header('approval'), zh: '审核人', en: 'lacks its approver' },
        { messageId: 'incomplete', ...onlyTitle.header('approval'), en: 'lacks its date' },
      ],
    },
    { name: 'blank approver', yaml: blankApprover.yaml, errors: [{ messageId: 'incomplete', ...valueAt(blankApprover.yaml, "approver: '"), en: 'approver' }] },
    { name: 'null date', yaml: nullDate.yaml, errors: [{ messageId: 'incomplete', ...valueAt(nullDate.yaml, 'date: null'), en: 'date' }] },
    { name: 'option fields requires the title', yaml: noTitle.yaml, options: { fields: ['approver', 'date', 'title'] }, errors: [{ messageId: 'incomplete', ...noTitle.header('approval'), zh: '审核人职务', en: "approver's title" }] },
  ],
});
