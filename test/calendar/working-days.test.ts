// Deadline counting: the event day is not counted; the deadline is the N-th working day after it.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, addWorkingDays, isWorkingDay, officialCalendar, workingDaysBetween, type Calendar } from '../../src/calendar/index.js';

const cal = officialCalendar();

describe('addWorkingDays', () => {
  it('does not count the event day, even when it is a working day', () => {
    expect(addWorkingDays('2026-03-02', 1, cal)).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-02', 10, cal)).toBe('2026-03-16');
  });

  it('an event on a weekend starts the count on the next working day', () => {
    expect(addWorkingDays('2026-03-07', 1, cal)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-08', 1, cal)).toBe('2026-03-09');
  });

  it('an event on a holiday starts the count after the break', () => {
    expect(addWorkingDays('2026-10-03', 1, cal)).toBe('2026-10-08');
    expect(addWorkingDays('2025-01-29', 1, cal)).toBe('2025-02-05');
  });

  it('an event on a make-up Saturday is itself not counted', () => {
    expect(addWorkingDays('2026-02-28', 1, cal)).toBe('2026-03-02');
  });

  it('n = 0 is the event day', () => {
    expect(addWorkingDays('2026-10-03', 0, cal)).toBe('2026-10-03');
  });

  it('rejects a negative or fractional n and an invalid date', () => {
    expect(() => addWorkingDays('2026-03-02', -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 1.5, cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1, cal)).toThrow(RangeError);
    expect(() => isWorkingDay('2026/03/02', cal)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days in (a, b]', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-20', cal)).toBe(10);
    expect(workingDaysBetween('2026-10-20', '2026-10-22', cal)).toBe(2); // late by 2
    expect(workingDaysBetween('2026-10-01', '2026-10-07', cal)).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-02', cal)).toBe(0);
  });

  it('is negative when b is before a, and antisymmetric', () => {
    expect(workingDaysBetween('2026-10-20', '2026-09-30', cal)).toBe(-10);
    expect(workingDaysBetween('2026-10-22', '2026-10-20', cal)).toBe(-2);
  });

  it('rejects invalid dates', () => {
    expect(() => workingDaysBetween('2026-02-29', '2026-03-02', cal)).toThrow(RangeError);
  });
});

describe('properties (2025–2026)', () => {
  const date = fc.integer({ min: 0, max: 729 }).map((i) => addDays('2025-01-01', i));

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => workingDaysBetween(d, addWorkingDays(d, n, cal), cal) === n));
  });

  it('the deadline is a working day strictly after the event, and the day before it is one short', () => {
    fc.assert(fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
      const due = addWorkingDays(d, n, cal);
      return due > d && isWorkingDay(due, cal) && workingDaysBetween(d, addDays(due, -1), cal) === n - 1;
    }));
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(fc.property(date, date, (a, b) => workingDaysBetween(a, b, cal) === -workingDaysBetween(b, a, cal)));
  });
});

describe('any Calendar', () => {
  it('works with a custom calendar', () => {
    const weekdays: Calendar = { isWorkingDay: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()), notices: () => [] };
    expect(addWorkingDays('2026-10-01', 3, weekdays)).toBe('2026-10-06');
  });
});
