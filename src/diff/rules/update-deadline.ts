// Decree 809 Art. 17(2): the catalogue is updated within 10 working days of the change (plus an approved extension).
import { answeringSubmission, eventSchedule, eventStatus } from '../../deadlines/index.js';
import { defineDiffRule } from './_define.js';
import { allowed, DEADLINE_OPTIONS_SCHEMA, existing, newEvents, workingDays } from './_events.js';

export default defineDiffRule({
  id: 'update-deadline',
  articles: [{ source: 'decree-809', article: 17, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '目录须在变更事件发生之日起 10 个工作日内完成更新（经批准可延长）', en: 'The catalogue is updated within 10 working days of a change event (more with an approved extension)' },
    details: {
      zh: '第十七条第二款：因法律、行政法规、国务院决定调整或者政府部门职责变化导致目录需要更新的，政府部门应当自调整、变化发生之日起 10 个工作日内完成更新并报送审核；因特殊原因经同级主管部门同意，可以延长 5 个工作日。新版中新增的每个变更事件，以新版报送日期（submitted_at）对照期限（报送早于事件发生日期的，例如法律已公布尚未施行时提前更新，同样视为已按时更新）：发生当日不计入，按国务院节假日安排（含调休上班日）计算工作日；延期只有在原期限届满前获批才计入，且不超过允许的天数。尚未报送的，以 --as-of 日期判断是否已逾期。',
      en: 'Art. 17(2): when a change of law, administrative regulation, State Council decision or departmental duties requires the catalogue to be updated, the department completes the update and submits it within 10 working days of the change; for special reasons the authority may extend this by 5 working days. Each change event new in the new version is checked against its submitted_at (a submission before the event takes effect — a law promulgated but not yet in force — answers it in time): the day of the event is not counted, and working days follow the State Council holiday schedule, make-up working days included. An extension counts only when approved before the original deadline, and only up to the allowed length. Without a submission date the deadline is checked against --as-of.',
    },
  },
  messages: {
    late: {
      zh: '变更事件“{{event}}”（{{effective}} 发生）的目录更新最迟应于 {{due}} 完成（{{allowed}}），实际于 {{submitted}} 报送，逾期 {{lateBy}}',
      en: 'change event "{{event}}" (effective {{effective}}): the catalogue update was due by {{due}} ({{allowed}}) but was submitted on {{submitted}}, late by {{lateBy}}',
    },
    overdue: {
      zh: '变更事件“{{event}}”（{{effective}} 发生）的目录更新最迟应于 {{due}} 完成（{{allowed}}），截至 {{asOf}} 尚未报送，已逾期 {{lateBy}}',
      en: 'change event "{{event}}" (effective {{effective}}): the catalogue update was due by {{due}} ({{allowed}}) and is not submitted as of {{asOf}}: overdue by {{lateBy}}',
    },
    undated: { zh: '无法计算变更事件“{{event}}”的更新期限：{{problem}}', en: 'the update deadline of change event "{{event}}" cannot be computed: {{problem}}' },
    badSubmitted: { zh: '报送日期（submitted_at）有误：{{problem}}；无法核对变更事件的更新期限', en: 'the submission date (submitted_at) is invalid: {{problem}}; the update deadlines cannot be checked' },
  },
  optionsSchema: DEADLINE_OPTIONS_SCHEMA,
  // The Decree's periods; a profile's deadlines.update replaces them (deadlineOptions).
  defaults: { workingDays: 10, maxExtension: 5 },
  deadlineOptions: 'update',
  examples: {
    pass: { old: 'catalogue: {}', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-24}]\n  submitted_at: 2026-03-06' },
    fail: { old: 'catalogue: {}', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-10}]\n  submitted_at: 2026-03-06' },
  },
  check(ctx) {
    const events = newEvents(ctx.old, ctx.new);
    if (!events.length) return;
    const submitted = answeringSubmission(ctx.new.header);
    if (submitted.error) {
      ctx.report({ messageId: 'badSubmitted', path: ['catalogue', 'submitted_at'], data: { problem: submitted.error } });
      return;
    }
    for (const ref of events) {
      const s = eventSchedule(ref.event, ctx.options, ctx.calendar);
      const problem = s.problems.find((p) => p.field === 'effective_date');
      if (problem) {
        ctx.report({ messageId: 'undated', path: existing(ctx.new, [...ref.path, ...problem.path]), data: { event: ref.label, problem: problem.message } });
        continue;
      }
      const status = eventStatus(s, submitted.date, ctx.asOf, ctx.calendar);
      if (status?.state !== 'late' && status?.state !== 'overdue') continue;
      const data = { event: ref.label, effective: s.effective!, due: s.due!, allowed: allowed(ctx.options.workingDays, s.extension?.granted ?? 0), lateBy: workingDays(status.workingDays) };
      if (status.state === 'late') ctx.report({ messageId: 'late', path: ref.path, data: { ...data, submitted: submitted.date! } });
      else ctx.report({ messageId: 'overdue', path: ref.path, data: { ...data, asOf: ctx.asOf } });
    }
  },
});
