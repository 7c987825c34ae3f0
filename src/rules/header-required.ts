// Decree 809 Art. 12–13: a catalogue identifies itself, the department that compiled it, its version and date.
import { defineRule } from '../core/define-rule.js';
import { shown } from './_header.js';
import { isBlank, isObject } from './_util.js';
import type { Bilingual, JsonObject, Path } from '../core/types.js';

const FIELDS = ['id', 'department', 'version', 'compiled_at'];

const TITLES: Record<string, Bilingual> = {
  id: { zh: '目录编号（id）', en: 'catalogue id (目录编号)' },
  title: { zh: '目录标题（title）', en: 'title (目录标题)' },
  department: { zh: '编制部门（department）', en: 'compiling department (编制部门)' },
  level: { zh: '层级（level）', en: 'level (层级)' },
  region: { zh: '行政区划代码（region）', en: 'administrative division code (行政区划代码)' },
  version: { zh: '版本（version）', en: 'version (版本)' },
  compiled_at: { zh: '编制日期（compiled_at）', en: 'compilation date (编制日期)' },
  'department.name': { zh: '编制部门名称（department.name）', en: 'department name (部门名称)' },
};

export default defineRule({
  id: 'header-required',
  articles: [{ source: 'decree-809', article: 12 }, { source: 'decree-809', article: 13 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录头须写明目录编号、编制部门、版本和编制日期', en: 'The header states the catalogue id, compiling department, version and date' },
    details: {
      zh: '第十二条规定政务数据实行统一目录管理，政府部门依照本部门职责编制本部门政务数据目录；第十三条规定目录须经评估和部门负责人审核同意。统一管理、审核和动态更新都要求能确定是哪一部门（部门名称）编制的哪一份目录（编号、版本、编制日期）。部门的统一社会信用代码不是必填项：写明时由 credit-code-valid 校验。格式标记“govcat: 1”可以不写，写了就须为 1。表头字段可以直接写在文件顶层（不必放在 catalogue: 下），键名可用中文（目录编号、编制部门、版本、编制日期）。每缺少（或为空）一项报告一次。',
      en: 'Art. 12 places government data under unified catalogue management, each department compiling the catalogue of its own duties; Art. 13 requires assessments and the approval of the department head. Managing, reviewing and updating catalogues all require knowing which department (its name) compiled which catalogue (id, version, compilation date). The department\'s unified social credit code is not required; where given, credit-code-valid checks it. The format marker "govcat: 1" is optional; when given it must be 1. Header fields may stand at the top level (without the catalogue: wrapper) and be keyed in Chinese (目录编号, 编制部门, 版本, 编制日期). Each missing or empty field is reported once.',
    },
  },
  messages: {
    formatVersion: { zh: '格式标记应为“govcat: 1”，实际为 {{value}}', en: 'the format marker must be "govcat: 1", found {{value}}' },
    noCatalogue: { zh: '缺少目录头：未写明目录编号、编制部门、版本和编制日期（可写在文件顶层，或写在 catalogue: / 目录信息: 下）', en: 'no catalogue header: the catalogue id, department, version and compilation date are not given (at the top level, or under catalogue: / 目录信息:)' },
    noEntries: { zh: '文件缺少目录条目列表（entries: 或 目录条目:；没有条目时写 entries: []）', en: 'the file lacks the list of entries (entries: or 目录条目:; write entries: [] when there are none)' },
    missing: { zh: '目录头缺少{{field}}', en: 'the catalogue header is missing its {{field}}' },
    empty: { zh: '目录头的{{field}}为空', en: 'the catalogue header has an empty {{field}}' },
    departmentShape: { zh: '编制部门应写明名称，如 北京市市场监督管理局 或 {name: 北京市市场监督管理局, code: 统一社会信用代码}，实际为{{value}}', en: 'the department must be given by its name, e.g. 北京市市场监督管理局 or {name: 北京市市场监督管理局, code: …}; found {{value}}' },
  },
  optionsSchema: {
    type: 'object',
    // recommended: fields the regime's text does not require; missing, they are warnings.
    properties: { fields: { type: 'array', items: { type: 'string' } }, recommended: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
  defaults: { fields: FIELDS, recommended: [] as string[] | undefined },
  claims: [
    { keyword: 'required', path: /^$|^\/catalogue(\/department)?$/ },
    { keyword: 'type', path: /^\/catalogue(\/department)?$|^\/govcat$/ },
    { keyword: 'const', path: /^\/govcat$/ },
    { keyword: 'enum', path: /^\/govcat$/ },
    { keyword: 'minLength', path: /^\/catalogue\/(id|version|department\/name)$/ },
  ],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ntitle: 北京市市场监督管理局政务数据目录\ndepartment: {name: 北京市市场监督管理局, code: 11110000000013127H}\nlevel: provincial\nregion: '110000'\nversion: '2026.2'\ncompiled_at: 2026-03-02\napproval: {approver: 张三, title: 局长, date: 2026-03-05}\nassessments:\n  confidentiality_risk: {date: 2026-02-20, conclusion: passed}\n  personal_information_impact: {date: 2026-02-21, conclusion: passed}\nsubmitted_at: 2026-03-06" },
    fail: { at: 'catalogue', yaml: "id: CAT-110000-SCJGJ\ndepartment: {code: 11110000000013127H}\nversion: ''\ncompiled_at: 2026-03-02" },
  },
  check({ catalogue, options, report }) {
    const { root, header } = catalogue;
    if ('govcat' in root && root.govcat !== 1) report({ messageId: 'formatVersion', path: ['govcat'], data: { value: shown(root.govcat) } });
    if (root.entries === undefined || root.entries === null) report({ messageId: 'noEntries', path: 'entries' in root ? ['entries'] : [] });
    if (!isObject(root.catalogue)) return report({ messageId: 'noCatalogue', path: 'catalogue' in root ? ['catalogue'] : [] });
    const need = (owner: JsonObject, key: string, at: Path, title: string, severity?: 'warning') => {
      const field = TITLES[title] ?? { zh: title, en: title };
      const mild = severity ? { severity } : {};
      if (!(key in owner)) report({ messageId: 'missing', path: at, absent: [...at, key], data: { field }, ...mild });
      else if (isBlank(owner[key])) report({ messageId: 'empty', path: [...at, key], data: { field }, ...mild });
      return !isBlank(owner[key]);
    };
    const recommended = (options.recommended ?? []).filter((f) => !options.fields.includes(f));
    for (const field of recommended) need(header, field, ['catalogue'], field, 'warning');
    for (const field of options.fields) {
      if (!need(header, field, ['catalogue'], field) || field !== 'department') continue;
      const dept = header.department;
      if (!isObject(dept)) report({ messageId: 'departmentShape', path: ['catalogue', 'department'], data: { value: shown(dept) } });
      else need(dept, 'name', ['catalogue', 'department'], 'department.name');
    }
  },
});
