// The official State Council holiday schedule (data of the chinese-days package), user overrides, and a notice
// for every year the package has no schedule for — the packages themselves silently count those as Mon–Fri.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { GovcatError } from '../core/errors.js';
import type { Bilingual } from '../core/types.js';
import { addDays, isWeekend, yearOf } from './dates.js';
import { splitRange, validateCalendarOverrides, type CalendarOverrides } from './overrides.js';
import type { Calendar, CalendarNotice } from './working-days.js';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** The holiday a day off or make-up working day belongs to, when the source names it. */
  name?: Bilingual;
  source: 'official' | 'override' | 'weekdays';
}

export interface OfficialCalendar extends Calendar {
  dayInfo(date: string): DayInfo;
}

/** Years whose schedule the installed chinese-days has, ascending (2004–2026 with chinese-days 1.5.7). */
export function officialYears(): readonly number[] {
  return (_years ??= _detectYears());
}

/** Throws a GovcatError on invalid overrides; callers that read a config file validate first for positions. */
export function officialCalendar(overrides: CalendarOverrides = {}): OfficialCalendar {
  const o = _compile(_checked(overrides));
  const seen = new Map<number, CalendarNotice>();
  const dayInfo = (date: string): DayInfo => {
    const year = yearOf(date);
    if (!o.years.has(year) && !_isOfficialYear(year) && !seen.has(year)) seen.set(year, _notice(year));
    return _lookup(date, o);
  };
  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    notices: () => [...seen.values()].sort((a, b) => a.year - b.year),
  };
}

// --- internal ---

interface _Compiled { years: Set<number>; complete: Set<number>; off: Set<string>; on: Set<string> }

let _years: number[] | undefined;
let _yearSet: Set<number> | undefined;

function _isOfficialYear(year: number): boolean {
  return (_yearSet ??= new Set(officialYears())).has(year);
}

// Every State Council schedule includes National Day (10-01), while a schedule's New Year break can reach back
// into the previous December; so "has 10-01" and not "has any date in the year" marks a published year.
function _detectYears(): number[] {
  return Object.keys(data.holidays).filter((d) => d.endsWith('-10-01')).map(yearOf).sort((a, b) => a - b);
}

function _checked(overrides: CalendarOverrides): CalendarOverrides {
  const check = validateCalendarOverrides(overrides);
  if (check.ok) return check.overrides;
  const [p] = check.problems;
  throw new GovcatError({ zh: `日历设置 ${p.path.join('.')} 有误：${p.zh}`, en: `invalid calendar setting at ${p.path.join('.')}: ${p.en}` });
}

function _compile(overrides: CalendarOverrides): _Compiled {
  const c: _Compiled = { years: new Set(), complete: new Set(), off: new Set(), on: new Set() };
  for (const [key, y] of Object.entries(overrides)) {
    c.years.add(+key);
    if (y.complete) c.complete.add(+key);
    for (const entry of y.holidays ?? []) _expand(entry).forEach((d) => c.off.add(d));
    for (const d of y.workdays ?? []) c.on.add(d);
  }
  return c;
}

function _expand(entry: string): string[] {
  const [first, last] = splitRange(entry);
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

function _lookup(date: string, o: _Compiled): DayInfo {
  const year = yearOf(date);
  const official = !o.complete.has(year);
  if (o.on.has(date)) return { date, working: true, kind: 'makeup-workday', source: 'override' };
  if (o.off.has(date)) return { date, working: false, kind: 'holiday', source: 'override' };
  if (official) {
    const made = data.workdays[date];
    if (made) return { date, working: true, kind: 'makeup-workday', name: _name(made), source: 'official' };
    const off = data.holidays[date];
    if (off) return { date, working: false, kind: 'holiday', name: _name(off), source: 'official' };
  }
  const source = official && _isOfficialYear(year) ? 'official' : o.years.has(year) ? 'override' : 'weekdays';
  return isWeekend(date) ? { date, working: false, kind: 'weekend', source } : { date, working: true, kind: 'workday', source };
}

/** 'National Day,国庆节,3' → { zh: '国庆节', en: 'National Day' }. */
function _name(value: string): Bilingual {
  const [en, zh] = value.split(',');
  return { zh: zh ?? en, en };
}

function _notice(year: number): CalendarNotice {
  const ys = officialYears();
  const [from, to] = [ys[0], ys[ys.length - 1]];
  const unpublished = year > to;
  const why: Bilingual = unpublished
    ? { zh: `${year} 年的国务院节假日安排尚未发布或尚未收入 chinese-days（现有 ${from}–${to} 年）`, en: `the State Council holiday schedule for ${year} is not published yet or not yet in chinese-days (which has ${from}–${to})` }
    : { zh: `chinese-days 没有 ${year} 年的节假日安排（现有 ${from}–${to} 年）`, en: `chinese-days has no holiday schedule for ${year} (it has ${from}–${to})` };
  return {
    kind: unpublished ? 'unpublished-year' : 'missing-year',
    year,
    message: {
      zh: `${why.zh}，${year} 年按周一至周五计算工作日；请更新 chinese-days，或在 govcat.config.yaml 的 calendar 部分填写该年的放假和调休上班日期。`,
      en: `${why.en}, so working days in ${year} are counted Monday to Friday; update chinese-days, or add ${year}'s holidays and make-up working days under calendar: in govcat.config.yaml.`,
    },
  };
}
