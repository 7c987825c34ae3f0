// Decree 809 Art. 13, 17: every date in the header is a real calendar day written yyyy-mm-dd.
import { defineRule } from '../core/define-rule.js';
import { dateProblem, headerDates } from './_dates.js';
import { isUnset, shown } from './_header.js';

const DATE_PATHS = /^\/catalogue\/(compiled_at|submitted_at|approval\/date|assessments\/[^/]+\/date|change_events\/\d+\/(effective_date|extension\/date))$/;
export default defineRule({
  id: 'date-valid',
  articles: [{ source: 'decree-809', article: 13 }, { source: 'decree-809', article: 17, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '日期须为真实存在的日历日期，格式为 yyyy-mm-dd', en: 'Dates are real calendar days written yyyy-mm-dd' },
    details: {
      zh: '评估、审核同意（第十三条第一款）、报送（第十六条）的先后顺序，以及变更事件发生后 10 个工作日的更新期限（第十七条第二款），都要靠准确的日期来核对。编制日期、报送日期、审核同意日期、各项评估日期、变更事件的发生日期和延期同意日期都须写成 yyyy-mm-dd（如 2026-03-02），且须是真实存在的日期（2026-02-30 不存在）。空缺的日期由其他规则报告。',
      en: 'The order of assessment, approval (Art. 13(1)) and submission (Art. 16), and the 10-working-day update deadline after a change event (Art. 17(2)), can only be checked against exact dates. The compilation, submission and approval dates, every assessment date, and each change event\'s effective and extension dates are written yyyy-mm-dd (e.g. 2026-03-02) and must exist in the calendar (2026-02-30 does not). Missing dates are reported by other rules.',
    },
  },
  messages: {
    format: { zh: '{{field}} {{value}} 不是 yyyy-mm-dd 格式的日期（如 2026-03-02）{{hint}}', en: 'the {{field}}, {{value}}, is not a date in the form yyyy-mm-dd (e.g. 2026-03-02){{hint}}' },
    impossible: { zh: '{{field}} {{value}} 不是真实存在的日期：{{reason}}', en: 'the {{field}}, {{value}}, is not a real calendar date: {{reason}}' },
  },
  defaults: {},
  claims: [
    { keyword: 'pattern', path: DATE_PATHS },
    { keyword: 'format', path: DATE_PATHS },
    { keyword: 'type', path: DATE_PATHS },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nsubmitted_at: 2026-03-06" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-02-30\nsubmitted_at: 2026/3/6" },
  },
  check({ catalogue, report }) {
    for (const { path, field, value } of headerDates(catalogue)) {
      if (isUnset(value)) continue;
      const problem = dateProblem(value);
      if (problem?.kind === 'format') report({ messageId: 'format', path, data: { field, value: shown(value), hint: problem.hint } });
      if (problem?.kind === 'impossible') report({ messageId: 'impossible', path, data: { field, value: shown(value), reason: problem.reason } });
    }
  },
});
