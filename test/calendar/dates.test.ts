// ISO date parsing and UTC day arithmetic.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, parseIsoDate, weekday } from '../../src/calendar/index.js';

describe('parseIsoDate', () => {
  it('accepts real days', () => {
    expect(parseIsoDate('2026-03-02')).toEqual({ ok: true, date: '2026-03-02', year: 2026, month: 3, day: 2 });
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])('rejects the impossible %s', (s) => {
    const r = parseIsoDate(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('impossible');
      expect(r.error.message.zh).toMatch(/不存在/);
      expect(r.error.message.en).toMatch(/does not exist/);
    }
  });

  it('explains the day count', () => {
    const r = parseIsoDate('2026-02-30');
    expect(!r.ok && r.error.message).toEqual({ zh: '“2026-02-30”不存在：2026 年 2 月只有 28 天', en: '"2026-02-30" does not exist: 2026-02 has 28 days' });
  });

  it.each([['2026-3-2'], ['2026/03/02'], ['20260302'], ['2026-03-02T00:00:00Z'], [' 2026-03-02'], [''], [20260302], [null], [undefined], [new Date(0)]])('rejects the format of %s', (v) => {
    const r = parseIsoDate(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'format', input: v });
  });
});

describe('day arithmetic', () => {
  it('agrees with Date in UTC for any day', () => {
    fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
      const t = Date.UTC(2000, 0, 1) + n * 86_400_000;
      const d = addDays('2000-01-01', n);
      return d === new Date(t).toISOString().slice(0, 10) && weekday(d) === new Date(t).getUTCDay();
    }));
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekday('2026-10-10')).toBe(6);
  });
});
