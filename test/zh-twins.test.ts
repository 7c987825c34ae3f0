// Catalogues written with Chinese keys the way departments write them (test/fixtures/zh/NAME.yaml: header fields at the
// top, entries under 目录条目/数据目录/条目, providers as plain names, 共享范围/使用用途 beside the entry, bases as
// citation strings …), each with a canonical English twin written by hand (NAME.en.yaml) carrying the same data and
// the same defects, and the findings expected from SPEC §3 and the rule docs (NAME.expect.yaml), written before govcat
// was run on them. The test checks that
//   - both forms give the same findings: (ruleId, messageId, entryId, path, severity);
//   - every finding's line:column in each file is where its node (or its key) is written in that file, as found by a
//     small locator of its own below (the `yaml` package's parseDocument and the key names of keys.ts, nothing of
//     govcat's own shaping or locating);
//   - the findings match the expectations (entry, rule, path, severity);
//   - the two clean catalogues have no error-level finding;
//   - messages for a Chinese-keyed file name fields in Chinese, not as English compound keys (update_frequency_detail).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { LineCounter, parse, parseDocument, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { lint } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { KEYS, type KeyContext } from '../src/core/keys.js';

const DIR = new URL('./fixtures/zh/', import.meta.url);
const AS_OF = '2026-12-05';
const CLEAN = ['xa-whlyj', 'yn-lcj'];

const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.en.yaml') && !f.endsWith('.expect.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const run = (file: string) => lint(read(file), { file, asOf: AS_OF, profile: 'national' }).findings;

interface Expected { entry: string; rule: string; path: string; severity: string; why?: string }

const tuple = (f: Finding) => `${f.ruleId} | ${f.messageId} | ${f.entryId ?? '-'} | ${f.path} | ${f.severity}`;
const entryOf = (f: Finding) => f.entryId ?? (f.path.startsWith('entries[') ? f.path.replace(/^(entries\[\d+\]).*$/, '$1') : 'catalogue');
const keyOf = (x: { entry: string; rule: string; path: string; severity: string }) => `${x.entry} | ${x.rule} | ${x.path} | ${x.severity}`;

/** What is in `a` and not in `b`, counted as multisets. */
function minus(a: string[], b: string[]): string[] {
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = pool.get(x) ?? 0;
    if (n > 0) {
      pool.set(x, n - 1);
      return false;
    }
    return true;
  });
}

// --- an independent locator: canonical path → where it is written in a file, Chinese keys and flat forms included ---

interface Pos { line: number; column: number }

function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

const keyText = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));
const specOf = (ctx: KeyContext | undefined, canonical: string) => (ctx ? KEYS[ctx].find((s) => s.key === canonical) : undefined);

/** The pairs of a mapping that write a canonical key of a context: the key itself first, then its Chinese names. */
function pairsFor(map: Node, ctx: KeyContext | undefined, canonical: string): Pair[] {
  if (!isMap(map)) return [];
  const pairs = map.items as Pair[];
  const spec = specOf(ctx, canonical);
  return [...pairs.filter((p) => keyText(p) === canonical), ...pairs.filter((p) => keyText(p) !== canonical && spec?.zh.includes(keyText(p)))];
}

/**
 * Where a node of a canonical path may be reported in a file: the start of its key or of its value. Where the path
 * goes further than the file (a missing field, a plain value that stands for a mapping), the deepest node written.
 * A field written twice under two names (name and 数据目录名称) is ambiguous: both writings are accepted.
 */
