// Every spelling govcat reads, in every field that reads it: catalogues made of the vocabularies' terms and variants
// (每 3 月, 字符型Ｃ, YES …), the periods lint only warns about (每学年), plain values where a mapping belongs and empty
// fields, under each built-in profile. yaml-language-server with the shipped schema shows no error on a line where
// govcat lint has none; and it still flags a value no reading makes sense of, on a line lint flags too. The same
// catalogues converted to Chinese keys (govcat convert) go through the Chinese-keyed schema.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertCatalogue } from '../../src/authoring/convert.js';
import { VOCABULARIES, type VocabularyName } from '../../src/core/vocabulary.js';
import { govcat, ROOT } from '../cli/run.js';
import { YamlLanguageServer, type Diagnostic } from './lsp.js';

const PROFILES = ['national', 'miit', 'hubei'] as const;
const q = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** A vocabulary's terms and variants, each also spelled with spaces inside, in full-width letters and digits, in other case. */
function spellings(name: VocabularyName): string[] {
  const v = VOCABULARIES[name];
  const words = [...Object.keys(v.terms), ...Object.values(v.terms), ...Object.keys(v.variants)].filter((w) => !/\s/.test(w));
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(` ${[...w].join(' ')} `);
    out.add(w.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    if (w === w.toLowerCase() && /[a-z]/.test(w)) out.add(w.toUpperCase());
  }
  return [...out];
}

const PERIODS = ['每学年', '每两周', '每 3 日', '每10个工作日', '一年两次', '汛期每日', 'every 2 weeks', '每7天', '看情况', '待定', '按月更新'];
const YES_NO = [...spellings('yes_no'), 'true', 'false', 'yes', 'no', 'Yes', 'NO', 'y', 'n', '是', '否', 'on', 'off', '可能'];
const ODD = ['', 'TBD', 'N/A', '-', '无', 'abc', 42, 3.5, true, '[a]'];

/** One entry with `field` written as `value` (YAML text), the rest a plain conditional entry. */
function entry(i: number, lines: string[]): string {
  const base: Record<string, string> = {
    id: `id: E-${i}`,
    name: `name: 数据${i}`,
    provider: 'provider: {name: 某局}',
    items: `items:\n      - name: 项${i}\n        type: string`,
    format: 'format: {kind: database_table}',
    update_frequency: 'update_frequency: daily',
    share_type: 'share_type: conditional',
    internal_share_type: 'internal_share_type: conditional',
    external_share_type: 'external_share_type: conditional',
    share_method: 'share_method: [api]',
    usage_conditions: 'usage_conditions:\n      scope: 本省各级部门\n      objects: 本省公安部门\n      purpose: 用于履职核验',
    classification: 'classification: {category: 市场监管, level: general}',
  };
  const own = new Map(lines.map((l) => [l.split(':')[0], l]));
  const keys = [...new Set([...Object.keys(base), ...own.keys()])];
  return `  - ${keys.map((k) => own.get(k) ?? base[k]).join('\n    ')}`;
}

/** The catalogues: entries with one varied field each, headers with varied header fields. */
function catalogues(profile: string): Record<string, string> {
  const entries: string[][] = [];
  const each = (values: unknown[], line: (v: unknown) => string[]) => values.forEach((v) => entries.push(line(v)));
  each([...spellings('item_type'), ...ODD], (v) => [`items:\n      - name: 项\n        type: ${q(v)}`]);
  each(YES_NO, (v) => [`items:\n      - name: 项\n        personal_info: ${q(v)}\n        sensitive: ${q(v)}`]);
  each(YES_NO, (v) => [`personal_info: ${q(v)}`]);
  each([...spellings('format_kind'), ...ODD], (v) => [`format:\n      kind: ${q(v)}`]);
  each(spellings('format_kind'), (v) => [`format: ${q(v)}`]);
  each([...spellings('update_frequency'), ...PERIODS, ...ODD], (v) => [`update_frequency: ${q(v)}`]);
  each([...spellings('share_type'), ...ODD], (v) => [`share_type: ${q(v)}`]);
  each([...spellings('share_type'), ...spellings('share_type').map((s) => `部内${s}`), ...ODD], (v) => [`internal_share_type: ${q(v)}`]);
  each([...spellings('share_type'), ...spellings('share_type').map((s) => `部外 ${s}`), ...ODD], (v) => [`external_share_type: ${q(v)}`]);
  each([...spellings('share_method'), ...ODD], (v) => [`share_method: ${q(v)}`]);
  each(spellings('share_method'), (v) => [`share_method:\n      - ${q(v)}`]);
  each([...spellings('no_conditions'), '仅限履职使用', ...ODD], (v) => [`share_type: unconditional`, `usage_conditions: ${q(v)}`]);
  each([...spellings('classification_level'), ...ODD, '秘密', '涉密'], (v) => [`classification:\n      category: 市场监管\n      level: ${q(v)}`]);
  each(spellings('classification_level'), (v) => [`classification: ${q(v)}`]);
  each([...spellings('secrecy'), ...ODD], (v) => [`classification:\n      category: 市场监管\n      level: general\n      secrecy: ${q(v)}`]);
  each([...spellings('open_type'), 'open', '依申请开放', ...ODD], (v) => [`open_type: ${q(v)}`]);
  each(spellings('basis_type'), (v) => [`share_type: non_shareable`, 'share_method: [none]', 'usage_conditions: none',
    `non_share:\n      reason: 涉及个人隐私\n      legal_basis:\n        - type: ${q(v)}\n          title: 中华人民共和国统计法\n          article: 第三十九条`]);
  each(YES_NO, (v) => [`share_type: non_shareable`, 'share_method: [none]', 'usage_conditions: none',
    `non_share:\n      reason: 涉及个人隐私\n      legal_basis: 《中华人民共和国统计法》第三十九条\n      negative_list: ${q(v)}`]);
  // Fields left empty, and plain values where a mapping belongs.
  for (const k of ['name', 'provider', 'items', 'format', 'update_frequency', 'share_type', 'share_method', 'usage_conditions', 'classification', 'summary', 'open_type']) entries.push([`${k}:`]);
  entries.push(['provider: 某局'], ['items: [姓名, 性别]'], ['classification: 重要数据'], ['share_method: 服务接口、批量交换']);

  const header = (i: number) => {
    const pick = <T,>(list: T[]) => list[i % list.length];
    const status = pick(spellings('assessment_status'));
    return [
      'govcat: 1', 'catalogue:', '  id: CAT-1', '  title: 某局政务数据目录', '  department: {name: 某局}',
      `  level: ${q(pick(spellings('level')))}`, `  region: ${q(pick(['110000', 110000, '11000', ' 110000']))}`, '  version: "2026.1"',
      `  compiled_at: ${pick(['2026-03-02', '"2026年3月2日"', '"2026/3/2"', '20260302', '"2026-02-30"', ''])}`,
      '  assessments:', '    confidentiality_risk:', `      status: ${q(status)}`, '      date: 2026-02-20', `      conclusion: ${q(pick([...spellings('conclusion'), '经评估，风险可控']))}`,
      '  approval: {approver: 张三, date: 2026-03-05}',
      '  change_events:', ...spellings('event_kind').map((k, n) => `    - id: EV-${n}\n      kind: ${q(k)}\n      effective_date: 2026-02-10`),
      `  profile: ${profile}`,
    ].join('\n');
  };
  const files: Record<string, string> = {};
  const perFile = 60;
  for (let f = 0; f * perFile < entries.length; f++) {
    const body = entries.slice(f * perFile, (f + 1) * perFile).map((lines, i) => entry(f * perFile + i, lines));
    files[`${profile}-${f}.yaml`] = `${header(f)}\nentries:\n${body.join('\n')}\n`;
  }
  // Every header spelling, one catalogue each, with one entry.
  const headers = Math.max(spellings('level').length, spellings('assessment_status').length, spellings('conclusion').length);
  for (let h = 0; h < headers; h++) files[`${profile}-header-${h}.yaml`] = `${header(h)}\nentries:\n${entry(0, [])}\n`;
  return files;
}

