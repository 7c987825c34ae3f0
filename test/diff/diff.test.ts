// Semantic diff of two catalogue versions: matching by id, field-level changes, ordering and paths into each file.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { diffCatalogues } from '../../src/diff/diff.js';
import { loadYaml, type LoadedDocument } from '../../src/core/load.js';
import { normalize } from '../../src/core/normalize.js';
import type { Catalogue, CatalogueDiff, JsonObject } from '../../src/core/types.js';

const HEADER = `govcat: 1
catalogue:
  id: CAT-110000-SCJGJ
  title: 北京市市场监督管理局政务数据目录
  department: {name: 北京市市场监督管理局, code: "11110000MB1957J40W"}
  level: provincial
  region: "110000"
  version: "2026.1"
  compiled_at: 2026-01-05
  change_events:
    - id: EV-2026-01
      kind: duty_change
      effective_date: 2026-02-10
  submitted_at: 2026-01-10
entries:
`;

const E1 = `  - id: SCJG-0001
    name: 市场主体登记基本信息
    provider: {name: 北京市市场监督管理局, code: "11110000MB1957J40W"}
    items:
      - {name: 统一社会信用代码, type: string, length: 18}
      - {name: 企业名称, type: string, length: 200}
    format: {kind: database_table, detail: 达梦 DM8}
    update_frequency: daily
    share_type: unconditional
    share_method: [api, batch_exchange]
    usage_conditions: none
    classification: {category: 市场监管/市场主体登记, level: general}
`;

const E2 = `  - id: SCJG-0002
    name: 市场主体主要人员信息
    items:
      - {name: 人员姓名, type: string, personal_info: true}
    update_frequency: daily
    share_type: conditional
    share_method: [api]
    usage_conditions:
      scope: 本市各级税务部门
      purpose: 用于身份核验
    classification: {category: 市场监管/市场主体登记, level: important}
`;

const E3 = `  - id: SCJG-0003
    name: 经营异常名录信息
    items:
      - {name: 列入日期, type: date}
    share_type: unconditional
    share_method: [file_download]
    usage_conditions: none
`;

const BASE = HEADER + E1 + E2 + E3;

interface Version {
  doc: LoadedDocument;
  cat: Catalogue;
}

function version(text: string, file = 'v.yaml'): Version {
  const doc = loadYaml(text, file);
  return { doc, cat: normalize(doc.data, file) };
}

function diff(oldText: string, newText: string): CatalogueDiff & { old: Version; new: Version } {
  const o = version(oldText, 'old.yaml');
  const n = version(newText, 'new.yaml');
  return { ...diffCatalogues(o.cat, n.cat), old: o, new: n };
}

