// Decree 809 Art. 13(1): a confidentiality risk assessment (保密风险评估) precedes every catalogue.
import { defineRule } from '../core/define-rule.js';
import { checkAssessment } from './_header.js';

export default defineRule({
  id: 'confidentiality-assessment-required',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录须记录保密风险评估的日期和结论', en: 'A confidentiality risk assessment is recorded with its date and conclusion' },
    details: {
      zh: '第十三条第一款规定，政府部门编制政务数据目录，应当依法开展保密风险评估。第三条将属于国家秘密、工作秘密的数据排除在政务数据之外，保密风险评估正是判断哪些数据不得编入共享目录的环节，因此每份目录都须在 assessments.confidentiality_risk 中记录评估日期和结论；结论为“不通过”的目录不应报送。',
      en: 'Art. 13(1) requires a confidentiality risk assessment before a catalogue is compiled. Art. 3 excludes state and work secrets from government data; the assessment is where a department establishes which data must stay out of the sharing catalogue. Every catalogue therefore records, under assessments.confidentiality_risk, the date and the conclusion of the assessment; a catalogue whose assessment failed should not be submitted.',
    },
  },
  messages: {
    missing: { zh: '目录未记录{{assessment}}（assessments.confidentiality_risk：日期和结论）', en: 'no {{assessment}} is recorded (assessments.confidentiality_risk: date and conclusion)' },
    incomplete: { zh: '{{assessment}}缺少{{field}}', en: 'the {{assessment}} lacks its {{field}}' },
    failed: { zh: '{{assessment}}结论为“不通过”：评估未通过的目录不应报送', en: 'the {{assessment}} concluded "failed": a catalogue that failed its assessment should not be submitted' },
  },
  defaults: {},
  claims: [
    { keyword: 'required', path: /^\/catalogue\/assessments(\/confidentiality_risk)?$/ },
    { keyword: 'type', path: /^\/catalogue\/assessments(\/confidentiality_risk)?$/ },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed, report: 保密风险评估报告.pdf}" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {conclusion: 不通过}" },
  },
  check(ctx) {
    checkAssessment(ctx, 'confidentiality_risk', true);
  },
});
