// Header helpers shared by rules: how a value is shown in a message, and the Art. 13(1) assessment record check.
import { kindOf } from './_support.js';
import { assessmentState, type Lack } from './_assessment.js';
import { assessmentTitle } from './_dates.js';
import { isObject } from './_util.js';
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
 * One finding per assessments.<key> that falls short: `missing` (none recorded, when required), `notDone` (in progress,
 * not started, 无 …, when required), `incomplete` (every lacking part in one message) and `failed`. A record that is
 * present is checked even where none was due: a failed assessment stays a finding.
 */
export function checkAssessment(ctx: RuleContext<unknown>, key: string, required: boolean, extra: MessageData = {}): void {
  const { header, root } = ctx.catalogue;
  if (!isObject(root.catalogue)) return; // header-required reports the missing header once
  const assessment = assessmentTitle(key);
  const at: Path = ['catalogue', 'assessments', key];
  const holder = header.assessments;
  const record = isObject(holder) ? holder[key] : undefined;
  const state = assessmentState(record);
  if (state.kind === 'absent') {
    const path: Path = isObject(holder) && key in holder ? at : 'assessments' in header ? ['catalogue', 'assessments'] : ['catalogue'];
    if (required) ctx.report({ messageId: 'missing', path, absent: at, data: { assessment, ...extra } });
    return;
  }
  if (state.kind === 'notDone') {
    if (required) ctx.report({ messageId: 'notDone', path: state.at ? [...at, state.at] : at, data: { assessment, status: state.status, ...extra } });
    return;
  }
  const lack = state.lacking;
  if (lack.length) {
    const path: Path = lack.length === 1 && lack[0].present ? [...at, lack[0].field] : at;
    ctx.report({ messageId: 'incomplete', path, absent: [...at, lack[0].field], data: { assessment, field: _lacking(lack) } });
  }
  if (state.failed) ctx.report({ messageId: 'failed', path: [...at, 'conclusion'], data: { assessment } });
}

/** 评估日期（date）和评估结论（conclusion，“待定”是占位内容） / date and conclusion ("待定" is a placeholder). */
function _lacking(lack: Lack[]): Bilingual {
  const one = (l: Lack): Bilingual => {
    const f = _FIELDS[l.field];
    return l.given === undefined ? f : { zh: `${f.zh.slice(0, -1)}，“${l.given}”是占位内容）`, en: `${f.en} ("${l.given}" is a placeholder)` };
  };
  const parts = lack.map(one);
  return { zh: parts.map((p) => p.zh).join('和'), en: parts.map((p) => p.en).join(' and ') };
}
