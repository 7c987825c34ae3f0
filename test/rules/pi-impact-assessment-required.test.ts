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

testRule(rule, {
  valid: [
    { name: 'no personal information: not required', yaml: doc({ header: onlyCr }).yaml },
    { name: 'personal information and a passed assessment', yaml: withPi({}).yaml },
    { name: 'personal_info false', yaml: withPi(onlyCr, '[{name: 企业名称, personal_info: false}]').yaml },
    { name: 'personal_info 否 is not a yes', yaml: withPi(onlyCr, '[{name: 企业名称, personal_info: 否}]').yaml },
    { name: 'items not a list and items not mappings', yaml: doc({ header: onlyCr, entries: [{ items: '企业名称' }, { items: '[企业名称, 42, null]' }] }).yaml },
    { name: 'Chinese conclusion 有条件通过', yaml: withPi({ assessments: pi('{date: 2026-02-21, conclusion: 有条件通过}') }).yaml },
    { name: 'no catalogue header', yaml: raw(null, 'entries: [{name: 人员, items: [{name: 姓名, personal_info: true}]}]') },
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
    { name: 'conclusion missing', yaml: noConclusion.yaml, errors: [{ messageId: 'incomplete', ...valueAt(noConclusion.yaml, 'personal_information_impact: {'), zh: '评估结论', en: 'lacks its conclusion' }] },
    { name: 'failed (未通过) reported even without personal information', yaml: failedNoPi.yaml, errors: [{ messageId: 'failed', ...valueAt(failedNoPi.yaml, 'conclusion: 未通过'), en: 'concluded "failed"' }] },
    { name: 'a recorded assessment is checked even when not due', yaml: incompleteNoPi.yaml, errors: [{ messageId: 'incomplete', ...valueAt(incompleteNoPi.yaml, 'personal_information_impact: {'), en: 'date' }] },
  ],
});
