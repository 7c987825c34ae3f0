// Decree 809 Art. 15(1): share types are set on sound grounds; tightening one needs a justification. Each share
// attribute of the profile is compared (MIIT: 部内 and 部外).
import { citeAll } from '../../core/articles.js';
import { attributeTitle, shareAttributes } from '../../rules/_share.js';
import { own } from '../../rules/_util.js';
import { defineDiffRule } from './_define.js';
import { entryAt, SHARE_TYPES } from './_events.js';
import type { Bilingual } from '../../core/types.js';

// From open to closed: unconditional → conditional → non_shareable.
const RANK: Record<string, number> = { unconditional: 0, conditional: 1, non_shareable: 2 };

export default defineDiffRule({
  id: 'share-type-tightened',
  articles: [{ source: 'decree-809', article: 15, paragraph: 1 }],
  severity: 'warning',
  docs: {
    summary: { zh: '共享属性收紧（无条件→有条件→不予共享）须说明理由', en: 'A tightened share type (unconditional → conditional → non-shareable) must be justified' },
    details: {
      zh: '第十五条第一款：政府部门应当科学合理确定政务数据共享属性，不得通过擅自增设条件等方式阻碍、影响政务数据共享。条目的共享属性由无条件共享改为有条件共享或不予共享，或由有条件共享改为不予共享的，予以提示：应说明调整的理由和依据（改为不予共享的，还须满足第十五条第二款的法定依据要求）。',
      en: 'Art. 15(1): departments set the share type of their data on sound grounds and must not obstruct sharing by adding conditions of their own accord. An entry changed from unconditional to conditional or non-shareable, or from conditional to non-shareable, is reported: the change must be justified (and a non-shareable entry also needs the legal basis Art. 15(2) requires).',
    },
  },
  messages: {
    tightened: {
      zh: '条目“{{entry}}”的{{field}}由{{before}}收紧为{{after}}；{{article}}{{principle}}，请说明调整的理由和依据',
      en: 'entry "{{entry}}": the {{field}} was tightened from {{before}} to {{after}}; {{article}} {{principle}}, so justify the change',
    },
  },
  optionsSchema: {
    type: 'object',
    properties: { principle: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } }, required: ['zh', 'en'], additionalProperties: false } },
    additionalProperties: false,
  },
  // What the cited article asks, in the message: the Decree's sound grounds, or a regime's own principle.
  defaults: { principle: { zh: '要求科学合理确定共享属性，不得擅自增设条件阻碍共享', en: 'requires share types set on sound grounds and forbids adding conditions that obstruct sharing' } as Bilingual },
  examples: {
    pass: { old: 'entries: [{share_type: conditional}]', new: 'entries: [{share_type: unconditional, usage_conditions: none}]' },
    fail: { old: 'entries: [{share_type: unconditional, usage_conditions: none}]', new: 'entries: [{share_type: conditional}]' },
  },
  check(ctx) {
    const article = citeAll(ctx.articles);
    for (const c of ctx.diff.entries) {
      if (c.kind !== 'changed') continue;
      for (const key of shareAttributes(ctx.new)) {
        const before = entryAt(ctx.old, c.oldPath)?.[key];
        const after = entryAt(ctx.new, c.newPath)?.[key];
        if (typeof before !== 'string' || typeof after !== 'string') continue;
        const [from, to] = [own(RANK, before), own(RANK, after)];
        if (from === undefined || to === undefined || to <= from) continue;
        const data = { entry: c.name || c.id, field: attributeTitle(key), before: SHARE_TYPES[before], after: SHARE_TYPES[after], article, principle: ctx.options.principle };
        ctx.report({ messageId: 'tightened', path: [...c.newPath!, key], data });
      }
    }
  },
});
