// Decree 809 Art. 17(3): the authority reviews and publishes an updated catalogue within 2 working days of receiving it.
import { addWorkingDays, parseIsoDate } from '../../calendar/index.js';
import { eventStatus } from '../../deadlines/index.js';
import { isObject } from '../../rules/_util.js';
import { defineDiffRule } from './_define.js';
import { existing, workingDays } from './_events.js';
import type { Bilingual, Path } from '../../core/types.js';

const FIELDS: Record<'received_at' | 'published_at', Bilingual> = {
  received_at: { zh: '收到日期（received_at）', en: 'receipt date (received_at)' },
  published_at: { zh: '发布日期（published_at）', en: 'publication date (published_at)' },
};

export default defineDiffRule({
  id: 'review-deadline',
  articles: [{ source: 'decree-809', article: 17, paragraph: 3 }],
  severity: 'error',
  docs: {
    summary: { zh: '主管部门自收到更新后的目录之日起 2 个工作日内完成审核并发布', en: 'The authority reviews and publishes an updated catalogue within 2 working days of receiving it' },
    details: {
      zh: '第十七条第三款：政务数据共享主管部门应当自收到更新后的政务数据目录之日起 2 个工作日内完成审核并发布。收到日期和发布日期取自 catalogue.review（received_at、published_at），或由命令行给出；收到当日不计入。已发布的，检查是否逾期；尚未发布的，以 --as-of 日期判断是否已逾期。没有收到日期时不检查。',
      en: 'Art. 17(3): the data-sharing authority completes its review of an updated catalogue and publishes it within 2 working days of receiving it. The receipt and publication dates come from catalogue.review (received_at, published_at) or the command line; the day of receipt is not counted. A publication is checked for lateness; without one, the deadline is checked against --as-of. Nothing is checked without a receipt date.',
    },
  },
  messages: {
    late: {
      zh: '主管部门于 {{received}} 收到更新后的目录，最迟应于 {{due}} 完成审核并发布（{{allowed}}），实际于 {{published}} 发布，逾期 {{lateBy}}',
      en: 'the authority received the updated catalogue on {{received}} and had to review and publish it by {{due}} ({{allowed}}), but published it on {{published}}: late by {{lateBy}}',
    },
    overdue: {
      zh: '主管部门于 {{received}} 收到更新后的目录，最迟应于 {{due}} 完成审核并发布（{{allowed}}），截至 {{asOf}} 尚未发布，已逾期 {{lateBy}}',
      en: 'the authority received the updated catalogue on {{received}} and had to review and publish it by {{due}} ({{allowed}}); not published as of {{asOf}}: overdue by {{lateBy}}',
    },
    invalidDate: { zh: '主管部门审核的{{field}}有误：{{problem}}', en: 'the review {{field}} is invalid: {{problem}}' },
  },
  optionsSchema: { type: 'object', properties: { workingDays: { type: 'integer', minimum: 1 } }, additionalProperties: false },
  defaults: { workingDays: 2 },
  examples: {
    pass: { old: 'catalogue: {}', new: 'catalogue:\n  review: {received_at: 2026-03-06, published_at: 2026-03-10}' },
    fail: { old: 'catalogue: {}', new: 'catalogue:\n  review: {received_at: 2026-03-06, published_at: 2026-03-12}' },
  },
  check(ctx) {
    const review = isObject(ctx.new.header.review) ? ctx.new.header.review : {};
    const at = (field: string): Path => existing(ctx.new, ['catalogue', 'review', field]);
    const date = (field: 'received_at' | 'published_at', given: unknown): string | undefined => {
      if (given === undefined || given === null || given === '') return undefined;
      const p = parseIsoDate(given);
      if (!p.ok) ctx.report({ messageId: 'invalidDate', path: at(field), data: { field: FIELDS[field], problem: p.error.message } });
      return p.ok ? p.date : undefined;
    };
    const received = date('received_at', ctx.review.received ?? review.received_at);
    const published = date('published_at', ctx.review.published ?? review.published_at);
    if (received === undefined) return;
    const due = addWorkingDays(received, ctx.options.workingDays, ctx.calendar);
    const status = eventStatus({ due }, published, ctx.asOf, ctx.calendar);
    const data = { received, due, allowed: workingDays(ctx.options.workingDays), lateBy: workingDays(status?.workingDays ?? 0) };
    if (status?.state === 'late') ctx.report({ messageId: 'late', path: at('published_at'), data: { ...data, published: published! } });
    if (status?.state === 'overdue') ctx.report({ messageId: 'overdue', path: at('received_at'), data: { ...data, asOf: ctx.asOf } });
  },
});
