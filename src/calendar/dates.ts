// ISO yyyy-mm-dd dates as plain strings, validated and moved in UTC day arithmetic (no time zones involved).
import type { Bilingual } from '../core/types.js';

export type DateProblemKind = 'format' | 'impossible';
export interface DateError { kind: DateProblemKind; input: unknown; message: Bilingual }
export type ParsedDate = { ok: true; date: string; year: number; month: number; day: number } | { ok: false; error: DateError };

/** Checks that a value is a real calendar day written yyyy-mm-dd; never throws, so callers can report a finding. */
export function parseIsoDate(value: unknown): ParsedDate {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return { ok: false, error: { kind: 'format', input: value, message: _formatMessage(value) } };
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: { kind: 'impossible', input: value, message: _impossibleMessage(value as string, year, month) } };
  }
  return { ok: true, date: value as string, year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value).ok;
}

/** The date itself when valid; a RangeError otherwise (a programming error: callers parse user input first). */
export function assertIsoDate(value: string): string {
  const p = parseIsoDate(value);
  if (!p.ok) throw new RangeError(p.error.message.en);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(date: string, n: number): string {
  return _fromEpochDay(_toEpochDay(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return _mod(_toEpochDay(date) + 4, 7); // 1970-01-01 was a Thursday
}

export function isWeekend(date: string): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

export function yearOf(date: string): number {
  return +date.slice(0, 4);
}

/** Negative, zero or positive like a comparator; ISO strings of the same shape sort as dates. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- internal ---

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's civil-date algorithms), so that
// years 0000–0099 are not mistaken for 1900–1999 the way Date.UTC does.
function _toEpochDay(date: string): number {
  const [m, d] = [+date.slice(5, 7), +date.slice(8, 10)];
  const y = +date.slice(0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function _fromEpochDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${_pad2(m)}-${_pad2(d)}`;
}

function _pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function _mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function _formatMessage(value: unknown): Bilingual {
  const shown = typeof value === 'string' ? `“${value}”` : String(value);
  return { zh: `${shown} 不是 YYYY-MM-DD 格式的日期`, en: `${typeof value === 'string' ? `"${value}"` : shown} is not a date written YYYY-MM-DD` };
}

function _impossibleMessage(value: string, year: number, month: number): Bilingual {
  if (month < 1 || month > 12) return { zh: `“${value}”不存在：没有 ${month} 月`, en: `"${value}" does not exist: there is no month ${month}` };
  const n = daysInMonth(year, month);
  return { zh: `“${value}”不存在：${year} 年 ${month} 月只有 ${n} 天`, en: `"${value}" does not exist: ${year}-${_pad2(month)} has ${n} days` };
}
