// The wizards' pieces in process: answers judged by the lint rules themselves, the YAML they write, the answers they read.
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { lintDocument } from '../../src/core/lint.js';
import { loadYaml } from '../../src/core/load.js';
import { BASE_ENTRY, BASE_HEADER, exampleDocument } from '../../src/core/examples.js';
import { resolveProfile } from '../../src/profiles/index.js';
import { rules } from '../../src/rules/index.js';
import { Draft, RuleGate } from '../../src/authoring/wizard/check.js';
import { parseBasis, parseItem } from '../../src/authoring/wizard/answers.js';
import { suggestEntryId } from '../../src/authoring/wizard/add.js';
import { suggestCatalogueId } from '../../src/authoring/wizard/init.js';
import { appendEntry, catalogueYaml } from '../../src/authoring/wizard/yaml.js';
import type { JsonObject } from '../../src/core/types.js';

const profile = resolveProfile('national', rules);
const gate = new RuleGate(profile, '2026-06-01');
const draft = () => new Draft(structuredClone({ govcat: 1, catalogue: BASE_HEADER, entries: [BASE_ENTRY] }) as JsonObject, gate);
const ENTRY: JsonObject = { ...structuredClone(BASE_ENTRY), id: 'SCJG-0002', name: '食品经营许可信息' };

describe('answers are judged by the lint rules, not by a copy of them', () => {
  it('a credit code gets exactly the message lint gives for it', () => {
    const problem = draft().check(['catalogue', 'department', 'code'], '11110000000013127X', ['credit-code-valid']);
    const doc = exampleDocument({ at: 'catalogue', yaml: "department: {name: 北京市市场监督管理局, code: '11110000000013127X'}" });
    const lint = lintDocument(loadYaml(doc, 'x.yaml'), profile, { asOf: '2026-06-01' }, rules).findings.filter((f) => f.ruleId === 'credit-code-valid');
    expect(lint).toHaveLength(1);
    expect(problem).toEqual(lint[0].message);
  });

  it('only findings at the answer count: a missing purpose is not the scope\'s problem', () => {
    const d = draft();
    d.set(['entries', 0, 'usage_conditions'], {});
    expect(d.check(['entries', 0, 'usage_conditions', 'scope'], '本市税务部门', ['conditional-usage-conditions'])).toBeUndefined();
    expect(d.check(['entries', 0, 'usage_conditions', 'scope'], '待定', ['conditional-usage-conditions'])?.zh).toContain('“待定”是占位内容');
  });

  it('a later date can make an earlier one wrong: the approval is checked against the assessments', () => {
    const at = ['catalogue', 'approval', 'date'];
    expect(draft().check(at, '2026-02-19', ['assessment-chronology'])).toBeUndefined();
    expect(draft().check(at, '2026-02-19', ['assessment-chronology'], [['catalogue', 'assessments']])?.en).toContain('must come before the approval');
  });

  it('a rule switched off in the project config is not applied by the wizard either', () => {
    const off = new RuleGate(resolveProfile('national', rules, { 'placeholder-value': 'off' }), '2026-06-01');
    const d = new Draft(structuredClone({ govcat: 1, catalogue: BASE_HEADER, entries: [] }) as JsonObject, off);
    expect(d.check(['catalogue', 'title'], '待定', ['placeholder-value'])).toBeUndefined();
    expect(draft().check(['catalogue', 'title'], '待定', ['placeholder-value'])).toBeDefined();
  });
});

