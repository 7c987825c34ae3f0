// Decree 809 Art. 13(1): the catalogue is approved by the head of the department (经部门负责人审核同意).
import { defineRule } from '../core/define-rule.js';
import { shown } from './_header.js';
import { isBlank, isObject } from './_util.js';
import type { Bilingual } from '../core/types.js';

const FIELDS: Record<string, Bilingual> = {
  approver: { zh: '审核人（approver）', en: 'approver' },
  date: { zh: '审核同意日期（date）', en: 'date' },
  title: { zh: '审核人职务（title）', en: "approver's title" },
};

export default defineRule({
  id: 'approval-required',
  articles: [{ source: 'decree-809', article: 13, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录须记录部门负责人的审核同意（审核人和日期）', en: 'The approval of the department head is recorded, with approver and date' },
    details: {
      zh: '第十三条第一款规定，政府部门编制政务数据目录，应当依法开展评估，“并经部门负责人审核同意”。审核同意是目录报送主管部门审核（第十六条）的前提，须能查明由谁、于何日同意，因此 approval 须写明审核人（approver）和日期（date）；职务（title）可选，可通过选项 fields 要求填写。',
      en: 'Art. 13(1) requires a catalogue to be "reviewed and approved by the head of the department" after the assessments. The approval precedes submission to the competent department (Art. 16), and it must be possible to tell who approved it and when, so `approval` gives the approver and the date; the approver\'s title is optional and can be required with the `fields` option.',
    },
  },
  messages: {
    missing: { zh: '目录未记录部门负责人审核同意（approval：审核人和日期）', en: 'no approval by the department head is recorded (approval: approver and date)' },
    shape: { zh: '部门负责人审核同意应写明审核人和日期，如 {approver: 张三, title: 局长, date: 2026-03-05}，实际为{{value}}', en: 'the approval must give the approver and date, e.g. {approver: …, title: …, date: 2026-03-05}; found {{value}}' },
    incomplete: { zh: '部门负责人审核同意缺少{{field}}', en: 'the approval by the department head lacks its {{field}}' },
  },
  optionsSchema: { type: 'object', properties: { fields: { type: 'array', items: { enum: Object.keys(FIELDS) } } }, additionalProperties: false },
  defaults: { fields: ['approver', 'date'] },
  claims: [
    { keyword: 'required', path: /^\/catalogue\/approval$/ },
    { keyword: 'type', path: /^\/catalogue\/approval$/ },
    { keyword: 'minLength', path: /^\/catalogue\/approval\/(approver|title)$/ },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\napproval: {approver: 张三, title: 局长, date: 2026-03-05}" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nversion: '2026.2'\ncompiled_at: 2026-03-02\napproval: {title: 局长}" },
  },
  check({ catalogue, options, report }) {
    const { root, header } = catalogue;
    if (!isObject(root.catalogue)) return; // header-required reports the missing header
    const approval = header.approval;
    if (isBlank(approval)) return report({ messageId: 'missing', path: 'approval' in header ? ['catalogue', 'approval'] : ['catalogue'], absent: ['catalogue', 'approval'] });
    if (!isObject(approval)) return report({ messageId: 'shape', path: ['catalogue', 'approval'], data: { value: shown(approval) } });
    for (const f of options.fields) {
      const field = FIELDS[f] ?? { zh: f, en: f };
      if (isBlank(approval[f])) report({ messageId: 'incomplete', path: f in approval ? ['catalogue', 'approval', f] : ['catalogue', 'approval'], absent: ['catalogue', 'approval', f], data: { field } });
    }
  },
});
