// Decree 809 Art. 27(3): a sharing service is terminated only after consulting the requesters and filing with the authority.
import { attributeTitle, shareAttributes } from '../../rules/_share.js';
import { isBlank, isObject, list, own, text } from '../../rules/_util.js';
import { defineDiffRule } from './_define.js';
import { entryAt, SHARE_TYPES } from './_events.js';
import type { Bilingual, Catalogue, JsonObject, Path } from '../../core/types.js';

export default defineDiffRule({
  id: 'sharing-terminated',
  articles: [{ source: 'decree-809', article: 27, paragraph: 3 }],
  severity: 'warning',
  docs: {
    summary: { zh: '终止已提供的共享须有协商和备案记录', en: 'Terminating a sharing service needs a consultation and filing record' },
    details: {
      zh: '第二十七条第三款：政务数据提供部门无正当理由，不得终止或者变更已提供的政务数据共享服务；确需终止或者变更的，应当与需求部门协商，并报同级政务数据共享主管部门备案。旧版中共享（无条件或有条件）的条目在新版中被删除或改为不予共享，而新版 catalogue.terminations 中没有该条目的记录（列明协商对象 consulted，以及备案日期 filed_at 或备案文号 reference）的，予以提示。',
      en: 'Art. 27(3): a provider may not terminate or change a sharing service it provides without good reason; where it must, it consults the requesting departments and files the change with the data-sharing authority at the same level. An entry shared (unconditionally or conditionally) in the old version that is removed or made non-shareable in the new one is reported unless the new catalogue.terminations records it, naming the departments consulted (consulted) and the filing (filed_at or reference).',
    },
  },
  messages: {
    removed: {
      zh: '已共享（{{before}}）的条目“{{entry}}”在新版中被删除；终止共享服务须与需求部门协商并报主管部门备案，请在 catalogue.terminations 中记录协商对象和备案情况',
      en: 'entry "{{entry}}", shared ({{before}}), was removed; terminating a sharing service requires consulting the requesting departments and filing with the authority: record both under catalogue.terminations',
    },
    terminated: {
      zh: '条目“{{entry}}”由{{before}}改为不予共享；终止共享服务须与需求部门协商并报主管部门备案，请在 catalogue.terminations 中记录协商对象和备案情况',
      en: 'entry "{{entry}}" changed from {{before}} to non-shareable; terminating a sharing service requires consulting the requesting departments and filing with the authority: record both under catalogue.terminations',
    },
    incompleteRecord: { zh: '条目“{{entry}}”的共享终止记录缺少{{missing}}', en: 'the termination record of entry "{{entry}}" lacks {{missing}}' },
  },
  defaults: {},
  examples: {
    pass: { old: 'entries: [{}, {id: SCJG-0002, name: 企业年报信息}]', new: 'catalogue:\n  terminations: [{entry: SCJG-0002, consulted: [市税务局], filed_with: 市政务服务和数据管理局, filed_at: 2026-03-04}]\nentries: [{}]' },
    fail: { old: 'entries: [{}, {id: SCJG-0002, name: 企业年报信息}]', new: 'entries: [{}]' },
  },
  check(ctx) {
    const records = _records(ctx.new);
    const attributes = shareAttributes(ctx.new);
    for (const c of ctx.diff.entries) {
      if (c.kind === 'added') continue;
      const old = entryAt(ctx.old, c.oldPath);
      const now = entryAt(ctx.new, c.newPath);
      // The attributes that shared the data before and, unless the entry is gone, withhold it now.
      const ended = attributes.filter((a) => (old?.[a] === 'unconditional' || old?.[a] === 'conditional') && (c.kind === 'removed' || now?.[a] === 'non_shareable'));
      if (!ended.length) continue;
      const record = own(records, c.id);
      if (record) {
        const missing = _missing(record.value);
        if (missing) ctx.report({ messageId: 'incompleteRecord', path: record.path, data: { entry: c.name || c.id, missing } });
        continue;
      }
      for (const key of c.kind === 'removed' ? ended.slice(0, 1) : ended) {
        const data = { entry: c.name || c.id, before: _as(key, String(old![key])) };
        if (c.kind === 'removed') ctx.report({ messageId: 'removed', path: c.oldPath!, in: 'old', data });
        else ctx.report({ messageId: 'terminated', path: [...c.newPath!, key], data });
      }
    }
  },
});

// --- internal ---

/** A share class as the message names it: 有条件共享, or 部外有条件共享 where the profile has two attributes. */
function _as(key: string, value: string): Bilingual {
  const t = SHARE_TYPES[value];
  if (key === 'share_type') return t;
  const title = attributeTitle(key);
  return { zh: `${title.zh.replace(/共享属性$/, '')}${t.zh}`, en: `${t.en} (${title.en})` };
}

/** Termination records by entry id (the first one wins). */
function _records(cat: Catalogue): Record<string, { value: JsonObject; path: Path }> {
  const out: Record<string, { value: JsonObject; path: Path }> = {};
  list(cat.header.terminations).forEach((t, i) => {
    const id = isObject(t) ? text(t.entry)?.trim() : undefined;
    if (id && !Object.hasOwn(out, id)) out[id] = { value: t as JsonObject, path: ['catalogue', 'terminations', i] };
  });
  return out;
}

function _missing(t: JsonObject): Bilingual | undefined {
  const consulted = Array.isArray(t.consulted) && t.consulted.some((d) => !isBlank(d));
  const filed = !isBlank(t.filed_at) || !isBlank(t.reference);
  if (consulted && filed) return undefined;
  const parts: Bilingual[] = [];
  if (!consulted) parts.push({ zh: '协商的需求部门（consulted）', en: 'the requesting departments consulted (consulted)' });
  if (!filed) parts.push({ zh: '备案日期或备案文号（filed_at / reference）', en: 'the filing date or reference (filed_at / reference)' });
  return { zh: parts.map((p) => p.zh).join('和'), en: parts.map((p) => p.en).join(' and ') };
}
