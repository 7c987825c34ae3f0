// Decree 809 Art. 13: entries, data items and change events are told apart by unique ids and names.
import { defineRule } from '../core/define-rule.js';
import { forEachEntry, isObject, list, text } from './_util.js';
import type { Bilingual, Path } from '../core/types.js';

type Seen = Map<string, () => Bilingual>;

export default defineRule({
  id: 'unique-ids',
  articles: [{ source: 'decree-809', article: 13 }],
  severity: 'error',
  docs: {
    summary: { zh: '条目编号、条目名称、条目内的数据项名称和变更事件编号不得重复', en: 'Entry ids, entry names, item names within an entry and change-event ids are unique' },
    details: {
      zh: '第十三条第二款要求目录明确数据目录名称和数据项。使用部门按名称或编号申请共享，主管部门按编号审核和发布（第十六条），变更事件按编号与条目对应（第十七条）；编号或名称重复时，申请、审核和更新都会指向不明。比较时忽略首尾空格。',
      en: 'Art. 13(2) requires each entry to state its name and data items. Users request data by entry name or id, the competent department reviews and publishes by id (Art. 16), and entries refer to change events by id (Art. 17); a duplicate id or name makes requests, reviews and updates ambiguous. Leading and trailing spaces are ignored when comparing.',
    },
  },
  messages: {
    entryId: { zh: '条目编号“{{value}}”重复，已用于{{first}}', en: 'duplicate entry id "{{value}}", already used by {{first}}' },
    entryName: { zh: '数据目录名称“{{value}}”重复，已用于{{first}}', en: 'duplicate entry name "{{value}}", already used by {{first}}' },
    itemName: { zh: '条目“{{entry}}”中数据项名称“{{value}}”重复，已用于{{first}}', en: 'duplicate data item name "{{value}}" in entry "{{entry}}", already used by {{first}}' },
    eventId: { zh: '变更事件编号“{{value}}”重复，已用于{{first}}', en: 'duplicate change event id "{{value}}", already used by {{first}}' },
  },
  defaults: {},
  claims: [{ keyword: 'uniqueItems', path: /^\/entries$|^\/entries\/\d+\/items$|^\/catalogue\/change_events$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nitems:\n  - {name: 统一社会信用代码, type: string}\n  - {name: 企业名称, type: string}' },
    fail: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nitems:\n  - {name: 统一社会信用代码, type: string}\n  - {name: 统一社会信用代码, type: string}' },
  },
  check({ catalogue, report }) {
    // Reports every later occurrence, naming the first by position (rules see paths, not lines).
    // Labels and paths are built only for duplicates: this runs over every item of every entry.
    const dup = (seen: Seen, v: unknown, path: () => Path, messageId: string, first: () => Bilingual, extra?: () => Record<string, string>) => {
      const key = typeof v === 'string' ? v.trim() : text(v)?.trim();
      if (!key) return;
      const earlier = seen.get(key);
      if (earlier) report({ messageId, path: path(), data: { value: key, first: earlier(), ...extra?.() } });
      else seen.set(key, first);
    };
    const ids: Seen = new Map();
    const names: Seen = new Map();
    forEachEntry(catalogue, (entry, path, entryName) => {
      const label = () => {
        const n = Number(path[1]) + 1;
        const id = text(entry.id)?.trim();
        return { zh: `第 ${n} 个条目${id ? `（${id}）` : ''}`, en: `entry #${n}${id ? ` (${id})` : ''}` };
      };
      dup(ids, entry.id, () => [...path, 'id'], 'entryId', label);
      dup(names, entry.name, () => [...path, 'name'], 'entryName', label);
      const items: Seen = new Map();
      list(entry.items).forEach((item, i) => {
        if (isObject(item)) dup(items, item.name, () => [...path, 'items', i, 'name'], 'itemName', () => ({ zh: `第 ${i + 1} 个数据项`, en: `item #${i + 1}` }), () => ({ entry: entryName }));
      });
    });
    const events: Seen = new Map();
    list(catalogue.header.change_events).forEach((ev, i) => {
      if (isObject(ev)) dup(events, ev.id, () => ['catalogue', 'change_events', i, 'id'], 'eventId', () => ({ zh: `第 ${i + 1} 个变更事件`, en: `change event #${i + 1}` }));
    });
  },
});
