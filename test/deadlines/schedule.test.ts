// Art. 17 update schedules and statuses, and the sharing-request deadlines of Arts. 21, 22 and 26, on the official calendar.
import { describe, it, expect } from 'vitest';
import { officialCalendar } from '../../src/calendar/index.js';
import { answeringSubmission, eventRows, eventSchedule, eventStatus, sharingDeadline } from '../../src/deadlines/index.js';
import { loadYaml } from '../../src/core/load.js';
import { normalize } from '../../src/core/normalize.js';

const cal = officialCalendar();
const NATIONAL = { workingDays: 10, maxExtension: 5 };
const ext = (extra: object = {}) => ({ approved_by: '北京市政务服务和数据管理局', date: '2026-02-26', ...extra });

describe('eventSchedule', () => {
  it('counts 10 working days across the Spring Festival, make-up Saturdays included', () => {
    const s = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10' }, NATIONAL, cal);
    expect(s).toMatchObject({ id: 'EV-1', effective: '2026-02-10', originalDue: '2026-03-02', due: '2026-03-02', problems: [] });
    expect(s.extension).toBeUndefined();
  });

  it('10 working days after 2026-09-30 is 2026-10-20 (National Day)', () => {
    expect(eventSchedule({ id: 'EV-2', effective_date: '2026-09-30' }, NATIONAL, cal).due).toBe('2026-10-20');
  });

  it('an extension of 5 makes it 15 working days', () => {
    const s = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext({ working_days: 5 }) }, NATIONAL, cal);
    expect(s.due).toBe('2026-03-09');
    expect(s.extension).toEqual({ days: 5, granted: 5, approvedAt: '2026-02-26', approvedBy: '北京市政务服务和数据管理局', withinLimit: true, approvedInTime: true });
  });

  it('an extension without working_days is the longest allowed', () => {
    const s = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext() }, NATIONAL, cal);
    expect(s.extension?.days).toBe(5);
    expect(s.due).toBe('2026-03-09');
    expect(eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext() }, { workingDays: 5, maxExtension: 20 }, cal).extension?.days).toBe(20);
  });

  it('an extension beyond the limit counts only up to it', () => {
    const s = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext({ working_days: 8 }) }, NATIONAL, cal);
    expect(s.extension).toMatchObject({ days: 8, granted: 5, withinLimit: false });
    expect(s.due).toBe('2026-03-09');
  });

  it('an extension approved on the original deadline counts; one day later it does not', () => {
    const onTime = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext({ date: '2026-03-02' }) }, NATIONAL, cal);
    expect(onTime.extension?.approvedInTime).toBe(true);
    expect(onTime.due).toBe('2026-03-09');
    const late = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: ext({ date: '2026-03-03' }) }, NATIONAL, cal);
    expect(late.extension).toMatchObject({ approvedInTime: false, granted: 0 });
    expect(late.due).toBe('2026-03-02');
  });

  it('turns missing and impossible dates into problems, never exceptions', () => {
    const missing = eventSchedule({ id: 'EV-1' }, NATIONAL, cal);
    expect(missing.due).toBeUndefined();
    expect(missing.problems).toMatchObject([{ field: 'effective_date', kind: 'missing', path: [] }]);
    const impossible = eventSchedule({ id: 'EV-1', effective_date: '2026-02-30' }, NATIONAL, cal);
    expect(impossible.problems).toMatchObject([{ field: 'effective_date', kind: 'invalid', path: ['effective_date'] }]);
    expect(impossible.problems[0].message.en).toContain('2026-02 has 28 days');
    expect(eventSchedule('not an event', NATIONAL, cal).problems).toHaveLength(1);
  });

  it('reports an incomplete or malformed extension', () => {
    const s = eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: { working_days: 'five' } }, NATIONAL, cal);
    expect(s.problems.map((p) => `${p.field}:${p.kind}`)).toEqual(['extension.date:missing', 'extension.approved_by:missing', 'extension.working_days:invalid']);
    expect(s.extension).toMatchObject({ days: 5, granted: 0 });
    expect(eventSchedule({ id: 'EV-1', effective_date: '2026-02-10', extension: 'yes' }, NATIONAL, cal).problems).toMatchObject([{ field: 'extension', kind: 'invalid' }]);
  });
});

describe('eventStatus', () => {
  const s = { due: '2026-03-02' };
  it('on time with the working days to spare; late by the working days after the deadline', () => {
    expect(eventStatus(s, '2026-02-27', '2026-06-01', cal)).toEqual({ state: 'on-time', workingDays: 2 }); // 2-28 is a make-up Saturday
    expect(eventStatus(s, '2026-03-02', '2026-06-01', cal)).toEqual({ state: 'on-time', workingDays: 0 });
    expect(eventStatus(s, '2026-03-06', '2026-06-01', cal)).toEqual({ state: 'late', workingDays: 4 });
  });
  it('a submission on the weekend after the deadline is late by one working day', () => {
    expect(eventStatus({ due: '2026-03-06' }, '2026-03-07', '2026-06-01', cal)).toEqual({ state: 'late', workingDays: 1 });
  });
  it('without a submission: due in N, or overdue by N, relative to asOf', () => {
    expect(eventStatus(s, undefined, '2026-02-25', cal)).toEqual({ state: 'open', workingDays: 4 });
    expect(eventStatus(s, undefined, '2026-03-02', cal)).toEqual({ state: 'open', workingDays: 0 });
    expect(eventStatus(s, undefined, '2026-03-04', cal)).toEqual({ state: 'overdue', workingDays: 2 });
  });
  it('has no status without a deadline', () => {
    expect(eventStatus({ due: undefined }, '2026-03-04', '2026-03-04', cal)).toBeUndefined();
  });
});

