// Decree 809 Art. 3: state secrets and work secrets are not government data; they have no place in a sharing catalogue.
import { defineRule } from '../core/define-rule.js';
import { forEachEntry, isObject } from './_util.js';
import { secrecyOf, show } from './_support.js';
import type { Bilingual } from '../core/types.js';

const SECRECY = {
  state_secret: { zh: '国家秘密', en: 'a state secret' },
  work_secret: { zh: '工作秘密', en: 'a work secret' },
};

export default defineRule({
  id: 'classified-data-excluded',
  articles: [{ source: 'decree-809', article: 3, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '属于国家秘密、工作秘密的数据不得编入政务数据目录', en: 'Data that is a state secret or work secret is not catalogued for sharing' },
    details: {
      zh: '第三条第一款规定，本条例所称政务数据不包括属于国家秘密、工作秘密的数据。涉密数据的管理和使用适用保守国家秘密法等规定，不能通过政务数据目录共享，也不应以“不予共享”的名义编入目录。条目的数据级别写作“涉密”“秘密”“机密”“绝密”“国家秘密”“工作秘密”，或 classification.secrecy 为 state_secret / work_secret 时，应将该条目移出目录；若数据实际不涉密，请更正级别或涉密标记。',
      en: 'Art. 3(1): government data under the regulation excludes data that is a state secret or a work secret. Classified data is governed by the Law on Guarding State Secrets and the like; it cannot be shared through the catalogue, nor listed there as non-shareable. An entry whose level is a secrecy mark (涉密, 秘密, 机密, 绝密, 国家秘密, 工作秘密) or whose classification.secrecy is state_secret / work_secret must be taken out of the catalogue — or, if the data is not in fact classified, its level or secrecy mark corrected.',
    },
  },
  messages: {
    secretLevel: {
      zh: '条目“{{entry}}”的数据级别为“{{value}}”，属于{{secrecy}}；{{consequence}}',
      en: 'entry "{{entry}}" is graded "{{value}}", i.e. {{secrecy}}; {{consequence}}',
    },
    secretMark: {
      zh: '条目“{{entry}}”标记为{{secrecy}}；{{consequence}}',
      en: 'entry "{{entry}}" is marked as {{secrecy}}; {{consequence}}',
    },
  },
  optionsSchema: {
    type: 'object',
    properties: { consequence: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } }, required: ['zh', 'en'], additionalProperties: false } },
    additionalProperties: false,
  },
  // What the regime says of secret data, in the message: the Decree's "not government data", or a regime's own words.
  defaults: { consequence: { zh: '此类数据不属于政务数据，不得编入政务数据目录', en: 'such data is not government data and must not be catalogued for sharing' } as Bilingual },
  claims: [{ keyword: 'enum', path: /^\/entries\/\d+\/classification\/level$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'classification: {category: 市场监管/市场主体, level: general, secrecy: none}' },
    fail: { at: 'entry', yaml: 'classification: {category: 市场监管/执法办案, level: 涉密}' },
  },
  check({ catalogue, options, report }) {
    const consequence = options.consequence;
    forEachEntry(catalogue, (entry, path, label) => {
      const c = entry.classification;
      const at = [...path, 'classification'];
      const bare = secrecyOf(c);
      if (bare) return report({ messageId: 'secretLevel', path: at, data: { entry: label, value: show(c), secrecy: SECRECY[bare], consequence } });
      if (!isObject(c)) return;
      const byLevel = secrecyOf(c.level);
      if (byLevel) report({ messageId: 'secretLevel', path: [...at, 'level'], data: { entry: label, value: show(c.level), secrecy: SECRECY[byLevel], consequence } });
      const byMark = secrecyOf(c.secrecy);
      if (byMark) report({ messageId: 'secretMark', path: [...at, 'secrecy'], data: { entry: label, secrecy: SECRECY[byMark], consequence } });
    });
  },
});
