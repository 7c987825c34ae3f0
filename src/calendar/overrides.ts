// The `calendar:` section of govcat.config.yaml: per-year holidays and make-up working days, checked by hand
// (mirrors schemas/calendar.schema.json; no Ajv compile on the lint path).
import type { Bilingual, Path } from '../core/types.js';
import { parseIsoDate, yearOf } from './dates.js';

export interface YearOverride {
  /** Days off: single dates or ranges written 'yyyy-mm-dd..yyyy-mm-dd'. */
  holidays?: string[];
  /** Make-up working days (调休上班), usually weekends. */
  workdays?: string[];
  /** The schedule for this year is given here in full: the package's data for the year is ignored. */
  complete?: boolean;
}

/** Keyed by four-digit year ('2027'); YAML reads `2027:` as that string key. */
export type CalendarOverrides = Record<string, YearOverride>;

export interface OverrideProblem extends Bilingual { path: Path }
export type OverridesCheck = { ok: true; overrides: CalendarOverrides } | { ok: false; problems: OverrideProblem[] };

export function validateCalendarOverrides(value: unknown, base: Path = ['calendar']): OverridesCheck {
  if (!_isObject(value)) {
    return _fail([{ path: base, zh: 'calendar 部分应为以年份为键的映射，例如 2027: { holidays: [...] }', en: 'the calendar section must be a mapping keyed by year, e.g. 2027: { holidays: [...] }' }]);
  }
  const problems: OverrideProblem[] = [];
  for (const [key, year] of Object.entries(value)) {
    if (!/^\d{4}$/.test(key)) problems.push({ path: [...base, key], zh: `“${key}”不是四位数的年份`, en: `"${key}" is not a four-digit year` });
    else problems.push(..._checkYear(+key, year, [...base, key]));
  }
  return problems.length ? _fail(problems) : { ok: true, overrides: value as CalendarOverrides };
}

/** A holiday entry as [first, last] day, both inclusive; a single date is a one-day range. */
export function splitRange(entry: string): [string, string] {
  const [first, last = first] = entry.split('..');
  return [first, last];
}

// --- internal ---

const _KEYS = ['holidays', 'workdays', 'complete'];

function _checkYear(year: number, value: unknown, path: Path): OverrideProblem[] {
  if (!_isObject(value) || Object.keys(value).length === 0) {
    return [{ path, zh: `${year} 年的设置应为包含 holidays、workdays 或 complete 的映射`, en: `the settings for ${year} must be a mapping with holidays, workdays or complete` }];
  }
  const out: OverrideProblem[] = [];
  for (const key of Object.keys(value).filter((k) => !_KEYS.includes(k))) {
    out.push({ path: [...path, key], zh: `未知的设置“${key}”，可用的有 holidays、workdays、complete`, en: `unknown setting "${key}"; use holidays, workdays or complete` });
  }
  if ('complete' in value && typeof value.complete !== 'boolean') {
    out.push({ path: [...path, 'complete'], zh: 'complete 应为 true 或 false', en: 'complete must be true or false' });
  }
  const holidays = _checkList(year, value.holidays, [...path, 'holidays'], true, out);
  const workdays = _checkList(year, value.workdays, [...path, 'workdays'], false, out);
  out.push(..._conflicts(holidays, workdays, [...path, 'workdays']));
  return out;
}

/** Checks a holidays or workdays list; returns the valid entries with their index, for the conflict check. */
function _checkList(year: number, value: unknown, path: Path, ranges: boolean, out: OverrideProblem[]): [string, number][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    out.push({ path, zh: `${_last(path)} 应为日期列表`, en: `${_last(path)} must be a list of dates` });
    return [];
  }
  const ok: [string, number][] = [];
  value.forEach((entry, i) => {
    const problem = _entryProblem(year, entry, ranges);
    if (problem) out.push({ path: [...path, i], ...problem });
    else ok.push([entry as string, i]);
  });
  return ok;
}

function _entryProblem(year: number, entry: unknown, ranges: boolean): Bilingual | undefined {
  const parts = typeof entry === 'string' ? entry.split('..') : [entry];
  if (parts.length > 1 && !ranges) {
    return { zh: `调休上班日须逐日列出，不能写成区间“${entry}”`, en: `make-up working days are listed one by one, not as a range ("${entry}")` };
  }
  if (parts.length > 2) return _rangeFormat(entry);
  for (const part of parts) {
    const p = parseIsoDate(part);
    if (!p.ok) return ranges && p.error.kind === 'format' ? _rangeFormat(entry) : p.error.message;
  }
  const [a, b] = splitRange(entry as string);
  if (a > b) return { zh: `区间“${entry}”的开始日期晚于结束日期`, en: `the range "${entry}" ends before it starts` };
  // A New Year break may run over the turn of the year, so a range only has to touch its year.
  if (yearOf(b) < year || yearOf(a) > year) return { zh: `“${entry}”不在 ${year} 年内`, en: `"${entry}" is not in ${year}` };
  return undefined;
}

function _rangeFormat(entry: unknown): Bilingual {
  const shown = typeof entry === 'string' ? entry : String(entry);
  return { zh: `“${shown}”应为日期 YYYY-MM-DD 或区间 YYYY-MM-DD..YYYY-MM-DD`, en: `"${shown}" must be a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD` };
}

/** A make-up working day that also falls in a listed holiday is a contradiction in the user's schedule. */
function _conflicts(holidays: [string, number][], workdays: [string, number][], path: Path): OverrideProblem[] {
  return workdays
    .filter(([day]) => holidays.some(([h]) => { const [a, b] = splitRange(h); return a <= day && day <= b; }))
    .map(([day, i]) => ({ path: [...path, i], zh: `${day} 同时被列为放假日和调休上班日`, en: `${day} is listed both as a holiday and as a make-up working day` }));
}

function _fail(problems: OverrideProblem[]): OverridesCheck {
  return { ok: false, problems };
}

function _isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function _last(path: Path): string {
  return String(path[path.length - 1]);
}
