// The official State Council schedules for 2025 and 2026 (gov.cn notices), unpublished years and user overrides.
import { describe, it, expect } from 'vitest';
import { addWorkingDays, isWorkingDay, officialCalendar, officialYears, weekday } from '../../src/calendar/index.js';

// 国办发明电〔2024〕12号 (2025) and the 2026 notice, gov.cn/zhengce/zhengceku/202511/content_7047091.htm.
const WORKING = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const OFF = ['2025-01-01', '2025-01-28', '2025-02-04', '2025-10-08', '2026-01-02', '2026-02-23', '2026-05-05', '2026-10-01', '2026-10-07'];

describe('official schedule', () => {
  const cal = officialCalendar();

  it.each(WORKING)('%s is a working day', (d) => expect(isWorkingDay(d, cal)).toBe(true));
  it.each(OFF)('%s is not a working day', (d) => expect(isWorkingDay(d, cal)).toBe(false));

  it('make-up working days fall on weekends', () => {
    for (const d of WORKING) expect([0, 6]).toContain(weekday(d));
  });

  it('10 working days after 2026-09-30 is 2026-10-20 (National Day, make-up Saturday 10-10)', () => {
    expect(addWorkingDays('2026-09-30', 10, cal)).toBe('2026-10-20');
  });

  it('10 working days after 2026-02-13 is 2026-03-05 (Spring Festival, make-up Saturdays 02-14 and 02-28)', () => {
    expect(addWorkingDays('2026-02-13', 10, cal)).toBe('2026-03-05');
  });

  it('names the holiday a day belongs to', () => {
    expect(cal.dayInfo('2026-10-10')).toEqual({ date: '2026-10-10', working: true, kind: 'makeup-workday', name: { zh: '国庆节', en: 'National Day' }, source: 'official' });
    expect(cal.dayInfo('2026-02-23')).toMatchObject({ working: false, kind: 'holiday', name: { zh: '春节' } });
    expect(cal.dayInfo('2026-03-07')).toMatchObject({ working: false, kind: 'weekend', source: 'official' });
  });

  it('raises no notice within the published years', () => {
    expect(cal.notices()).toEqual([]);
  });
});

describe('covered years', () => {
  it('are detected from the package data: 2004 through at least 2026, without gaps', () => {
    const ys = officialYears();
    expect(ys[0]).toBe(2004);
    expect(ys[ys.length - 1]).toBeGreaterThanOrEqual(2026);
    expect(ys).toEqual(Array.from({ length: ys.length }, (_, i) => 2004 + i));
  });
});

// Tests assume 2027 is unpublished in the installed package; bump FUTURE when chinese-days adds it.
const FUTURE = officialYears()[officialYears().length - 1] + 1;

describe('a year without a published schedule', () => {
  it(`counts Monday to Friday and records an unpublished-year notice for ${FUTURE}`, () => {
    const cal = officialCalendar();
    const mon = _firstWeekday(FUTURE, 1);
    expect(isWorkingDay(mon, cal)).toBe(true);
    expect(isWorkingDay(_firstWeekday(FUTURE, 6), cal)).toBe(false);
    expect(cal.notices()).toEqual([{ kind: 'unpublished-year', year: FUTURE, message: expect.objectContaining({ zh: expect.stringContaining(`${FUTURE} 年`), en: expect.stringContaining(`${FUTURE}`) }) }]);
  });

  it('2027 yields the notice, once, also when a count merely runs into it', () => {
    const cal = officialCalendar();
    isWorkingDay('2027-03-01', cal);
    addWorkingDays('2026-12-25', 10, cal);
    expect(cal.notices().map((n) => [n.kind, n.year])).toEqual([['unpublished-year', 2027]]);
  });

  it('a year before the data is a missing-year notice', () => {
    const cal = officialCalendar();
    isWorkingDay('2003-05-06', cal);
    expect(cal.notices().map((n) => [n.kind, n.year])).toEqual([['missing-year', 2003]]);
  });

  it('notices belong to one calendar instance', () => {
    const a = officialCalendar();
    isWorkingDay('2027-03-01', a);
    expect(officialCalendar().notices()).toEqual([]);
  });
});

describe('overrides', () => {
  // 2027-02-06 is a Saturday; a plausible Spring Festival break and make-up Sunday.
  const cal = () => officialCalendar({ '2027': { holidays: ['2027-01-01', '2027-02-06..2027-02-14'], workdays: ['2027-02-20'] } });

  it('an override for 2027 silences its notice and its holidays and workdays take effect', () => {
    const c = cal();
    expect(isWorkingDay('2027-02-08', c)).toBe(false);
    expect(isWorkingDay('2027-01-01', c)).toBe(false);
    expect(isWorkingDay('2027-02-20', c)).toBe(true);
    expect(isWorkingDay('2027-03-01', c)).toBe(true);
    expect(c.dayInfo('2027-02-20')).toMatchObject({ kind: 'makeup-workday', source: 'override' });
    expect(c.notices()).toEqual([]);
  });

  it('counts across the overridden break', () => {
    // 02-05 Fri → skip 02-06..02-14 → 02-15 Mon (1) … 02-19 Fri (5), 02-20 Sat make-up (6)
    expect(addWorkingDays('2027-02-05', 6, cal())).toBe('2027-02-20');
  });

  it('silences only the overridden year', () => {
    const c = cal();
    isWorkingDay('2028-03-01', c);
    expect(c.notices().map((n) => n.year)).toEqual([2028]);
  });

  it('an override without complete patches the official schedule of a published year', () => {
    const c = officialCalendar({ '2026': { holidays: ['2026-03-02'] } });
    expect(isWorkingDay('2026-03-02', c)).toBe(false);
    expect(isWorkingDay('2026-10-10', c)).toBe(true);
    expect(isWorkingDay('2026-10-01', c)).toBe(false);
  });

  it('complete: true replaces the official schedule of that year', () => {
    const c = officialCalendar({ '2026': { complete: true, holidays: ['2026-10-01..2026-10-03'] } });
    expect(isWorkingDay('2026-10-02', c)).toBe(false);
    expect(isWorkingDay('2026-10-05', c)).toBe(true);
    expect(isWorkingDay('2026-10-10', c)).toBe(false);
    expect(isWorkingDay('2025-10-11', c)).toBe(true);
  });

  it('a holiday range may run into the next year', () => {
    const c = officialCalendar({ '2027': { holidays: ['2027-12-31..2028-01-03'] } });
    expect(isWorkingDay('2028-01-03', c)).toBe(false);
  });
});

function _firstWeekday(year: number, wd: number): string {
  for (let d = 1; ; d++) {
    const date = `${year}-03-${String(d).padStart(2, '0')}`;
    if (weekday(date) === wd) return date;
  }
}

describe('invalid overrides', () => {
  it('are refused with the path of the first problem', () => {
    expect(() => officialCalendar({ '2027': { holidays: ['2027-01-01..never'] } })).toThrow(/calendar\.2027\.holidays\.0/);
  });
});
