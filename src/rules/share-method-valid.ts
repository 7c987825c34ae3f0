// Decree 809 Art. 13 ¶2 and Art. 22 ¶2: the share method is one of the ways the regulation names; none only when not shared.
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, isBlank, isObject } from './_util.js';
import { show, suggest, term, termList } from './_support.js';
import { attributeTitle, shareClasses } from './_share.js';
import type { Bilingual, Path } from '../core/types.js';

const VOCAB = VOCABULARIES.share_method;

export default defineRule({
  id: 'share-method-valid',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }, { source: 'decree-809', article: 22, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '共享方式须取自服务接口、批量交换、文件下载；“无”仅用于不予共享', en: 'share_method values are api, batch_exchange or file_download; none only for non-shareable entries' },
    details: {
      zh: '第十三条第二款要求目录明确共享方式；第二十二条第二款规定提供部门可以通过服务接口、批量交换、文件下载等方式共享政务数据。共享方式可写一个或多个，中英文均可。“无”表示不提供共享，只适用于不予共享的条目；反之，不予共享的条目列有实际共享方式，属于自相矛盾，须核实共享属性。',
      en: 'Art. 13(2) requires the catalogue to state the share method; Art. 22(2) names the ways a provider shares data: service interface (api), batch exchange and file download. One or more methods may be given, in Chinese or English. "none" means the data is not shared and fits only non-shareable entries; conversely a non-shareable entry that lists a real method contradicts itself, and its share type needs checking.',
    },
  },
  messages: {
    invalid: { zh: '条目“{{entry}}”的共享方式“{{value}}”无效，应为{{accepted}}之一（不予共享的条目写“无”）', en: 'entry "{{entry}}" has an invalid share method "{{value}}"; expected one of {{accepted}} (none for non-shareable entries)' },
    invalidSuggest: {
      zh: '条目“{{entry}}”的共享方式“{{value}}”无效，应为{{accepted}}之一；是否指“{{suggestion}}”？',
      en: 'entry "{{entry}}" has an invalid share method "{{value}}"; expected one of {{accepted}}; did you mean "{{suggestion}}"?',
    },
    notList: { zh: '条目“{{entry}}”的共享方式应为列表（如 [api, batch_exchange]）或单个取值，实际为映射', en: 'entry "{{entry}}" must give its share methods as a list (e.g. [api, batch_exchange]) or a single value, not a mapping' },
    noneNotAllowed: { zh: '条目“{{entry}}”为{{shareType}}，共享方式不能为“无”，应为{{accepted}}中的一种或几种', en: 'entry "{{entry}}" is {{shareType}}, so its share method cannot be none; give one or more of {{accepted}}' },
    sharedNonShareable: {
      zh: '条目“{{entry}}”为不予共享，却列有共享方式（{{methods}}），两者矛盾；请核实共享属性，或将共享方式写为“无”',
      en: 'entry "{{entry}}" is non-shareable yet lists share methods ({{methods}}); check the share type, or set the share method to none',
    },
  },
  optionsSchema: { type: 'object', properties: { methods: { type: 'array', minItems: 1, items: { enum: Object.keys(VOCAB.terms).filter((k) => k !== 'none') } } }, additionalProperties: false },
  defaults: { methods: ['api', 'batch_exchange', 'file_download'] },
  claims: [{ keyword: 'enum', path: /^\/entries\/\d+\/share_method(\/\d+)?$/ }, { keyword: 'type', path: /^\/entries\/\d+\/share_method(\/\d+)?$/ }, { keyword: 'anyOf', path: /^\/entries\/\d+\/share_method$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'share_method: [服务接口, batch_exchange]' },
    fail: { at: 'entry', yaml: 'share_method: [api, 光盘邮寄]' },
  },
  check({ catalogue, options, report }) {
    const accepted = termList(VOCAB, options.methods);
    forEachEntry(catalogue, (entry, path, label) => {
      const sm = entry.share_method;
      const at = [...path, 'share_method'];
      if (isBlank(sm)) return;
      if (isObject(sm)) return report({ messageId: 'notList', path: at, data: { entry: label } });
      const list: [unknown, Path][] = Array.isArray(sm) ? sm.map((v, i) => [v, [...at, i]]) : [[sm, at]];
      const classes = shareClasses(catalogue, entry);
      const real: string[] = [];
      for (const [v, p] of list) {
        if (typeof v === 'string' && options.methods.includes(v)) real.push(v);
        else if (v === 'none') {
          if (classes.shared) report({ messageId: 'noneNotAllowed', path: p, data: { entry: label, shareType: _sharedAs(classes.values), accepted } });
        } else {
          const value = show(v);
          const guess = suggest(VOCAB, value, options.methods);
          if (guess) report({ messageId: 'invalidSuggest', path: p, data: { entry: label, value, accepted, suggestion: term(VOCAB, guess) } });
          else report({ messageId: 'invalid', path: p, data: { entry: label, value, accepted } });
        }
      }
      // A contradiction rather than a missing fact: the share type already withholds the data, so this is a warning.
      if (classes.withheld && real.length) report({ messageId: 'sharedNonShareable', path: at, severity: 'warning', data: { entry: label, methods: termList(VOCAB, real) } });
    });
  },
});

// --- internal ---

/** The class that shares the data, as messages name it: 有条件共享, or 部内有条件共享 where the profile has two attributes. */
function _sharedAs(values: { field: string; value: unknown }[]): Bilingual {
  const { field, value } = values.find((v) => v.value === 'unconditional' || v.value === 'conditional')!;
  const t = term(VOCABULARIES.share_type, String(value));
  if (field === 'share_type') return t;
  const title = attributeTitle(field);
  return { zh: `${title.zh.replace(/共享属性$/, '')}${t.zh}`, en: `${t.en} (${title.en})` };
}