let dir: string;
let server: YamlLanguageServer;
const results = new Map<string, { stray: string[]; errorLines: Set<number>; file: string }>();
let text: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govcat-editor-'));
  const en: Record<string, string> = Object.assign({}, ...PROFILES.map(catalogues));
  text = {};
  for (const [name, t] of Object.entries(en)) {
    text[`en/${name}`] = t;
    text[`zh/${name}`] = convertCatalogue(t, name, 'zh').output;
  }
  for (const sub of ['en', 'zh']) mkdirSync(join(dir, sub));
  for (const [name, t] of Object.entries(text)) writeFileSync(join(dir, name), t);
  server = await YamlLanguageServer.start(dir, {
    schemas: { [join(ROOT, 'schemas/catalogue.schema.json')]: ['en/*.yaml'], [join(ROOT, 'schemas/catalogue.zh.schema.json')]: ['zh/*.yaml'] },
  });
  const names = Object.keys(text);
  const editor = await server.diagnose(names.map((n) => ({ path: join(dir, n), text: text[n] })));
  const r = govcat(['lint', '-f', 'json', '--no-config', ...names], { cwd: dir });
  const report = JSON.parse(r.stdout) as { results: { file: string; findings: { line: number; severity: string }[] }[] };
  for (const res of report.results) {
    const errors = new Set(res.findings.filter((f) => f.severity === 'error').map((f) => f.line));
    const diags = editor.get(join(dir, res.file))!.filter((d: Diagnostic) => d.severity === 1);
    const lines = text[res.file].split('\n');
    results.set(res.file, {
      file: res.file,
      errorLines: new Set(diags.map((d) => d.range.start.line + 1)),
      stray: diags.filter((d) => !errors.has(d.range.start.line + 1)).map((d) => `${res.file}:${d.range.start.line + 1} ${lines[d.range.start.line].trim()}  ← ${d.message.slice(0, 100)}`),
    });
  }
  expect(results.size).toBe(names.length);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('every spelling govcat reads, in the editor', () => {
  it.each(PROFILES.flatMap((p) => [`en/${p}`, `zh/${p}`]))('%s: no editor error on a line where lint has none', (prefix) => {
    const mine = [...results.values()].filter((r) => r.file.startsWith(`${prefix}-`));
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.flatMap((r) => r.stray)).toEqual([]);
  });

  it('the editor still flags what no reading makes sense of (an item type, a format, a grade, a level, a yes/no)', () => {
    // Every line of these shapes, in every catalogue: flagged by the editor exactly where lint has an error.
    const shapes = [/^\s+type: "abc"$/, /^\s+kind: (42|"abc"|true)$/, /^\s+level: ("abc"|"TBD"|3\.5)$/, /^\s+personal_info: "(可能|on|off)"$/, /^\s+secrecy: "abc"$/];
    let seen = 0;
    for (const r of results.values()) {
      text[r.file].split('\n').forEach((line, i) => {
        if (!shapes.some((p) => p.test(line))) return;
        seen++;
        expect(r.errorLines.has(i + 1), `${r.file}:${i + 1} ${line.trim()}`).toBe(true);
      });
    }
    expect(seen).toBeGreaterThan(20);
  });
});
