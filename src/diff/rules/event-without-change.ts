// Decree 809 Art. 17(2): a change event recorded in an update should come with the catalogue change it required.
import { defineDiffRule } from './_define.js';
import { citedEvent, entryAt, newEvents } from './_events.js';

export default defineDiffRule({
  id: 'event-without-change',
  articles: [{ source: 'decree-809', article: 17, paragraph: 2 }],
  severity: 'warning',
  docs: {
    summary: { zh: '新增的变更事件应有对应的条目变更', en: 'A new change event comes with the entry changes it required' },
    details: {
      zh: '第十七条第二款：法律、行政法规、国务院决定调整或部门职责变化导致目录需要更新的，应在期限内完成更新。新版中新增的变更事件，如果没有任何新增或修改的条目（change_event）、也没有任何删除的条目（旧版 change_event）引用它，可能是更新尚未完成，或条目漏注了事件编号。',
      en: 'Art. 17(2): when a change of law, regulation, State Council decision or departmental duties requires the catalogue to be updated, the update is made within the deadline. A change event new in the new version that no added or changed entry cites (change_event), and no removed entry cited in the old version, suggests the update is not done yet or the entries do not name their event.',
    },
  },
  messages: {
    unanswered: {
      zh: '变更事件“{{event}}”没有对应的条目变更：没有新增、修改或删除的条目引用它（change_event），请核对目录是否已按该事件完成更新',
      en: 'change event "{{event}}" has no matching change: no added, changed or removed entry cites it (change_event); check that the catalogue was updated for it',
    },
  },
  defaults: {},
  examples: {
    pass: { old: 'entries: [{}]', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-24}]\nentries: [{update_frequency: weekly, change_event: EV-1}]' },
    fail: { old: 'entries: [{}]', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-24}]' },
  },
  check(ctx) {
    const events = newEvents(ctx.old, ctx.new);
    if (!events.length) return;
    const cited = new Set<string | undefined>();
    for (const c of ctx.diff.entries) {
      cited.add(c.kind === 'removed' ? citedEvent(entryAt(ctx.old, c.oldPath)) : citedEvent(entryAt(ctx.new, c.newPath)));
    }
    for (const ref of events) {
      if (ref.id === undefined || !cited.has(ref.id)) ctx.report({ messageId: 'unanswered', path: ref.path, data: { event: ref.label } });
    }
  },
});
