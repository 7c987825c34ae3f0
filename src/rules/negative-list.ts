// Data withheld from sharing is managed on a negative list (负面清单): MIIT Measures Art. 20 ¶1, ¶4 and Art. 26; Hubei
// Regulation Art. 31 ¶1. The Decree has no such list, so the national profile turns the rule off.
import { citeAll } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { shareClasses } from './_share.js';

export default defineRule({
  id: 'negative-list',
  articles: [{ source: 'miit-measures', article: 20, paragraph: 4 }, { source: 'miit-measures', article: 26 }],
  severity: 'error',
  docs: {
    summary: { zh: '不予共享的数据须列入负面清单管理', en: 'Non-shareable data is managed on the negative list' },
    details: {
      zh: '《工信部办法》第二十条第一款规定“不予共享类数据纳入负面清单管理”，第四款规定列入不予共享类的政务数据报部长审批同意后“列入部政务数据共享负面清单管理”，第二十六条对部外共享同样“采取负面清单管理”；《湖北省数据条例》第三十一条第一款规定列为不予共享数据的，“实行负面清单管理”。不予共享的条目（任一共享属性为不予共享）须在 non_share.negative_list 中记录已列入负面清单：写 true（是），或负面清单中的编号、文号；写 false（否）或占位内容的，予以报告。《政务数据共享条例》没有负面清单，national 配置方案不运行本规则。',
      en: 'MIIT Measures Art. 20(1) puts non-shareable data "under negative-list management", Art. 20(4) lists it on the ministry\'s negative list once the minister has approved it, and Art. 26 applies the negative list to sharing outside the ministry; Hubei Regulation Art. 31(1) puts data listed as non-shareable "under negative-list management". A non-shareable entry (any share attribute non-shareable) records in non_share.negative_list that it is on the list: true, or its number or reference there; false or a placeholder is reported. Decree 809 has no negative list, so the national profile does not run this rule.',
    },
  },
  messages: {
    missing: {
      zh: '条目“{{entry}}”为不予共享，但未记录已列入负面清单（non_share.negative_list）；{{article}}规定不予共享的数据实行负面清单管理',
      en: 'entry "{{entry}}" is non-shareable but does not record that it is on the negative list (non_share.negative_list); {{article}} put non-shareable data under negative-list management',
    },
    notListed: {
      zh: '条目“{{entry}}”为不予共享，却注明未列入负面清单；{{article}}规定不予共享的数据须列入负面清单管理',
      en: 'entry "{{entry}}" is non-shareable yet says it is not on the negative list; {{article}} put non-shareable data under negative-list management',
    },
    placeholder: { zh: '条目“{{entry}}”的负面清单记录“{{value}}”是占位内容，应写 true 或负面清单中的编号', en: 'entry "{{entry}}": the negative-list record "{{value}}" is a placeholder; write true or the number on the list' },
  },
  optionsSchema: { type: 'object', properties: { placeholders: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  defaults: { placeholders: DEFAULT_PLACEHOLDERS },
  examples: {
    pass: { at: 'entry', yaml: 'share_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 能够识别单个统计调查对象身份的原始资料\n  legal_basis: 《中华人民共和国统计法》第三十九条\n  negative_list: FMQD-2026-003' },
    fail: { at: 'entry', yaml: 'share_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 能够识别单个统计调查对象身份的原始资料\n  legal_basis: 《中华人民共和国统计法》第三十九条' },
  },
  check({ catalogue, options, articles, report }) {
    const article = citeAll(articles);
    forEachEntry(catalogue, (entry, path, label) => {
      const ns = entry.non_share;
      // Without a non_share mapping, non-shareable-legal-basis reports the missing reason and basis once.
      if (!shareClasses(catalogue, entry).nonShareable || !isObject(ns)) return;
      const at = [...path, 'non_share'];
      const v = ns.negative_list;
      const t = text(v)?.trim();
      if (isBlank(v) || t === '') report({ messageId: 'missing', path: 'negative_list' in ns ? [...at, 'negative_list'] : at, absent: [...at, 'negative_list'], data: { entry: label, article } });
      else if (v === false) report({ messageId: 'notListed', path: [...at, 'negative_list'], data: { entry: label, article } });
      else if (t !== undefined && isPlaceholder(t, options.placeholders)) report({ messageId: 'placeholder', path: [...at, 'negative_list'], data: { entry: label, value: t } });
    });
  },
});
