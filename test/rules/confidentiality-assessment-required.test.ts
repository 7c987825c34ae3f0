import rule from '../../src/rules/confidentiality-assessment-required.js';
import { testRule } from '../rule-tester.js';
import { at, doc, raw, valueAt } from '../helpers/header-docs.js';

const PI = 'personal_information_impact: {date: 2026-02-21, conclusion: passed}';
const assess = (cr: string) => doc({ header: { assessments: `{confidentiality_risk: ${cr}, ${PI}}` } });
const noAssessments = doc({ header: { assessments: null } });
const onlyPi = doc({ header: { assessments: `{${PI}}` } });
const textAssessments = doc({ header: { assessments: '已开展保密风险评估' } });
const nullRecord = doc({ header: { assessments: `{confidentiality_risk: null, ${PI}}` } });
const noDate = assess('{conclusion: passed}');
const nothing = assess('{report: 报告.pdf}');
const textRecord = assess('已评估');
const blankConclusion = assess("{date: 2026-02-20, conclusion: ''}");
const failed = assess('{date: 2026-02-20, conclusion: failed}');
const failedZh = assess('{date: 2026-02-20, conclusion: 不通过}');
const failedVariant = assess('{date: 2026-02-20, conclusion: 不合格}');
const block = raw(['id: X', 'assessments:', '  confidentiality_risk:', '    date: 2026-02-20']);

testRule(rule, {
  valid: [
    { name: 'recorded and passed', yaml: doc().yaml },
    { name: 'Chinese conclusion 通过', yaml: assess('{date: 2026-02-20, conclusion: 通过}').yaml },
    { name: 'conditionally passed', yaml: assess('{date: 2026-02-20, conclusion: 有条件通过}').yaml },
    { name: 'malformed date is date-valid\'s finding', yaml: assess('{date: 2026/2/20, conclusion: passed}').yaml },
    { name: 'no catalogue header', yaml: raw(null) },
  ],
  invalid: [
    { name: 'no assessments at all: reported at the header', yaml: noAssessments.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '未记录保密风险评估', en: 'no confidentiality risk assessment' }] },
    { name: 'only the PI assessment', yaml: onlyPi.yaml, errors: [{ messageId: 'missing', ...onlyPi.header('assessments') }] },
    { name: 'assessments as free text', yaml: textAssessments.yaml, errors: [{ messageId: 'missing', ...textAssessments.header('assessments') }] },
    { name: 'record null', yaml: nullRecord.yaml, errors: [{ messageId: 'missing', ...valueAt(nullRecord.yaml, 'confidentiality_risk: null') }] },
    { name: 'date missing', yaml: noDate.yaml, errors: [{ messageId: 'incomplete', ...valueAt(noDate.yaml, 'confidentiality_risk: {'), zh: '保密风险评估缺少评估日期', en: 'lacks its date' }] },
    {
      name: 'date and conclusion missing: one finding each',
      yaml: nothing.yaml,
      errors: [
        { messageId: 'incomplete', ...valueAt(nothing.yaml, 'confidentiality_risk: {'), en: 'date' },
        { messageId: 'incomplete', ...valueAt(nothing.yaml, 'confidentiality_risk: {'), en: 'conclusion' },
      ],
    },
    {
      name: 'record as free text',
      yaml: textRecord.yaml,
      errors: [
        { messageId: 'incomplete', ...valueAt(textRecord.yaml, 'confidentiality_risk: 已'), en: 'date' },
        { messageId: 'incomplete', ...valueAt(textRecord.yaml, 'confidentiality_risk: 已'), en: 'conclusion' },
      ],
    },
    { name: 'blank conclusion', yaml: blankConclusion.yaml, errors: [{ messageId: 'incomplete', ...valueAt(blankConclusion.yaml, "conclusion: ''"), zh: '评估结论' }] },
    { name: 'failed', yaml: failed.yaml, errors: [{ messageId: 'failed', ...valueAt(failed.yaml, 'conclusion: failed'), zh: '不通过', en: 'concluded "failed"' }] },
    { name: 'failed in Chinese', yaml: failedZh.yaml, errors: [{ messageId: 'failed', ...valueAt(failedZh.yaml, 'conclusion: 不通过') }] },
    { name: 'failed as a variant (不合格)', yaml: failedVariant.yaml, errors: [{ messageId: 'failed', ...valueAt(failedVariant.yaml, 'conclusion: 不合格') }] },
    { name: 'block style, conclusion missing', yaml: block, errors: [{ messageId: 'incomplete', ...at(block, 'date: 2026-02-20'), en: 'conclusion' }] },
  ],
});
