// Decree 809 Art. 13(1): a confidentiality risk assessment (保密风险评估) precedes every catalogue.
import { defineRule } from '../core/define-rule.js';
import { citeAll } from '../core/articles.js';
import { checkAssessment } from './_header.js';

export default defineRule({
  id: 'confidentiality-assessment-required',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录须记录已完成的保密风险评估，含日期和结论', en: 'A completed confidentiality risk assessment is recorded with its date and conclusion' },
    details: {
      zh: '第十三条第一款规定，政府部门编制政务数据目录，应当依法开展保密风险评估。第三条将属于国家秘密、工作秘密的数据排除在政务数据之外，保密风险评估正是判断哪些数据不得编入共享目录的环节，因此每份目录都须在 assessments.confidentiality_risk 中记录评估日期和结论。只有已完成的评估才算开展了评估：状态（status）为“进行中”“未开展”，或整条记录写作“无”“待定”“未开展”的，报告一次“评估未完成”；没有写状态、但有日期和结论的记录视为已完成。结论可以是“通过”“有条件通过”“不通过”，也可以是评估报告中的结论原文（如“经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控”）；缺少日期或结论（含“待定”等占位内容）的，合并报告一次；结论为“不通过”的目录不应报送。',
      en: 'Art. 13(1) requires a confidentiality risk assessment before a catalogue is compiled. Art. 3 excludes state and work secrets from government data; the assessment is where a department establishes which data must stay out of the sharing catalogue. Every catalogue therefore records, under assessments.confidentiality_risk, the date and the conclusion of the assessment. Only a completed assessment counts: a status of in_progress or not_started, or a record written as 无, 待定 or 未开展, is reported once as not done; a record without a status but with a date and a conclusion is completed. The conclusion may be passed, conditionally_passed or failed, or the report\'s own words (经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控); a missing date or conclusion (placeholders such as 待定 included) is reported once for the record, and a catalogue whose assessment failed should not be submitted.',
    },
  },
  messages: {
    missing: { zh: '目录未记录{{assessment}}（assessments.confidentiality_risk：日期和结论）', en: 'no {{assessment}} is recorded (assessments.confidentiality_risk: date and conclusion)' },
    notDone: {
      zh: '{{assessment}}未完成（{{status}}）：{{article}}要求编制目录应当依法开展该评估，只有已完成的评估才算开展',
      en: 'the {{assessment}} has not been done ({{status}}): {{article}} requires it for the catalogue, and only a completed assessment counts',
    },
    incomplete: { zh: '{{assessment}}缺少{{field}}', en: 'the {{assessment}} lacks its {{field}}' },
    failed: { zh: '{{assessment}}结论为“不通过”：评估未通过的目录不应报送', en: 'the {{assessment}} concluded "failed": a catalogue that failed its assessment should not be submitted' },
  },
  defaults: {},
  claims: [
    { keyword: 'required', path: /^\/catalogue\/assessments(\/confidentiality_risk)?$/ },
    { keyword: 'type', path: /^\/catalogue\/assessments(\/confidentiality_risk)?$/ },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: 经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控, report: 保密风险评估报告.pdf}" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {status: 进行中}" },
  },
  check(ctx) {
    checkAssessment(ctx, 'confidentiality_risk', true, { article: citeAll(ctx.articles) });
  },
});
