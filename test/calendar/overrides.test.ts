// The calendar: section of govcat.config.yaml: the hand-written check, and its agreement with the JSON Schema.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateCalendarOverrides } from '../../src/calendar/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/calendar.schema.json', import.meta.url), 'utf8'));
const ajvValidate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const GOOD: unknown[] = [
  {},
  { 2027: { holidays: ['2027-01-01', '2027-02-06..2027-02-12'], workdays: ['2027-02-14'] } },
  { '2027': { complete: true } },
  { '2027': { complete: false, holidays: [] } },
  { '2028': { holidays: ['2027-12-31..2028-01-02'] } },
];

const BAD: [unknown, (string | number)[]][] = [
  [null, ['calendar']],
  [['2027'], ['calendar']],
  [{ y2027: { complete: true } }, ['calendar', 'y2027']],
  [{ '2027': null }, ['calendar', '2027']],
  [{ '2027': {} }, ['calendar', '2027']],
  [{ '2027': { holiday: ['2027-01-01'] } }, ['calendar', '2027', 'holiday']],
  [{ '2027': { complete: 'yes' } }, ['calendar', '2027', 'complete']],
  [{ '2027': { holidays: '2027-01-01' } }, ['calendar', '2027', 'holidays']],
  [{ '2027': { holidays: ['2027-01-01', '2027-02-30'] } }, ['calendar', '2027', 'holidays', 1]],
  [{ '2027': { holidays: ['2027/01/01'] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { holidays: [20270101] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { holidays: ['2027-02-12..2027-02-06'] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { holidays: ['2027-02-06..'] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { holidays: ['2027-02-06..2027-02-07..2027-02-08'] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { holidays: ['2026-10-01'] } }, ['calendar', '2027', 'holidays', 0]],
  [{ '2027': { workdays: ['2027-02-13..2027-02-14'] } }, ['calendar', '2027', 'workdays', 0]],
  [{ '2027': { workdays: ['2028-01-02'] } }, ['calendar', '2027', 'workdays', 0]],
  [{ '2027': { holidays: ['2027-02-06..2027-02-12'], workdays: ['2027-02-07'] } }, ['calendar', '2027', 'workdays', 0]],
];

describe('validateCalendarOverrides', () => {
  it.each(GOOD.map((g) => [JSON.stringify(g), g]))('accepts %s', (_, value) => {
    expect(validateCalendarOverrides(value)).toEqual({ ok: true, overrides: value });
  });

  it.each(BAD.map(([v, p]) => [JSON.stringify(v), v, p]))('rejects %s with its path', (_, value, path) => {
    const r = validateCalendarOverrides(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toContainEqual(path);
    for (const p of r.problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('reports every problem, under a caller-given base path', () => {
    const r = validateCalendarOverrides({ '2027': { holidays: ['x', '2027-02-30'], complete: 1 } }, ['config', 'calendar']);
    expect(!r.ok && r.problems.map((p) => p.path)).toEqual([
      ['config', 'calendar', '2027', 'complete'],
      ['config', 'calendar', '2027', 'holidays', 0],
      ['config', 'calendar', '2027', 'holidays', 1],
    ]);
  });

  it('explains an impossible date', () => {
    const r = validateCalendarOverrides({ '2027': { workdays: ['2027-02-30'] } });
    expect(!r.ok && r.problems[0]).toMatchObject({ zh: expect.stringContaining('只有 28 天'), en: expect.stringContaining('has 28 days') });
  });
});

describe('schemas/calendar.schema.json', () => {
  it('accepts what the hand-written check accepts', () => {
    for (const g of GOOD) expect(ajvValidate(g), JSON.stringify(g)).toBe(true);
  });

  it('the hand-written check rejects everything the schema rejects', () => {
    const schemaRejects = BAD.map(([v]) => v).filter((v) => !ajvValidate(v));
    expect(schemaRejects.length).toBeGreaterThan(8);
    for (const v of schemaRejects) expect(validateCalendarOverrides(v).ok, JSON.stringify(v)).toBe(false);
  });

  it('has Chinese titles and bilingual descriptions everywhere', () => {
    const nodes: Record<string, unknown>[] = [];
    const walk = (n: unknown) => {
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if ('type' in o) nodes.push(o);
      Object.values(o).forEach(walk);
    };
    walk(schema);
    expect(nodes.length).toBeGreaterThan(5);
    for (const n of nodes) {
      expect(n.title).toMatch(/[\u4e00-\u9fff]/);
      expect(n.description).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    }
  });
});

describe('purity (STYLE §5.4)', () => {
  it('src/calendar does no I/O and reads no clock', () => {
    const dir = new URL('../../src/calendar/', import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/from 'node:|\bprocess\.|Date\.now|new Date\(\)|\bfs\b|chalk|ajv/);
    }
  });
});
