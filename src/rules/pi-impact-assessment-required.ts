// Decree 809 Art. 13(1): a personal information protection impact assessment, due when the catalogue holds personal data.
import { defineRule } from '../core/define-rule.js';
import { checkAssessment } from './_header.js';
import { forEachEntry, holdsPersonalInfo, list, text } from './_util.js';
import type { JsonObject } from '../core/types.js';

export default defineRule({
  id: 'pi-impact-assessment-required',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '含个人信息的目录须记录个人信息保护影响评估', en: 'A catalogue with personal information records a PI protection impact assessment' },
    details: {
      zh: '第十三条第一款规定，编制目录应当依法开展个人信息保护影响等评估。向其他政府部门共享个人信息属于向他人提供个人信息，依《个人信息保护法》第五十五条须事先评估。因此只要有数据项标注 personal_info: true（或 sensitive: true，敏感个人信息），assessments.personal_information_impact 就须写明日期和结论；没有个人信息时不要求该评估。已记录的评估无论是否必需都会检查：缺日期、缺结论或结论为“不通过”均报告。',
      en: 'Art. 13(1) requires the assessments the law prescribes, including a personal information protection impact assessment. Sharing personal information with other departments is providing it to others, which the Personal Information Protection Law (Art. 55) makes subject to a prior impact assessment. So as soon as a data item is marked personal_info: true (or sensitive: true, sensitive personal information), assessments.personal_information_impact must give a date and a conclusion; without personal data the assessment is not required. A recorded assessment is checked whether or not it was due: a missing date or conclusion, or a failed conclusion, is reported.',
    },
  },
  messages: {
    missing: { zh: '条目“{{entry}}”的数据项“{{item}}”含个人信息，但目录未记录{{assessment}}（assessments.personal_information_impact）', en: 'data item "{{item}}" of entry "{{entry}}" holds personal information, but no {{assessment}} is recorded (assessments.personal_information_impact)' },
    incomplete: { zh: '{{assessment}}缺少{{field}}', en: 'the {{assessment}} lacks its {{field}}' },
    failed: { zh: '{{assessment}}结论为“不通过”：个人信息不应按此目录共享', en: 'the {{assessment}} concluded "failed": personal information should not be shared under this catalogue' },
  },
  defaults: {},
  claims: [{ keyword: 'required', path: /^\/catalogue\/assessments\/personal_information_impact$/ }],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\n  personal_information_impact: {date: 2026-02-21, conclusion: passed}" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\n  personal_information_impact: {date: 2026-02-21, conclusion: 不通过}" },
  },
  check(ctx) {
    let first: { entry: string; item: string } | undefined;
    forEachEntry(ctx.catalogue, (entry, _, label) => {
      const items = first ? [] : list(entry.items);
      const i = items.findIndex(holdsPersonalInfo);
      if (i >= 0) first = { entry: label, item: text((items[i] as JsonObject).name)?.trim() || `#${i + 1}` };
    });
    checkAssessment(ctx, 'personal_information_impact', first !== undefined, first);
  },
});
