// The update-period recogniser: what departments write (每两周, 一年两次, 汛期每日, every 2 weeks) and what it is not.
import { describe, it, expect } from 'vitest';
import { describePeriod, parsePeriod, periodTerm, type Period } from '../../src/core/period.js';

const p = (count: number, unit: Period['unit'], times = 1, qualifier?: string): Period => ({ count, unit, times, ...(qualifier ? { qualifier } : {}) });

describe('parsePeriod: Chinese', () => {
  it.each([
    ['每两周', p(2, 'week')],
    ['每二周', p(2, 'week')],
    ['每学年', p(1, 'school_year')],
    ['每学期', p(1, 'semester')],
    ['按学期', p(1, 'semester')],
    ['每 3 日', p(3, 'day')],
    ['每３日', p(3, 'day')],
    ['每3天', p(3, 'day')],
    ['每10个工作日', p(10, 'working_day')],
    ['每十个工作日', p(10, 'working_day')],
    ['每 15 个工作日', p(15, 'working_day')],
    ['每十五天', p(15, 'day')],
    ['每二十天', p(20, 'day')],
    ['每一百二十天', p(120, 'day')],
    ['一年两次', p(1, 'year', 2)],
    ['一年2次', p(1, 'year', 2)],
    ['每年两次', p(1, 'year', 2)],
    ['每月两次', p(1, 'month', 2)],
    ['一天三次', p(1, 'day', 3)],
    ['两周一次', p(2, 'week')],
    ['半月一次', p(0.5, 'month')],
    ['每半个月', p(0.5, 'month')],
    ['半年一次', p(6, 'month')],
    ['每半小时', p(30, 'minute')],
    ['每两周更新一次', p(2, 'week')],
    ['每两周一次', p(2, 'week')],
    ['每学期更新', p(1, 'semester')],
    ['每季度一次', p(1, 'quarter')],
    ['每个月', p(1, 'month')],
    ['每星期', p(1, 'week')],
    ['每旬', p(1, 'xun')],
    ['按旬更新', p(1, 'xun')],
    ['每5分钟', p(5, 'minute')],
    ['每小时', p(1, 'hour')],
    ['每30秒', p(30, 'second')],
    ['隔周', p(2, 'week')],
    ['隔日更新', p(2, 'day')],
    ['每隔两周', p(2, 'week')],
    ['年度更新', p(1, 'year')],
    ['学期更新', p(1, 'semester')],
    ['汛期每日', p(1, 'day', 1, '汛期')],
    ['汛期每日更新', p(1, 'day', 1, '汛期')],
    ['工作日每日', p(1, 'day', 1, '工作日')],
    ['每月15日前', p(1, 'month')],
    ['每月十五日前更新', p(1, 'month')],
    ['每日24时前', p(1, 'day')],
    ['每周一', p(1, 'week')],
    ['每周一更新', p(1, 'week')],
    ['每月底', p(1, 'month')],
    ['每学期（开学前）', p(1, 'semester')],
    ['每7天', p(7, 'day')],
  ])('%s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe('parsePeriod: English', () => {
  it.each([
    ['every 2 weeks', p(2, 'week')],
    ['every two weeks', p(2, 'week')],
    ['Every Other Week', p(2, 'week')],
    ['biweekly', p(2, 'week')],
    ['bi-weekly', p(2, 'week')],
    ['fortnightly', p(2, 'week')],
    ['semimonthly', p(1, 'month', 2)],
    ['twice a year', p(1, 'year', 2)],
    ['2 times per month', p(1, 'month', 2)],
    ['once every two weeks', p(2, 'week')],
    ['once a week', p(1, 'week')],
    ['every semester', p(1, 'semester')],
    ['each term', p(1, 'semester')],
    ['per school year', p(1, 'school_year')],
    ['every 10 working days', p(10, 'working_day')],
    ['every working day', p(1, 'working_day')],
    ['every 3 business days', p(3, 'working_day')],
    ['every 15 minutes', p(15, 'minute')],
    ['hourly', p(1, 'hour')],
    ['annually', p(1, 'year')],
    ['semi-annually', p(1, 'year', 2)],
    ['updated every 3 days', p(3, 'day')],
  ])('%s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe('parsePeriod: not a period', () => {
  it.each([
    '看情况', 'abc', '待定', '无', '-', 'N/A', 'TBD', '', '  ', '12', '每', '按需要', '每月看情况', '学期', '月', '按规定', '不定期', '视情况而定', '每周二、周四',
    '每零天', '每半周', '每日一', 'every', 'every banana', 'twice', 'a week', 'weeks', 'every -2 weeks', '每年每月', '次次',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'every __proto__', 'twice a constructor',
  ])('%s', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('periodTerm: periods the vocabulary has a term for', () => {
  it.each([
    ['每7天', 'weekly'], ['一天一次', 'daily'], ['每1周', 'weekly'], ['每个月', 'monthly'], ['每3个月', 'quarterly'], ['每季度一次', 'quarterly'],
    ['半年一次', 'half_yearly'], ['每两个季度', 'half_yearly'], ['年度更新', 'yearly'], ['每十二个月', 'yearly'], ['annually', 'yearly'], ['once a week', 'weekly'],
    ['每两周', undefined], ['每学年', undefined], ['一年两次', undefined], ['汛期每日', undefined], ['每10个工作日', undefined], ['每旬', undefined],
  ])('%s → %s', (text, term) => {
    expect(periodTerm(parsePeriod(text)!)).toBe(term);
  });
});

describe('describePeriod', () => {
  it.each([
    ['每两周', '每 2 周', 'every 2 weeks'],
    ['每10个工作日', '每 10 个工作日', 'every 10 working days'],
    ['一年两次', '每年 2 次', '2 times a year'],
    ['两周两次', '每 2 周 2 次', '2 times every 2 weeks'],
    ['半月一次', '每半个月', 'every half month'],
    ['汛期每日', '汛期每日', 'every day (汛期)'],
    ['每学年', '每学年', 'every school year'],
  ])('%s', (text, zh, en) => {
    expect(describePeriod(parsePeriod(text)!)).toEqual({ zh, en });
  });
});
