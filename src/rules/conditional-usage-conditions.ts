// Decree 809 Art. 15 ¶2: a conditional entry lists its conditions of use — at least the scope and the purpose.
import { defineRule } from '../core/define-rule.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, own, text } from './_util.js';
import { CONDITION_FIELDS, kindOf } from './_support.js';
import { shareClasses } from './_share.js';

export default defineRule({
  id: 'conditional-usage-conditions',
  articles: [{ source: 'decree-809', article: 15, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '有条件共享的条目须列明共享范围和使用用途', en: 'Conditional entries state their sharing scope and purpose of use' },
    details: {
      zh: '第十五条第二款规定，对属于有条件共享类的政务数据，政府部门应当在政务数据目录中列明共享范围、使用用途等共享使用条件。需求部门据此提出申请，提供部门据此审核（第二十条、第二十一条），条件不明确则无从申请和审核。因此 usage_conditions 须为映射，scope（共享范围）和 purpose（使用用途）均须填写实际内容，不得为空或“待定”“无”等占位内容；“无”只适用于无条件共享和不予共享的条目。',
      en: 'Art. 15(2): for conditional data, the department must list in the catalogue the conditions of sharing and use, such as the sharing scope and the purpose of use. Requesting departments apply, and providers decide, on these conditions (Arts. 20, 21); without them neither can. usage_conditions must therefore be a mapping whose scope and purpose hold real text — not blank, not a placeholder such as 待定 or 无. "none" is only for unconditional and non-shareable entries.',
    },
  },
  messages: {
    none: {
      zh: '条目“{{entry}}”为有条件共享，使用条件却为“{{value}}”；应列明共享范围、使用用途等共享使用条件',
      en: 'entry "{{entry}}" is conditional but its usage conditions are "{{value}}"; state the sharing scope, purpose of use and other conditions',
    },
    notMapping: {
      zh: '条目“{{entry}}”为有条件共享，使用条件应分项列明（scope 共享范围、purpose 使用用途），实际为{{kind}}',
      en: 'entry "{{entry}}" is conditional; its usage conditions must be a mapping with scope and purpose, not {{kind}}',
    },
    missing: { zh: '条目“{{entry}}”为有条件共享，但未列明{{field}}', en: 'entry "{{entry}}" is conditional but does not state its {{field}}' },
    placeholder: {
      zh: '条目“{{entry}}”为有条件共享，其{{field}}“{{value}}”是占位内容，应写明实际内容',
      en: 'entry "{{entry}}" is conditional but its {{field}} is the placeholder "{{value}}"; state the actual condition',
    },
  },
  optionsSchema: {
    type: 'object',
    properties: {
      fields: { type: 'array', items: { enum: Object.keys(CONDITION_FIELDS) } },
      // More fields when a particular share attribute is conditional (MIIT: the Decree's purpose when sharing outside the ministry).
      fieldsWhen: { type: 'object', additionalProperties: { type: 'array', items: { enum: Object.keys(CONDITION_FIELDS) } } },
      placeholders: { type: 'array', items: { type: 'string' } },
    },
    additionalProperties: false,
  },
  defaults: { fields: ['scope', 'purpose'], fieldsWhen: {} as Record<string, string[]> | undefined, placeholders: DEFAULT_PLACEHOLDERS },
  examples: {
    pass: { at: 'entry', yaml: 'share_type: conditional\nusage_conditions: {scope: 本市各级市场监管部门, purpose: 用于企业登记信息核验}' },
    fail: { at: 'entry', yaml: 'share_type: conditional\nusage_conditions: {scope: 本市各级市场监管部门, purpose: 待定}' },
  },
  check({ catalogue, options, report }) {
    forEachEntry(catalogue, (entry, path, label) => {
      const uc = entry.usage_conditions;
      if (!shareClasses(catalogue, entry).conditional || isBlank(uc)) return;
      const at = [...path, 'usage_conditions'];
      if (!isObject(uc)) {
        const t = typeof uc === 'string' ? uc.trim() : undefined;
        if (t && (/^none$/i.test(t) || isPlaceholder(t, options.placeholders))) {
          return report({ messageId: 'none', path: at, data: { entry: label, value: t === 'none' ? { zh: '无', en: 'none' } : t } });
        }
        return report({ messageId: 'notMapping', path: at, data: { entry: label, kind: kindOf(uc) } });
      }
      const extra = Object.entries(options.fieldsWhen ?? {}).flatMap(([attribute, fields]) => (entry[attribute] === 'conditional' ? fields : []));
      for (const key of [...new Set([...options.fields, ...extra])]) {
        const field = own(CONDITION_FIELDS, key) ?? { zh: key, en: key };
        const t = text(uc[key]);
        if (!(key in uc)) report({ messageId: 'missing', path: at, absent: [...at, key], data: { entry: label, field } });
        else if (isBlank(uc[key])) report({ messageId: 'missing', path: [...at, key], data: { entry: label, field } });
        else if (t !== undefined && isPlaceholder(t, options.placeholders)) report({ messageId: 'placeholder', path: [...at, key], data: { entry: label, field, value: t.trim() } });
      }
    });
  },
});
