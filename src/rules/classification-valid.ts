// Decree 809 Art. 13 ¶2 and Art. 35: every entry is classified (a category) and graded (general / important / core).
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, isBlank, isObject, text } from './_util.js';
import { kindOf, secrecyOf, show, suggest, term, termList } from './_support.js';

const VOCAB = VOCABULARIES.classification_level;

export default defineRule({
  id: 'classification-valid',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }, { source: 'decree-809', article: 35, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '数据分类分级须有数据类别，级别为一般、重要或核心', en: 'classification has a category and a level of general, important or core' },
    details: {
      zh: '第十三条第二款要求目录明确数据分类分级；第三十五条要求政府部门落实政务数据分类分级管理要求，第三十四条据此推进共享安全管理。classification.category 写明数据类别，classification.level 为一般、重要或核心（general / important / core），与数据安全法的分级一致。级别写作“涉密”“国家秘密”“工作秘密”等时，由 classified-data-excluded 规则报告：此类数据不属于政务数据。',
      en: 'Art. 13(2) requires the catalogue to state how each entry is classified and graded; Art. 35 requires departments to apply graded data management, on which Art. 34 builds sharing security. classification.category names the category, and classification.level is general, important or core (一般/重要/核心), the grades of the Data Security Law. A level written as a secrecy mark (涉密, 国家秘密, 工作秘密 …) is reported by classified-data-excluded instead: such data is not government data at all.',
    },
  },
  messages: {
    notMapping: { zh: '条目“{{entry}}”的数据分类分级应为映射，包括 category（数据类别）和 level（数据级别），实际为{{kind}}', en: 'entry "{{entry}}": classification must be a mapping with category and level, not {{kind}}' },
    noCategory: { zh: '条目“{{entry}}”未写明数据类别（classification.category）', en: 'entry "{{entry}}" does not state its data category (classification.category)' },
    noLevel: { zh: '条目“{{entry}}”未写明数据级别（classification.level），应为{{accepted}}之一', en: 'entry "{{entry}}" does not state its data level (classification.level); expected one of {{accepted}}' },
    invalidLevel: { zh: '条目“{{entry}}”的数据级别“{{value}}”无效，应为{{accepted}}之一', en: 'entry "{{entry}}" has an invalid data level "{{value}}"; expected one of {{accepted}}' },
    invalidLevelSuggest: {
      zh: '条目“{{entry}}”的数据级别“{{value}}”无效，应为{{accepted}}之一；是否指“{{suggestion}}”？',
      en: 'entry "{{entry}}" has an invalid data level "{{value}}"; expected one of {{accepted}}; did you mean "{{suggestion}}"?',
    },
  },
  defaults: {},
  claims: [{ keyword: 'type', path: /^\/entries\/\d+\/classification(\/level)?$/ }, { keyword: 'enum', path: /^\/entries\/\d+\/classification\/level$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'classification: {category: 市场监管/市场主体, level: 重要}' },
    fail: { at: 'entry', yaml: 'classification: {category: 市场监管/市场主体, level: 三级}' },
  },
  check({ catalogue, report }) {
    const accepted = termList(VOCAB);
    forEachEntry(catalogue, (entry, path, label) => {
      const c = entry.classification;
      const at = [...path, 'classification'];
      if (isBlank(c)) return;
      if (!isObject(c)) return report({ messageId: 'notMapping', path: at, data: { entry: label, kind: kindOf(c) } });
      if (isBlank(c.category) || text(c.category)?.trim() === '') report({ messageId: 'noCategory', path: 'category' in c ? [...at, 'category'] : at, data: { entry: label } });
      const level = c.level;
      if (isBlank(level) || text(level)?.trim() === '') return report({ messageId: 'noLevel', path: 'level' in c ? [...at, 'level'] : at, data: { entry: label, accepted } });
      // A secrecy mark as a grade is a different, graver defect (Art. 3): classified-data-excluded reports it.
      if ((typeof level === 'string' && Object.hasOwn(VOCAB.terms, level)) || secrecyOf(level)) return;
      const value = show(level);
      const guess = suggest(VOCAB, value);
      if (guess) report({ messageId: 'invalidLevelSuggest', path: [...at, 'level'], data: { entry: label, value, accepted, suggestion: term(VOCAB, guess) } });
      else report({ messageId: 'invalidLevel', path: [...at, 'level'], data: { entry: label, value, accepted } });
    });
  },
});
