import rule from '../../src/rules/pi-impact-assessment-required.js';
import { testRule } from '../rule-tester.js';
import { doc, raw, valueAt } from '../helpers/header-docs.js';

const CR = 'confidentiality_risk: {date: 2026-02-20, conclusion: passed}';
const PI_ITEMS = '[{name: 统一社会信用代码, type: string}, {name: 法定代表人姓名, type: string, personal_info: true}]';
const onlyCr = { assessments: `{${CR}}` };
const withPi = (header: Record<string, string | null>, items = PI_ITEMS) => doc({ header, entries: [{}, { items }] });
const missing = withPi(onlyCr);
const missingAll = withPi({ assessments: null });
const zhYes = withPi(onlyCr, '[{name: 身份证号, personal_info: 是}]');
const sensitive = withPi(onlyCr, '[{name: 健康状况, sensitive: true}]');
const unnamed = withPi(onlyCr, '[{type: string}, {personal_info: true}]');
const pi = (rec: string) => `{${CR}, personal_information_impact: ${rec}}`;
const noConclusion = withPi({ assessments: pi('{date: 2026-02-21}') });
const failedNoPi = doc({ header: { assessments: pi('{date: 2026-02-21, conclusion: 未通过}') } });
const incompleteNoPi = doc({ header: { assessments: pi('{conclusion: passed}') } });
const entryFlag = doc({ header: onlyCr, entries: [{}, { personal_info: 'true' }] });
const entryYes = doc({ header: onlyCr, entries: [{ personal_info: 'yes' }] });
const entryAndItem = withPi(onlyCr);
const notStarted = withPi({ assessments: pi('{status: 未开展}') });
const none = withPi({ assessments: pi('无') });
const entryNotStarted = doc({ header: { assessments: pi('{status: 进行中}') }, entries: [{ personal_info: 'true' }] });
const bothMissing = withPi({ assessments: pi('{report: 报告.pdf}') });

testRule(rule, {
  valid: [
    { name: 'no personal information: not required', yaml: doc({ header: onlyCr }).yaml },
    { name: 'personal information and a passed assessment', yaml: withPi({}).yaml },
    { name: 'personal_info false', yaml: withPi(onlyCr, '[{name: 企业名称, personal_info: false}]').yaml },
    { name: 'personal_info 否 is not a yes', yaml: withPi(onlyCr, '[{name: 企业名称, personal_info: 否}]').yaml },
    { name: 'items not a list and items not mappings', yaml: doc({ header: onlyCr, entries: [{ items: '企业名称' }, { items: '[企业名称, 42, null]' }] }).yaml },
    { name: 'Chinese conclusion 有条件通过', yaml: withPi({ assessments: pi('{date: 2026-02-21, conclusion: 有条件通过}') }).yaml },
    { name: 'no catalogue header', yaml: raw(null, 'entries: [{name: 人员, items: [{name: 姓名, personal_info: true}]}]') },
    { name: 'entry personal_info false', yaml: doc({ header: onlyCr, entries: [{ personal_info: 'false' }] }).yaml },
    { name: 'entry marked, assessment passed', yaml: doc({ entries: [{ personal_info: 'true' }] }).yaml },
    { name: 'not started, but no personal information: not due', yaml: doc({ header: { assessments: pi('{status: 未开展}') } }).yaml },
    { name: '不涉及, and no personal information', yaml: doc({ header: { assessments: pi('不涉及') } }).yaml },
    { name: 'a narrative conclusion', yaml: withPi({ assessments: pi('{date: 2026-02-21, conclusion: 经评估，个人信息处理目的明确、范围最小，风险可控}') }).yaml },
  ],
  invalid: [
    {
      name: 'personal information without the assessment: names the first entry and item',
      yaml: missing.yaml,
      errors: [{ messageId: 'missing', ...missing.header('assessments'), zh: '条目“企业登记基本信息2”的数据项“法定代表人姓名”含个人信息', en: 'data item "法定代表人姓名" of entry "企业登记基本信息2"' }],
    },
    { name: 'no assessments at all: reported at the header', yaml: missingAll.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '个人信息保护影响评估' }] },
    { name: 'personal_info: 是 counts', yaml: zhYes.yaml, errors: [{ messageId: 'missing', ...zhYes.header('assessments'), en: '"身份证号"' }] },
    { name: 'sensitive personal information counts', yaml: sensitive.yaml, errors: [{ messageId: 'missing', ...sensitive.header('assessments'), en: '"健康状况"' }] },
    { name: 'unnamed item named by position', yaml: unnamed.yaml, errors: [{ messageId: 'missing', ...unnamed.header('assessments'), en: 'data item "#2"' }] },
    {
      name: 'personal_info: true on an entry counts',
      yaml: entryFlag.yaml,
      errors: [{ messageId: 'missing', ...entryFlag.header('assessments'), zh: '条目“企业登记基本信息2”标注涉及个人信息，但目录未记录个人信息保护影响评估', en: 'entry "企业登记基本信息2" is marked as involving personal information, but no personal information protection impact assessment' }],
    },
    { name: 'personal_info: yes on an entry counts', yaml: entryYes.yaml, errors: [{ messageId: 'missing', ...entryYes.header('assessments'), en: 'entry "企业登记基本信息" is marked' }] },
    { name: 'an item names the reason before an entry flag', yaml: entryAndItem.yaml, errors: [{ messageId: 'missing', ...entryAndItem.header('assessments'), en: 'data item "法定代表人姓名"' }] },
    {
      name: 'not started while due: one finding that says so',
      yaml: notStarted.yaml,
      errors: [{ messageId: 'notDone', ...valueAt(notStarted.yaml, 'status: 未开展'), zh: '条目“企业登记基本信息2”的数据项“法定代表人姓名”含个人信息，但个人信息保护影响评估未完成（状态为“未开展”）', en: 'holds personal information, but the personal information protection impact assessment (个人信息保护影响评估) has not been done (status not_started)' }],
    },
    { name: 'recorded as 无 while due', yaml: none.yaml, errors: [{ messageId: 'notDone', ...valueAt(none.yaml, 'personal_information_impact: 无'), en: 'recorded as "无"' }] },
    { name: 'in progress while an entry is marked', yaml: entryNotStarted.yaml, errors: [{ messageId: 'notDone', ...valueAt(entryNotStarted.yaml, 'status: 进行中'), en: 'entry "企业登记基本信息" is marked as involving personal information, but the' }] },
    { name: 'date and conclusion missing: one finding', yaml: bothMissing.yaml, errors: [{ messageId: 'incomplete', ...valueAt(bothMissing.yaml, 'personal_information_impact: {'), en: 'lacks its date and conclusion' }] },
    { name: 'conclusion missing', yaml: noConclusion.yaml, errors: [{ messageId: 'incomplete', ...valueAt(noConclusion.yaml, 'personal_information_impact: {'), zh: '评估结论', en: 'lacks its conclusion' }] },
    { name: 'failed (未通过) reported even without personal information', yaml: failedNoPi.yaml, errors: [{ messageId: 'failed', ...valueAt(failedNoPi.yaml, 'conclusion: 未通过'), en: 'concluded "failed"' }] },
    { name: 'a recorded assessment is checked even when not due', yaml: incompleteNoPi.yaml, errors: [{ messageId: 'incomplete', ...valueAt(incompleteNoPi.yaml, 'personal_information_impact: {'), en: 'date' }] },
  ],
});
