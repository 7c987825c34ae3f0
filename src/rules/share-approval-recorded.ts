// MIIT Measures Art. 20 ¶3, ¶4: conditional data goes to the ministry leader in charge (分管部领导) for approval, and
// non-shareable data to the minister (部长); the catalogue records who approved it and when. A miit-only rule.
import { cite } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { dateProblem } from './_dates.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { kindOf } from './_support.js';
import { shareClasses } from './_share.js';
import type { Bilingual, JsonObject, Path } from '../core/types.js';

const WHO: Record<'conditional' | 'nonShareable', Bilingual> = {
  conditional: { zh: '分管部领导', en: 'the ministry leader in charge (分管部领导)' },
  nonShareable: { zh: '部长', en: 'the minister (部长)' },
};
const CLASS: Record<'conditional' | 'nonShareable', Bilingual> = {
  conditional: { zh: '有条件共享', en: 'conditional' },
  nonShareable: { zh: '不予共享', en: 'non-shareable' },
};

export default defineRule({
  id: 'share-approval-recorded',
  articles: [{ source: 'miit-measures', article: 20, paragraph: 3 }, { source: 'miit-measures', article: 20, paragraph: 4 }],
  severity: 'error',
  docs: {
    summary: { zh: '有条件共享报分管部领导审批、不予共享报部长审批，目录记录审批人和日期', en: 'Conditional entries are approved by the ministry leader in charge, non-shareable ones by the minister: approver and date recorded' },
    details: {
      zh: '《工信部办法》第二十条第三款规定，凡列入有条件共享类的政务数据，提供司局应明确共享范围、对象等相关条件，“报分管部领导审批”；第四款规定，凡列入不予共享类的政务数据，必须有依据，“报部长审批同意后”列入负面清单管理。审批是共享属性成立的前提，目录须能查明由谁、于何日审批：有条件共享的条目（任一共享属性为有条件共享）在 conditional_approval 中、不予共享的条目在 non_share.approval 中写明审批人（approver）和审批日期（date），职务（title）可选。本规则只有 miit 配置方案运行。',
      en: 'MIIT Measures Art. 20(3): for data listed as conditional, the providing bureau states the scope, recipients and other conditions and "submits them to the ministry leader in charge for approval"; Art. 20(4): data listed as non-shareable needs a basis and goes on the negative list "after the minister has approved it". The approval is what makes the share class stand, so the catalogue says who approved it and when: a conditional entry (any share attribute conditional) in conditional_approval, a non-shareable one in non_share.approval, each with approver and date (title optional). Only the miit profile runs this rule.',
    },
  },
  messages: {
    missing: {
      zh: '条目“{{entry}}”为{{class}}，未记录{{who}}的审批（{{field}}：审批人和审批日期）；{{article}}规定须报其审批',
      en: 'entry "{{entry}}" is {{class}} but records no approval by {{who}} ({{field}}: approver and date); {{article}} requires it',
    },
    shape: { zh: '条目“{{entry}}”的{{who}}审批应写明审批人和审批日期，如 {approver: 张三, title: 副部长, date: 2026-03-05}，实际为{{kind}}', en: 'entry "{{entry}}": the approval by {{who}} must give the approver and the date, e.g. {approver: …, title: …, date: 2026-03-05}, not {{kind}}' },
    incomplete: { zh: '条目“{{entry}}”的{{who}}审批记录缺少{{part}}', en: 'entry "{{entry}}": the record of the approval by {{who}} lacks {{part}}' },
    badDate: { zh: '条目“{{entry}}”的{{who}}审批日期“{{value}}”不是有效日期（应写作 yyyy-mm-dd）', en: 'entry "{{entry}}": the date of the approval by {{who}}, "{{value}}", is not a valid date (write yyyy-mm-dd)' },
  },
  optionsSchema: { type: 'object', properties: { placeholders: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  defaults: { placeholders: DEFAULT_PLACEHOLDERS },
  examplesProfile: 'miit',
  examples: {
    pass: { at: 'entry', yaml: 'share_type: conditional\nusage_conditions: {scope: 部内规划、运行监测司局, objects: 规划司、运行局, purpose: 用于产业运行监测}\nconditional_approval: {approver: 李四, title: 副部长, date: 2026-02-26}' },
    fail: { at: 'entry', yaml: 'share_type: conditional\nusage_conditions: {scope: 部内规划、运行监测司局, objects: 规划司、运行局, purpose: 用于产业运行监测}\nconditional_approval: {title: 副部长}' },
  },
  check({ catalogue, options, articles, report }) {
    // Art. 20(3) for conditional data, 20(4) for non-shareable data: the profile's first and second citations.
    const articleOf = (which: 'conditional' | 'nonShareable') => {
      const ref = articles[which === 'conditional' ? 0 : Math.min(1, articles.length - 1)];
      return ref ? cite(ref) : { zh: '', en: 'the regime' };
    };
    forEachEntry(catalogue, (entry, path, label) => {
      const classes = shareClasses(catalogue, entry);
      if (classes.conditional) _check(entry, path, ['conditional_approval'], 'conditional', label);
      // Without a non_share mapping, non-shareable-legal-basis reports the missing reason and basis once.
      if (classes.nonShareable && isObject(entry.non_share)) _check(entry.non_share, [...path, 'non_share'], ['approval'], 'nonShareable', label, 'non_share.approval');
    });

    function _check(owner: JsonObject, base: Path, key: [string], which: 'conditional' | 'nonShareable', label: string, field = key[0]): void {
      const who = WHO[which];
      const at = [...base, key[0]];
      const record = owner[key[0]];
      if (isBlank(record)) return report({ messageId: 'missing', path: key[0] in owner ? at : base, absent: at, data: { entry: label, class: CLASS[which], who, field, article: articleOf(which) } });
      if (!isObject(record)) return report({ messageId: 'shape', path: at, data: { entry: label, who, kind: kindOf(record) } });
      const approver = text(record.approver)?.trim();
      const lacks: Bilingual[] = [];
      if (!approver || isPlaceholder(approver, options.placeholders)) lacks.push({ zh: '审批人（approver）', en: 'the approver' });
      if (isBlank(record.date)) lacks.push({ zh: '审批日期（date）', en: 'the date' });
      if (lacks.length) {
        const part = { zh: lacks.map((l) => l.zh).join('和'), en: lacks.map((l) => l.en).join(' and ') };
        const one = lacks.length === 1 ? (approver !== undefined && lacks[0].en === 'the approver' ? 'approver' : undefined) : undefined;
        return report({ messageId: 'incomplete', path: one ? [...at, one] : at, data: { entry: label, who, part } });
      }
      if (dateProblem(record.date)) report({ messageId: 'badDate', path: [...at, 'date'], data: { entry: label, who, value: String(text(record.date) ?? record.date) } });
    }
  },
});
