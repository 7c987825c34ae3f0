// Decree 809 Art. 13(1): a personal information protection impact assessment, due when the catalogue holds personal data.
import { defineRule } from '../core/define-rule.js';
import { citeAll } from '../core/articles.js';
import { checkAssessment } from './_header.js';
import { forEachEntry, holdsPersonalInfo, list, text } from './_util.js';
import type { Bilingual, JsonObject } from '../core/types.js';

export default defineRule({
  id: 'pi-impact-assessment-required',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '含个人信息的目录须记录已完成的个人信息保护影响评估', en: 'A catalogue with personal information records a completed PI protection impact assessment' },
    details: {
      zh: '第十三条第一款规定，编制目录应当依法开展个人信息保护影响等评估。向其他政府部门共享个人信息属于向他人提供个人信息，依《个人信息保护法》第五十五条须事先评估。因此只要有条目标注 personal_info: true（是否涉及个人信息），或有数据项标注 personal_info: true（或 sensitive: true，敏感个人信息），assessments.personal_information_impact 就须记录已完成的评估，写明日期和结论；没有个人信息时不要求该评估。状态为“进行中”“未开展”或记作“无”“待定”的，报告一次“评估未完成”。结论可以是规范用语，也可以是评估报告中的结论原文。已记录的评估无论是否必需都会检查：缺日期、缺结论（合并为一次）或结论为“不通过”均报告。',
      en: 'Art. 13(1) requires the assessments the law prescribes, including a personal information protection impact assessment. Sharing personal information with other departments is providing it to others, which the Personal Information Protection Law (Art. 55) makes subject to a prior impact assessment. So as soon as an entry is marked personal_info: true, or a data item is marked personal_info: true (or sensitive: true, sensitive personal information), assessments.personal_information_impact must record a completed assessment with its date and conclusion; without personal data the assessment is not required. A status of in_progress or not_started, or a record written as 无 or 待定, is reported once as not done. The conclusion may be a term of the vocabulary or the report\'s own words. A recorded assessment is checked whether or not it was due: a missing date or conclusion (reported once for both), or a failed conclusion, is reported.',
    },
  },
  messages: {
    missing: { zh: '{{reason}}，但目录未记录{{assessment}}（assessments.personal_information_impact）', en: '{{reason}}, but no {{assessment}} is recorded (assessments.personal_information_impact)' },
    notDone: {
      zh: '{{reason}}，但{{assessment}}未完成（{{status}}）：{{article}}要求依法开展该评估，只有已完成的评估才算开展',
      en: '{{reason}}, but the {{assessment}} has not been done ({{status}}): {{article}} requires it, and only a completed assessment counts',
    },
    incomplete: { zh: '{{assessment}}缺少{{field}}', en: 'the {{assessment}} lacks its {{field}}' },
    failed: { zh: '{{assessment}}结论为“不通过”：个人信息不应按此目录共享', en: 'the {{assessment}} concluded "failed": personal information should not be shared under this catalogue' },
  },
  defaults: {},
  claims: [
    { keyword: 'required', path: /^\/catalogue\/assessments\/personal_information_impact$/ },
    { keyword: 'type', path: /^\/catalogue\/assessments\/personal_information_impact$/ },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\n  personal_information_impact: {date: 2026-02-21, conclusion: passed}" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\n  personal_information_impact: {date: 2026-02-21, conclusion: 不通过}" },
  },
  check(ctx) {
    let reason: Bilingual | undefined;
    forEachEntry(ctx.catalogue, (entry, _, label) => {
      if (reason) return;
      // An entry marked as a whole counts like a marked item (Art. 13(1) asks whether the catalogue holds personal data).
      const items = list(entry.items);
      const i = items.findIndex(holdsPersonalInfo);
      if (i >= 0) {
        const item = text((items[i] as JsonObject).name)?.trim() || `#${i + 1}`;
        reason = { zh: `条目“${label}”的数据项“${item}”含个人信息`, en: `data item "${item}" of entry "${label}" holds personal information` };
      } else if (holdsPersonalInfo(entry)) {
        reason = { zh: `条目“${label}”标注涉及个人信息`, en: `entry "${label}" is marked as involving personal information` };
      }
    });
    const article = citeAll(ctx.articles);
    checkAssessment(ctx, 'personal_information_impact', reason !== undefined, reason ? { reason, article } : { article });
  },
});