function positionsOf(text: string, path: string): Pos[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const at = (offset: number): Pos => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // A second writing set aside is named "key (2)": it is one of the writings of key.
  const segs = segments(path).map((s) => (typeof s === 'string' ? s.replace(/ \(\d+\)$/, '') : s));
  let nodes: { key?: Node; value: Node }[] = [{ value: doc.contents as Node }];
  let ctx: KeyContext | undefined = 'root';
  let i = 0;
  while (i < segs.length && nodes.length) {
    const seg = segs[i];
    const node = nodes[0].value;
    if (typeof seg === 'number') {
      if (!isSeq(node) || seg >= node.items.length) break;
      nodes = [{ value: node.items[seg] as Node }];
      i++;
      continue;
    }
    if (!isMap(node)) break;
    // Header fields written at the top level, without catalogue:.
    if (ctx === 'root' && seg === 'catalogue' && !pairsFor(node, 'root', 'catalogue').length) {
      ctx = 'catalogue';
      i++;
      continue;
    }
    const direct = pairsFor(node, ctx, seg);
    if (direct.length) {
      nodes = direct.map((p) => ({ key: p.key as Node, value: p.value as Node }));
      ctx = specOf(ctx, seg)?.context;
      i++;
      continue;
    }
    // A flat form: 共享范围 on the entry for usage_conditions.scope, 审批日期 at the top for catalogue.approval.date.
    const next = segs[i + 1];
    if (typeof next === 'string') {
      const flat = pairsFor(node, ctx, `${seg}.${next}`);
      if (flat.length) {
        nodes = flat.map((p) => ({ key: p.key as Node, value: p.value as Node }));
        ctx = specOf(ctx, `${seg}.${next}`)?.context;
        i += 2;
        continue;
      }
    }
    // The mapping a flat form makes (usage_conditions from 共享范围 and 使用用途) is where its first field is written.
    if (i === segs.length - 1) {
      const first = (node.items as Pair[]).find((p) => KEYS[ctx ?? 'root'].some((s) => s.key.startsWith(`${seg}.`) && (s.key === keyText(p) || s.zh.includes(keyText(p)))));
      if (first) nodes = [{ key: first.key as Node, value: first.value as Node }];
    }
    break;
  }
  const out: Pos[] = [];
  // Nothing below the document itself was found: no position to accept.
  if (nodes.length === 1 && !nodes[0].key && nodes[0].value === doc.contents) return out;
  for (const n of nodes) {
    if (n.key?.range) out.push(at(n.key.range[0]));
    if (n.value?.range) out.push(at(n.value.range[0]));
  }
  return out;
}

// --- the runs ---

interface Run { name: string; zh: Finding[]; en: Finding[]; expected: Expected[]; zhText: string; enText: string; entries: number }

const RUNS: Run[] = NAMES.map((name) => {
  const expectFile = parse(read(`${name}.expect.yaml`)) as { findings?: Expected[]; entries?: number };
  return {
    name,
    zh: run(`${name}.yaml`),
    en: run(`${name}.en.yaml`),
    expected: expectFile.findings ?? [],
    zhText: read(`${name}.yaml`),
    enText: read(`${name}.en.yaml`),
    entries: expectFile.entries ?? 0,
  };
});

function misplaced(findings: Finding[], text: string): string[] {
  return findings.flatMap((f) => {
    const at = positionsOf(text, f.path);
    return at.some((p) => p.line === f.line && p.column === f.column) ? [] : [`${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.path} — written at ${at.map((p) => `${p.line}:${p.column}`).join(' or ') || '(not found)'}`];
  });
}

function expectationDiff(r: Run, findings: Finding[]): string[] {
  const actual = findings.map((f) => keyOf({ entry: entryOf(f), rule: f.ruleId, path: f.path, severity: f.severity }));
  const expected = r.expected.map(keyOf);
  return [...minus(actual, expected).map((x) => `unexpected  ${x}`), ...minus(expected, actual).map((x) => `missing     ${x}`)];
}

console.log(
  `\nChinese-keyed catalogues and their English twins, as of ${AS_OF}, national profile\n` +
    RUNS.map((r) => `${r.name.padEnd(12)} entries ${String(r.entries).padStart(2)}  expected ${String(r.expected.length).padStart(2)}  zh ${String(r.zh.length).padStart(2)}  en ${String(r.en.length).padStart(2)}`).join('\n') +
    '\n',
);
for (const r of RUNS) {
  const lines = [
    ...minus(r.zh.map(tuple), r.en.map(tuple)).map((x) => `zh only     ${x}`),
    ...minus(r.en.map(tuple), r.zh.map(tuple)).map((x) => `en only     ${x}`),
    ...expectationDiff(r, r.zh).map((x) => `zh vs expectation: ${x}`),
    ...expectationDiff(r, r.en).map((x) => `en vs expectation: ${x}`),
  ];
  if (lines.length) console.log(`${r.name}:\n  ${lines.join('\n  ')}\n`);
}

