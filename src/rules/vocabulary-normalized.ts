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
      zh: '各地门户常用“每 3 月”“依申请共享”“字符型C”等写法，开放属性（open_type）中常写“依申请开放”。govcat 将其映射为规范术语（如“每季度”“有条件共享”“字符型”“有条件开放”），并以提示告知，便于数据专员核对理解是否正确；使用规范术语即可消除提示。开放用语不会被理解为共享属性：共享属性中写“依申请开放”由 share-type-valid 报告。',
      en: 'Portals often write variants such as 每 3 月, 依申请共享 or 字符型C, and 依申请开放 for the open-data class (open_type). govcat maps them to the canonical terms (quarterly, conditional, string, conditional_open) and says so, so the officer can check the reading; writing the canonical term removes the notice. Open-data wording is never read as a share type: 依申请开放 given as share_type is share-type-valid\'s finding.',
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
