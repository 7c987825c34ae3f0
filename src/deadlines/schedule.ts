// Statutory deadlines on the working-day calendar: Art. 17 update deadlines and the sharing deadlines of Arts. 21, 22, 26.
import { addWorkingDays, parseIsoDate, workingDaysBetween, yearOf, type Calendar, type CalendarNotice } from '../calendar/index.js';
import type { Bilingual, JsonObject, Path } from '../core/types.js';

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

// --- sharing requests (Arts. 21, 22, 26) ---

export type SharingArticle = 21 | 22 | 26;
export interface SharingRequest {
  article: SharingArticle;
  /** Art. 21 only: the share type of the requested data. */
  shareType?: 'unconditional' | 'conditional';
  /** The day the period starts from (not counted): receipt of the request (21, 26) or the consent reply (22). */
  from: string;
  /** Art. 21 only: extension approved by the data-sharing authority, at most 10 working days. */
  extension?: number;
}

export type SharingDeadline =
  | { ok: true; article: SharingArticle; due: string; workingDays: number; extension: number; explanation: Bilingual; notices: CalendarNotice[] }
  | { ok: false; article: number; error: Bilingual };

/** Art. 21 ¶1: the longest extension of the reply period. */
export const SHARING_MAX_EXTENSION = 10;

/** The deadline of a sharing request, reply or correction request; invalid input gives `ok: false` with a message. */
export function sharingDeadline(req: SharingRequest, cal: Calendar): SharingDeadline {
  const fail = (zh: string, en: string): SharingDeadline => ({ ok: false, article: req.article, error: { zh, en } });
  const from = parseIsoDate(req.from);
  if (!from.ok) return fail(from.error.message.zh, from.error.message.en);
  const rule = _sharingRule(req);
  if (!('days' in rule)) return fail(rule.zh, rule.en);
  const extension = req.extension ?? 0;
  if (extension !== 0 && req.article !== 21) return fail(`第${_ZH[req.article]}条规定的期限不能延长`, `the period of Art. ${req.article} cannot be extended`);
  if (!Number.isInteger(extension) || extension < 0 || extension > SHARING_MAX_EXTENSION) {
    return fail(`延长的期限最长不得超过 ${SHARING_MAX_EXTENSION} 个工作日（第二十一条第一款），实际为 ${extension}`, `an extension is at most ${SHARING_MAX_EXTENSION} working days (Art. 21(1)), got ${extension}`);
  }
  const workingDays = rule.days + extension;
  const due = addWorkingDays(req.from, workingDays, cal);
  const ext: Bilingual = extension
    ? { zh: `经同级政务数据共享主管部门同意并告知需求部门，延长 ${extension} 个工作日（最长 ${SHARING_MAX_EXTENSION} 个）。`, en: ` Extended by ${_days(extension)} (at most ${SHARING_MAX_EXTENSION}) with the consent of the data-sharing authority, the requesting department informed.` }
    : { zh: '', en: '' };
  const explanation = {
    zh: `${rule.zh}${ext.zh}自 ${req.from} 起算（当日不计入），第 ${workingDays} 个工作日为 ${due}。`,
    en: `${rule.en}${ext.en} Counting from ${req.from} (that day not counted), working day ${workingDays} is ${due}.`,
  };
  const notices = cal.notices().filter((n) => n.year >= from.year && n.year <= yearOf(due));
  return { ok: true, article: req.article, due, workingDays, extension, explanation, notices };
}

// --- internal ---

const _ZH: Record<number, string> = { 21: '二十一', 22: '二十二', 26: '二十六' };

/** The statutory period of a request and the sentence of the law behind it. */
function _sharingRule(req: SharingRequest): { days: number; zh: string; en: string } | Bilingual {
  if (req.article === 21) {
    if (req.shareType === 'unconditional') return { days: 1, zh: '第二十一条第一款：申请共享的政务数据属于无条件共享类的，提供部门应当自收到申请之日起 1 个工作日内作出答复。', en: 'Art. 21(1): a request for unconditionally shared data is answered within 1 working day of its receipt.' };
    if (req.shareType === 'conditional') return { days: 10, zh: '第二十一条第一款：属于有条件共享类的，提供部门应当自收到申请之日起 10 个工作日内作出是否同意共享的答复。', en: 'Art. 21(1): a request for conditionally shared data is answered, consent or refusal, within 10 working days of its receipt.' };
    return { zh: '第二十一条的期限取决于共享属性：请指明无条件共享（unconditional）或有条件共享（conditional）', en: 'the period of Art. 21 depends on the share type: give unconditional or conditional' };
  }
  if (req.article === 22) return { days: 20, zh: '第二十二条第一款：提供部门应当自作出同意共享的答复之日起 20 个工作日内共享政务数据。', en: 'Art. 22(1): the data is shared within 20 working days of the reply consenting to share it.' };
  if (req.article === 26) return { days: 10, zh: '第二十六条第二款：提供部门应当自收到政务数据校核申请之日起 10 个工作日内予以核实、更正并反馈校核处理结果。', en: 'Art. 26(2): a request to verify or correct data is checked, corrected and answered within 10 working days of its receipt.' };
  return { zh: `第${String(req.article)}条没有规定共享期限；可用的有第二十一条、第二十二条、第二十六条`, en: `Art. ${String(req.article)} sets no sharing deadline; use 21, 22 or 26` };
}

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
