// Decree 809 Art. 13 ¶2: each catalogue entry states these items of information. share_type stands for the profile's
// share attributes (MIIT: 部内 and 部外); fields a regime's text does not require but its reviewers expect are warnings.
import { defineRule } from '../core/define-rule.js';
import { forEachEntry, isBlank } from './_util.js';
import { shareAttributes } from './_share.js';

const FIELDS = ['name', 'items', 'provider', 'format', 'update_frequency', 'share_type', 'share_method', 'usage_conditions', 'classification'];

const TITLES: Record<string, { zh: string; en: string }> = {
  name: { zh: '数据目录名称', en: 'name (数据目录名称)' },
  items: { zh: '数据项', en: 'data items (数据项)' },
  provider: { zh: '提供单位', en: 'provider (提供单位)' },
  format: { zh: '数据格式', en: 'data format (数据格式)' },
  update_frequency: { zh: '数据更新频率', en: 'update frequency (数据更新频率)' },
  share_type: { zh: '共享属性', en: 'share type (共享属性)' },
  internal_share_type: { zh: '部内共享属性', en: 'internal share type (部内共享属性)' },
  external_share_type: { zh: '部外共享属性', en: 'external share type (部外共享属性)' },
  open_type: { zh: '开放属性', en: 'open-data class (开放属性)' },
  share_method: { zh: '共享方式', en: 'share method (共享方式)' },
  usage_conditions: { zh: '使用条件', en: 'usage conditions (使用条件)' },
  classification: { zh: '数据分类分级', en: 'classification (数据分类分级)' },
};

export default defineRule({
  id: 'entry-required-fields',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录条目须列明第十三条第二款规定的各项信息', en: 'Each entry states every item of information Art. 13(2) lists' },
    details: {
      zh: '政务数据目录应当明确数据目录名称、数据项、提供单位、数据格式、数据更新频率以及共享属性、共享方式、使用条件、数据分类分级等信息。每缺少（或为空）一项报告一次。',
      en: 'A catalogue must state, for each entry, its name, data items, provider, data format, update frequency, share type, share method, usage conditions and classification. Each missing or empty field is reported once.',
    },
  },
  messages: {
    missing: { zh: '条目“{{entry}}”缺少{{field}}', en: 'entry "{{entry}}" is missing its {{field}}' },
    empty: { zh: '条目“{{entry}}”的{{field}}为空', en: 'entry "{{entry}}" has an empty {{field}}' },
  },
  optionsSchema: {
    type: 'object',
    // recommended: fields the regime's text does not require; missing, they are warnings (a convention is at most a warning).
    properties: { fields: { type: 'array', items: { type: 'string' } }, recommended: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
  defaults: { fields: FIELDS, recommended: [] as string[] | undefined },
  claims: [
    { keyword: 'required', path: /^\/entries\/\d+$/ },
    { keyword: 'minItems', path: /^\/entries\/\d+\/(items|share_method)$/ },
    { keyword: 'minLength', path: /^\/entries\/\d+\/\w+$/ },
  ],
  examples: {
    pass: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nprovider: {name: 北京市市场监督管理局, code: 11110000000021235B}\nitems: [{name: 统一社会信用代码, type: string}]\nformat: {kind: database_table}\nupdate_frequency: daily\nshare_type: unconditional\nshare_method: [api]\nusage_conditions: none\nclassification: {category: 市场监管/市场主体, level: general}' },
    fail: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nitems: []\nshare_type: unconditional' },
  },
  check({ catalogue, options, report }) {
    const expand = (fields: readonly string[]) => fields.flatMap((f) => (f === 'share_type' ? shareAttributes(catalogue) : [f]));
    const required = expand(options.fields);
    const recommended = expand(options.recommended ?? []);
    const fields: [string, 'warning' | undefined][] = [...required.map((f): [string, undefined] => [f, undefined]), ...recommended.filter((f) => !required.includes(f)).map((f): [string, 'warning'] => [f, 'warning'])];
    forEachEntry(catalogue, (entry, path, label) => {
      for (const [field, severity] of fields) {
        const title = TITLES[field] ?? { zh: field, en: field };
        const mild = severity ? { severity } : {};
        if (!(field in entry)) report({ messageId: 'missing', path, absent: [...path, field], data: { entry: label, field: title }, ...mild });
        else if (isBlank(entry[field])) report({ messageId: 'empty', path: [...path, field], data: { entry: label, field: title }, ...mild });
      }
    });
  },
});
