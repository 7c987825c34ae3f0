// Builds catalogue YAML for rule tests from a valid base, with exact line/column of every key and value.
export const DEPT_CODE = '11110000000013127H';
export const PROVIDER_CODE = '11110000000021235B';

type Fields = [string, string][];
/** A field override: a flow-YAML value, or null to drop the key. */
export type Overrides = Record<string, string | null>;

export const BASE_HEADER: Fields = [
  ['id', 'CAT-110000-TEST'],
  ['title', '北京市测试局政务数据目录'],
  ['department', `{name: 北京市测试局, code: ${DEPT_CODE}}`],
  ['level', 'provincial'],
  ['region', "'110000'"],
  ['version', "'2026.1'"],
  ['compiled_at', '2026-03-02'],
  ['approval', '{approver: 张三, title: 局长, date: 2026-03-05}'],
  ['assessments', '{confidentiality_risk: {date: 2026-02-20, conclusion: passed}, personal_information_impact: {date: 2026-02-21, conclusion: passed}}'],
  ['submitted_at', '2026-03-06'],
];

export const BASE_ENTRY: Fields = [
  ['id', 'T-0001'],
  ['name', '企业登记基本信息'],
  ['provider', `{name: 北京市测试局, code: ${PROVIDER_CODE}}`],
  ['items', '[{name: 统一社会信用代码, type: string}, {name: 企业名称, type: string}]'],
  ['format', '{kind: database_table, detail: MySQL}'],
  ['update_frequency', 'daily'],
  ['share_type', 'conditional'],
  ['share_method', '[api]'],
  ['usage_conditions', '{scope: 本市各级市场监管部门, purpose: 用于企业登记信息核验}'],
  ['classification', '{category: 市场监管/市场主体, level: general}'],
];

export interface BuiltDoc {
  yaml: string;
  /** Position of a header key (or its value), 1-based. */
  header(key: string, opts?: { key?: boolean }): { line: number; column: number };
  /** Position of an entry's key (or its value); with no key, the entry's first key. */
  entry(index: number, key?: string, opts?: { key?: boolean }): { line: number; column: number };
}

/** Catalogue text: base header with overrides, and one entry per element (each overriding the base entry). */
export function doc(opts: { header?: Overrides; entries?: Overrides[] } = {}): BuiltDoc {
  const header = apply(BASE_HEADER, opts.header ?? {});
  const entries = (opts.entries ?? [{}]).map((o, i) => apply(BASE_ENTRY, { id: `T-${String(i + 1).padStart(4, '0')}`, ...(i ? { name: `企业登记基本信息${i + 1}` } : {}), ...o }));
  const lines = ['govcat: 1', 'catalogue:', ...header.map(([k, v]) => `  ${k}: ${v}`), 'entries:'];
  const entryStart: number[] = [];
  for (const e of entries) {
    entryStart.push(lines.length + 1);
    e.forEach(([k, v], j) => lines.push(`${j ? '    ' : '  - '}${k}: ${v}`));
  }
  if (!entries.length) lines[lines.length - 1] = 'entries: []';
  const find = (fields: Fields, key: string) => {
    const i = fields.findIndex(([k]) => k === key);
    if (i < 0) throw new Error(`no key ${key} in test document`);
    return i;
  };
  return {
    yaml: lines.join('\n') + '\n',
    header(key, o) {
      const i = find(header, key);
      return { line: 3 + i, column: o?.key ? 3 : 3 + key.length + 2 };
    },
    entry(index, key, o) {
      if (!key) return { line: entryStart[index], column: 5 };
      const i = find(entries[index], key);
      return { line: entryStart[index] + i, column: o?.key ? 5 : 5 + key.length + 2 };
    },
  };
}

function apply(base: Fields, o: Overrides): Fields {
  const out: Fields = base.filter(([k]) => o[k] !== null).map(([k, v]) => [k, k in o ? (o[k] as string) : v]);
  for (const [k, v] of Object.entries(o)) if (v !== null && !base.some(([b]) => b === k)) out.push([k, v]);
  return out;
}