/** BASE with each [from, to] replacement applied once (the `from` text must occur). */
function edit(text: string, ...pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`not in text: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, i).split('\n').length;
}

function summary(d: CatalogueDiff): string[] {
  return [
    ...d.header.map((f) => `header ${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`),
    ...d.entries.flatMap((e) => [
      `${e.kind} ${e.id}`,
      ...e.fields.map((f) => `  ${f.field}: ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`),
    ]),
  ];
}

describe('no change', () => {
  const cases: [string, string][] = [
    ['identical versions', BASE],
    ['entries reordered', HEADER + E3 + E1 + E2],
    ['Chinese instead of English enumerated values', edit(BASE,
      ['share_type: conditional', 'share_type: 有条件共享'],
      ['share_method: [api, batch_exchange]', 'share_method: [服务接口, 批量交换]'],
      ['level: important', 'level: 重要'],
      ['usage_conditions: none', 'usage_conditions: 无'],
      ['kind: database_table', 'kind: 数据库表'],
      ['level: provincial', 'level: 省级'])],
    ['share_method reordered', edit(BASE, ['share_method: [api, batch_exchange]', 'share_method: [batch_exchange, api]'])],
    ['share_method as a single string vs a one-element list', edit(BASE, ['share_method: [file_download]', 'share_method: file_download'])],
    ['mapping keys reordered, flow vs block style', edit(BASE,
      ['classification: {category: 市场监管/市场主体登记, level: general}', 'classification:\n      level: general\n      category: 市场监管/市场主体登记'])],
    ['items reordered', edit(BASE, ['      - {name: 统一社会信用代码, type: string, length: 18}\n      - {name: 企业名称, type: string, length: 200}\n',
      '      - {name: 企业名称, length: 200, type: string}\n      - {name: 统一社会信用代码, type: string, length: 18}\n'])],
    ['comments and blank lines', edit(BASE, ['entries:\n', 'entries:\n  # 登记注册\n\n'])],
  ];
  it.each(cases)('%s → empty diff', (_, newText) => {
    const d = diff(BASE, newText);
    expect(summary(d)).toEqual([]);
  });
});

describe('entry changes', () => {
  const cases: [string, string, string, string[]][] = [
    ['entry added', BASE, BASE + `  - id: SCJG-0009\n    name: 新条目\n`, ['added SCJG-0009']],
    ['entry removed', BASE, HEADER + E1 + E3, ['removed SCJG-0002']],
    ['added (new order) before removed (old order)', HEADER + E1 + E2 + E3,
      HEADER + `  - id: SCJG-0010\n    name: 甲\n` + E1 + `  - id: SCJG-0011\n    name: 乙\n`,
      ['added SCJG-0010', 'added SCJG-0011', 'removed SCJG-0002', 'removed SCJG-0003']],
    ['top-level field changed', BASE, edit(BASE, ['share_type: conditional', 'share_type: non_shareable']),
      ['changed SCJG-0002', '  share_type: "conditional" → "non_shareable"']],
    ['field added and removed', BASE, edit(BASE, ['    share_type: unconditional\n    share_method: [file_download]', '    summary: 摘要\n    share_type: unconditional']),
      ['changed SCJG-0003', '  summary: undefined → "摘要"', '  share_method: ["file_download"] → undefined']],
    ['fields in SPEC order whatever the file order', BASE, edit(BASE,
      ['    name: 市场主体主要人员信息\n', ''],
      ['  - id: SCJG-0002\n', '  - id: SCJG-0002\n    share_type: non_shareable\n    name: 主要人员信息\n'],
      ['    share_type: conditional\n', '']),
      ['changed SCJG-0002', '  name: "市场主体主要人员信息" → "主要人员信息"', '  share_type: "conditional" → "non_shareable"']],
    ['share_method really changed', BASE, edit(BASE, ['share_method: [api]', 'share_method: [api, file_download]']),
      ['changed SCJG-0002', '  share_method: ["api"] → ["api","file_download"]']],
    ['usage_conditions none → mapping is one change', BASE,
      edit(BASE, ['    usage_conditions: none\n    classification', '    usage_conditions: {scope: 本市税务部门, purpose: 核验}\n    classification']),
      ['changed SCJG-0001', '  usage_conditions: "none" → {"scope":"本市税务部门","purpose":"核验"}']],
    ['usage_conditions sub-fields', BASE, edit(BASE, ['      scope: 本市各级税务部门\n      purpose: 用于身份核验', '      purpose: 用于身份核验和涉税核查\n      scope: 本市各级税务部门\n      objects: 税务局']),
      ['changed SCJG-0002', '  usage_conditions.purpose: "用于身份核验" → "用于身份核验和涉税核查"', '  usage_conditions.objects: undefined → "税务局"']],
    ['classification and provider sub-fields', BASE, edit(BASE,
      ['classification: {category: 市场监管/市场主体登记, level: general}', 'classification: {category: 市场监管/市场主体登记, level: 重要}'],
      ['provider: {name: 北京市市场监督管理局, code: "11110000MB1957J40W"}', 'provider: {name: 北京市市场监管局, code: "11110000MB1957J40W"}']),
      ['changed SCJG-0001', '  provider.name: "北京市市场监督管理局" → "北京市市场监管局"', '  classification.level: "general" → "important"']],
  ];
  it.each(cases)('%s', (_, oldText, newText, expected) => {
    expect(summary(diff(oldText, newText))).toEqual(expected);
  });

  it('an added entry has newPath only, a removed one oldPath only, a changed one both', () => {
    const d = diff(BASE, HEADER + E3 + `  - id: SCJG-0009\n    name: 新\n` + edit(E1, ['daily', 'weekly']));
    const byId = Object.fromEntries(d.entries.map((e) => [e.id, e]));
    expect(byId['SCJG-0009']).toMatchObject({ kind: 'added', name: '新', newPath: ['entries', 1], fields: [] });
    expect(byId['SCJG-0009'].oldPath).toBeUndefined();
    expect(byId['SCJG-0002']).toMatchObject({ kind: 'removed', name: '市场主体主要人员信息', oldPath: ['entries', 1], fields: [] });
    expect(byId['SCJG-0002'].newPath).toBeUndefined();
    expect(byId['SCJG-0001']).toMatchObject({ kind: 'changed', oldPath: ['entries', 0], newPath: ['entries', 2] });
    expect(d.entries.map((e) => e.id)).toEqual(['SCJG-0009', 'SCJG-0001', 'SCJG-0002']);
  });

  it('ids are trimmed for matching (the id field itself still shows the edit)', () => {
    const d = diff(BASE, edit(BASE, ['id: SCJG-0003', 'id: " SCJG-0003 "']));
    expect(summary(d)).toEqual(['changed SCJG-0003', '  id: "SCJG-0003" → " SCJG-0003 "']);
  });

  it('entry paths skip nothing when non-mapping entries precede them', () => {
    const d = diff(HEADER + '  - just a string\n' + E1, HEADER + E1.replace('daily', 'weekly'));
    expect(d.entries[0]).toMatchObject({ kind: 'changed', oldPath: ['entries', 1], newPath: ['entries', 0] });
  });
});

describe('items', () => {
  const cases: [string, string, string[]][] = [
    ['item added', edit(BASE, ['      - {name: 企业名称, type: string, length: 200}\n', '      - {name: 企业名称, type: string, length: 200}\n      - {name: 住所, type: string}\n']),
      ['changed SCJG-0001', '  items[住所]: undefined → {"name":"住所","type":"string"}']],
    ['item removed', edit(BASE, ['      - {name: 统一社会信用代码, type: string, length: 18}\n', '']),
      ['changed SCJG-0001', '  items[统一社会信用代码]: {"name":"统一社会信用代码","type":"string","length":18} → undefined']],
    ['item renamed = removed + added', edit(BASE, ['{name: 列入日期, type: date}', '{name: 列入时间, type: date}']),
      ['changed SCJG-0003', '  items[列入时间]: undefined → {"name":"列入时间","type":"date"}', '  items[列入日期]: {"name":"列入日期","type":"date"} → undefined']],
    ['item retyped', edit(BASE, ['{name: 企业名称, type: string, length: 200}', '{name: 企业名称, type: integer, length: 200}']),
      ['changed SCJG-0001', '  items[企业名称].type: "string" → "integer"']],
    ['Chinese item type is no change', edit(BASE, ['{name: 企业名称, type: string, length: 200}', '{name: 企业名称, type: 字符型C, length: 200}']), []],
    ['attributes in schema order', edit(BASE, ['{name: 人员姓名, type: string, personal_info: true}', '{name: 人员姓名, personal_info: false, type: date}']),
      ['changed SCJG-0002', '  items[人员姓名].type: "string" → "date"', '  items[人员姓名].personal_info: true → false']],
    ['items replaced by a scalar is one change', edit(BASE, ['    items:\n      - {name: 列入日期, type: date}\n', '    items: 见附件\n']),
      ['changed SCJG-0003', '  items: [{"name":"列入日期","type":"date"}] → "见附件"']],
  ];
  it.each(cases)('%s', (_, newText, expected) => {
    expect(summary(diff(BASE, newText))).toEqual(expected);
  });

  it('items without a name are matched by position', () => {
    const o = HEADER + `  - id: X\n    items:\n      - {type: string}\n      - {name: 甲, type: date}\n`;
    const n = HEADER + `  - id: X\n    items:\n      - {type: integer}\n      - {name: 甲, type: date}\n`;
    expect(summary(diff(o, n))).toEqual(['changed X', '  items[#0].type: "string" → "integer"']);
  });
});

describe('header', () => {
  const cases: [string, string, string[]][] = [
    ['version and submitted_at', edit(BASE, ['version: "2026.1"', 'version: "2026.2"'], ['submitted_at: 2026-01-10', 'submitted_at: 2026-02-20']),
      ['header version: "2026.1" → "2026.2"', 'header submitted_at: "2026-01-10" → "2026-02-20"']],
    ['nested: department.code and a new approval', edit(BASE,
      ['code: "11110000MB1957J40W"}\n  level', 'code: "11110000MB1957J40X"}\n  level'],
      ['  compiled_at: 2026-01-05\n', '  compiled_at: 2026-01-05\n  approval: {approver: 王建国, date: 2026-01-08}\n']),
      ['header department.code: "11110000MB1957J40W" → "11110000MB1957J40X"', 'header approval: undefined → {"approver":"王建国","date":"2026-01-08"}']],
    ['change event added', edit(BASE, ['  submitted_at:', '    - id: EV-2026-02\n      kind: law_change\n      effective_date: 2026-03-01\n  submitted_at:']),
      ['header change_events[EV-2026-02]: undefined → {"id":"EV-2026-02","kind":"law_change","effective_date":"2026-03-01"}']],
    ['change event changed and extended', edit(BASE, ['      effective_date: 2026-02-10\n', '      effective_date: 2026-02-11\n      extension: {approved_by: 市数据局, date: 2026-02-20}\n'],
      ['kind: duty_change', 'kind: 法律调整']),
      ['header change_events[EV-2026-01].kind: "duty_change" → "law_change"',
        'header change_events[EV-2026-01].effective_date: "2026-02-10" → "2026-02-11"',
        'header change_events[EV-2026-01].extension: undefined → {"approved_by":"市数据局","date":"2026-02-20"}']],
    ['change event removed', edit(BASE, ['  change_events:\n    - id: EV-2026-01\n      kind: duty_change\n      effective_date: 2026-02-10\n', '  change_events: []\n']),
      ['header change_events[EV-2026-01]: {"id":"EV-2026-01","kind":"duty_change","effective_date":"2026-02-10"} → undefined']],
    ['header keys in schema order', edit(BASE, ['submitted_at: 2026-01-10', 'submitted_at: 2026-01-11'], ['title: 北京市市场监督管理局政务数据目录', 'title: 目录'], ['  level: provincial\n', '  level: provincial\n  zeta: 1\n  alpha: 2\n']),
      ['header title: "北京市市场监督管理局政务数据目录" → "目录"', 'header submitted_at: "2026-01-10" → "2026-01-11"', 'header alpha: undefined → 2', 'header zeta: undefined → 1']],
  ];
  it.each(cases)('%s', (_, newText, expected) => {
    expect(summary(diff(BASE, newText))).toEqual(expected);
  });

  it('a missing catalogue mapping makes every header field a change with a path on one side only', () => {
    const d = diff('entries: []\n', 'catalogue: {id: C}\nentries: []\n');
    expect(d.header).toEqual([{ field: 'id', before: undefined, after: 'C', newPath: ['catalogue', 'id'] }]);
  });
});

describe('entries without an id, duplicate ids', () => {
  it('entries without an id are matched by exact name', () => {
    const o = HEADER + `  - name: 甲\n    share_type: conditional\n  - name: 乙\n`;
    const n = HEADER + `  - name: 乙\n  - name: 甲\n    share_type: unconditional\n  - name: 丙\n`;
    expect(summary(diff(o, n))).toEqual(['changed ', '  share_type: "conditional" → "unconditional"', 'added ']);
    expect(diff(o, n).entries.map((e) => e.name)).toEqual(['甲', '丙']);
  });

  it('an id given to an entry that had none is a change of the id field', () => {
    const o = HEADER + `  - name: 甲\n`;
    const n = HEADER + `  - id: X-1\n    name: 甲\n`;
    expect(summary(diff(o, n))).toEqual(['changed X-1', '  id: undefined → "X-1"']);
  });

  it('different ids are not matched by name', () => {
    const o = HEADER + `  - id: A\n    name: 甲\n`;
    const n = HEADER + `  - id: B\n    name: 甲\n`;
    expect(summary(diff(o, n))).toEqual(['added B', 'removed A']);
  });

  it('no id and no name match → added and removed', () => {
    const o = HEADER + `  - name: 甲\n  - {share_type: conditional}\n`;
    const n = HEADER + `  - name: 乙\n  - {share_type: conditional}\n`;
    expect(summary(diff(o, n))).toEqual(['added ', 'added ', 'removed ', 'removed ']);
  });

  it('duplicate ids: occurrences match in order, surplus ones are added / removed', () => {
    const o = HEADER + `  - {id: D, name: 一}\n  - {id: D, name: 二}\n  - {id: E, name: 五}\n  - {id: E, name: 六}\n`;
    const n = HEADER + `  - {id: D, name: 一改}\n  - {id: D, name: 二}\n  - {id: D, name: 三}\n  - {id: E, name: 五}\n`;
    const d = diff(o, n);
    expect(summary(d)).toEqual(['changed D', '  name: "一" → "一改"', 'added D', 'removed E']);
    expect(d.entries.map((e) => [e.kind, e.oldPath?.[1], e.newPath?.[1]])).toEqual([
      ['changed', 0, 0], ['added', undefined, 2], ['removed', 3, undefined],
    ]);
  });

  it('an unchanged file with duplicate ids shows no change', () => {
    const text = HEADER + `  - {id: D, name: 一}\n  - {id: D, name: 二}\n`;
    expect(summary(diff(text, text))).toEqual([]);
  });

  it('a surplus duplicate is not matched by name', () => {
    const o = HEADER + `  - {id: D, name: 一}\n  - {name: 二}\n`;
    const n = HEADER + `  - {id: D, name: 一}\n  - {id: D, name: 二}\n`;
    expect(summary(diff(o, n))).toEqual(['added D', 'removed ']);
  });
});

describe('paths locate each value in its own file', () => {
  it('field, item attribute, added item, removed entry and header field', () => {
    const newText = HEADER.replace('version: "2026.1"', 'version: "2026.2"') + E3
      + edit(E1, ['{name: 企业名称, type: string, length: 200}', '{name: 企业名称, type: integer, length: 200}'],
        ['      - {name: 统一社会信用代码', '      - {name: 住所, type: string}\n      - {name: 统一社会信用代码'])
      + edit(E2, ['share_type: conditional', 'share_type: non_shareable']);
    const d = diff(BASE, newText);
    const line = (v: Version, path: readonly (string | number)[] | undefined) => v.doc.locate(path!).line;
    const field = (name: string) => d.entries.flatMap((e) => e.fields).find((f) => f.field === name)!;

    const retyped = field('items[企业名称].type');
    expect(retyped.oldPath).toEqual(['entries', 0, 'items', 1, 'type']);
    expect(retyped.newPath).toEqual(['entries', 1, 'items', 2, 'type']);
    expect(line(d.old, retyped.oldPath)).toBe(lineOf(BASE, '{name: 企业名称'));
    expect(line(d.new, retyped.newPath)).toBe(lineOf(newText, '{name: 企业名称'));

    const added = field('items[住所]');
    expect(added.oldPath).toBeUndefined();
    expect(line(d.new, added.newPath)).toBe(lineOf(newText, '{name: 住所'));

    const shareType = field('share_type');
    expect(line(d.old, shareType.oldPath)).toBe(lineOf(BASE, 'share_type: conditional'));
    expect(line(d.new, shareType.newPath)).toBe(lineOf(newText, 'share_type: non_shareable'));

    const version = d.header.find((f) => f.field === 'version')!;
    expect(line(d.old, version.oldPath)).toBe(lineOf(BASE, 'version:'));
    expect(line(d.new, version.newPath)).toBe(lineOf(newText, 'version:'));
  });

  it('a removed entry and a change event field', () => {
    const newText = edit(HEADER, ['effective_date: 2026-02-10', 'effective_date: 2026-02-12']) + E1 + E2;
    const d = diff(BASE, newText);
    const removed = d.entries.find((e) => e.kind === 'removed')!;
    expect(d.old.doc.locate(removed.oldPath!).line).toBe(lineOf(BASE, 'id: SCJG-0003'));
    const ev = d.header[0];
    expect(ev.field).toBe('change_events[EV-2026-01].effective_date');
    expect(ev.oldPath).toEqual(['catalogue', 'change_events', 0, 'effective_date']);
    expect(d.new.doc.locate(ev.newPath!).line).toBe(lineOf(newText, 'effective_date: 2026-02-12'));
  });
});

describe('robustness', () => {
  it('keys that are Object.prototype names are ordinary fields', () => {
    const d = diff(HEADER + `  - {id: A, constructor: 1}\n`, HEADER + `  - {id: A, toString: 2}\n`);
    expect(summary(d)).toEqual(['changed A', '  constructor: 1 → undefined', '  toString: undefined → 2']);
  });

  it('recursive aliases do not overflow the stack', () => {
    const o = HEADER + `  - id: A\n    extra: &x [1, *x]\n`;
    const n = HEADER + `  - id: A\n    extra: &y [2, *y]\n`;
    expect(diff(o, n).entries.map((e) => [e.kind, e.fields.map((f) => f.field)])).toEqual([['changed', ['extra']]]);
  });

  it('a reordered 10k-entry catalogue yields exactly its 100 changed entries', () => {
    const make = (n: number, tweak: (i: number) => string) => ({
      header: { id: 'C' }, normalized: [],
      entries: Array.from({ length: n }, (_, i) => ({
        id: `E-${i}`, name: `条目${i}`, share_type: tweak(i), share_method: ['api', 'batch_exchange'],
        items: Array.from({ length: 10 }, (_, k) => ({ name: `项${k}`, type: 'string', length: 20 })),
        usage_conditions: { scope: '本市', purpose: '核验' },
      })),
    });
    const a = make(10_000, () => 'conditional');
    const b = make(10_000, (i) => (i % 100 === 0 ? 'unconditional' : 'conditional'));
    b.entries.reverse();
    const catA = { ...a, root: { catalogue: a.header, entries: a.entries } } as Catalogue;
    const catB = { ...b, root: { catalogue: b.header, entries: b.entries } } as Catalogue;
    // Timing belongs in bench/, not here: this checks only that a large reordered catalogue diffs correctly.
    const d = diffCatalogues(catA, catB);
    expect(d.entries).toHaveLength(100);
  });
});

describe('property', () => {
  const base = version(BASE + `  - {id: SCJG-0004, name: 甲}\n  - {name: 无编号}\n  - {id: SCJG-0002, name: 重复}\n`).cat;

  it('diffCatalogues(x, permutation of x) is empty', () => {
    const n = base.entries.length;
    fc.assert(fc.property(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), (order) => {
      const entries = order.map((i) => base.entries[i]);
      const permuted: Catalogue = { ...base, root: { ...base.root, entries }, entries };
      // Duplicate ids are only equivalent in their own relative order; keep the duplicates' order fixed.
      const dupFirst = entries.findIndex((e) => e.name === '市场主体主要人员信息') < entries.findIndex((e) => e.name === '重复');
      fc.pre(dupFirst);
      expect(diffCatalogues(base, permuted)).toEqual({ header: [], entries: [] });
    }));
  });

  it('swapping the versions swaps added and removed and the sides of every change', () => {
    const entry = fc.record({ id: fc.constantFrom('A', 'B', 'C', 'D'), share_type: fc.constantFrom('conditional', 'unconditional'), share_method: fc.subarray(['api', 'batch_exchange']) });
    const cat = (entries: JsonObject[]): Catalogue => ({ root: { entries }, header: {}, entries, normalized: [] });
    const uniq = fc.uniqueArray(entry, { selector: (e) => e.id });
    fc.assert(fc.property(uniq, uniq, (x, y) => {
      const ab = diffCatalogues(cat(x), cat(y));
      const ba = diffCatalogues(cat(y), cat(x));
      const flip = { added: 'removed', removed: 'added', changed: 'changed' } as const;
      const key = (kind: string, id: string) => `${kind} ${id}`;
      expect(ab.entries.map((e) => key(flip[e.kind], e.id)).sort()).toEqual(ba.entries.map((e) => key(e.kind, e.id)).sort());
      for (const e of ab.entries) {
        const other = ba.entries.find((o) => o.id === e.id)!;
        expect(other.fields.map((f) => [f.field, f.after, f.before])).toEqual(e.fields.map((f) => [f.field, f.before, f.after]));
      }
    }));
  });
});
