// Scores govcat against the hand-written answer keys of test/fixtures/realistic/ (see test/realistic.test.ts), so the
// test and the README's figures come from one computation.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lint } from '../../src/index.js';
import type { Finding } from '../../src/index.js';

const DIR = new URL('../fixtures/realistic/', import.meta.url);
export const AS_OF = '2026-12-05';

export interface Row { entry: string; rule: string; field: string; severity: string; note: string }
interface KeyFile { findings: { entry: string; rule: string; field: string; severity: string; why?: string }[] }

// Titles govcat uses in messages about a missing key, back to the key (the path of such a finding is the
// entry or the header itself, so the field can only be read from the message).
const ENTRY_TITLES: [string, string][] = [
  ['数据目录名称', 'name'], ['数据更新频率', 'update_frequency'], ['数据分类分级', 'classification'], ['数据项', 'items'],
  ['提供单位', 'provider'], ['数据格式', 'format'], ['共享属性', 'share_type'], ['共享方式', 'share_method'], ['使用条件', 'usage_conditions'],
];
const HEADER_DEFAULT: Record<string, string> = {
  'approval-required': 'approval',
  'confidentiality-assessment-required': 'assessments',
  'pi-impact-assessment-required': 'assessments',
};
const HEADER_KEYS = ['id', 'title', 'department', 'level', 'region', 'version', 'compiled_at', 'approval', 'assessments', 'submitted_at'];

function fieldFromMessage(f: Finding, candidates: [string, string][]): string {
  for (const [title, key] of candidates) if (f.message.zh.includes(title)) return key;
  return '';
}

/** (entry, rule, field, severity) of a finding, as the keys write it. */
function toRow(f: Finding, entries: { id?: unknown }[]): Row {
  const note = f.message.zh;
  const m = /^entries\[(\d+)\](?:\.([^.[]+))?/.exec(f.path);
  if (m) {
    const i = Number(m[1]);
    const entry = f.entryId ?? (typeof entries[i]?.id === 'string' ? (entries[i].id as string) : `entries[${i}]`);
    let field = m[2] ?? '';
    if (!field && f.ruleId === 'entry-required-fields') field = fieldFromMessage(f, ENTRY_TITLES);
    return { entry, rule: f.ruleId, field, severity: f.severity, note };
  }
  const h = /^catalogue(?:\.([^.[]+))?/.exec(f.path);
  if (h) {
    let field = h[1] ?? '';
    if (!field) field = HEADER_DEFAULT[f.ruleId] ?? (HEADER_KEYS.find((k) => f.message.en.includes(k)) ?? '');
    return { entry: 'catalogue', rule: f.ruleId, field, severity: f.severity, note };
  }
  // top-level keys (govcat, entries, an unknown top-level key) or the document itself
  return { entry: 'catalogue', rule: f.ruleId, field: /^[^.[]*/.exec(f.path)?.[0] ?? '', severity: f.severity, note };
}

export const keyOf = (r: Row) => `${r.entry} | ${r.rule} | ${r.field} | ${r.severity}`;

export interface Scored { name: string; entries: number; keyCount: number; tp: number; fp: Row[]; fn: Row[]; error?: string }

function score(name: string): Scored {
  const text = readFileSync(new URL(`${name}.yaml`, DIR), 'utf8');
  const key = parse(readFileSync(new URL(`${name}.key.yaml`, DIR), 'utf8')) as KeyFile;
  const expected: Row[] = (key.findings ?? []).map((k) => ({ entry: k.entry, rule: k.rule, field: k.field, severity: k.severity, note: k.why ?? '' }));
  const rawEntries = ((parse(text) as { entries?: unknown[] }).entries ?? []) as { id?: unknown }[];
  let actual: Row[];
  try {
    const { findings } = lint(text, { file: `${name}.yaml`, asOf: AS_OF, profile: 'national' });
    actual = findings.filter((f) => f.severity !== 'info').map((f) => toRow(f, rawEntries));
  } catch (e) {
    return { name, entries: rawEntries.length, keyCount: expected.length, tp: 0, fp: [], fn: expected, error: String(e) };
  }
  // multiset comparison
  const pool = new Map<string, Row[]>();
  for (const r of expected) pool.set(keyOf(r), [...(pool.get(keyOf(r)) ?? []), r]);
  const fp: Row[] = [];
  let tp = 0;
  for (const r of actual) {
    const left = pool.get(keyOf(r));
    if (left && left.length) { left.shift(); tp++; } else fp.push(r);
  }
  const fn = [...pool.values()].flat();
  return { name, entries: rawEntries.length, keyCount: expected.length, tp, fp, fn };
}

/** Every catalogue of the corpus, scored, and the totals. */
export function scoreCorpus(): { results: Scored[]; total: { tp: number; fp: number; fn: number; entries: number; key: number } } {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !f.endsWith('.key.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
  const results = names.map(score);
  const total = results.reduce((t, r) => ({ tp: t.tp + r.tp, fp: t.fp + r.fp.length, fn: t.fn + r.fn.length, entries: t.entries + r.entries, key: t.key + r.keyCount }), { tp: 0, fp: 0, fn: 0, entries: 0, key: 0 });
  return { results, total };
}