describe('the YAML the wizards write', () => {
  it('init: a commented catalogue whose data is exactly the header', () => {
    const text = catalogueYaml(structuredClone(BASE_HEADER), '../schemas/catalogue.schema.json');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/catalogue.schema.json');
    expect(load(text)).toEqual({ govcat: 1, catalogue: BASE_HEADER, entries: [] });
    expect(lintDocument(loadYaml(text, 'x.yaml'), profile, { asOf: '2026-06-01' }, rules).findings).toEqual([]);
  });

  it('add: appended after the last entry as text, whatever the indentation, line endings or what follows', () => {
    const cases = [
      'govcat: 1\ncatalogue: {id: X}\nentries:\n- id: A # first\n  name: a\n',
      'govcat: 1\nentries:\n    - id: A\n      name: a\n\n# the end\n',
      'govcat: 1\r\nentries:\r\n  - id: A\r\n    name: a\r\ncatalogue: {id: X}\r\n',
      'govcat: 1\nentries:\n  - id: A\n    name: a',
    ];
    for (const before of cases) {
      const after = appendEntry(before, ENTRY);
      expect(_insertedOnly(before, after)).toBe(true);
      expect((load(after) as JsonObject).entries).toEqual([{ id: 'A', name: 'a' }, ENTRY]);
      if (before.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      if (before.includes('# the end')) expect(after.trimEnd().endsWith('# the end')).toBe(true);
    }
  });

  it('add: `entries: []` becomes a block list; one with a comment after it goes through the Document API, comment kept', () => {
    expect(appendEntry('govcat: 1\nentries: []\n', ENTRY)).toMatch(/^govcat: 1\nentries:\n {2}- id: SCJG-0002\n/);
    const commented = appendEntry('govcat: 1\nentries: [] # none yet\n', ENTRY);
    expect(commented).toContain('# none yet');
    expect((load(commented) as JsonObject).entries).toEqual([ENTRY]);
  });

  it('add: a header change (an assessment added for personal data) keeps the comments and explains itself', () => {
    const text = readFileSync(new URL('../../samples/catalogue.yaml', import.meta.url), 'utf8').replace(/ {4}# 目录中有数据项标注[^\n]*\n {4}personal_information_impact:\n(?: {6}[^\n]*\n)+/, '');
    const pi = { date: '2026-02-25', conclusion: 'passed' };
    const after = appendEntry(text, ENTRY, [[['catalogue', 'assessments', 'personal_information_impact'], pi]]);
    expect(after).toContain('# 第十三条第一款：开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。');
    expect(after).toContain('# 目录含个人信息数据项（personal_info: true），须开展个人信息保护影响评估。\n    personal_information_impact:');
    const data = load(after) as { catalogue: { assessments: JsonObject }; entries: JsonObject[] };
    expect(data.catalogue.assessments.personal_information_impact).toEqual(pi);
    expect(data.entries.at(-1)).toEqual(ENTRY);
  });
});

describe('answers given up front', () => {
  it('items and bases in their flag form', () => {
    expect(parseItem('证件号码:string:sensitive')).toEqual({ name: '证件号码', type: 'string', 'personal-info': true, sensitive: true });
    expect(parseItem('姓名：字符型：pi')).toEqual({ name: '姓名', type: '字符型', 'personal-info': true, sensitive: false });
    expect(parseItem('企业名称')).toEqual({ name: '企业名称', type: undefined, 'personal-info': false });
    expect(parseBasis('law:中华人民共和国统计法:第三十九条')).toEqual({ type: 'law', title: '中华人民共和国统计法', article: '第三十九条' });
    expect(parseBasis('法律:中华人民共和国统计法')).toEqual({ type: '法律', title: '中华人民共和国统计法', article: undefined });
  });

  it('suggested ids follow the file', () => {
    expect(suggestEntryId(['SCJG-0001', 'SCJG-0009'], 'CAT-110000-SCJGJ')).toBe('SCJG-0010');
    expect(suggestEntryId(['A-1', 'A-2', 'A-3'], undefined)).toBe('A-4');
    expect(suggestEntryId([], 'CAT-110000-SCJGJ')).toBe('SCJGJ-0001');
    expect(suggestCatalogueId('110000', '11110000MB1957J40W')).toBe('CAT-110000-MB1957J40');
    expect(suggestCatalogueId(undefined, '11110000MB1957J40W')).toBe('CAT-000000-MB1957J40');
  });
});

// --- internal ---

/** `after` is `before` with one block of text inserted somewhere, nothing else changed. */
function _insertedOnly(before: string, after: string): boolean {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return p + s === before.length;
}
