// Decree 809 Art. 13: a required item "stated" as 待定, 无 or - is not stated at all.
import { defineRule } from '../core/define-rule.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isObject, isPlaceholder, text } from './_util.js';
import { shareClasses } from './_share.js';
import type { Bilingual, Path } from '../core/types.js';

type Field = [string, Bilingual];
const HEADER: Field[] = [['title', { zh: '标题', en: 'title' }], ['department.name', { zh: '编制部门名称', en: 'department name' }], ['approval.approver', { zh: '审核人', en: 'approver' }]];
const ENTRY: Field[] = [
  ['name', { zh: '数据目录名称', en: 'name' }], ['summary', { zh: '摘要', en: 'summary' }], ['provider.name', { zh: '提供单位名称', en: 'provider name' }],
  ['items.*.name', { zh: '数据项名称', en: 'data item name' }], ['format.detail', { zh: '格式说明', en: 'format detail' }],
  ['usage_conditions', { zh: '使用条件', en: 'usage conditions' }], ['usage_conditions.scope', { zh: '共享范围', en: 'sharing scope' }],
  ['usage_conditions.purpose', { zh: '使用用途', en: 'purpose of use' }], ['usage_conditions.objects', { zh: '共享对象', en: 'recipients' }],
  ['usage_conditions.requirements', { zh: '使用要求', en: 'requirements of use' }], ['non_share.reason', { zh: '不予共享理由', en: 'reason for not sharing' }],
  ['non_share.legal_basis.*.title', { zh: '依据名称', en: 'title of the legal basis' }], ['classification.category', { zh: '数据类别', en: 'data category' }],
];
// Fields another rule already reports with a more specific message, by share class.
const REPORTED_ELSEWHERE = { conditional: /^usage_conditions(\.scope|\.purpose)?$/, non_shareable: /^non_share\./ };

export default defineRule({
  id: 'placeholder-value',
  articles: [{ source: 'decree-809', article: 13 }],
  severity: 'error',
  docs: {
    summary: { zh: '必填的文字信息不得为“待定”“无”“-”等占位内容', en: 'Required text fields hold real text, not placeholders such as 待定, 无 or -' },
    details: {
      zh: '第十三条要求目录明确数据目录名称、数据项、提供单位、数据格式、使用条件、数据分类分级等信息，并经部门负责人审核同意。“待定”“暂无”“无”“-”“TBD”等占位内容等于没有填写，只是通过了格式检查。本规则检查目录标题、编制部门、审核人，以及条目的名称、摘要、提供单位、数据项名称、格式说明、使用条件各项、不予共享理由和依据名称、数据类别。只有整个取值为占位内容才报告，“用于无犯罪记录证明核查”之类的正常文字不受影响；无条件共享和不予共享条目的使用条件写“无”（none）是正当的。占位词表可通过 placeholders 配置。',
      en: 'Art. 13 requires the catalogue to state each entry\'s name, data items, provider, format, usage conditions and classification, approved by the department head. A placeholder such as 待定, 暂无, 无, -, TBD only gets past a format check; it states nothing. This rule checks the catalogue title, department and approver, and each entry\'s name, summary, provider, item names, format detail, usage condition fields, non-sharing reason and basis titles, and category. Only a value that is a placeholder as a whole is reported — text that merely contains such a word (用于无犯罪记录证明核查) is fine — and none (无) is the legitimate usage_conditions of unconditional and non-shareable entries. The placeholder list is the placeholders option.',
    },
  },
  messages: {
    entry: { zh: '条目“{{entry}}”的{{field}}“{{value}}”是占位内容，应填写实际信息', en: 'entry "{{entry}}": the {{field}} "{{value}}" is a placeholder; state the actual information' },
    header: { zh: '目录的{{field}}“{{value}}”是占位内容，应填写实际信息', en: 'the catalogue {{field}} "{{value}}" is a placeholder; state the actual information' },
  },
  optionsSchema: { type: 'object', properties: { placeholders: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  defaults: { placeholders: DEFAULT_PLACEHOLDERS },
  examples: {
    pass: { at: 'entry', yaml: 'summary: 企业设立、变更登记的基本信息\nformat: {kind: database_table, detail: 达梦}' },
    fail: { at: 'entry', yaml: 'summary: 待补充\nformat: {kind: database_table, detail: 待定}' },
  },
  check({ catalogue, options, reportedAt, report }) {
    const check = (root: unknown, base: Path, fields: Field[], skip: (dotted: string) => boolean, fn: (field: Bilingual, value: string, p: Path) => void) => {
      for (let i = 0; i < fields.length; i++) {
        const [dotted, field] = fields[i];
        if (skip(dotted)) continue;
        _visit(root, SEGMENTS.get(fields)![i], 0, (v, p) => {
          const t = text(v)?.trim();
          if (t && isPlaceholder(t, options.placeholders) && !(dotted === 'usage_conditions' && /^(none|无)$/i.test(t))) fn(field, t, [...base, ...p]);
        });
      }
    };
    check(catalogue.header, ['catalogue'], HEADER, () => false, (field, value, path) => report({ messageId: 'header', path, data: { field, value } }));
    forEachEntry(catalogue, (entry, base, label) => {
      const classes = shareClasses(catalogue, entry);
      const skip = (dotted: string) => (classes.conditional && REPORTED_ELSEWHERE.conditional.test(dotted)) || (classes.nonShareable && REPORTED_ELSEWHERE.non_shareable.test(dotted));
      // A condition a profile asks for beyond scope and purpose (MIIT's 共享对象) was reported by conditional-usage-conditions, which ran first.
      const said = (dotted: string, path: Path) => classes.conditional && dotted.startsWith('usage_conditions.') && reportedAt(path);
      check(entry, base, ENTRY, skip, (field, value, path) => {
        if (!said(path.slice(base.length).join('.'), path)) report({ messageId: 'entry', path, data: { entry: label, field, value } });
      });
    });
  },
});

const SEGMENTS = new Map<Field[], string[][]>([HEADER, ENTRY].map((fields) => [fields, fields.map(([dotted]) => dotted.split('.'))]));

/** Calls fn for each value at a dotted path; `*` walks a list (a lone mapping where a list belongs counts as one element). Paths are built only for hits. */
function _visit(v: unknown, segs: string[], at: number, fn: (v: unknown, p: Path) => void, p: (string | number)[] = []): void {
  if (at === segs.length) return fn(v, p.slice());
  const seg = segs[at];
  if (seg === '*') {
    if (!Array.isArray(v)) return _visit(v, segs, at + 1, fn, p);
    for (let i = 0; i < v.length; i++) {
      p.push(i);
      _visit(v[i], segs, at + 1, fn, p);
      p.pop();
    }
  } else if (isObject(v) && seg in v) {
    p.push(seg);
    _visit(v[seg], segs, at + 1, fn, p);
    p.pop();
  }
}
