// What an assessment record says (Art. 13 ¶1): absent, not done, or done — with what it lacks and whether it failed.
import { canonicalize, VOCABULARIES } from '../core/vocabulary.js';
import { isBlank, isObject, isPlaceholder } from './_util.js';
import type { Bilingual } from '../core/types.js';

export type AssessmentField = 'date' | 'conclusion';
export interface Lack {
  field: AssessmentField;
  /** The key is there (blank, or holding the placeholder `given`). */
  present: boolean;
  given?: string;
}

export type AssessmentState =
  | { kind: 'absent' }
  /** In progress, not started, or recorded as 无 / 否 / 未开展: the assessment was not carried out. `at`: the key that says so. */
  | { kind: 'notDone'; status: Bilingual; at?: 'status' | AssessmentField }
  /** Completed, or a record that does not say otherwise: checked for its date and conclusion. */
  | { kind: 'record'; lacking: Lack[]; failed: boolean };

export function assessmentState(v: unknown): AssessmentState {
  if (isBlank(v)) return { kind: 'absent' };
  if (!isObject(v)) {
    const t = typeof v === 'string' ? v.trim() : undefined;
    const said = t === undefined ? undefined : _saysNotDone(t);
    if (said) return { kind: 'notDone', status: said };
    if (v === false || (t !== undefined && isPlaceholder(t))) return { kind: 'notDone', status: _recordedAs(String(v)) };
    return { kind: 'record', lacking: [{ field: 'date', present: false }, { field: 'conclusion', present: false }], failed: false };
  }
  // normalize() has put a known status into its canonical form.
  if (v.status === 'in_progress' || v.status === 'not_started') return { kind: 'notDone', status: _status(v.status), at: 'status' };
  // {date: 未开展, conclusion: 未开展}: the fields themselves say the assessment was not carried out.
  for (const field of ['conclusion', 'date'] as const) {
    const said = typeof v[field] === 'string' ? _saysNotDone((v[field] as string).trim()) : undefined;
    if (said) return { kind: 'notDone', status: said, at: field };
  }
  const lacking: Lack[] = [];
  for (const field of ['date', 'conclusion'] as const) {
    const value = v[field];
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (!(field in v) || isBlank(value)) lacking.push({ field, present: field in v });
    else if (text !== undefined && isPlaceholder(text)) lacking.push({ field, present: true, given: text });
  }
  return { kind: 'record', lacking, failed: v.conclusion === 'failed' };
}

/** A date the record holds that is no date at all (待定, -, 未开展): the assessment rules report it, not date-valid. */
export function isPlaceholderDate(v: unknown): boolean {
  return typeof v === 'string' && (isPlaceholder(v.trim()) || _saysNotDone(v.trim()) !== undefined);
}

// --- internal ---

// Beyond the placeholder list: the ways a record says no assessment was carried out (or, for PI, that none applied).
const _NOT_DONE = /^(否|没有|未|不涉及|不适用|无需开展|无需评估|不需要|暂不开展)$/;

/** 未开展, 进行中, 未完成 …, or 否 / 不涉及: how the record says the assessment was not carried out, if it does. */
function _saysNotDone(t: string): Bilingual | undefined {
  const status = canonicalize(VOCABULARIES.assessment_status, t)?.value;
  if (status === 'in_progress' || status === 'not_started') return _status(status);
  return _NOT_DONE.test(t) ? _recordedAs(t) : undefined;
}

function _status(status: 'in_progress' | 'not_started'): Bilingual {
  return { zh: `状态为“${VOCABULARIES.assessment_status.terms[status]}”`, en: `status ${status}` };
}

function _recordedAs(given: string): Bilingual {
  return { zh: `记为“${given}”`, en: `recorded as "${given}"` };
}
