// Evaluation on catalogues written the way departments really write them (test/fixtures/realistic/).
// Each NAME.yaml has a hand-written answer key NAME.key.yaml, written from Decree 809 and the rule
// specification before govcat was run on the corpus (see the git history of the fixtures). This test
// scores govcat's findings against the keys: recall and precision per catalogue and overall, and fails
// on any false positive or false negative. Info-level findings (vocabulary-normalized) are not scored.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../src/index.js';
import type { Finding } from '../src/index.js';

const DIR = new URL('./fixtures/realistic/', import.meta.url);
const AS_OF = '2026-12-05';

interface Row { entry: string; rule: string; field: string; severity: string; note: string }
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

const keyOf = (r: Row) => `${r.entry} | ${r.rule} | ${r.field} | ${r.severity}`;

interface Scored { name: string; entries: number; keyCount: number; tp: number; fp: Row[]; fn: Row[]; error?: string }

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

const names = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !f.endsWith('.key.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
const results = names.map(score);

const pct = (n: number, d: number) => (d === 0 ? '100.0%' : `${((100 * n) / d).toFixed(1)}%`);
const total = results.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp.length, fn: a.fn + r.fn.length, entries: a.entries + r.entries, key: a.key + r.keyCount }), { tp: 0, fp: 0, fn: 0, entries: 0, key: 0 });

function table(): string {
  const head = ['catalogue', 'entries', 'key', 'TP', 'FP', 'FN', 'recall', 'precision'];
  const rows = results.map((r) => [r.name, r.entries, r.keyCount, r.tp, r.fp.length, r.fn.length, pct(r.tp, r.tp + r.fn.length), pct(r.tp, r.tp + r.fp.length)].map(String));
  rows.push(['TOTAL', total.entries, total.key, total.tp, total.fp, total.fn, pct(total.tp, total.tp + total.fn), pct(total.tp, total.tp + total.fp)].map(String));
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

function diffText(r: Scored): string {
  const lines: string[] = [];
  if (r.error) lines.push(`lint threw: ${r.error}`);
  for (const x of r.fp) lines.push(`FP  ${keyOf(x)}    (govcat: ${x.note})`);
  for (const x of r.fn) lines.push(`FN  ${keyOf(x)}    (key: ${x.note})`);
  return lines.join('\n');
}

console.log(`\nRealistic corpus, as of ${AS_OF}, national profile\n${table()}\n`);
for (const r of results) if (r.fp.length || r.fn.length || r.error) console.log(`${r.name}:\n${diffText(r)}\n`);

describe('realistic corpus: govcat against hand-written answer keys', () => {
  it('the corpus has at least 9 catalogues, 170 entries and 2 clean catalogues', () => {
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(total.entries).toBeGreaterThanOrEqual(170);
    expect(results.filter((r) => r.keyCount === 0).length).toBeGreaterThanOrEqual(2);
  });

  for (const r of results) {
    it(`${r.name}: no false positives or false negatives`, () => {
      expect(diffText(r)).toBe('');
    });
  }

  it('overall recall and precision are 100%', () => {
    expect({ recall: pct(total.tp, total.tp + total.fn), precision: pct(total.tp, total.tp + total.fp) }).toEqual({ recall: '100.0%', precision: '100.0%' });
  });
});
