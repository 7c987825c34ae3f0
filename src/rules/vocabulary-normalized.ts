// Shows the officer how a variant term was understood, so a wrong mapping is caught before submission.
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES, type VocabularyName } from '../core/vocabulary.js';

export default defineRule({
  id: 'vocabulary-normalized',
  articles: [],
  severity: 'info',
  docs: {
    summary: { zh: '变体用语已按规范术语理解', en: 'A variant term was read as its canonical term' },
    details: {
      zh: '各地门户常用“每 3 月”“依申请开放”“字符型C”等写法。govcat 将其映射为规范术语（如“每季度”“有条件共享”“字符型”），并以提示告知，便于数据专员核对理解是否正确；使用规范术语即可消除提示。',
      en: 'Portals often write variants such as 每 3 月, 依申请开放 or 字符型C. govcat maps them to the canonical terms (quarterly, conditional, string) and says so, so the officer can check the reading; writing the canonical term removes the notice.',
    },
  },
  messages: {
    mapped: { zh: '“{{given}}”按“{{canonical}}”理解', en: 'read "{{given}}" as "{{canonical}}"' },
  },
  defaults: {},
  examples: {
    pass: { at: 'entry', yaml: 'update_frequency: quarterly' },
    fail: { at: 'entry', yaml: 'update_frequency: 每 3 月' },
  },
  check({ catalogue, report }) {
    for (const hit of catalogue.normalized) {
      const zh = VOCABULARIES[hit.field as VocabularyName]?.terms[hit.canonical] ?? hit.canonical;
      report({ messageId: 'mapped', path: hit.path, data: { given: hit.given, canonical: { zh, en: hit.canonical } } });
    }
  },
});
