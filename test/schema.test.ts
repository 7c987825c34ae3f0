// The canonical catalogue JSON Schema (what lint checks a read catalogue against), the sample catalogue, and the
// credit-code and region-code checks. The schemas editors use are made from it (test/schema-zh.test.ts, test/editor/).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { normalize } from '../src/core/normalize.js';
import { VOCABULARIES, type VocabularyName } from '../src/core/vocabulary.js';
import { classifyCitation, classifyCitations } from '../src/legal/index.js';
import { creditCodeCheckChar, describeCreditCodeProblem, isValidCreditCode } from '../src/core/credit-code.js';
import { describeRegionCodeProblem } from '../src/core/region-code.js';

type Node = Record<string, unknown>;

const schema = JSON.parse(readFileSync(new URL('../schemas/catalogue.canonical.schema.json', import.meta.url), 'utf8')) as Node;
const sampleText = readFileSync(new URL('../samples/catalogue.yaml', import.meta.url), 'utf8');
const CJK = /[\u4e00-\u9fff]/;

function compile(code = false) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: code, esm: true } });
  return { ajv, validate: ajv.compile(schema) };
}

const { validate } = compile();

function errorsOf(doc: unknown) {
  const data = normalize(doc, 'test.yaml').root;
  return validate(data) ? [] : validate.errors!.map((e: { instancePath: string; keyword: string; params: unknown }) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params }));
}

/** Every `properties` block in the schema, with its JSON pointer. */
function propertyBlocks(node: unknown, ptr = '#'): [string, Node][] {
  if (!node || typeof node !== 'object') return [];
  const out: [string, Node][] = [];
  const n = node as Node;
  if (n.properties && typeof n.properties === 'object') out.push([ptr, n.properties as Node]);
  for (const [k, v] of Object.entries(n)) out.push(...propertyBlocks(v, `${ptr}/${k}`));
  return out;
}

function minimalDoc(): Node {
  return {
    govcat: 1,
    catalogue: { id: 'CAT-1', department: { name: '北京市市场监督管理局', code: '11110000MB1957J40W' }, version: '1', compiled_at: '2026-03-02' },
    entries: [{
      id: 'E-1',
      name: '企业登记基本信息',
      provider: { name: '北京市市场监督管理局', code: '11110000MB1957J40W' },
      items: [{ name: '统一社会信用代码', type: 'string' }],
      format: { kind: 'database_table' },
      update_frequency: 'daily',
      share_type: 'unconditional',
      share_method: ['api'],
      usage_conditions: 'none',
      classification: { category: '市场监管', level: 'general' },
    }],
  };
}

function mutate(fn: (doc: any) => void): Node {
  const doc = minimalDoc();
  fn(doc);
  return doc;
}

