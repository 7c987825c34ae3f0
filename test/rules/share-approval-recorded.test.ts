import rule from '../../src/rules/share-approval-recorded.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const MIIT = ['internal_share_type', 'external_share_type'];
const APPROVED = '{approver: 李四, title: 副部长, date: 2026-02-26}';
const MINISTER = '{approver: 王五, title: 部长, date: 2026-02-27}';
const both = (internal: string, external: string, more: Record<string, string | null> = {}) => ({ share_type: null, internal_share_type: internal, external_share_type: external, usage_conditions: '{scope: 部内规划司局, objects: 规划司}', ...more });
const basis = (approval?: string) => `{reason: 涉及统计调查对象, legal_basis: 《中华人民共和国统计法》第三十九条, negative_list: true${approval ? `, approval: ${approval}` : ''}}`;

const conditional = doc({ entries: [both('conditional', 'conditional')] });
const noApprover = '{title: 副部长, date: 2026-02-26}';
const lacksApprover = doc({ entries: [both('conditional', 'conditional', { conditional_approval: noApprover })] });
const placeholderApprover = '{approver: 待定, date: 2026-02-26}';
const lacksBoth = doc({ entries: [both('conditional', 'conditional', { conditional_approval: '{title: 副部长}' })] });
const asText = doc({ entries: [both('conditional', 'conditional', { conditional_approval: '已审批' })] });
const badDate = '{approver: 李四, date: 2026-02-30}';
const wrongDate = doc({ entries: [both('conditional', 'conditional', { conditional_approval: badDate })] });
const withheld = doc({ entries: [both('conditional', 'non_shareable', { conditional_approval: APPROVED, non_share: basis() })] });
const neither = doc({ entries: [both('conditional', 'non_shareable', { non_share: basis() })] });
const decree = doc({ entries: [{}] });

testRule(rule, {
  valid: [
    { name: 'conditional, approved by the leader in charge', shareAttributes: MIIT, yaml: doc({ entries: [both('conditional', 'conditional', { conditional_approval: APPROVED })] }).yaml },
    { name: 'unconditional both ways: no approval needed', shareAttributes: MIIT, yaml: doc({ entries: [both('unconditional', 'unconditional', { usage_conditions: 'none' })] }).yaml },
    { name: 'conditional inside, withheld outside: both approvals', shareAttributes: MIIT, yaml: doc({ entries: [both('conditional', 'non_shareable', { conditional_approval: APPROVED, non_share: basis(MINISTER) })] }).yaml },
    { name: 'withheld both ways, approved by the minister', shareAttributes: MIIT, yaml: doc({ entries: [both('non_shareable', 'non_shareable', { usage_conditions: 'none', share_method: '[none]', non_share: basis(MINISTER) })] }).yaml },
    { name: 'no non_share mapping is non-shareable-legal-basis’ finding', shareAttributes: MIIT, yaml: doc({ entries: [both('non_shareable', 'non_shareable', { usage_conditions: 'none' })] }).yaml },
  ],
  invalid: [
    { name: 'conditional without the approval', shareAttributes: MIIT, yaml: conditional.yaml, errors: [{ messageId: 'missing', ...conditional.entry(0), zh: '未记录分管部领导的审批（conditional_approval：审批人和审批日期）；《工信部办法》第二十条第三款规定须报其审批', en: 'the ministry leader in charge' }] },
    { name: 'the approver missing', shareAttributes: MIIT, yaml: lacksApprover.yaml, errors: [{ messageId: 'incomplete', ...lacksApprover.entry(0, 'conditional_approval'), zh: '缺少审批人（approver）' }] },
    {
      name: 'the approver a placeholder',
      shareAttributes: MIIT,
      yaml: doc({ entries: [both('conditional', 'conditional', { conditional_approval: placeholderApprover })] }).yaml,
      errors: [{ messageId: 'incomplete', ...within(doc({ entries: [both('conditional', 'conditional', { conditional_approval: placeholderApprover })] }).entry(0, 'conditional_approval'), placeholderApprover, '待定') }],
    },
    { name: 'approver and date missing', shareAttributes: MIIT, yaml: lacksBoth.yaml, errors: [{ messageId: 'incomplete', ...lacksBoth.entry(0, 'conditional_approval'), zh: '审批人（approver）和审批日期（date）' }] },
    { name: 'the approval as text', shareAttributes: MIIT, yaml: asText.yaml, errors: [{ messageId: 'shape', ...asText.entry(0, 'conditional_approval') }] },
    { name: 'no such date', shareAttributes: MIIT, yaml: wrongDate.yaml, errors: [{ messageId: 'badDate', ...within(wrongDate.entry(0, 'conditional_approval'), badDate, '2026-02-30') }] },
    { name: 'withheld outside without the minister’s approval', shareAttributes: MIIT, yaml: withheld.yaml, errors: [{ messageId: 'missing', ...withheld.entry(0, 'non_share'), zh: '未记录部长的审批（non_share.approval', en: 'the minister' }] },
    {
      name: 'conditional and withheld, neither approved: two findings',
      shareAttributes: MIIT,
      yaml: neither.yaml,
      errors: [{ messageId: 'missing', ...neither.entry(0), zh: '分管部领导' }, { messageId: 'missing', ...neither.entry(0, 'non_share'), zh: '部长' }],
    },
    { name: 'with share_type (no profile): read the same way', yaml: decree.yaml, errors: [{ messageId: 'missing', ...decree.entry(0) }] },
  ],
});
