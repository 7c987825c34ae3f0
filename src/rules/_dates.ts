// Catalogue dates: ISO yyyy-mm-dd strings naming a real calendar day, and where the header keeps them.
import { assessmentState, isPlaceholderDate } from './_assessment.js';
import { isObject, list, own, text } from './_util.js';
import type { Bilingual, Catalogue, JsonObject, Path } from '../core/types.js';

export type DateKind = 'compiled' | 'submitted' | 'approval' | 'assessment' | 'event' | 'extension';
export interface DateField { kind: DateKind; path: Path; field: Bilingual; value: unknown }
export type DateProblem = { kind: 'format'; hint: Bilingual } | { kind: 'impossible'; reason: Bilingual };

export const ASSESSMENT_TITLES: Record<string, Bilingual> = {
  confidentiality_risk: { zh: '保密风险评估', en: 'confidentiality risk assessment (保密风险评估)' },
  personal_information_impact: { zh: '个人信息保护影响评估', en: 'personal information protection impact assessment (个人信息保护影响评估)' },
};

export function assessmentTitle(key: string): Bilingual {
  return own(ASSESSMENT_TITLES, key) ?? { zh: `评估“${key}”`, en: `assessment "${key}"` };
}

/** The value when it is a valid ISO date, else undefined (date-valid reports the rest). */
export function isoDate(v: unknown): string | undefined {
  return typeof v === 'string' && !dateProblem(v) ? v : undefined;
}

export function dateProblem(v: unknown): DateProblem | undefined {
  const s = text(v) ?? '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof v === 'string' ? s : '');
  if (!m) {
    const guess = _guess(s);
    return { kind: 'format', hint: guess ? { zh: `，应写作 ${guess}`, en: `; write ${guess}` } : { zh: '', en: '' } };
  }
  const reason = _impossible(+m[1], +m[2], +m[3]);
  return reason ? { kind: 'impossible', reason } : undefined;
}

/** Every date field present in the header, with its title for messages. */
export function headerDates(catalogue: Catalogue): DateField[] {
  const out: DateField[] = [];
  const add = (kind: DateKind, owner: unknown, key: string, path: Path, field: Bilingual) => {
    if (isObject(owner) && key in owner) out.push({ kind, path: [...path, key], field, value: owner[key] });
  };
  const h = catalogue.header;
  const p: Path = ['catalogue'];
  add('compiled', h, 'compiled_at', p, { zh: '编制日期（compiled_at）', en: 'compilation date (compiled_at)' });
  add('submitted', h, 'submitted_at', p, { zh: '报送日期（submitted_at）', en: 'submission date (submitted_at)' });
  add('approval', h.approval, 'date', [...p, 'approval'], { zh: '部门负责人审核同意日期', en: 'approval date (approval.date)' });
  if (isObject(h.assessments)) {
    for (const [k, a] of Object.entries(h.assessments)) {
      // An assessment not carried out has no date to check, and a placeholder date is the assessment rules' finding.
      if (assessmentState(a).kind === 'notDone' || (isObject(a) && isPlaceholderDate(a.date))) continue;
      const t = assessmentTitle(k);
      add('assessment', a, 'date', [...p, 'assessments', k], { zh: `${t.zh}日期`, en: `date of the ${t.en}` });
    }
  }
  list(h.change_events).forEach((ev, i) => {
    if (!isObject(ev)) return;
    const name = text(ev.id)?.trim() || `#${i + 1}`;
    const at: Path = [...p, 'change_events', i];
    add('event', ev, 'effective_date', at, { zh: `变更事件“${name}”的发生日期`, en: `effective date of change event "${name}"` });
    add('extension', (ev as JsonObject).extension, 'date', [...at, 'extension'], { zh: `变更事件“${name}”的延期同意日期`, en: `extension approval date of change event "${name}"` });
  });
  return out;
}

// --- internal ---

const _MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function _daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function _impossible(y: number, m: number, d: number): Bilingual | undefined {
  if (m < 1 || m > 12) return { zh: `没有 ${m} 月`, en: `there is no month ${m}` };
  const n = _daysIn(y, m);
  if (d < 1) return { zh: '没有 0 日', en: 'there is no day 0' };
  return d > n ? { zh: `${y} 年 ${m} 月只有 ${n} 天`, en: `${_MONTHS[m - 1]} ${y} has ${n} days` } : undefined;
}

/** The ISO form of a date written another common way (2026/3/2, 2026.3.2, 2026年3月2日, 20260302, with a time). */
function _guess(s: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return _impossible(+m[1], +m[2], +m[3]) ? undefined : iso;
}
