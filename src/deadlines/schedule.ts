// Statutory deadlines on the working-day calendar: update deadlines (Decree Art. 17) and the request periods of a
// regime (Decree Arts. 21, 22, 26; a profile's deadlines.requests).
import { addWorkingDays, parseIsoDate, workingDaysBetween, yearOf, type Calendar, type CalendarNotice } from '../calendar/index.js';
import { cite, LAW_SHORT } from '../core/articles.js';
import { builtinProfiles } from '../profiles/index.js';
import type { Bilingual, JsonObject, LawSource, Path, RequestDeadline } from '../core/types.js';

export interface ScheduleOptions {
  /** Working days after the event's effective date (Art. 17 ¶2: 10). */
  workingDays: number;
  /** The longest extension allowed (Art. 17 ¶2: 5). */
  maxExtension: number;
}

export interface ScheduleProblem {
  field: 'effective_date' | 'extension' | 'extension.date' | 'extension.approved_by' | 'extension.working_days';
  kind: 'missing' | 'invalid';
  /** Path inside the change event. */
  path: Path;
  message: Bilingual;
}

export interface ExtensionSchedule {
  /** Working days asked for: extension.working_days, or the maximum when not given. */
  days: number;
  /** Working days added to the deadline: `days` up to the maximum, and only for an approval on or before the original deadline. */
  granted: number;
  approvedAt?: string;
  approvedBy?: string;
  withinLimit: boolean;
  /** Approved on or before the original deadline; undefined when either date is unknown. */
  approvedInTime?: boolean;
}

export interface EventSchedule {
  id: string;
  effective?: string;
  originalDue?: string;
  extension?: ExtensionSchedule;
  /** The deadline: originalDue, moved by the granted extension. */
  due?: string;
  problems: ScheduleProblem[];
}

export type EventState = 'on-time' | 'late' | 'open' | 'overdue';
export interface EventStatus {
  state: EventState;
  /** on-time: days to spare; late: days late; open: days left ("due in N"); overdue: days past due. */
  workingDays: number;
}

/** The deadline of one change event (a catalogue.change_events[] item); bad or missing dates become problems, never exceptions. */
export function eventSchedule(event: unknown, opts: ScheduleOptions, cal: Calendar): EventSchedule {
  const ev: JsonObject = _isObject(event) ? event : {};
  const problems: ScheduleProblem[] = [];
  const effective = _date(ev.effective_date, 'effective_date', ['effective_date'], problems);
  const originalDue = effective === undefined ? undefined : addWorkingDays(effective, opts.workingDays, cal);
  const extension = _extension(ev.extension, opts, originalDue, problems);
  const due = effective !== undefined && extension?.granted ? addWorkingDays(effective, opts.workingDays + extension.granted, cal) : originalDue;
  return { id: typeof ev.id === 'string' ? ev.id.trim() : '', effective, originalDue, extension, due, problems };
}

/**
 * The submission that answers a catalogue's change events (Art. 17 ¶2): its submitted_at, whenever it falls. An update
 * submitted before an event's effective date (a law promulgated but not yet in force) answers that event too: the
 * catalogue was updated in time. `date` is undefined when nothing was submitted; `error` when submitted_at is no real
 * date. The update-deadline rule and the deadline tables (govcat deadlines, govcat diff) both judge events by it.
 */
export function answeringSubmission(header: JsonObject): { date?: string; error?: Bilingual } {
  const raw = header.submitted_at;
  if (raw === undefined || raw === null || raw === '') return {};
  const p = parseIsoDate(raw);
  return p.ok ? { date: p.date } : { error: p.error.message };
}

/**
 * Where an event stands: against the submission date when there is one, else against `asOf`. Undefined when the
 * deadline is unknown. Both dates must be valid ISO dates (RangeError otherwise: callers parse user input first).
 */
export function eventStatus(schedule: Pick<EventSchedule, 'due'>, submittedAt: string | undefined, asOf: string, cal: Calendar): EventStatus | undefined {
  const { due } = schedule;
  if (due === undefined) return undefined;
  if (submittedAt !== undefined) {
    return submittedAt > due ? { state: 'late', workingDays: _pastDue(due, submittedAt, cal) } : { state: 'on-time', workingDays: workingDaysBetween(submittedAt, due, cal) };
  }
  return asOf > due ? { state: 'overdue', workingDays: _pastDue(due, asOf, cal) } : { state: 'open', workingDays: workingDaysBetween(asOf, due, cal) };
}

