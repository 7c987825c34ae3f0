// Decree 809 Art. 13(1), 16: assess, then approve, then submit, in that order and never in the future.
import { cite } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { headerDates, isoDate, type DateField } from './_dates.js';

export default defineRule({
  id: 'assessment-chronology',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }, { source: 'decree-809', article: 16, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '评估在审核同意之前，审核同意和编制在报送之前，且没有晚于当前日期的日期', en: 'Assessments precede approval, approval and compilation precede submission, and no date lies in the future' },
    details: {
      zh: '第十三条第一款规定，编制目录应当“开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意”：负责人是在评估结论的基础上同意的，评估日期不能晚于审核同意日期。第十六条规定目录经编制后报送主管部门审核，因此审核同意日期和编制日期都不能晚于报送日期（submitted_at）。除变更事件的发生日期（法律可能尚未施行，目录可提前更新）外，任何日期都不能晚于检查日期（--as-of，默认今天），这通常是笔误。缺失或格式错误的日期由其他规则报告，此处跳过。',
      en: 'Art. 13(1) requires the assessments "and" the approval of the department head: the head approves on the basis of the assessments, so no assessment can be dated after the approval. Under Art. 16 the compiled and approved catalogue is then submitted to the competent department, so neither the approval nor the compilation can be dated after submitted_at. Apart from a change event\'s effective date (a law may not be in force yet, and the catalogue may be updated ahead of it), no date may lie after the as-of date (--as-of, today by default); such a date is usually a typo. Missing or malformed dates are reported by other rules and skipped here.',
    },
  },
  messages: {
    assessmentAfterApproval: { zh: '{{field}} {{date}} 晚于部门负责人审核同意日期 {{later}}：应先评估、后审核同意', en: 'the {{field}}, {{date}}, is after the approval date {{later}}: the assessment must come before the approval' },
    approvalAfterSubmission: { zh: '部门负责人审核同意日期 {{date}} 晚于报送日期 {{later}}：应先审核同意、后报送', en: 'the approval date {{date}} is after the submission date {{later}}: the catalogue must be approved before it is submitted' },
    compiledAfterSubmission: { zh: '编制日期 {{date}} 晚于报送日期 {{later}}', en: 'the compilation date {{date}} is after the submission date {{later}}' },
    future: { zh: '{{field}} {{date}} 晚于检查日期 {{asOf}}，是将来的日期', en: 'the {{field}}, {{date}}, lies in the future of the as-of date {{asOf}}' },
    assessmentAfterCompiled: {
      zh: '{{field}} {{date}} 晚于编制日期 {{later}}：{{article}}要求在编制目录前进行该评估',
      en: 'the {{field}}, {{date}}, is after the compilation date {{later}}: {{article}} requires the assessment before the catalogue is compiled',
    },
  },
  optionsSchema: {
    type: 'object',
    // Assessments a regime requires before compiling (MIIT Art. 14(3): 编制数据共享目录前，应当进行保密风险评估).
    properties: { beforeCompiled: { type: 'array', items: { enum: ['confidentiality_risk', 'personal_information_impact'] } } },
    additionalProperties: false,
  },
  defaults: { beforeCompiled: [] as string[] | undefined },
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\napproval: {approver: 张三, title: 局长, date: 2026-03-05}\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\nsubmitted_at: 2026-03-06" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\napproval: {approver: 张三, title: 局长, date: 2026-03-05}\nassessments:\n  confidentiality_risk: {date: 2026-03-10, conclusion: passed}\nsubmitted_at: 2026-03-06" },
  },
  check({ catalogue, asOf, options, articles, report }) {
    const dates = headerDates(catalogue).flatMap((d) => {
      const date = isoDate(d.value);
      return date ? [{ ...d, date }] : [];
    });
    const one = (kind: DateField['kind']) => dates.find((d) => d.kind === kind)?.date;
    const approval = one('approval');
    const submitted = one('submitted');
    const compiled = one('compiled');
    const before = new Set(options.beforeCompiled ?? []);
    for (const d of dates) {
      const { path, field, date } = d;
      if (d.kind === 'assessment' && approval && date > approval) report({ messageId: 'assessmentAfterApproval', path, data: { field, date, later: approval } });
      else if (d.kind === 'assessment' && compiled && date > compiled && before.has(String(path[2]))) {
        report({ messageId: 'assessmentAfterCompiled', path, data: { field, date, later: compiled, article: articles.length ? cite(articles[0]) : { zh: '', en: 'the regime' } } });
      }
      if (d.kind === 'approval' && submitted && date > submitted) report({ messageId: 'approvalAfterSubmission', path, data: { date, later: submitted } });
      if (d.kind === 'compiled' && submitted && date > submitted) report({ messageId: 'compiledAfterSubmission', path, data: { date, later: submitted } });
      if (date > asOf && d.kind !== 'event') report({ messageId: 'future', path, data: { field, date, asOf } });
    }
  },
});
