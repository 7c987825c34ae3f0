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
const notStarted = assess('{status: 未开展}');
const inProgress = assess('{status: in_progress, date: 2026-07-01, conclusion: 待定}');
const variantStatus = assess('{status: 尚未开展}');
const textNotStarted = assess('未开展');
const textNone = assess('无');
const textDash = assess("'-'");
const fieldsSayNot = assess('{date: 未开展, conclusion: 未开展}');
const nullAndPending = assess('{date: , conclusion: 待定}');
const bothPending = assess('{date: 待定, conclusion: 待定}');
const pendingConclusion = assess('{date: 2026-02-20, conclusion: 待定}');
const completedNoDate = assess('{status: 已完成, conclusion: passed}');
const completedFailed = assess('{status: completed, date: 2026-02-20, conclusion: 不通过}');
const NARRATIVE = '经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控';

testRule(rule, {
  valid: [
    { name: 'recorded and passed', yaml: doc().yaml },
    { name: 'Chinese conclusion 通过', yaml: assess('{date: 2026-02-20, conclusion: 通过}').yaml },
    { name: 'conditionally passed', yaml: assess('{date: 2026-02-20, conclusion: 有条件通过}').yaml },
    { name: 'malformed date is date-valid\'s finding', yaml: assess('{date: 2026/2/20, conclusion: passed}').yaml },
    { name: 'a narrative conclusion', yaml: assess(`{date: 2026-02-20, conclusion: ${NARRATIVE}}`).yaml },
    { name: 'status completed with date and conclusion', yaml: assess('{status: 已完成, date: 2026-02-20, conclusion: 通过}').yaml },
    { name: 'status variant 已开展', yaml: assess('{status: 已开展, date: 2026-02-20, conclusion: passed}').yaml },
    { name: 'conclusion variant 有条件同意', yaml: assess('{date: 2026-02-20, conclusion: 有条件同意}').yaml },
    { name: 'no catalogue header', yaml: raw(null) },
  ],
  invalid: [
    { name: 'no assessments at all: reported at the header', yaml: noAssessments.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '未记录保密风险评估', en: 'no confidentiality risk assessment' }] },
    { name: 'only the PI assessment', yaml: onlyPi.yaml, errors: [{ messageId: 'missing', ...onlyPi.header('assessments') }] },
    { name: 'assessments as free text', yaml: textAssessments.yaml, errors: [{ messageId: 'missing', ...textAssessments.header('assessments') }] },
    { name: 'record null', yaml: nullRecord.yaml, errors: [{ messageId: 'missing', ...valueAt(nullRecord.yaml, 'confidentiality_risk: null') }] },
    { name: 'date missing', yaml: noDate.yaml, errors: [{ messageId: 'incomplete', ...valueAt(noDate.yaml, 'confidentiality_risk: {'), zh: '保密风险评估缺少评估日期', en: 'lacks its date' }] },
    { name: 'date and conclusion missing: one finding for both', yaml: nothing.yaml, errors: [{ messageId: 'incomplete', ...valueAt(nothing.yaml, 'confidentiality_risk: {'), zh: '保密风险评估缺少评估日期（date）和评估结论（conclusion）', en: 'lacks its date and conclusion' }] },
    { name: 'record as free text: one finding', yaml: textRecord.yaml, errors: [{ messageId: 'incomplete', ...valueAt(textRecord.yaml, 'confidentiality_risk: 已'), en: 'lacks its date and conclusion' }] },
    { name: 'status not started: one finding that says so', yaml: notStarted.yaml, errors: [{ messageId: 'notDone', ...valueAt(notStarted.yaml, 'status: 未开展'), zh: '保密风险评估未完成（状态为“未开展”）：第十三条第一款要求编制目录应当依法开展该评估', en: 'the confidentiality risk assessment (保密风险评估) has not been done (status not_started): Art. 13(1) requires it' }] },
    { name: 'status in progress with a planned date and 待定: one finding', yaml: inProgress.yaml, errors: [{ messageId: 'notDone', ...valueAt(inProgress.yaml, 'status: in_progress'), zh: '状态为“进行中”', en: '(status in_progress)' }] },
    { name: 'status variant 尚未开展', yaml: variantStatus.yaml, errors: [{ messageId: 'notDone', ...valueAt(variantStatus.yaml, 'status: 尚未开展'), en: 'status not_started' }] },
    { name: 'record written 未开展', yaml: textNotStarted.yaml, errors: [{ messageId: 'notDone', ...valueAt(textNotStarted.yaml, 'confidentiality_risk: 未开展'), zh: '状态为“未开展”' }] },
    { name: 'record written 无', yaml: textNone.yaml, errors: [{ messageId: 'notDone', ...valueAt(textNone.yaml, 'confidentiality_risk: 无'), zh: '未完成（记为“无”）', en: 'has not been done (recorded as "无")' }] },
    { name: 'record written -', yaml: textDash.yaml, errors: [{ messageId: 'notDone', ...valueAt(textDash.yaml, "confidentiality_risk: '-'"), en: 'recorded as "-"' }] },
    { name: 'date and conclusion written 未开展', yaml: fieldsSayNot.yaml, errors: [{ messageId: 'notDone', ...valueAt(fieldsSayNot.yaml, 'conclusion: 未开展'), en: 'has not been done (status not_started)' }] },
    { name: 'no date and conclusion 待定: one finding', yaml: nullAndPending.yaml, errors: [{ messageId: 'incomplete', ...valueAt(nullAndPending.yaml, 'confidentiality_risk: {'), zh: '缺少评估日期（date）和评估结论（conclusion，“待定”是占位内容）', en: 'lacks its date and conclusion ("待定" is a placeholder)' }] },
    { name: 'date and conclusion 待定: one finding', yaml: bothPending.yaml, errors: [{ messageId: 'incomplete', ...valueAt(bothPending.yaml, 'confidentiality_risk: {'), en: 'lacks its date ("待定" is a placeholder) and conclusion ("待定" is a placeholder)' }] },
    { name: 'conclusion 待定: at the conclusion', yaml: pendingConclusion.yaml, errors: [{ messageId: 'incomplete', ...valueAt(pendingConclusion.yaml, 'conclusion: 待定'), zh: '评估结论（conclusion，“待定”是占位内容）' }] },
    { name: 'completed without a date', yaml: completedNoDate.yaml, errors: [{ messageId: 'incomplete', ...valueAt(completedNoDate.yaml, 'confidentiality_risk: {'), en: 'lacks its date' }] },
    { name: 'completed and failed', yaml: completedFailed.yaml, errors: [{ messageId: 'failed', ...valueAt(completedFailed.yaml, 'conclusion: 不通过') }] },
    { name: 'blank conclusion', yaml: blankConclusion.yaml, errors: [{ messageId: 'incomplete', ...valueAt(blankConclusion.yaml, "conclusion: ''"), zh: '评估结论' }] },
    { name: 'failed', yaml: failed.yaml, errors: [{ messageId: 'failed', ...valueAt(failed.yaml, 'conclusion: failed'), zh: '不通过', en: 'concluded "failed"' }] },
    { name: 'failed in Chinese', yaml: failedZh.yaml, errors: [{ messageId: 'failed', ...valueAt(failedZh.yaml, 'conclusion: 不通过') }] },
    { name: 'failed as a variant (不合格)', yaml: failedVariant.yaml, errors: [{ messageId: 'failed', ...valueAt(failedVariant.yaml, 'conclusion: 不合格') }] },
    { name: 'block style, conclusion missing', yaml: block, errors: [{ messageId: 'incomplete', ...at(block, 'date: 2026-02-20'), en: 'conclusion' }] },
  ],
});