// --- sharing requests (Decree 809: Arts. 21, 22, 26; a profile's deadlines.requests) ---

/** The article of a request period: 21, 22 or 26 under the Decree; a regime's own under its profile. */
export type SharingArticle = number;
export interface SharingRequest {
  article: SharingArticle;
  /** Where an article sets one period per share type (Decree Art. 21): the share type of the requested data. */
  shareType?: 'unconditional' | 'conditional';
  /** The day the period starts from (not counted): receipt of the request (21, 26) or the consent reply (22). */
  from: string;
  /** An approved extension, where the period allows one (Decree Art. 21: at most 10 working days). */
  extension?: number;
}

/** The request periods of a regime, from its profile: the law they are in and each period. */
export interface RequestRegime {
  source: LawSource;
  requests: readonly RequestDeadline[];
}

export type SharingDeadline =
  | { ok: true; article: SharingArticle; due: string; workingDays: number; extension: number; explanation: Bilingual; notices: CalendarNotice[] }
  | { ok: false; article: number; error: Bilingual };

/** Decree 809 Art. 21 ¶1: the longest extension of the reply period. */
export const SHARING_MAX_EXTENSION = 10;

/** The Decree's request periods (law/profiles/national.yaml). */
export const NATIONAL_REQUESTS: RequestRegime = { source: 'decree-809', requests: builtinProfiles.national?.deadlines?.requests ?? [] };

/**
 * The request period an article sets under a regime, or why there is none: an article with no period, or one that
 * sets a period per share type (Decree Art. 21) asked without the share type.
 */
export function requestPeriod(article: number, shareType: SharingRequest['shareType'], regime: RequestRegime = NATIONAL_REQUESTS): { ok: true; request: RequestDeadline } | { ok: false; error: Bilingual } {
  const found = regime.requests.filter((r) => r.article === article);
  if (!found.length) {
    const short = LAW_SHORT[regime.source] ?? { zh: '', en: '' };
    const numbers = [...new Set(regime.requests.map((r) => r.article))];
    return { ok: false, error: {
      zh: `${short.zh}第${String(article)}条没有规定共享期限；可用的有${numbers.map((n) => cite({ source: regime.source, article: n }).zh.slice(short.zh.length)).join('、')}`,
      en: `${short.en}Art. ${String(article)} sets no sharing deadline; use ${orList(numbers.map(String), 'en')}`,
    } };
  }
  if (found.length === 1) return { ok: true, request: found[0] };
  const match = found.find((r) => r.shareType === shareType);
  if (match) return { ok: true, request: match };
  const at = cite({ source: regime.source, article });
  const types = found.flatMap((r) => (r.shareType ? [r.shareType] : []));
  return { ok: false, error: {
    zh: `${at.zh}的期限取决于共享属性：请指明${types.map((t) => `${_SHARE_ZH[t]}（${t}）`).join('或')}`,
    en: `the period of ${at.en} depends on the share type: give ${orList(types, 'en')}`,
  } };
}

/** The deadline of a sharing request, reply or correction request; invalid input gives `ok: false` with a message. */
export function sharingDeadline(req: SharingRequest, cal: Calendar, regime: RequestRegime = NATIONAL_REQUESTS): SharingDeadline {
  const fail = (e: Bilingual): SharingDeadline => ({ ok: false, article: req.article, error: e });
  const from = parseIsoDate(req.from);
  if (!from.ok) return fail(from.error.message);
  const period = requestPeriod(req.article, req.shareType, regime);
  if (!period.ok) return fail(period.error);
  const rule = period.request;
  const at = cite({ source: regime.source, article: rule.article, paragraph: rule.paragraph });
  const extension = req.extension ?? 0;
  const max = rule.extension ?? 0;
  if (extension !== 0 && !max) {
    const art = cite({ source: regime.source, article: rule.article });
    return fail({ zh: `${art.zh}规定的期限不能延长`, en: `the period of ${art.en} cannot be extended` });
  }
  if (!Number.isInteger(extension) || extension < 0 || extension > max) {
    return fail({ zh: `延长的期限最长不得超过 ${max} 个工作日（${at.zh}），实际为 ${extension}`, en: `an extension is at most ${max} working days (${at.en}), got ${extension}` });
  }
  const workingDays = rule.workingDays + extension;
  const due = addWorkingDays(req.from, workingDays, cal);
  const fill = (t: string) => t.replace(/\{\{n\}\}/g, String(extension)).replace(/\{\{max\}\}/g, String(max)).replace(/\{\{days\}\}/g, _days(extension));
  const ext = extension && rule.extensionText ? { zh: fill(rule.extensionText.zh), en: ` ${fill(rule.extensionText.en)}` } : { zh: '', en: '' };
  const text = rule.text ?? { zh: `${rule.label.zh}：${rule.workingDays} 个工作日。`, en: `${rule.label.en}: ${_days(rule.workingDays)}.` };
  const explanation = {
    zh: `${at.zh}：${text.zh}${ext.zh}自 ${req.from} 起算（当日不计入），第 ${workingDays} 个工作日为 ${due}。`,
    en: `${at.en}: ${text.en}${ext.en} Counting from ${req.from} (that day not counted), working day ${workingDays} is ${due}.`,
  };
  const notices = cal.notices().filter((n) => n.year >= from.year && n.year <= yearOf(due));
  return { ok: true, article: req.article, due, workingDays, extension, explanation, notices };
}

