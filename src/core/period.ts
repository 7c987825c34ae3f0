// Update periods written the way departments write them (每两周, 每 3 日, 一年两次, 汛期每日, every 2 weeks): recognised, not guessed.
import type { Bilingual } from './types.js';

export type PeriodUnit = 'second' | 'minute' | 'hour' | 'day' | 'working_day' | 'week' | 'xun' | 'month' | 'quarter' | 'semester' | 'school_year' | 'year';

/** `times` updates every `count` units: 每两周 = {count: 2, unit: week, times: 1}; 一年两次 = {count: 1, unit: year, times: 2}. */
export interface Period {
  count: number;
  unit: PeriodUnit;
  times: number;
  /** A season or circumstance the period is limited to: 汛期 in 汛期每日. */
  qualifier?: string;
}

/** The period a frequency text states, or undefined when it states none (看情况, abc, 待定). */
export function parsePeriod(raw: string): Period | undefined {
  const t = raw.normalize('NFKC').trim();
  if (!t || t.length > 40) return undefined;
  return /[\u4e00-\u9fff]/.test(t) ? _chinese(t.replace(/\s+/g, '')) : _english(t.toLowerCase().replace(/\s+/g, ' '));
}

/** The vocabulary term a period is exactly (每7天 → weekly, 一月一次 → monthly), if any. */
export function periodTerm(p: Period): string | undefined {
  if (p.times !== 1 || p.qualifier) return undefined;
  const days = p.unit === 'day' ? p.count : p.unit === 'week' ? p.count * 7 : undefined;
  if (days === 1) return 'daily';
  if (days === 7) return 'weekly';
  const months = p.unit === 'month' ? p.count : p.unit === 'quarter' ? p.count * 3 : p.unit === 'year' ? p.count * 12 : undefined;
  return months === undefined ? undefined : ({ 1: 'monthly', 3: 'quarterly', 6: 'half_yearly', 12: 'yearly' } as Record<number, string>)[months];
}

/** How a message restates the period: 每 2 周 / every 2 weeks; 每年 2 次 / 2 times a year. */
export function describePeriod(p: Period): Bilingual {
  const [zhUnit, enUnit] = _NAMES[p.unit];
  const measure = _MEASURED.has(p.unit) ? '个' : '';
  const zhEvery = p.count === 1 ? `每${zhUnit}` : p.count === 0.5 ? `每半${measure}${zhUnit}` : `每 ${p.count} ${measure}${zhUnit}`;
  const enEvery = p.count === 1 ? `every ${enUnit}` : p.count === 0.5 ? `every half ${enUnit}` : `every ${p.count} ${enUnit}s`;
  const zh = p.times === 1 ? zhEvery : `${zhEvery} ${p.times} 次`;
  const en = p.times === 1 ? enEvery : `${p.times} times ${p.count === 1 ? `a ${enUnit}` : enEvery}`;
  return p.qualifier ? { zh: `${p.qualifier}${zh}`, en: `${en} (${p.qualifier})` } : { zh, en };
}

// --- internal ---

const _NAMES: Record<PeriodUnit, [string, string]> = {
  second: ['秒', 'second'], minute: ['分钟', 'minute'], hour: ['小时', 'hour'], day: ['日', 'day'], working_day: ['工作日', 'working day'],
  week: ['周', 'week'], xun: ['旬', 'ten-day period (旬)'], month: ['月', 'month'], quarter: ['季度', 'quarter'], semester: ['学期', 'semester'],
  school_year: ['学年', 'school year'], year: ['年', 'year'],
};

/** Units counted with 个 in Chinese (3 个月, not 3 月, when restated). */
const _MEASURED = new Set<PeriodUnit>(['hour', 'working_day', 'month', 'quarter', 'semester']);