describe('catalogue.canonical.schema.json', () => {
  it('compiles with Ajv 2020 in strict mode', () => {
    expect(() => compile()).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://govcat.dev/schemas/catalogue.canonical.schema.json');
  });

  it('compiles to standalone ESM code without require() (uniqueItems over a $ref would need one)', () => {
    const { ajv, validate: v } = compile(true);
    expect(standalone.default(ajv, v)).not.toMatch(/\brequire\(/);
  });

  it('gives every property a Chinese title and a bilingual "中文 / English" description', () => {
    const blocks = propertyBlocks(schema);
    expect(blocks.length).toBeGreaterThan(10);
    for (const [ptr, props] of blocks) {
      for (const [key, raw] of Object.entries(props)) {
        const p = raw as Node;
        const where = `${ptr}/properties/${key}`;
        expect(typeof p.title === 'string' && CJK.test(p.title), `${where} title`).toBe(true);
        const desc = typeof p.description === 'string' ? p.description : '';
        const cut = desc.indexOf(' / ');
        expect(cut, `${where} description has " / "`).toBeGreaterThan(0);
        expect(CJK.test(desc.slice(0, cut)), `${where} Chinese before " / "`).toBe(true);
        expect(/[A-Za-z]/.test(desc.slice(cut + 3)), `${where} English after " / "`).toBe(true);
      }
    }
  });

  it('closes every object with additionalProperties: false', () => {
    const open: string[] = [];
    const walk = (node: unknown, ptr: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      if (n.properties && n.additionalProperties !== false) open.push(ptr);
      for (const [k, v] of Object.entries(n)) walk(v, `${ptr}/${k}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });

  it.each<[string, VocabularyName]>([
    ['#/$defs/catalogue/properties/level', 'level'],
    ['#/$defs/assessment/properties/status', 'assessment_status'],
    ['#/$defs/changeEvent/properties/kind', 'event_kind'],
    ['#/$defs/entry/properties/update_frequency', 'update_frequency'],
    ['#/$defs/entry/properties/share_type', 'share_type'],
    ['#/$defs/entry/properties/open_type', 'open_type'],
    ['#/$defs/shareMethod', 'share_method'],
    ['#/$defs/entry/properties/share_method/anyOf/0/items', 'share_method'],
    ['#/$defs/item/properties/type', 'item_type'],
    ['#/$defs/format/properties/kind', 'format_kind'],
    ['#/$defs/legalBasis/properties/type', 'basis_type'],
    ['#/$defs/classification/properties/level', 'classification_level'],
    ['#/$defs/classification/properties/secrecy', 'secrecy'],
  ])('%s lists every canonical English and Chinese term of %s', (ptr, vocab) => {
    const node = ptr.slice(2).split('/').reduce<any>((n, k) => n[k], schema);
    const { terms } = VOCABULARIES[vocab];
    expect(node.enum).toEqual([...Object.keys(terms), ...Object.values(terms)]);
  });

  it('offers every conclusion term for completion, and takes a narrative conclusion as well', () => {
    const node = schema.$defs.assessment.properties.conclusion;
    const { terms } = VOCABULARIES.conclusion;
    expect(node.examples).toEqual([...Object.keys(terms), ...Object.values(terms)]);
    expect(node.enum).toBeUndefined();
    expect(node.type).toBe('string');
  });
});

describe('samples/catalogue.yaml', () => {
  const raw = load(sampleText);
  const catalogue = normalize(raw, 'samples/catalogue.yaml');

  it('validates after normalisation', () => {
    expect(validate(catalogue.root) ? [] : validate.errors).toEqual([]);
  });

  it('starts with the yaml-language-server modeline', () => {
    expect(sampleText.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/catalogue.schema.json');
  });

  it('has valid credit and region codes', () => {
    const header = catalogue.header as any;
    const codes = [header.department.code, ...catalogue.entries.map((e: any) => e.provider.code)];
    for (const code of codes) expect(describeCreditCodeProblem(code), code).toBeUndefined();
    expect(describeRegionCodeProblem(header.region)).toBeUndefined();
  });

  it('covers all three share types and keeps entries, names and item names unique', () => {
    const entries = catalogue.entries as any[];
    expect(entries.length).toBeGreaterThanOrEqual(16);
    const count = (t: string) => entries.filter((e) => e.share_type === t).length;
    expect(count('unconditional')).toBeGreaterThanOrEqual(3);
    expect(count('conditional')).toBeGreaterThanOrEqual(3);
    expect(count('non_shareable')).toBeGreaterThanOrEqual(3);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    for (const e of entries) expect(new Set(e.items.map((i: any) => i.name)).size, e.id).toBe(e.items.length);
  });

  it('is internally consistent: dates in order, PI assessment present, no sensitive unconditional entry', () => {
    const h = catalogue.header as any;
    const entries = catalogue.entries as any[];
    for (const a of Object.values(h.assessments) as any[]) expect(a.date <= h.approval.date).toBe(true);
    expect(h.approval.date <= h.submitted_at).toBe(true);
    expect(entries.some((e) => e.items.some((i: any) => i.personal_info))).toBe(true);
    expect(h.assessments.personal_information_impact).toBeDefined();
    for (const e of entries.filter((x) => x.share_type === 'unconditional')) {
      expect(e.classification.level, e.id).toBe('general');
      expect(e.items.some((i: any) => i.personal_info), e.id).toBe(false);
      expect(e.usage_conditions, e.id).toBe('none');
    }
    for (const e of entries.filter((x) => x.share_type === 'non_shareable')) {
      expect(e.non_share.reason, e.id).toBeTruthy();
      // A basis may be a citation text or a mapping; its level comes from the citation, not from a type.
      const levels = e.non_share.legal_basis.flatMap((b: any) => (typeof b === 'string' ? classifyCitations(b) : [classifyCitation(b)]).map((c) => c.level));
      expect(levels.some((l: string) => ['law', 'administrative_regulation', 'state_council_decision'].includes(l)), e.id).toBe(true);
    }
    const events = new Set(h.change_events.map((ev: any) => ev.id));
    for (const e of entries.filter((x) => x.change_event)) expect(events.has(e.change_event), e.id).toBe(true);
    expect(h.change_events.some((ev: any) => ev.extension)).toBe(true);
  });
});

describe('schema errors on invalid documents', () => {
  it('accepts the minimal document', () => {
    expect(errorsOf(minimalDoc())).toEqual([]);
  });

  it('accepts Chinese enum terms and a single share_method string', () => {
    expect(errorsOf(mutate((d) => {
      Object.assign(d.entries[0], { share_type: '无条件共享', update_frequency: '每日', share_method: '服务接口', usage_conditions: '无' });
      d.entries[0].classification.level = '一般';
    }))).toEqual([]);
  });

  it('accepts an assessment status, a narrative conclusion, an entry-level personal_info and an open-data class', () => {
    expect(errorsOf(mutate((d) => {
      d.catalogue.assessments = { confidentiality_risk: { status: '已完成', date: '2026-02-20', conclusion: '经评估，目录所列数据不涉及国家秘密和工作秘密，保密风险可控' }, personal_information_impact: { status: 'in_progress' } };
      Object.assign(d.entries[0], { personal_info: true, open_type: '有条件开放' });
    }))).toEqual([]);
  });

  it.each<[string, (d: any) => void, string, string]>([
    ['govcat version', (d) => { d.govcat = 2; }, '/govcat', 'const'],
    ['missing catalogue', (d) => { delete d.catalogue; }, '', 'required'],
    ['missing catalogue id', (d) => { delete d.catalogue.id; }, '/catalogue', 'required'],
    ['unknown header key', (d) => { d.catalogue.verison = '2'; }, '/catalogue', 'additionalProperties'],
    ['five-digit region', (d) => { d.catalogue.region = '11000'; }, '/catalogue/region', 'pattern'],
    ['slashed date', (d) => { d.catalogue.compiled_at = '2026/03/02'; }, '/catalogue/compiled_at', 'pattern'],
    ['numeric version', (d) => { d.catalogue.version = 2; }, '/catalogue/version', 'type'],
    ['assessment conclusion not text', (d) => { d.catalogue.assessments = { confidentiality_risk: { date: '2026-02-20', conclusion: 42 } }; }, '/catalogue/assessments/confidentiality_risk/conclusion', 'type'],
    ['bad assessment status', (d) => { d.catalogue.assessments = { confidentiality_risk: { status: 'soon', date: '2026-02-20', conclusion: 'passed' } }; }, '/catalogue/assessments/confidentiality_risk/status', 'enum'],
    ['entry personal_info as text', (d) => { d.entries[0].personal_info = '可能'; }, '/entries/0/personal_info', 'type'],
    ['extension too long', (d) => { d.catalogue.change_events = [{ id: 'EV', kind: 'duty_change', effective_date: '2026-02-10', extension: { approved_by: '主管部门', date: '2026-02-20', working_days: 40 } }]; }, '/catalogue/change_events/0/extension/working_days', 'maximum'],
    ['event without date', (d) => { d.catalogue.change_events = [{ id: 'EV', kind: 'law_change' }]; }, '/catalogue/change_events/0', 'required'],
    ['unknown share type', (d) => { d.entries[0].share_type = 'sometimes'; }, '/entries/0/share_type', 'enum'],
    ['unknown entry key', (d) => { d.entries[0].shar_type = 'conditional'; }, '/entries/0', 'additionalProperties'],
    ['missing share type', (d) => { delete d.entries[0].share_type; }, '/entries/0', 'required'],
    ['empty items', (d) => { d.entries[0].items = []; }, '/entries/0/items', 'minItems'],
    ['item without name', (d) => { delete d.entries[0].items[0].name; }, '/entries/0/items/0', 'required'],
    ['personal_info as text', (d) => { d.entries[0].items[0].personal_info = '可能'; }, '/entries/0/items/0/personal_info', 'type'],
    ['empty share_method', (d) => { d.entries[0].share_method = []; }, '/entries/0/share_method', 'anyOf'],
    ['duplicate share_method', (d) => { d.entries[0].share_method = ['api', 'api']; }, '/entries/0/share_method', 'uniqueItems'],
    ['usage_conditions free text', (d) => { d.entries[0].usage_conditions = '按需申请'; }, '/entries/0/usage_conditions', 'anyOf'],
    ['unknown usage_conditions key', (d) => { d.entries[0].usage_conditions = { scope: '全市', purpos: '核验' }; }, '/entries/0/usage_conditions', 'additionalProperties'],
    ['secrecy word as grade', (d) => { d.entries[0].classification.level = '秘密'; }, '/entries/0/classification/level', 'enum'],
    ['unknown basis type', (d) => { d.entries[0].non_share = { reason: '依法保密', legal_basis: [{ type: 'rumour', title: '某文件' }] }; }, '/entries/0/non_share/legal_basis/0/type', 'enum'],
    ['bad open_type', (d) => { d.entries[0].open_type = 'open'; }, '/entries/0/open_type', 'enum'],
  ])('%s', (_name, fn, instancePath, keyword) => {
    const errors = errorsOf(mutate(fn));
    expect(errors.some((e: { instancePath: string; keyword: string }) => e.instancePath === instancePath && e.keyword === keyword), JSON.stringify(errors)).toBe(true);
  });
});

describe('credit-code', () => {
  it.each([
    '91350100M000100Y43',
    '914403001922038216', // 华为技术有限公司
    '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
    '11110000000000000N', // the example in SPEC.md §2
    '11110000MB1957J40W',
    '12110000400721544N',
  ])('%s is valid', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(describeCreditCodeProblem(code)).toBeUndefined();
  });

  it.each<[string, RegExp, RegExp]>([
    ['91350100M000100Y44', /应为“3”/, /expected "3", found "4"/],
    ['91350100M000100Y4', /18 位.*17 位/, /has 17/],
    ['91350100M000100Y433', /19 位/, /has 19/],
    ['', /0 位/, /has 0/],
    ['91350100m000100Y43', /第 9 位.*“m”.*大写/, /character 9 .*"m".*upper case/],
    ['91350100I000100Y43', /第 9 位.*I、O、Z、S、V/, /character 9 .*not used/],
    ['9135010 M000100Y43', /第 8 位/, /character 8 /],
    ['９1350100M000100Y43', /第 1 位/, /character 1 /],
  ])('%s is invalid', (code, zh, en) => {
    expect(isValidCreditCode(code)).toBe(false);
    const problem = describeCreditCodeProblem(code);
    expect(problem?.zh).toMatch(zh);
    expect(problem?.en).toMatch(en);
  });

  it('computes the check character, with 31 wrapping to 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(() => creditCodeCheckChar('9135')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError);
  });

  it('rejects every single-character change of the check character', () => {
    const code = '91350100M000100Y43';
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (c !== '3') expect(isValidCreditCode(code.slice(0, 17) + c), c).toBe(false);
    }
  });
});

describe('region-code', () => {
  it.each(['110000', '110101', '310115', '420100', '429004', '469001', '650000', '710000', '810000', '820000', '810001'])('%s is valid', (code) => {
    expect(describeRegionCodeProblem(code)).toBeUndefined();
  });

  it.each<[string, RegExp]>([
    ['11000', /6 digits/],
    ['1100000', /6 digits/],
    ['11000A', /6 digits/],
    ['', /6 digits/],
    ['000000', /"00"/],
    ['100000', /"10"/],
    ['240000', /"24"/],
    ['910000', /"91"/],
    ['110001', /digits 3–4 are 00/],
  ])('%s is invalid', (code, en) => {
    const problem = describeRegionCodeProblem(code);
    expect(problem?.en).toMatch(en);
    expect(problem?.zh).toMatch(CJK);
  });
});
