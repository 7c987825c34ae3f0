// Change lists (govcat diff) and Art. 17 change events as bilingual text cells, shared by stylish and markdown.
import { VOCABULARIES, type VocabularyName } from '../core/vocabulary.js';
import type { Bilingual, Locale, Path } from '../core/types.js';
import { stripControls, truncateDisplay } from './_text.js';
import type { ChangeList, EventRow, LocatedEntryChange, LocatedFieldChange } from './types.js';

/** Display columns a before / after value (and an entry label) may take in the stylish table. */
export const VALUE_WIDTH = 40;

export const CHANGE_TEXT = {
  entry: { zh: '条目', en: 'Entry' },
  field: { zh: '字段', en: 'Field' },
  before: { zh: '变更前', en: 'Before' },
  after: { zh: '变更后', en: 'After' },
  lines: { zh: '行号（旧 → 新）', en: 'Line (old → new)' },
  header: { zh: '目录表头', en: 'catalogue header' },
  added: { zh: '+ 新增', en: '+ added' },
  removed: { zh: '− 删除', en: '− removed' },
  noChanges: { zh: '无变更', en: 'No changes' },
  events: { zh: '变更事件（第十七条）', en: 'Change events (Art. 17)' },
  noEvents: { zh: '无变更事件', en: 'No change events' },
  event: { zh: '事件', en: 'Event' },
  kind: { zh: '类型', en: 'Kind' },
  effective: { zh: '生效日期', en: 'Effective' },
  due: { zh: '更新期限', en: 'Due' },
  submitted: { zh: '报送日期', en: 'Submitted' },
  status: { zh: '状态', en: 'Status' },
  line: { zh: '行', en: 'Line' },
  findings: { zh: '检查发现', en: 'Findings' },
} satisfies Record<string, Bilingual>;

/** "Change events (Art. 17)" / "变更事件（第十七条）", with the article of the profile in force. */
export function eventsHeading(locale: Locale, article?: Bilingual): string {
  return locale === 'zh' ? `变更事件（${article?.zh ?? '第十七条'}）` : `Change events (${article?.en ?? 'Art. 17'})`;
}

/** "Changes from v1.yaml (2 changed, 1 added, 0 removed)" / "相对 v1.yaml 的变更（修改 2 条，新增 1 条，删除 0 条）". */
export function changesHeading(changes: ChangeList, locale: Locale, previous = stripControls(changes.previous)): string {
  const n = { changed: 0, added: 0, removed: 0 };
  for (const e of changes.entries) n[e.kind]++;
  const h = changes.header.length;
  if (locale === 'zh') return `相对 ${previous} 的变更（修改 ${n.changed} 条，新增 ${n.added} 条，删除 ${n.removed} 条${h ? `，表头 ${h} 项` : ''}）`;
  const header = h ? `, ${h} header field${h === 1 ? '' : 's'}` : '';
  return `Changes from ${previous} (${n.changed} changed, ${n.added} added, ${n.removed} removed${header})`;
}

export interface ChangeRow {
  kind: 'header' | LocatedEntryChange['kind'];
  /** "E1 企业登记信息", or the header label for header fields. */
  entry: string;
  /** The field name, or "+ added" / "− removed" for a whole entry. */
  field: string;
  /** Compact values ("" on added / removed rows); "—" for an absent value. */
  before: string;
  after: string;
  /** "12 → 14", "— → 9"; "" when neither line is known. */
  lines: string;
}

/** One row per field change (header first), one per added or removed entry; text is control-free and truncated to `width`. */
export function changeRows(changes: ChangeList, locale: Locale, width = VALUE_WIDTH): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const header = CHANGE_TEXT.header[locale];
  for (const f of changes.header) rows.push(_fieldRow('header', header, f, locale, width));
  for (const e of changes.entries) {
    const entry = truncateDisplay(stripControls([e.id, e.name].filter(Boolean).join(' ')), width);
    if (e.kind === 'changed') {
      for (const f of e.fields) rows.push(_fieldRow('changed', entry, f, locale, width));
    } else {
      rows.push({ kind: e.kind, entry, field: CHANGE_TEXT[e.kind][locale], before: '', after: '', lines: _lines(e.oldLine, e.newLine) });
    }
  }
  return rows;
}

/**
 * A value in one short line: strings as they are, lists joined with "、" / ", ", mappings as `k: v` pairs,
 * absent as "—"; canonical vocabulary terms in Chinese for zh. Controls dropped, cut to `width` columns with "…".
 */
export function compactValue(value: unknown, locale: Locale, field = '', width = VALUE_WIDTH): string {
  const vocabPath = field.replace(/\[[^\]]*\]/g, '');
  return truncateDisplay(stripControls(_compact(value, locale, vocabPath, false)), width);
}

export interface EventCells {
  id: string;
  kind: string;
  effective: string;
  due: string;
  submitted: string;
  status: string;
  line: string;
}

