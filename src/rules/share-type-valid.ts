// Decree 809 Art. 14: government data falls into exactly three share classes; anything else cannot be shared by the rules.
// Each share attribute of the profile is checked (MIIT: 部内 and 部外, Art. 15).
import { cite } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { isOpenClass, VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, isBlank, isObject } from './_util.js';
import { kindOf, show, suggest, term, termList } from './_support.js';
import { attributeTitle, shareAttributes } from './_share.js';
import type { Bilingual } from '../core/types.js';

const VOCAB = VOCABULARIES.share_type;

export default defineRule({
  id: 'share-type-valid',
  articles: [{ source: 'decree-809', article: 14 }],
  severity: 'error',
  docs: {
    summary: { zh: '共享属性须为无条件共享、有条件共享或不予共享之一', en: 'share_type is one of the three share classes' },
    details: {
      zh: '第十四条将政务数据按照共享属性分为无条件共享、有条件共享和不予共享三类，第十五条又按类别规定了不同的义务（有条件共享须列明使用条件，不予共享须列明理由和依据）。共享属性不属于这三类时，无法判断适用哪项义务，也无法办理共享申请。可用中文或英文书写，常见变体（如“依申请共享”“不共享”）会被识别。“无条件开放”“有条件开放”“依申请开放”“普遍开放”“不予开放”等开放用语不是共享属性：第十四条的三类针对政府部门之间的共享，开放是向社会公众提供数据，另属一套制度，依申请开放的数据不一定是有条件共享的数据。这类取值单独报告，不会被当作任何一类共享属性；开放属性请写在条目的 open_type（开放属性）字段中。',
      en: 'Art. 14 sorts government data into exactly three share classes — unconditional, conditional and non-shareable — and Art. 15 attaches different duties to each (conditions for conditional data, a reason and legal basis for non-shareable data). A value outside the three leaves the applicable duties, and any sharing request, undecidable. Chinese or English terms are accepted, and common variants (依申请共享, 不共享) are recognised. Open-data wording — 无条件开放, 有条件开放, 依申请开放, 普遍开放, 不予开放 — is not a share class: the three classes of Art. 14 concern sharing between government departments, while opening (开放) gives data to the public under a different regime, and data opened on application is not thereby conditionally shared. Such a value is reported on its own and never read as a share class; the open-data class belongs in the entry\'s open_type (开放属性) field.',
    },
  },
  messages: {
    invalid: {
      zh: '条目“{{entry}}”的{{field}}“{{value}}”无效，应为{{accepted}}之一',
      en: 'entry "{{entry}}" has an invalid {{field}} "{{value}}"; expected one of {{accepted}}',
    },
    invalidSuggest: {
      zh: '条目“{{entry}}”的{{field}}“{{value}}”无效，应为{{accepted}}之一；是否指“{{suggestion}}”？',
      en: 'entry "{{entry}}" has an invalid {{field}} "{{value}}"; expected one of {{accepted}}; did you mean "{{suggestion}}"?',
    },
    openClass: {
      zh: '条目“{{entry}}”的{{field}}“{{value}}”是开放属性，不是共享属性：{{article}}的无条件共享、有条件共享、不予共享针对{{between}}的共享，“开放”是向社会公众开放数据，另属一套制度。{{attribute}}应为{{accepted}}之一；开放属性请写在 open_type（开放属性）中',
      en: 'entry "{{entry}}": the {{field}} "{{value}}" is an open-data class, not a share class: the three classes of {{article}} ({{accepted}}) concern sharing {{between}}, while 开放 opens data to the public, a different regime. Give the share class in {{attribute}}, and the open-data class in open_type (开放属性)',
    },
    notText: {
      zh: '条目“{{entry}}”的{{field}}应为单个取值（{{accepted}}之一），实际为{{kind}}',
      en: 'entry "{{entry}}" must give its {{field}} as a single value (one of {{accepted}}), not {{kind}}',
    },
  },
  optionsSchema: {
    type: 'object',
    properties: { between: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } }, required: ['zh', 'en'], additionalProperties: false } },
    additionalProperties: false,
  },
  // Whom the share classes are about, in the open-data message: the Decree's government departments, or a regime's own.
  defaults: { between: { zh: '政府部门之间', en: 'between government departments' } as Bilingual },
  claims: [
    { keyword: 'enum', path: /^\/entries\/\d+\/share_type$/ },
    { keyword: 'type', path: /^\/entries\/\d+\/share_type$/ },
  ],
  examples: {
    pass: { at: 'entry', yaml: 'share_type: 有条件共享' },
    fail: { at: 'entry', yaml: 'share_type: 部分共享' },
  },
  check({ catalogue, options, articles, report }) {
    const accepted = termList(VOCAB);
    const article = articles.length ? cite(articles[0]) : { zh: '共享属性', en: 'the share classes' };
    forEachEntry(catalogue, (entry, path, label) => {
      for (const key of shareAttributes(catalogue)) {
        const v = entry[key];
        if (isBlank(v) || (typeof v === 'string' && Object.hasOwn(VOCAB.terms, v))) continue;
        const at = [...path, key];
        const field = attributeTitle(key);
        if (Array.isArray(v) || isObject(v)) {
          report({ messageId: 'notText', path: at, data: { entry: label, field, accepted, kind: kindOf(v) } });
          continue;
        }
        const value = show(v);
        if (typeof v === 'string' && isOpenClass(v)) {
          report({ messageId: 'openClass', path: at, data: { entry: label, field, value, accepted, article, between: options.between, attribute: { zh: field.zh, en: key } } });
          continue;
        }
        const guess = suggest(VOCAB, value);
        if (guess) report({ messageId: 'invalidSuggest', path: at, data: { entry: label, field, value, accepted, suggestion: term(VOCAB, guess) } });
        else report({ messageId: 'invalid', path: at, data: { entry: label, field, value, accepted } });
      }
    });
  },
});