// Longest spellings first, so 工作日 wins over 日 and 季度 over 季.
const _ZH_UNITS: [string, PeriodUnit][] = ([
  ['秒钟', 'second'], ['秒', 'second'], ['分钟', 'minute'], ['小时', 'hour'], ['钟头', 'hour'], ['工作日', 'working_day'], ['日', 'day'], ['天', 'day'],
  ['星期', 'week'], ['礼拜', 'week'], ['周', 'week'], ['旬', 'xun'], ['月度', 'month'], ['月', 'month'], ['季度', 'quarter'], ['季', 'quarter'],
  ['学期', 'semester'], ['学年', 'school_year'], ['年度', 'year'], ['年', 'year'],
] as [string, PeriodUnit][]).sort((a, b) => b[0].length - a[0].length);

const _ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const _ZH_NUM = '[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百]+|半';
const _ZH_UNIT = _ZH_UNITS.map(([s]) => s).join('|');
// 每 [隔] N [个] U [N 次 | 一次] [更新 …]; 按 N [个] U; 隔 U (every other); N [个] U N 次; a short season or circumstance may lead (汛期每日).
const _ZH_EVERY = new RegExp(`^(?<q>[\\u4e00-\\u9fff]{0,6}?)(?<p>每隔|每|按|隔)(?<n>${_ZH_NUM})?个?(?<u>${_ZH_UNIT})(?:(?<t>${_ZH_NUM})次|一次)?(?<rest>.*)$`);
const _ZH_TIMES = new RegExp(`^(?<n>${_ZH_NUM})个?(?<u>${_ZH_UNIT})(?:(?<t>${_ZH_NUM})次|一次)(?<rest>.*)$`);
const _ZH_UPDATED = new RegExp(`^(?<n>${_ZH_NUM})?个?(?<u>${_ZH_UNIT})(?<rest>更新.*)$`);
// What may follow a period: 更新 and 一次 in any order, a time of day or of the month (每月15日前, 每日24时前), a weekday (每周一).
const _ZH_REST = new RegExp(`^(?:(?:更新|一次|[0-9]+次|${_ZH_NUM}次)*|[一二三四五六日天](?:更新)?|(?:${_ZH_NUM})[日号时点](?:前|之前|以前|后|更新)*|[初中末底](?:更新)?|凌晨|(?:凌晨|零时|夜间)更新)$`);

function _chinese(t: string): Period | undefined {
  const text = t.replace(/[（(][^（）()]*[）)]$/, ''); // a trailing remark in brackets: 每学期（开学前）
  const m = _ZH_EVERY.exec(text) ?? _ZH_TIMES.exec(text) ?? _ZH_UPDATED.exec(text);
  if (!m?.groups) return undefined;
  const { p, n, u, t: times, rest } = m.groups;
  const q = m.groups.q || undefined;
  if (q && /[每按隔次个]/.test(q)) return undefined;
  if (!_ZH_REST.test(rest ?? '')) return undefined;
  const weekday = rest && /^[一二三四五六日天]/.test(rest);
  const unit = _ZH_UNITS.find(([s]) => s === u)![1];
  if (weekday && unit !== 'week') return undefined;
  const count = n === undefined ? (p === '隔' ? 2 : 1) : _zhNumber(n);
  const perPeriod = times === undefined ? 1 : _zhNumber(times);
  if (count === undefined || perPeriod === undefined || count <= 0 || perPeriod < 1 || !Number.isInteger(perPeriod)) return undefined;
  if (count === 0.5) return _half(unit, perPeriod, q);
  return { count, unit, times: perPeriod, ...(q ? { qualifier: q } : {}) };
}

/** 半年 is 6 months, 半天 12 hours, 半小时 30 minutes; 半月 stays half a month (not "15 days"); 半周, 半季 … say nothing clear. */
function _half(unit: PeriodUnit, times: number, q: string | undefined): Period | undefined {
  const whole: Partial<Record<PeriodUnit, [number, PeriodUnit]>> = { year: [6, 'month'], day: [12, 'hour'], hour: [30, 'minute'], minute: [30, 'second'], month: [0.5, 'month'] };
  const w = whole[unit];
  return w ? { count: w[0], unit: w[1], times, ...(q ? { qualifier: q } : {}) } : undefined;
}