describe('answeringSubmission: the submission that answers the events, as every deadline check reads it', () => {
  it.each([
    [{ submitted_at: '2026-03-03' }, { date: '2026-03-03' }],
    [{}, {}],
    [{ submitted_at: null }, {}],
    [{ submitted_at: '' }, {}],
  ])('%j', (header, expected) => {
    expect(answeringSubmission(header)).toEqual(expected);
  });

  it('an impossible or malformed date is an error, never a date', () => {
    expect(answeringSubmission({ submitted_at: '2026-02-30' })).toMatchObject({ error: { en: expect.stringMatching(/28 days/) } });
    expect(answeringSubmission({ submitted_at: '2026/3/3' }).date).toBeUndefined();
  });
});

describe('eventRows judge as the update-deadline rule judges', () => {
  const rows = (submitted: string, effective: string, asOf: string) => {
    const text = `govcat: 1\ncatalogue:\n  change_events:\n    - {id: EV-1, kind: law_change, effective_date: ${effective}}\n  submitted_at: ${submitted}\nentries: []\n`;
    const doc = loadYaml(text, 't.yaml');
    return eventRows(normalize(doc.data, 't.yaml'), doc, NATIONAL, cal, asOf);
  };

  it('an update submitted before the event takes effect answers it: on time, long after the due date', () => {
    expect(rows('2026-03-03', '2026-03-20', '2026-06-01')).toEqual([expect.objectContaining({ id: 'EV-1', due: '2026-04-03', submitted: '2026-03-03', state: 'on-time' })]);
  });

  it('a late submission is late, an on-time one on time', () => {
    expect(rows('2026-04-10', '2026-03-20', '2026-06-01')[0]).toMatchObject({ state: 'late', workingDays: 4 }); // due Fri 04-03; Qingming 04-04..06
    expect(rows('2026-03-25', '2026-03-20', '2026-06-01')[0]).toMatchObject({ state: 'on-time' });
  });

  it('an impossible submission date is judged as no submission (the rule reports the date)', () => {
    expect(rows('2026-02-30', '2026-03-20', '2026-06-01')[0]).toMatchObject({ submitted: undefined, state: 'overdue' });
  });
});

describe('sharingDeadline', () => {
  it('Art. 21: an unconditional request received on a Friday is answered by Monday', () => {
    const d = sharingDeadline({ article: 21, shareType: 'unconditional', from: '2026-03-06' }, cal);
    expect(d).toMatchObject({ ok: true, due: '2026-03-09', workingDays: 1, article: 21, extension: 0 });
    if (d.ok) {
      expect(d.explanation.zh).toContain('1 个工作日');
      expect(d.explanation.en).toContain('working day 1 is 2026-03-09');
    }
  });
  it('Art. 21: conditional 10 working days, plus an extension of up to 10', () => {
    expect(sharingDeadline({ article: 21, shareType: 'conditional', from: '2026-03-06' }, cal)).toMatchObject({ ok: true, due: '2026-03-20', workingDays: 10 });
    const d = sharingDeadline({ article: 21, shareType: 'conditional', from: '2026-03-06', extension: 10 }, cal);
    expect(d).toMatchObject({ ok: true, due: '2026-04-03', workingDays: 20, extension: 10 });
    if (d.ok) expect(d.explanation.zh).toContain('延长 10 个工作日');
  });
  it('Art. 21: an extension of 11 is rejected, and the share type is required', () => {
    const d = sharingDeadline({ article: 21, shareType: 'conditional', from: '2026-03-06', extension: 11 }, cal);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error.en).toContain('at most 10 working days');
    expect(sharingDeadline({ article: 21, from: '2026-03-06' }, cal)).toMatchObject({ ok: false });
  });
  it('Art. 22: 20 working days from the consent reply', () => {
    expect(sharingDeadline({ article: 22, from: '2026-03-06' }, cal)).toMatchObject({ ok: true, due: '2026-04-03', workingDays: 20 });
    expect(sharingDeadline({ article: 22, from: '2026-03-06', extension: 2 }, cal)).toMatchObject({ ok: false });
  });
  it('Art. 26: 10 working days from receipt of the correction request, across National Day', () => {
    const d = sharingDeadline({ article: 26, from: '2026-09-30' }, cal);
    expect(d).toMatchObject({ ok: true, due: '2026-10-20', workingDays: 10 });
    if (d.ok) expect(d.explanation.zh).toContain('第二十六条第二款');
  });
  it('rejects an invalid date and an article without a sharing deadline', () => {
    const bad = sharingDeadline({ article: 26, from: '2026-02-30' }, cal);
    expect(bad).toMatchObject({ ok: false });
    if (!bad.ok) expect(bad.error.zh).toContain('只有 28 天');
    expect(sharingDeadline({ article: 17 as 21, from: '2026-03-06' }, cal)).toMatchObject({ ok: false });
  });
  it('names the unpublished years it counted Monday to Friday', () => {
    const d = sharingDeadline({ article: 22, from: '2027-03-01' }, officialCalendar());
    expect(d.ok && d.notices.map((n) => n.year)).toEqual([2027]);
  });
});
