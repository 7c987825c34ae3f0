// Decree 809 Art. 17(2): each changed entry names the change event it answers, so its update deadline can be checked.
import { cite } from '../../core/articles.js';
import { defineDiffRule } from './_define.js';
import { changeEvents, citedEvent, entryAt } from './_events.js';
import type { Bilingual } from '../../core/types.js';

const CHANGE: Record<'added' | 'changed' | 'removed', Bilingual> = {
  added: { zh: '新增', en: 'added' },
  changed: { zh: '修改', en: 'changed' },
  removed: { zh: '删除', en: 'removed' },
};

export default defineDiffRule({
  id: 'change-cites-event',
  articles: [{ source: 'decree-809', article: 17, paragraph: 2 }],
  // 'warning' for a citation of an unknown event; a change citing no event at all is reported as info.
  severity: 'warning',
  docs: {
    summary: { zh: '新增、修改、删除的条目注明所对应的变更事件', en: 'Added, changed and removed entries cite the change event they answer' },
    details: {
      zh: '第十七条第二款的更新期限从引起更新的变更事件起算。条目通过 change_event 注明所对应的变更事件（删除的条目看旧版中的注明）。未注明的，无法核对该项变更是否按期完成（提示）；注明的事件编号不在 catalogue.change_events 中的，属于引用错误（警告）。',
      en: 'The Art. 17(2) update deadline runs from the change event that required the update. An entry names that event in change_event (for a removed entry, in the old version). A change citing no event cannot be checked against a deadline (info); citing an event id that catalogue.change_events does not list is a broken reference (warning).',
    },
  },
  messages: {
    noEvent: {
      zh: '条目“{{entry}}”已{{change}}，但未注明对应的变更事件（change_event），无法核对{{article}}规定的更新期限',
      en: 'entry "{{entry}}" was {{change}} without citing a change event (change_event), so its {{article}} update deadline cannot be checked',
    },
    unknownEvent: { zh: '条目“{{entry}}”引用的变更事件“{{event}}”不在 catalogue.change_events 中', en: 'entry "{{entry}}" cites change event "{{event}}", which catalogue.change_events does not list' },
  },
  defaults: {},
  examples: {
    pass: { old: 'entries: [{}]', new: 'catalogue:\n  change_events: [{id: EV-1, kind: duty_change, effective_date: 2026-02-24}]\nentries: [{update_frequency: weekly, change_event: EV-1}]' },
    fail: { old: 'entries: [{}]', new: 'entries: [{update_frequency: weekly}]' },
  },
  check(ctx) {
    const known = new Set(changeEvents(ctx.new).map((e) => e.id));
    // A removed entry may cite an event the new version no longer lists.
    const knownOld = new Set(changeEvents(ctx.old).map((e) => e.id));
    // The article that sets the deadline, without its paragraph: 第十七条 / Art. 17.
    const article = ctx.articles.length ? cite({ ...ctx.articles[0], paragraph: undefined }) : { zh: '目录', en: 'the catalogue' };
    for (const c of ctx.diff.entries) {
      // Dropping an answered event's citation changes no data: nothing here has a deadline.
      if (c.kind === 'changed' && c.fields.every((f) => f.field === 'change_event')) continue;
      const removed = c.kind === 'removed';
      const path = removed ? c.oldPath : c.newPath;
      if (!path) continue;
      const event = citedEvent(entryAt(removed ? ctx.old : ctx.new, path));
      const entry = c.name || c.id;
      const where = removed ? ('old' as const) : ('new' as const);
      if (event === undefined) ctx.report({ messageId: 'noEvent', path, in: where, severity: 'info', data: { entry, change: CHANGE[c.kind], article } });
      else if (!known.has(event) && !(removed && knownOld.has(event))) {
        ctx.report({ messageId: 'unknownEvent', path: [...path, 'change_event'], in: where, data: { entry, event } });
      }
    }
  },
});
