// export → import is lossless: every sample, through xlsx and through CSV, comes back the same and lints the same.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { catalogueToYaml } from '../../src/authoring/catalogue-yaml.js';
import { catalogueToTables, tablesToCatalogue, tablesToSheets } from '../../src/authoring/spreadsheet/tables.js';
import { readSpreadsheets, renderSpreadsheet, exportPaths } from '../../src/authoring/spreadsheet/io.js';
import { sameData } from '../../src/authoring/yaml-strict.js';
import { lintDocument } from '../../src/core/lint.js';
import { loadYaml } from '../../src/core/load.js';
import { normalize } from '../../src/core/normalize.js';
import { resolveProfile } from '../../src/profiles/index.js';
import { rules } from '../../src/rules/index.js';
import { writeAtomic } from '../../src/io/write.js';
import { govcat } from '../cli/run.js';

const SAMPLES = ['samples/catalogue.yaml', 'samples/violations.yaml', ...readdirSync('samples/history').filter((f) => f.endsWith('.yaml')).map((f) => `samples/history/${f}`)];
const profile = resolveProfile('national', rules);
const dir = mkdtempSync(join(tmpdir(), 'govcat-rt-'));

/** Errors and warnings by rule, path and entry; the info notices of variants (每 3 月 …) vanish on import by design. */
function lintSummary(text: string, file: string): string[] {
  const { findings } = lintDocument(loadYaml(text, file), profile, { asOf: '2026-06-01' }, rules);
  return findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}/${f.messageId} ${f.path} ${f.entryId ?? ''}`).sort();
}

const canonical = (text: string) => normalize(loadYaml(text, 'x.yaml').data, 'x.yaml').root;

async function roundTrip(file: string, kind: 'xlsx' | 'csv', name: string): Promise<{ yaml: string; problems: number }> {
  const tables = catalogueToTables(loadYaml(readFileSync(file, 'utf8'), file).data, file);
  const paths = exportPaths(join(dir, name), kind, tables);
  const contents = await renderSpreadsheet(tables, kind);
  paths.forEach((p, i) => writeAtomic(p, contents[i]));
  const result = tablesToCatalogue(await readSpreadsheets([paths[0]]));
  return { yaml: catalogueToYaml(result.data, 'back.yaml'), problems: result.problems.length };
}

describe('export → import is lossless on every sample', () => {
  for (const file of SAMPLES) {
    for (const kind of ['xlsx', 'csv'] as const) {
      it(`${file} via ${kind}`, async () => {
        const src = readFileSync(file, 'utf8');
        const { yaml, problems } = await roundTrip(file, kind, `${file.replace(/\W/g, '_')}-${kind}`);
        expect(sameData(canonical(yaml), canonical(src))).toBe(true);
        expect(lintSummary(yaml, file)).toEqual(lintSummary(src, file));
        // Only the deliberately broken sample has values no column can map (按需共享, email …).
        expect(problems > 0).toBe(file.includes('violations'));
      });
    }
  }

  it('the imported sample lints clean and is already formatted', async () => {
    const { yaml } = await roundTrip('samples/catalogue.yaml', 'xlsx', 'clean');
    expect(lintSummary(yaml, 'back.yaml')).toEqual([]);
    const { formatCatalogue } = await import('../../src/authoring/format.js');
    expect(formatCatalogue(yaml, 'back.yaml').changed).toBe(false);
  });

  it('holds for any value in any field (property: the 其他字段 column carries what no column can)', () => {
    const sample = loadYaml(readFileSync('samples/catalogue.yaml', 'utf8'), 's').data as { catalogue: Record<string, unknown>; entries: Record<string, unknown>[] };
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.string(), fc.constantFrom('无', 'none', ' 有条件共享 ', '每 3 月', '2026-3-2', '《法》', '是', '110000'), fc.integer(), fc.boolean(), fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 3 })),
    })).v;
    const entryKeys = [...Object.keys(sample.entries[7]), 'non_share', 'open_type', 'unknown_key'];
    const paths = fc.constantFrom<string[]>(...entryKeys.map((k) => [k]), ['items', '0', 'length'], ['items', '1', 'personal_info'], ['items', '0', 'extra'], ['non_share', 'legal_basis', '0', 'title'], ['usage_conditions', 'scope'], ['provider', 'code']);
    const headerPaths = fc.constantFrom<string[]>(['version'], ['region'], ['approval'], ['assessments', 'confidentiality_risk', 'conclusion'], ['change_events', '0', 'kind'], ['colour']);
    fc.assert(
      fc.property(fc.nat(19), paths, value, headerPaths, value, (i, p, v, hp, hv) => {
        const data = structuredClone(sample);
        _set(data.entries[i], p, v);
        _set(data.catalogue, hp, hv);
        const tables = catalogueToTables(data, 'p.yaml'); // throws if it cannot prove the round trip
        expect(tables.length).toBeGreaterThan(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('data items find their entry again', () => {
  it('with duplicate, missing, numeric or look-alike ids and names (property)', () => {
    const sample = loadYaml(readFileSync('samples/catalogue.yaml', 'utf8'), 's').data as { entries: Record<string, unknown>[] };
    const ref = fc.constantFrom<unknown>('A', ' A ', 'B', 'SCJG-0001', '市场主体登记基本信息', '', 5, undefined);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), ref, ref), { minLength: 1, maxLength: 6 }), (edits) => {
        const data = structuredClone(sample);
        for (const [i, id, name] of edits) {
          if (id === undefined) delete data.entries[i].id; else data.entries[i].id = id;
          if (name === undefined) delete data.entries[i].name; else data.entries[i].name = name;
        }
        const back = tablesToCatalogue(tablesToSheets(catalogueToTables(data, 'p.yaml'), 'p.xlsx'));
        expect(back.problems).toEqual([]);
        expect(sameData(normalize(back.data, 'b').root, normalize(structuredClone(data), 'a').root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('through real files', () => {
  it('any text, control characters and lone surrogates included, survives xlsx and CSV (property)', async () => {
    const sample = loadYaml(readFileSync('samples/catalogue.yaml', 'utf8'), 's').data as { entries: Record<string, unknown>[] };
    const where = fc.constantFrom(['name'], ['summary'], ['items', '0', 'name'], ['items', '2', 'description'], ['provider', 'name'], ['usage_conditions', 'scope'], ['share_type'], ['classification', 'category']);
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('a\r\nb', ' lead', 'trail ', '=SUM(A1)', '"quoted"', 'x,y', '\u2028', '\ufeffbom'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(19), where, text, async (i, p, v) => {
        const data = structuredClone(sample);
        _set(data.entries[i], p, v);
        const tables = catalogueToTables(data, 'p.yaml');
        for (const kind of ['xlsx', 'csv'] as const) {
          const paths = exportPaths(join(dir, `prop-${n++}`), kind, tables);
          (await renderSpreadsheet(tables, kind)).forEach((c, k) => writeAtomic(paths[k], c));
          const back = tablesToCatalogue(await readSpreadsheets([paths[0]])).data;
          expect(sameData(normalize(back, 'b').root, normalize(structuredClone(data), 'a').root), `${kind} ${p.join('.')}=${JSON.stringify(v)}`).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('govcat export / import (CLI)', () => {
  it('samples/catalogue.yaml → xlsx → import → semantically identical, lints clean', () => {
    const xlsx = join(dir, 'cli.xlsx');
    const back = join(dir, 'cli.yaml');
    expect(govcat(['export', 'samples/catalogue.yaml', '--to', 'xlsx', '-o', xlsx]).code).toBe(0);
    const r = govcat(['import', xlsx, '-o', back]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/imported 20 entries, 155 data items/);
    expect(sameData(canonical(readFileSync(back, 'utf8')), canonical(readFileSync('samples/catalogue.yaml', 'utf8')))).toBe(true);
    expect(govcat(['lint', back]).code).toBe(0);
  });

  it('samples/history/2026.1.yaml → CSV files → import from any one of them', () => {
    const base = join(dir, 'hist');
    const w = govcat(['export', 'samples/history/2026.1.yaml', '--to', 'csv', '-o', base]);
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/hist-entries\.csv, .*hist-items\.csv, .*hist-catalogue\.csv, .*hist-events\.csv, .*hist-terminations\.csv/);
    expect(readFileSync(`${base}-entries.csv`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const back = join(dir, 'hist.yaml');
    expect(govcat(['import', `${base}-items.csv`, '-o', back]).code).toBe(0);
    expect(sameData(canonical(readFileSync(back, 'utf8')), canonical(readFileSync('samples/history/2026.1.yaml', 'utf8')))).toBe(true);
  });

  it('the violations sample needs --keep-going, exits 1, and lints exactly as the original', () => {
    const xlsx = join(dir, 'viol.xlsx');
    const back = join(dir, 'viol.yaml');
    const e = govcat(['export', 'samples/violations.yaml', '--to', 'xlsx', '-o', xlsx]);
    expect(e.stderr).toMatch(/2 rows hold values the columns cannot carry exactly/);
    const strict = govcat(['import', xlsx, '-o', back]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/viol\.xlsx: 数据目录!J5: unknown share type "按需共享" \(use 无条件共享, 有条件共享 or 不予共享\)/);
    expect(() => readFileSync(back)).toThrow();
    const r = govcat(['import', xlsx, '-o', back, '--keep-going']);
    expect(r.code).toBe(1);
    expect(lintSummary(readFileSync(back, 'utf8'), 'samples/violations.yaml')).toEqual(lintSummary(readFileSync('samples/violations.yaml', 'utf8'), 'samples/violations.yaml'));
  });

  it('does not overwrite existing outputs without --force (exit 2)', () => {
    const xlsx = join(dir, 'force.xlsx');
    expect(govcat(['export', 'samples/catalogue.yaml', '--to', 'xlsx', '-o', xlsx]).code).toBe(0);
    const again = govcat(['export', 'samples/catalogue.yaml', '--to', 'xlsx', '-o', xlsx, '--lang', 'zh']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/输出文件已存在.*--force/);
    expect(govcat(['export', 'samples/catalogue.yaml', '--to', 'xlsx', '-o', xlsx, '--force']).code).toBe(0);
  });
});

function _set(o: Record<string, unknown>, path: string[], v: unknown): void {
  let t: Record<string, unknown> = o;
  for (const seg of path.slice(0, -1)) {
    if (typeof t[seg] !== 'object' || t[seg] === null) t[seg] = /^\d+$/.test(path[path.indexOf(seg) + 1] ?? '') ? [] : {};
    t = t[seg] as Record<string, unknown>;
  }
  t[path[path.length - 1]] = v;
}
