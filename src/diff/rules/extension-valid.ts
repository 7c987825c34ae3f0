// Decree 809 Art. 17(2): an extension of the update deadline is at most 5 working days, approved before the deadline runs out.
import { eventSchedule } from '../../deadlines/index.js';
import { defineDiffRule } from './_define.js';
import { changeEvents, DEADLINE_OPTIONS_SCHEMA, existing, workingDays, type EventRef } from './_events.js';
import type { Catalogue } from '../../core/types.js';

export default defineDiffRule({
  id: 'extension-valid',
  articles: [{ source: 'decree-809', article: 17, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '更新期限的延期不超过允许的天数，并在原期限届满前获主管部门同意', en: 'An extension of the update deadline stays within the allowed length and is approved before the original deadline' },
    details: {
      zh: '第十七条第二款：因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长 5 个工作日。延期超过配置方案允许的天数、在原期限届满之后才获同意（期限已过，无从延长），或延期记录缺少批准单位或批准日期的，均予报告。只检查新版中新增或延期记录有变化的变更事件；未写 working_days 的延期按允许的最长天数计。',
      en: 'Art. 17(2): for special reasons, and with the consent of the data-sharing authority at the same level, the update deadline may be extended by 5 working days. Reported: an extension longer than the profile allows, one approved after the original deadline had already run out (there is nothing left to extend), and an extension record without the approving authority or the approval date. Only events that are new in the new version, or whose extension changed, are checked; an extension without working_days means the longest one allowed.',
    },
  },
  messages: {
    tooLong: { zh: '变更事件“{{event}}”的更新期限延长了 {{days}}，超过允许的最长 {{max}}', en: 'change event "{{event}}": the update deadline is extended by {{days}}, more than the {{max}} allowed' },
    approvedLate: {
      zh: '变更事件“{{event}}”的延期于 {{approved}} 才获同意，晚于原更新期限 {{due}}；延期须在原期限届满前经主管部门同意',
      en: 'change event "{{event}}": the extension was approved on {{approved}}, after the original deadline {{due}}; an extension must be approved before the original deadline runs out',
    },
    incomplete: { zh: '变更事件“{{event}}”的延期记录不完整：{{problem}}', en: 'the extension record of change event "{{event}}" is incomplete: {{problem}}' },
    invalid: { zh: '变更事件“{{event}}”的延期记录有误：{{problem}}', en: 'the extension record of change event "{{event}}" is invalid: {{problem}}' },
  },
  optionsSchema: DEADLINE_OPTIONS_SCHEMA,
  defaults: { workingDays: 10, maxExtension: 5 },
  deadlineOptions: 'update',
  examples: {
    pass: { old: 'catalogue: {}', new: 'catalogue:\n  change_events:\n    - {id: EV-1, kind: duty_change, effective_date: 2026-02-10, extension: {approved_by: 市政务服务和数据管理局, date: 2026-02-26, working_days: 5}}' },
    fail: { old: 'catalogue: {}', new: 'catalogue:\n  change_events:\n    - {id: EV-1, kind: duty_change, effective_date: 2026-02-10, extension: {approved_by: 市政务服务和数据管理局, date: 2026-03-03, working_days: 8}}' },
  },
  check(ctx) {
    const { maxExtension } = ctx.options;
    for (const ref of _withChangedExtension(ctx.old, ctx.new)) {
      const s = eventSchedule(ref.event, ctx.options, ctx.calendar);
      const at = (...rest: (string | number)[]) => existing(ctx.new, [...ref.path, ...rest]);
      for (const p of s.problems.filter((q) => q.field !== 'effective_date')) {
        ctx.report({ messageId: p.kind === 'missing' ? 'incomplete' : 'invalid', path: at(...p.path), data: { event: ref.label, problem: p.message } });
      }
      const x = s.extension;
      if (x && !x.withinLimit) ctx.report({ messageId: 'tooLong', path: at('extension', 'working_days'), data: { event: ref.label, days: workingDays(x.days), max: workingDays(maxExtension) } });
      if (x?.approvedInTime === false) ctx.report({ messageId: 'approvedLate', path: at('extension', 'date'), data: { event: ref.label, approved: x.approvedAt!, due: s.originalDue! } });
    }
  },
});

// --- internal ---

/** Events with an extension that the old version did not have in this form (checked once, when it appears or changes). */
function _withChangedExtension(old: Catalogue, now: Catalogue): EventRef[] {
  const before = new Map(changeEvents(old).filter((e) => e.id !== undefined).map((e) => [e.id, JSON.stringify(e.event.extension ?? null)]));
  return changeEvents(now).filter((e) => e.event.extension !== undefined && e.event.extension !== null
    && (e.id === undefined || before.get(e.id) !== JSON.stringify(e.event.extension)));
}

