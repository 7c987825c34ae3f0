// Rule examples are fragments; this completes one into a whole, otherwise valid catalogue.
import { dump, load } from 'js-yaml';
import type { DiffExample, JsonObject, RuleExample } from './types.js';

export const BASE_HEADER: JsonObject = {
  id: 'CAT-110000-SCJGJ',
  title: '北京市市场监督管理局政务数据目录',
  department: { name: '北京市市场监督管理局', code: '11110000000013127H' },
  level: 'provincial',
  region: '110000',
  version: '2026.1',
  compiled_at: '2026-03-02',
  approval: { approver: '张三', title: '局长', date: '2026-03-05' },
  assessments: {
    confidentiality_risk: { date: '2026-02-20', conclusion: 'passed' },
    personal_information_impact: { date: '2026-02-21', conclusion: 'passed' },
  },
  submitted_at: '2026-03-06',
};

export const BASE_ENTRY: JsonObject = {
  id: 'SCJG-0001',
  name: '企业登记基本信息',
  provider: { name: '北京市市场监督管理局', code: '11110000000013127H' },
  items: [{ name: '统一社会信用代码', type: 'string' }, { name: '企业名称', type: 'string' }],
  format: { kind: 'database_table', detail: 'MySQL' },
  update_frequency: 'daily',
  share_type: 'conditional',
  share_method: ['api'],
  usage_conditions: { scope: '本市各级市场监管、税务部门', purpose: '用于企业登记信息核验' },
  classification: { category: '市场监管/市场主体', level: 'general' },
};

/**
 * `shareAttributes`: a profile's, where they are not share_type (MIIT's 部内 and 部外): the examples' share_type then
 * stands for each of them, so an example written for the Decree reads the same under that regime.
 */
export function exampleDocument(example: RuleExample, shareAttributes?: readonly string[]): string {
  if (example.at === 'file') return example.yaml;
  const fragment = load(example.yaml) as JsonObject;
  const header = example.at === 'catalogue' ? _merge(BASE_HEADER, fragment) : BASE_HEADER;
  const entry = example.at === 'entry' ? _merge(BASE_ENTRY, fragment) : BASE_ENTRY;
  return dump({ govcat: 1, catalogue: header, entries: [_attributes(entry, shareAttributes)] }, { lineWidth: -1 });
}

/** Both versions of a diff example: each side's `catalogue:` merged over the base header, each of its `entries:` over the base entry. */
export function exampleDiffDocuments(example: DiffExample, shareAttributes?: readonly string[]): { old: string; new: string } {
  const side = (yaml: string) => {
    const fragment = (load(yaml) ?? {}) as JsonObject;
    const header = _merge(BASE_HEADER, (fragment.catalogue ?? {}) as JsonObject);
    const entries = (Array.isArray(fragment.entries) ? fragment.entries.map((e) => _merge(BASE_ENTRY, e as JsonObject)) : [BASE_ENTRY]).map((e) => _attributes(e, shareAttributes));
    return dump({ govcat: 1, catalogue: header, entries }, { lineWidth: -1 });
  };
  return { old: side(example.old), new: side(example.new) };
}

// --- internal ---

/** share_type given to each of a profile's share attributes instead (the entry unchanged for share_type itself). */
function _attributes(entry: JsonObject, attributes: readonly string[] | undefined): JsonObject {
  if (!attributes || (attributes.length === 1 && attributes[0] === 'share_type') || !('share_type' in entry)) return entry;
  const { share_type: value, ...rest } = entry;
  return { ...Object.fromEntries(attributes.map((a) => [a, value])), ...rest };
}

/** Top-level keys of the fragment replace the base's; a key set to null is removed. */
function _merge(base: JsonObject, fragment: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(fragment ?? {})) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}
