// Hubei Regulation Art. 19 ¶3 and Art. 32: the catalogue states each entry's open attribute (开放属性): unconditional,
// conditional or not open. A share class written there is another field's value. The Decree asks for no open
// attribute, so the national profile leaves open_type to the schema (a warning).
import { defineRule } from '../core/define-rule.js';
import { canonicalize, VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, isBlank, isObject } from './_util.js';
import { kindOf, show, suggest, term, termList } from './_support.js';

const VOCAB = VOCABULARIES.open_type;

export default defineRule({
  id: 'open-type-valid',
  articles: [{ source: 'hubei-regulation', article: 19, paragraph: 3 }, { source: 'hubei-regulation', article: 32, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '开放属性须为无条件开放、有条件开放或不予开放之一', en: 'open_type is unconditional_open, conditional_open or not_open' },
    details: {
      zh: '《湖北省数据条例》第十九条第三款要求公共数据资源目录明确“共享开放属性”，第三十二条第二款区分无条件开放（可直接获取使用）和有条件开放（须申请、明确用途并签署数据利用协议）。开放属性（open_type）因此须为无条件开放、有条件开放或不予开放之一；“依申请开放”“普遍开放”等常见写法会被识别。共享属性的用语（无条件共享、有条件共享、不予共享）写在开放属性中的，单独报告：共享是公共管理和服务机构之间提供数据（第三十一条），开放是向社会提供数据，两者分别填写。缺少开放属性由 entry-required-fields 报告。',
      en: 'Hubei Regulation Art. 19(3) requires the public data resource catalogue to state "the share and open attributes", and Art. 32(2) distinguishes unconditional opening (data taken directly) from conditional opening (on application, for a stated purpose, under a data-use agreement). open_type is therefore unconditional_open, conditional_open or not_open; common variants (依申请开放, 普遍开放) are recognised. A share-class term (无条件共享, 有条件共享, 不予共享) written as the open attribute is reported on its own: sharing gives data to other public bodies (Art. 31), opening gives it to the public, and each is stated in its own field. A missing open attribute is entry-required-fields\' finding.',
    },
  },
  messages: {
    invalid: { zh: '条目“{{entry}}”的开放属性“{{value}}”无效，应为{{accepted}}之一', en: 'entry "{{entry}}" has an invalid open attribute "{{value}}"; expected one of {{accepted}}' },
    invalidSuggest: {
      zh: '条目“{{entry}}”的开放属性“{{value}}”无效，应为{{accepted}}之一；是否指“{{suggestion}}”？',
      en: 'entry "{{entry}}" has an invalid open attribute "{{value}}"; expected one of {{accepted}}; did you mean "{{suggestion}}"?',
    },
    shareClass: {
      zh: '条目“{{entry}}”的开放属性“{{value}}”是共享属性，不是开放属性：共享是向其他公共管理和服务机构提供数据，开放是向社会提供数据。开放属性应为{{accepted}}之一；共享属性请写在 share_type（共享属性）中',
      en: 'entry "{{entry}}": the open attribute "{{value}}" is a share class, not an open attribute: sharing gives data to other public bodies, opening gives it to the public. The open attribute is one of {{accepted}}; the share class belongs in share_type (共享属性)',
    },
    notText: { zh: '条目“{{entry}}”的开放属性应为单个取值（{{accepted}}之一），实际为{{kind}}', en: 'entry "{{entry}}" must give its open attribute as a single value (one of {{accepted}}), not {{kind}}' },
  },
  defaults: {},
  examples: {
    pass: { at: 'entry', yaml: 'open_type: 有条件开放' },
    fail: { at: 'entry', yaml: 'open_type: 有条件共享' },
  },
  check({ catalogue, report }) {
    const accepted = termList(VOCAB);
    forEachEntry(catalogue, (entry, path, label) => {
      const v = entry.open_type;
      if (isBlank(v) || (typeof v === 'string' && Object.hasOwn(VOCAB.terms, v))) return;
      const at = [...path, 'open_type'];
      if (Array.isArray(v) || isObject(v)) return report({ messageId: 'notText', path: at, data: { entry: label, accepted, kind: kindOf(v) } });
      const value = show(v);
      if (typeof v === 'string' && canonicalize(VOCABULARIES.share_type, v)) return report({ messageId: 'shareClass', path: at, data: { entry: label, value, accepted } });
      const guess = suggest(VOCAB, value);
      if (guess) report({ messageId: 'invalidSuggest', path: at, data: { entry: label, value, accepted, suggestion: term(VOCAB, guess) } });
      else report({ messageId: 'invalid', path: at, data: { entry: label, value, accepted } });
    });
  },
});