function _zhNumber(s: string): number | undefined {
  if (/^[0-9]/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  if (/^[零〇一二两三四五六七八九]$/.test(s)) return _ZH_DIGITS[s];
  // 十, 十五, 二十, 二十五, 一百, 一百二十: tens and hundreds only, which is all a period needs.
  const m = /^(?:([一二两三四五六七八九])百)?(?:零)?(?:([一二两三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, h, tens, ten, ones] = m;
  const value = (h ? _ZH_DIGITS[h] * 100 : 0) + (ten ? (tens ? _ZH_DIGITS[tens] : 1) * 10 : 0) + (ones ? _ZH_DIGITS[ones] : 0);
  return value > 0 ? value : undefined;
}

const _EN_UNITS: [RegExp, PeriodUnit][] = [
  [/^seconds?$/, 'second'], [/^(?:minutes?|mins?)$/, 'minute'], [/^(?:hours?|hrs?)$/, 'hour'], [/^(?:working|business|work) ?days?$|^workdays?$/, 'working_day'],
  [/^days?$/, 'day'], [/^weeks?$/, 'week'], [/^months?$/, 'month'], [/^quarters?$/, 'quarter'], [/^(?:semesters?|terms?)$/, 'semester'],
  [/^(?:school|academic) ?years?$/, 'school_year'], [/^years?$/, 'year'],
];
const _EN_NUMBERS: Record<string, number> = { one: 1, two: 2, other: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, thirty: 30 };
const _EN_NUM = `[0-9]+(?:\\.[0-9]+)?|${Object.keys(_EN_NUMBERS).join('|')}`;
// (once | twice | N times) (a | per | every | each) [N] unit; every | each | per [N | other] unit
const _EN_PERIOD = new RegExp(`^(?:(once|twice|thrice|(${_EN_NUM}) times) (?:a|an|per|every|each) )?(?:(every|each|per) )?(?:(${_EN_NUM}) )?((?:working |business |school |academic )?[a-z]+)$`);
const _EN_TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
const _EN_ADVERBS: Record<string, [number, PeriodUnit, number]> = {
  hourly: [1, 'hour', 1], biweekly: [2, 'week', 1], 'bi-weekly': [2, 'week', 1], fortnightly: [2, 'week', 1], semiweekly: [1, 'week', 2], 'semi-weekly': [1, 'week', 2],
  bimonthly: [2, 'month', 1], 'bi-monthly': [2, 'month', 1], semimonthly: [1, 'month', 2], 'semi-monthly': [1, 'month', 2], termly: [1, 'semester', 1],
  semiannually: [1, 'year', 2], 'semi-annually': [1, 'year', 2], biannually: [1, 'year', 2], 'bi-annually': [1, 'year', 2], annually: [1, 'year', 1],
  biennially: [2, 'year', 1], 'every fortnight': [2, 'week', 1], 'each fortnight': [2, 'week', 1],
};

function _english(t: string): Period | undefined {
  const text = t.replace(/\bupdated?\b|\bupdates\b/g, '').replace(/[.;,]+$/, '').replace(/\s+/g, ' ').trim();
  // Catalogue text is a key here: "__proto__" or "constructor" must not find Object.prototype.
  const adverb = Object.hasOwn(_EN_ADVERBS, text) ? _EN_ADVERBS[text] : undefined;
  if (adverb) return { count: adverb[0], unit: adverb[1], times: adverb[2] };
  const m = _EN_PERIOD.exec(text);
  if (!m) return undefined;
  const [, timesWord, timesNumber, every, number, unitWord] = m;
  if (!timesWord && !every) return undefined;
  const unit = _EN_UNITS.find(([re]) => re.test(unitWord))?.[1];
  if (!unit) return undefined;
  const count = number === undefined ? 1 : _enNumber(number);
  const times = timesWord === undefined ? 1 : timesNumber !== undefined ? _enNumber(timesNumber) : _EN_TIMES[timesWord];
  if (count === undefined || times === undefined || count <= 0 || times < 1 || !Number.isInteger(times)) return undefined;
  return { count, unit, times };
}

function _enNumber(s: string): number | undefined {
  if (/^[0-9]+(\.[0-9]+)?$/.test(s)) return Number(s);
  return Object.hasOwn(_EN_NUMBERS, s) ? _EN_NUMBERS[s] : undefined;
}
