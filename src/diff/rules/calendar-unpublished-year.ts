// Deadlines counted in a year without an official holiday schedule were counted Monday–Friday: say so.
import { isIsoDate, yearOf } from '../../calendar/index.js';
import { isObject } from '../../rules/_util.js';
import { defineDiffRule } from './_define.js';
import { changeEvents, type EventRef } from './_events.js';
import type { Catalogue, Path } from '../../core/types.js';

export default defineDiffRule({
  id: 'calendar-unpublished-year',
  articles: [{ source: 'decree-809', article: 17, paragraph: 2 }],
  severity: 'warning',
  late: true,
  docs: {
    summary: { zh: '期限涉及尚无官方节假日安排的年份时，提示按周一至周五计算', en: 'Deadlines in a year without an official holiday schedule were counted Monday to Friday' },
    details: {
      zh: '第十七条的期限按工作日计算，工作日以国务院办公厅每年发布的节假日安排（含调休上班日）为准，数据取自 chinese-days。某一年的安排尚未发布或未收录时，该年只能按周一至周五计算，期限可能与实际不符。其他规则计算期限时遇到这样的年份，或变更事件的日期落在这样的年份，本规则逐年提示；在 govcat.config.yaml 的 calendar 部分填写该年的放假日和调休上班日后，提示消失。',
      en: 'Art. 17 deadlines are counted in working days, which follow the holiday schedule the State Council General Office publishes each year (make-up working days included), taken from chinese-days. For a year whose schedule is not published or not in the data yet, days can only be counted Monday to Friday, and a deadline may be off. This rule reports each such year that the other rules met while computing deadlines, or that a change event is dated in; adding the year\'s holidays and make-up working days under calendar: in govcat.config.yaml silences it.',
    },
  },
  messages: {
    unpublished: {
      zh: '{{year}} 年的国务院节假日安排尚未发布或尚未收入 chinese-days，该年的期限按周一至周五为工作日计算，可能不准；安排发布后请更新 govcat，或在 govcat.config.yaml 中填写：calendar: { {{year}}: { holidays: [...], workdays: [...] } }',
      en: 'the State Council holiday schedule for {{year}} is not published yet or not in chinese-days, so deadlines in that year were counted with Monday to Friday as working days and may be off; update govcat once it is published, or add it to govcat.config.yaml: calendar: { {{year}}: { holidays: [...], workdays: [...] } }',
    },
    missing: {
      zh: 'chinese-days 没有 {{year}} 年的节假日安排，该年的期限按周一至周五为工作日计算，可能不准；请在 govcat.config.yaml 中填写：calendar: { {{year}}: { holidays: [...], workdays: [...] } }',
      en: 'chinese-days has no holiday schedule for {{year}}, so deadlines in that year were counted with Monday to Friday as working days and may be off; add it to govcat.config.yaml: calendar: { {{year}}: { holidays: [...], workdays: [...] } }',
    },
  },
  defaults: {},
  examples: {
    pass: { old: 'catalogue: {}', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-24}]\n  submitted_at: 2026-03-06' },
    fail: { old: 'catalogue: {}', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2027-02-24}]\n  submitted_at: 2027-03-08' },
  },
  check(ctx) {
    // The events' own dates too: their due dates are shown even when no deadline rule is enabled.
    for (const d of _eventDates(ctx.new)) ctx.calendar.isWorkingDay(d);
    for (const notice of ctx.calendar.notices()) {
      const data = { year: notice.year };
      ctx.report({ messageId: notice.kind === 'missing-year' ? 'missing' : 'unpublished', path: _where(ctx.new, notice.year), data });
    }
  },
});

// --- internal ---

/** The first change event dated in that year; else one whose deadline ran into it from the year before; else the header. */
function _where(cat: Catalogue, year: number): Path {
  const events = changeEvents(cat);
  const years = (e: EventRef) => _dates(e).map(yearOf);
  const hit = events.find((e) => years(e).includes(year)) ?? events.find((e) => years(e).includes(year - 1));
  return hit ? hit.path : ['catalogue'];
}

function _eventDates(cat: Catalogue): string[] {
  return changeEvents(cat).flatMap(_dates);
}

/** The valid dates of an event: when it took effect and when its extension was approved. */
function _dates(e: EventRef): string[] {
  const ext = isObject(e.event.extension) ? e.event.extension.date : undefined;
  return [e.event.effective_date, ext].filter(isIsoDate);
}
