// Decree 809 Art. 15 ¶1: unconditional data may not be hedged with conditions (不得擅自增设条件).
import { defineRule } from '../core/define-rule.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, own, text } from './_util.js';
import { CONDITION_FIELDS, show } from './_support.js';
import { shareClasses } from './_share.js';

export default defineRule({
  id: 'unconditional-extra-conditions',
  articles: [{ source: 'decree-809', article: 15, paragraph: 1 }],
  severity: 'warning',
  docs: {
    summary: { zh: '无条件共享的条目不应再设使用条件', en: 'Unconditional entries impose no conditions of use' },
    details: {
      zh: '第十四条第（一）项规定，无条件共享类数据可以提供给所有政府部门共享使用；第十五条第一款要求科学合理确定共享属性，不得通过擅自增设条件等方式阻碍、影响政务数据共享（违反者依第三十九条第（二）项追责）。无条件共享的条目仍写有共享范围、使用用途等条件时，要么条件是多余的、构成擅自增设条件，要么该数据实际应为有条件共享。使用条件应写 none（无），或将共享属性改为有条件共享。',
      en: 'Under Art. 14 item 1, unconditional data may be shared with every government department; Art. 15(1) requires share classes to be set reasonably and forbids obstructing sharing by adding conditions of one\'s own (sanctioned under Art. 39 item 2). An unconditional entry that still lists a scope, purpose or other conditions either adds conditions it may not add, or is really conditional data. Write usage_conditions: none (无), or make the entry conditional.',
    },
  },
  messages: {
    conditions: {
      zh: '条目“{{entry}}”为无条件共享，却设有使用条件（{{fields}}）；无条件共享不得增设条件，应写“无”或改为有条件共享',
      en: 'entry "{{entry}}" is unconditional yet imposes conditions: {{fields}}; unconditional data may not be given extra conditions — write none or make it conditional',
    },
    conditionText: {
      zh: '条目“{{entry}}”为无条件共享，却设有使用条件“{{value}}”；无条件共享不得增设条件，应写“无”或改为有条件共享',
      en: 'entry "{{entry}}" is unconditional yet imposes the condition "{{value}}"; unconditional data may not be given extra conditions — write none or make it conditional',
    },
  },
  optionsSchema: { type: 'object', properties: { placeholders: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  defaults: { placeholders: DEFAULT_PLACEHOLDERS },
  examples: {
    pass: { at: 'entry', yaml: 'share_type: unconditional\nusage_conditions: none' },
    fail: { at: 'entry', yaml: 'share_type: unconditional\nusage_conditions: {scope: 仅限本局内部使用}' },
  },
  check({ catalogue, options, report }) {
    // A placeholder (无, -, 待定) imposes nothing; placeholder-value reports it where it matters.
    const imposes = (v: unknown) => !isBlank(v) && !(typeof v === 'boolean') && !(text(v) !== undefined && isPlaceholder(text(v)!, options.placeholders));
    forEachEntry(catalogue, (entry, path, label) => {
      const uc = entry.usage_conditions;
      if (!shareClasses(catalogue, entry).unconditional) return;
      const at = [...path, 'usage_conditions'];
      if (isObject(uc)) {
        const keys = Object.keys(uc).filter((k) => imposes(uc[k]));
        const names = keys.map((k) => own(CONDITION_FIELDS, k) ?? { zh: k, en: k });
        const fields = { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
        if (keys.length) report({ messageId: 'conditions', path: at, data: { entry: label, fields } });
      } else if (imposes(uc) && !(typeof uc === 'string' && /^none$/i.test(uc.trim()))) {
        report({ messageId: 'conditionText', path: at, data: { entry: label, value: Array.isArray(uc) ? uc.map(show).join('；') : show(uc) } });
      }
    });
  },
});
