import rule from '../../src/rules/assessment-chronology.js';
import { testRule } from '../rule-tester.js';
import { doc, raw, valueAt } from '../helpers/header-docs.js';

const assess = (cr: string, pi = '2026-02-21') => `{confidentiality_risk: {date: ${cr}, conclusion: passed}, personal_information_impact: {date: ${pi}, conclusion: passed}}`;
const late = doc({ header: { assessments: assess('2026-03-10') } });
const bothLate = doc({ header: { assessments: assess('2026-03-06', '2026-03-07') } });
const approvalLate = doc({ header: { approval: '{approver: 张三, date: 2026-03-08}' } });
const compiledLate = doc({ header: { compiled_at: '2026-03-07' } });
const future = doc({ header: { submitted_at: '2026-07-01' } });
const completedLate = doc({ header: { assessments: '{confidentiality_risk: {status: completed, date: 2026-03-10, conclusion: passed}}' } });
const typo = doc({ header: { compiled_at: '2062-03-02', submitted_at: null } });
const extension = doc({ header: { change_events: '[{id: EV-1, kind: duty_change, effective_date: 2026-02-10, extension: {approved_by: 数据局, date: 2026-06-15}}]' } });
const blockOther = raw(['id: X', 'approval: {approver: 张三, date: 2026-03-05}', 'assessments:', '  data_security:', '    date: 2026-03-09', '    conclusion: passed']);

testRule(rule, {
  valid: [
    { name: 'assess, approve, submit in order', yaml: doc().yaml },
    { name: 'same day is on/before', yaml: doc({ header: { assessments: assess('2026-03-05', '2026-03-05'), approval: '{approver: 张三, date: 2026-03-06}' } }).yaml },
    { name: 'no approval and no submission: nothing to compare', yaml: doc({ header: { approval: null, submitted_at: null, assessments: assess('2026-05-01') } }).yaml },
    { name: 'invalid and wrongly typed dates are skipped', yaml: doc({ header: { assessments: assess('2026-13-40', '20260401'), approval: '{approver: 张三, date: [2026]}', compiled_at: '2026/3/9' } }).yaml },
    { name: 'date on the as-of day', yaml: doc({ header: { submitted_at: '2026-06-01' } }).yaml },
    { name: 'a change event may take effect after the as-of date', yaml: doc({ header: { change_events: '[{id: EV-1, kind: law_change, effective_date: 2026-09-01}]' } }).yaml },
    { name: 'as-of date given by the caller', yaml: future.yaml, asOf: '2026-07-01' },
    { name: 'no catalogue header', yaml: raw(null) },
    { name: 'an assessment in progress has no date to order (its not being done is the one finding)', yaml: doc({ header: { assessments: '{confidentiality_risk: {status: in_progress, date: 2026-07-01}}' } }).yaml },
    { name: 'a completed assessment is ordered', yaml: doc({ header: { assessments: '{confidentiality_risk: {status: 已完成, date: 2026-02-20, conclusion: passed}}' } }).yaml },
  ],
  invalid: [
    {
      name: 'assessment after the approval',
      yaml: late.yaml,
      errors: [{ messageId: 'assessmentAfterApproval', ...valueAt(late.yaml, 'date: 2026-03-10'), zh: '保密风险评估日期 2026-03-10 晚于部门负责人审核同意日期 2026-03-05', en: 'the date of the confidentiality risk assessment (保密风险评估), 2026-03-10, is after the approval date 2026-03-05' }],
    },
    {
      name: 'both assessments late: one finding each',
      yaml: bothLate.yaml,
      errors: [
        { messageId: 'assessmentAfterApproval', ...valueAt(bothLate.yaml, 'date: 2026-03-06'), zh: '保密风险评估' },
        { messageId: 'assessmentAfterApproval', ...valueAt(bothLate.yaml, 'date: 2026-03-07'), zh: '个人信息保护影响评估' },
      ],
    },
    { name: 'approval after submission', yaml: approvalLate.yaml, errors: [{ messageId: 'approvalAfterSubmission', ...valueAt(approvalLate.yaml, 'date: 2026-03-08'), zh: '审核同意日期 2026-03-08 晚于报送日期 2026-03-06', en: 'approved before it is submitted' }] },
    { name: 'compiled after submission', yaml: compiledLate.yaml, errors: [{ messageId: 'compiledAfterSubmission', ...compiledLate.header('compiled_at'), en: 'compilation date 2026-03-07 is after the submission date 2026-03-06' }] },
    { name: 'submission in the future of the as-of date', yaml: future.yaml, errors: [{ messageId: 'future', ...future.header('submitted_at'), zh: '晚于检查日期 2026-06-01', en: 'lies in the future of the as-of date 2026-06-01' }] },
    { name: 'typo year in the compilation date', yaml: typo.yaml, errors: [{ messageId: 'future', ...typo.header('compiled_at'), zh: '编制日期（compiled_at） 2062-03-02', en: 'compilation date (compiled_at), 2062-03-02' }] },
    { name: 'extension approved in the future', yaml: extension.yaml, errors: [{ messageId: 'future', ...valueAt(extension.yaml, 'date: 2026-06-15'), zh: '变更事件“EV-1”的延期同意日期', en: 'extension approval date of change event "EV-1"' }] },
    { name: 'completed with a date after the approval', yaml: completedLate.yaml, errors: [{ messageId: 'assessmentAfterApproval', ...valueAt(completedLate.yaml, 'date: 2026-03-10') }] },
    { name: 'any assessment key, block style', yaml: blockOther, errors: [{ messageId: 'assessmentAfterApproval', ...valueAt(blockOther, 'date: 2026-03-09'), zh: '评估“data_security”日期', en: 'assessment "data_security"' }] },
  ],
});

// MIIT Art. 14(3): the confidentiality risk assessment comes before the catalogue is compiled.
const beforeCompiled = { beforeCompiled: ['confidentiality_risk'] };
const afterCompiling = doc({ header: { assessments: assess('2026-03-04'), approval: '{approver: 张三, date: 2026-03-05}' } });

testRule(rule, {
  valid: [
    { name: 'MIIT: assessed before compiling', options: beforeCompiled, yaml: doc({ header: { assessments: assess('2026-02-20') } }).yaml },
    { name: 'MIIT: the PI assessment may follow compilation', options: beforeCompiled, yaml: doc({ header: { assessments: assess('2026-02-20', '2026-03-04') } }).yaml },
    { name: 'without the option, after compiling is fine', yaml: afterCompiling.yaml },
  ],
  invalid: [
    {
      name: 'MIIT: assessed after compiling',
      options: beforeCompiled,
      yaml: afterCompiling.yaml,
      errors: [{ messageId: 'assessmentAfterCompiled', ...valueAt(afterCompiling.yaml, 'date: 2026-03-04'), zh: '保密风险评估日期 2026-03-04 晚于编制日期 2026-03-02', en: 'before the catalogue is compiled' }],
    },
  ],
});
