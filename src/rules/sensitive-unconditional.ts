// Decree 809 Art. 15 ¶1 and Art. 34: important or core data, and personal information, are rarely fit for sharing with everyone.
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, holdsPersonalInfo, isObject, list, text } from './_util.js';
import { term } from './_support.js';
import { shareAttributes, shareClasses } from './_share.js';

const MAX_ITEMS = 3;

export default defineRule({
  id: 'sensitive-unconditional',
  articles: [{ source: 'decree-809', article: 15, paragraph: 1 }, { source: 'decree-809', article: 34, paragraph: 1 }],
  severity: 'warning',
  docs: {
    summary: { zh: '重要数据、核心数据或含个人信息的条目标为无条件共享时提示核实', en: 'Important or core data, or entries with personal information, marked unconditional' },
    details: {
      zh: '无条件共享类数据可以提供给所有政府部门（第十四条第（一）项），需求部门的申请 1 个工作日内即须答复（第二十一条）。第十五条第一款要求科学合理确定共享属性，第三十四条要求根据数据分类分级保护制度明确共享安全责任，第三十七条要求涉及个人信息的共享遵守个人信息保护法。重要数据、核心数据或含个人信息的数据（数据项或整个条目标注 personal_info）标为无条件共享，通常意味着共享属性未经审慎确定，宜改为有条件共享并列明共享范围和使用用途。为什么只是警告：条例没有禁止无条件共享重要数据或个人信息——第十四条只按能否提供给所有政府部门划分三类，第十五条第一款要求的是“科学合理”确定而非某个特定结果，第三十四条、第三十七条规定的是安全责任和个人信息保护，不是共享属性的限制。因此这不是条例认定的错误，而是提示核实；确属合理时（例如经评估可向所有部门提供的公示类信息）可保留。',
      en: 'Unconditional data may go to every government department (Art. 14 item 1), with a reply due within one working day (Art. 21). Art. 15(1) requires share classes to be set with care, Art. 34 ties sharing security to graded data protection, and Art. 37 subjects sharing of personal information to the Personal Information Protection Law. Important or core data, or data with personal information (items, or the whole entry, marked personal_info), marked unconditional usually means the class was not weighed; it is normally conditional, with scope and purpose stated. Why only a warning: the Decree does not forbid sharing important data or personal information unconditionally. Art. 14 sorts data only by whether it can go to every government department, Art. 15(1) requires the class to be set "scientifically and reasonably" rather than prescribing an outcome, and Arts. 34 and 37 lay down security duties and personal information protection, not limits on the share class. So this is no error the Decree makes but a prompt to check; keep the class where it is justified (for instance information already made public that an assessment found fit for every department).',
    },
  },
  messages: {
    graded: {
      zh: '条目“{{entry}}”为{{level}}数据，却标为无条件共享；请核实共享属性，一般应为有条件共享',
      en: 'entry "{{entry}}" holds {{level}} data yet is marked unconditional; check the share type, which is normally conditional',
    },
    personalInfo: {
      zh: '条目“{{entry}}”含个人信息数据项（{{items}}），却标为无条件共享；请核实共享属性，一般应为有条件共享',
      en: 'entry "{{entry}}" has personal-information items ({{items}}) yet is marked unconditional; check the share type, which is normally conditional',
    },
    personalInfoEntry: {
      zh: '条目“{{entry}}”标注涉及个人信息，却标为无条件共享；请核实共享属性，一般应为有条件共享',
      en: 'entry "{{entry}}" is marked as involving personal information yet is marked unconditional; check the share type, which is normally conditional',
    },
  },
  optionsSchema: { type: 'object', properties: { levels: { type: 'array', items: { enum: Object.keys(VOCABULARIES.classification_level.terms) } } }, additionalProperties: false },
  defaults: { levels: ['important', 'core'] },
  examples: {
    pass: { at: 'entry', yaml: 'share_type: conditional\nclassification: {category: 市场监管/市场主体, level: important}' },
    fail: { at: 'entry', yaml: 'share_type: unconditional\nusage_conditions: none\nclassification: {category: 市场监管/市场主体, level: important}' },
  },
  check({ catalogue, options, report }) {
    forEachEntry(catalogue, (entry, path, label) => {
      if (!shareClasses(catalogue, entry).unconditional) return;
      const at = [...path, shareAttributes(catalogue)[0]];
      const level = isObject(entry.classification) ? entry.classification.level : undefined;
      if (typeof level === 'string' && options.levels.includes(level)) report({ messageId: 'graded', path: at, data: { entry: label, level: term(VOCABULARIES.classification_level, level) } });
      const names = list(entry.items).flatMap((it, i) => (holdsPersonalInfo(it) ? [text((it as { name?: unknown }).name)?.trim() || `#${i + 1}`] : []));
      // The items name what is personal; an entry marked as a whole says less, so it speaks only when no item does.
      if (!names.length) {
        if (holdsPersonalInfo(entry)) report({ messageId: 'personalInfoEntry', path: at, data: { entry: label } });
        return;
      }
      const shown = names.slice(0, MAX_ITEMS);
      const more = names.length > MAX_ITEMS;
      const items = { zh: shown.join('、') + (more ? `等 ${names.length} 项` : ''), en: shown.join(', ') + (more ? ` and ${names.length - MAX_ITEMS} more` : '') };
      report({ messageId: 'personalInfo', path: at, data: { entry: label, items } });
    });
  },
});