describe('Chinese-keyed catalogues and their canonical English twins', () => {
  it('the locator of this test finds nodes as written (checked by hand against the fixtures)', () => {
    const lines = (name: string, path: string) => positionsOf(read(name), path).map((p) => `${p.line}:${p.column}`);
    // flat 使用用途 on the entry; the same field nested in the twin
    expect(lines('zm-nyncj.yaml', 'entries[3].usage_conditions.purpose')).toEqual(['118:5', '118:11']);
    expect(lines('zm-nyncj.en.yaml', 'entries[3].usage_conditions.purpose')).toEqual(['102:7', '102:16']);
    // header fields at the top level
    expect(lines('zm-nyncj.yaml', 'catalogue.approval.date')).toEqual(['30:1', '30:7']);
    expect(lines('fj-yjglt.yaml', 'catalogue.assessments.confidentiality_risk.status')).toEqual(['17:5', '17:11']);
    // a plain name standing for the provider mapping
    expect(lines('qd-tyjrswj.yaml', 'entries[7].provider.name')).toEqual(['172:5', '172:11']);
    // usage_conditions made from a flat field (共享范为 is a typo, so 使用用途 is its first field); the typo itself
    expect(lines('njgl-cgj.yaml', 'entries[6].usage_conditions')).toEqual(['161:5', '161:11']);
    expect(lines('njgl-cgj.yaml', 'entries[6].共享范为')).toEqual(['160:5', '160:11']);
    expect(lines('njgl-cgj.yaml', 'nosuchkey')).toEqual([]);
  });

  it('there are at least 6 catalogues of 8–20 entries each, 2 of them clean', () => {
    expect(RUNS.length).toBeGreaterThanOrEqual(6);
    for (const r of RUNS) {
      const entries = (parse(r.enText) as { entries: unknown[] }).entries.length;
      expect(entries, r.name).toBe(r.entries);
      expect(entries, r.name).toBeGreaterThanOrEqual(8);
      expect(entries, r.name).toBeLessThanOrEqual(20);
    }
    expect(RUNS.filter((r) => CLEAN.includes(r.name)).length).toBe(2);
  });

  it('the Chinese-keyed files carry no govcat: 1 and no catalogue: wrapper', () => {
    for (const r of RUNS) {
      const top = Object.keys(parse(r.zhText) as object);
      expect(top, r.name).not.toContain('govcat');
      expect(top, r.name).not.toContain('catalogue');
    }
  });

  for (const r of RUNS) {
    describe(r.name, () => {
      it('both forms give the same findings (rule, message, entry, path, severity)', () => {
        expect(r.zh.map(tuple).sort()).toEqual(r.en.map(tuple).sort());
      });

      it('each finding in the Chinese-keyed file points at its node as written there', () => {
        expect(misplaced(r.zh, r.zhText)).toEqual([]);
      });

      it('each finding in the English twin points at its node as written there', () => {
        expect(misplaced(r.en, r.enText)).toEqual([]);
      });

      it('the findings are the ones expected (entry, rule, path, severity)', () => {
        expect({ zh: expectationDiff(r, r.zh), en: expectationDiff(r, r.en) }).toEqual({ zh: [], en: [] });
      });

      it('messages name fields in Chinese, not as English compound keys', () => {
        const compound = /\b[a-z]+(?:[_.][a-z]+)+\b/;
        expect(r.zh.filter((f) => compound.test(f.message.zh)).map((f) => `${f.ruleId} ${f.path}: ${f.message.zh}`)).toEqual([]);
      });

      if (CLEAN.includes(r.name)) {
        it('lints clean: no error-level finding in either form', () => {
          expect([...r.zh, ...r.en].filter((f) => f.severity === 'error').map(tuple)).toEqual([]);
        });
      }
    });
  }
});
