// Working-day arithmetic for statutory deadlines: 期间开始的当日不计入, the deadline is the N-th working day after.
import type { Calendar } from '../core/types.js';
import { addDays, assertIsoDate, compareDates } from './dates.js';

// The shapes live in core (which must not import the calendar); the calendar implements them.
export type { Calendar, CalendarNotice } from '../core/types.js';

export function isWorkingDay(date: string, cal: Calendar): boolean {
  return cal.isWorkingDay(assertIsoDate(date));
}

/**
 * The n-th working day after `date` (n ≥ 0). The event day itself is never counted, even when it is a working
 * day, and an event on a holiday or weekend starts the count on the next working day (Civil Code Art. 201).
 */
export function addWorkingDays(date: string, n: number, cal: Calendar): string {
  assertIsoDate(date);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
  let cur = date;
  for (let left = n; left > 0; ) {
    cur = addDays(cur, 1);
    if (cal.isWorkingDay(cur)) left--;
  }
  return cur;
}

/**
 * Working days in (a, b] — "due in N working days", "late by N working days"; −(working days in (b, a]) when
 * b is before a, so that workingDaysBetween(a, b) === −workingDaysBetween(b, a).
 */
export function workingDaysBetween(a: string, b: string, cal: Calendar): number {
  assertIsoDate(a);
  assertIsoDate(b);
  const order = compareDates(a, b);
  return order > 0 ? -_countAfter(b, a, cal) : _countAfter(a, b, cal);
}

// --- internal ---

function _countAfter(from: string, to: string, cal: Calendar): number {
  let count = 0;
  for (let cur = addDays(from, 1); cur <= to; cur = addDays(cur, 1)) if (cal.isWorkingDay(cur)) count++;
  return count;
}