/** "21、22 或 26" / "21, 22 or 26". */
export function orList(parts: readonly string[], locale: 'zh' | 'en'): string {
  if (parts.length < 2) return parts.join('');
  const [comma, or] = locale === 'zh' ? ['、', ' 或 '] : [', ', ' or '];
  return `${parts.slice(0, -1).join(comma)}${or}${parts[parts.length - 1]}`;
}

// --- internal ---

const _SHARE_ZH = { unconditional: '无条件共享', conditional: '有条件共享' } as const;

function _extension(value: unknown, opts: ScheduleOptions, originalDue: string | undefined, problems: ScheduleProblem[]): ExtensionSchedule | undefined {
  if (value === undefined || value === null) return undefined;
  if (!_isObject(value)) {
    problems.push({ field: 'extension', kind: 'invalid', path: ['extension'], message: { zh: '延期记录应为包含批准单位（approved_by）和批准日期（date）的映射', en: 'the extension must be a mapping with approved_by and date' } });
    return undefined;
  }
  const approvedAt = _date(value.date, 'extension.date', ['extension', 'date'], problems);
  const approvedBy = typeof value.approved_by === 'string' && value.approved_by.trim() ? value.approved_by.trim() : undefined;
  if (!approvedBy) problems.push({ field: 'extension.approved_by', kind: 'missing', path: ['extension'], message: { zh: '缺少批准单位（approved_by）', en: 'the approving authority (approved_by) is missing' } });
  const days = _extensionDays(value.working_days, opts.maxExtension, problems);
  const approvedInTime = approvedAt !== undefined && originalDue !== undefined ? approvedAt <= originalDue : undefined;
  // A deadline that has run out cannot be extended, and no approval grants more than the law allows.
  const granted = approvedInTime ? Math.min(days, opts.maxExtension) : 0;
  return { days, granted, approvedAt, approvedBy, withinLimit: days <= opts.maxExtension, approvedInTime };
}

function _extensionDays(value: unknown, max: number, problems: ScheduleProblem[]): number {
  if (value === undefined || value === null) return max; // the authority consented to "an extension": the statutory one
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  problems.push({ field: 'extension.working_days', kind: 'invalid', path: ['extension', 'working_days'], message: { zh: `延长工作日（working_days）应为正整数，实际为“${String(value)}”`, en: `working_days must be a positive whole number, not "${String(value)}"` } });
  return max;
}

const _TITLES: Record<'effective_date' | 'extension.date', Bilingual> = {
  effective_date: { zh: '发生日期（effective_date）', en: 'effective date (effective_date)' },
  'extension.date': { zh: '批准日期（date）', en: 'approval date (date)' },
};

function _date(value: unknown, field: 'effective_date' | 'extension.date', path: Path, problems: ScheduleProblem[]): string | undefined {
  const title = _TITLES[field];
  if (value === undefined || value === null || value === '') {
    problems.push({ field, kind: 'missing', path: path.slice(0, -1), message: { zh: `缺少${title.zh}`, en: `the ${title.en} is missing` } });
    return undefined;
  }
  const p = parseIsoDate(value);
  if (p.ok) return p.date;
  problems.push({ field, kind: 'invalid', path, message: { zh: `${title.zh}有误：${p.error.message.zh}`, en: `the ${title.en} is invalid: ${p.error.message.en}` } });
  return undefined;
}

/** Working days past the deadline; a day after it that is not a working day still counts as one (the next working day). */
function _pastDue(due: string, date: string, cal: Calendar): number {
  return Math.max(1, workingDaysBetween(due, date, cal));
}

function _days(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

function _isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