/** The cells of one event row in the report's language, control-free; "—" for a missing date. */
export function eventCells(e: EventRow, locale: Locale): EventCells {
  const date = (d?: string) => (d ? stripControls(d) : '—');
  return {
    id: stripControls(e.id),
    kind: e.kind ? stripControls(eventKindLabel(e.kind)[locale]) : '—',
    effective: date(e.effective),
    due: date(e.due) + (e.due && e.extensionDays ? (locale === 'zh' ? `（延期 ${e.extensionDays} 个工作日）` : ` (+${e.extensionDays} extension)`) : ''),
    submitted: date(e.submitted),
    status: eventStatus(e)[locale],
    line: e.line !== undefined ? String(e.line) : '',
  };
}

/** "law_change" → 法律调整 / law change; an unknown kind stays as written. */
export function eventKindLabel(kind: string): Bilingual {
  const zh = Object.hasOwn(VOCABULARIES.event_kind.terms, kind) ? VOCABULARIES.event_kind.terms[kind] : kind;
  return { zh, en: Object.hasOwn(EVENT_KIND_EN, kind) ? EVENT_KIND_EN[kind] : kind };
}

/** "on time" / "late by 3 working days" / "due in 4 working days" / "overdue by 2 working days" / "dates missing". */
export function eventStatus(e: EventRow): Bilingual {
  const n = e.workingDays;
  const days = (k: number) => `${k} working day${k === 1 ? '' : 's'}`;
  switch (e.state) {
    case 'on-time':
      return { zh: '按时', en: 'on time' };
    case 'late':
      return n === undefined ? { zh: '逾期', en: 'late' } : { zh: `逾期 ${n} 个工作日`, en: `late by ${days(n)}` };
    case 'open':
      if (n === undefined) return { zh: '待更新', en: 'open' };
      return n === 0 ? { zh: '今日到期', en: 'due today' } : { zh: `还有 ${n} 个工作日到期`, en: `due in ${days(n)}` };
    case 'overdue':
      return n === undefined ? { zh: '已逾期', en: 'overdue' } : { zh: `已逾期 ${n} 个工作日`, en: `overdue by ${days(n)}` };
    default:
      return { zh: '日期缺失', en: 'dates missing' };
  }
}

/** Dotted path as findings write it: entries[3].share_type. */
export function pathString(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

// --- internal ---

const EVENT_KIND_EN: Record<string, string> = {
  law_change: 'law change',
  administrative_regulation_change: 'administrative regulation change',
  state_council_decision_change: 'State Council decision change',
  duty_change: 'change of duties',
};

/** Field paths (list indexes and [keys] removed) whose values are terms of a controlled vocabulary. */
const VOCAB_FIELDS: ReadonlyArray<readonly [RegExp, VocabularyName]> = [
  [/^share_type$/, 'share_type'],
  [/^open_type$/, 'open_type'],
  [/^share_method$/, 'share_method'],
  [/^update_frequency$/, 'update_frequency'],
  [/^level$/, 'level'],
  [/^format\.kind$/, 'format_kind'],
  [/^classification\.level$/, 'classification_level'],
  [/^classification\.secrecy$/, 'secrecy'],
  [/^items\.type$/, 'item_type'],
  [/^non_share\.legal_basis\.type$/, 'basis_type'],
  [/^change_events\.kind$/, 'event_kind'],
  [/^assessments\.[^.]+\.conclusion$/, 'conclusion'],
  [/^assessments\.[^.]+\.status$/, 'assessment_status'],
];

function _fieldRow(kind: ChangeRow['kind'], entry: string, f: LocatedFieldChange, locale: Locale, width: number): ChangeRow {
  return {
    kind,
    entry,
    field: truncateDisplay(stripControls(f.field), width),
    before: compactValue(f.before, locale, f.field, width),
    after: compactValue(f.after, locale, f.field, width),
    lines: _lines(f.oldLine, f.newLine),
  };
}

function _lines(oldLine?: number, newLine?: number): string {
  return oldLine === undefined && newLine === undefined ? '' : `${oldLine ?? '—'} → ${newLine ?? '—'}`;
}

function _compact(v: unknown, locale: Locale, path: string, nested: boolean): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v === '' ? '""' : _term(v, locale, path);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const list = v.map((x) => _compact(x, locale, path, true)).join(locale === 'zh' ? '、' : ', ');
    return nested ? `[${list}]` : list || '[]';
  }
  if (typeof v === 'object') {
    const sub = (k: string) => (path ? `${path}.${k}` : k);
    const pairs = Object.entries(v).map(([k, x]) => `${k}: ${_compact(x, locale, sub(k), true)}`).join(locale === 'zh' ? '；' : '; ');
    return nested ? `{${pairs}}` : pairs || '{}';
  }
  return String(v);
}

function _term(value: string, locale: Locale, path: string): string {
  if (locale !== 'zh' || !path) return value;
  const vocab = VOCAB_FIELDS.find(([re]) => re.test(path))?.[1];
  const terms = vocab && VOCABULARIES[vocab].terms;
  return terms && Object.hasOwn(terms, value) ? terms[value] : value;
}
