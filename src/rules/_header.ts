// Header helpers shared by rules: how a value is shown in a message, and the Art. 13(1) assessment record check.
import { kindOf } from './_support.js';
import { assessmentTitle } from './_dates.js';
import { isBlank, isObject } from './_util.js';
import type { Bilingual, MessageData, Path, RuleContext } from '../core/types.js';

/** A value as a message quotes it: text as is, other types by name (the schema reports the type itself). */
export function shown(v: unknown): Bilingual | string {
  if (typeof v === 'string') return `“${v}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return { zh: '空值', en: 'null' };
  return kindOf(v);
}

/** Not given: absent, null or blank text. Other values, even empty lists, are given (and possibly of the wrong type). */
export function isUnset(v: unknown): boolean {
  return typeof v === 'string' ? !v.trim() : v === null || v === undefined;
}

const _FIELDS: Record<'date' | 'conclusion', Bilingual> = {
  date: { zh: '评估日期（date）', en: 'date' },
  conclusion: { zh: '评估结论（conclusion）', en: 'conclusion' },
};

/**
 * Reports messageIds `missing` (when required), `incomplete` and `failed` for assessments.<key>.
 * A record that is present is always checked: a failed assessment stays a finding even where none was due.
 */
export function checkAssessment(ctx: RuleContext<unknown>, key: string, required: boolean, missingData: MessageData = {}): void {
  const { header, root } = ctx.catalogue;
  if (!isObject(root.catalogue)) return; // header-required reports the missing header once
  const assessment = assessmentTitle(key);
  const at: Path = ['catalogue', 'assessments', key];
  const holder = header.assessments;
  const record = isObject(holder) ? holder[key] : undefined;
  if (isBlank(record)) {
    const path: Path = isObject(holder) && key in holder ? at : 'assessments' in header ? ['catalogue', 'assessments'] : ['catalogue'];
    if (required) ctx.report({ messageId: 'missing', path, data: { assessment, ...missingData } });
    return;
  }
  for (const f of ['date', 'conclusion'] as const) {
    const has = isObject(record) && f in record;
    if (!has || isBlank(record[f])) ctx.report({ messageId: 'incomplete', path: has ? [...at, f] : at, data: { assessment, field: _FIELDS[f] } });
  }
  if (isObject(record) && record.conclusion === 'failed') ctx.report({ messageId: 'failed', path: [...at, 'conclusion'], data: { assessment } });
}
