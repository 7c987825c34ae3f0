// Questions bound to a place in the draft catalogue: each answer is checked there by the named lint rules, then stored.
import type { Draft } from './check.js';
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, SelectQuestion, Wizard } from './engine.js';
import type { Path } from '../../core/types.js';

export interface At {
  path: Path;
  /** The rules that speak about this answer (ids as in `govcat rules`). */
  rules: readonly string[];
  /** Other places where this answer can cause a finding (a later approval date makes an assessment "too late"). */
  also?: readonly Path[];
}

export async function inputAt(w: Wizard, d: Draft, q: InputQuestion, at: At): Promise<string | undefined> {
  const v = await w.input({ ...q, validate: (v) => d.check(at.path, v, at.rules, at.also) ?? q.validate?.(v) });
  if (v !== undefined) d.set(at.path, v);
  return v;
}

export async function selectAt(w: Wizard, d: Draft, q: SelectQuestion, at: At): Promise<string | undefined> {
  const v = await w.select({ ...q, validate: (v) => d.check(at.path, v, at.rules, at.also) ?? q.validate?.(v) });
  if (v !== undefined) d.set(at.path, v);
  return v;
}

export async function checkboxAt(w: Wizard, d: Draft, q: CheckboxQuestion, at: At): Promise<string[] | undefined> {
  const v = await w.checkbox({ ...q, validate: (v) => d.check(at.path, v, at.rules, at.also) ?? q.validate?.(v) });
  if (v !== undefined) d.set(at.path, v);
  return v;
}

/** A yes/no stored only when yes (personal_info: true), so the file stays lean. */
export async function flagAt(w: Wizard, d: Draft, q: ConfirmQuestion, path: Path): Promise<boolean> {
  const v = (await w.confirm(q)) ?? false;
  d.set(path, v ? true : undefined);
  return v;
}

export const DATE_RULES = ['date-valid', 'assessment-chronology', 'schema-valid'];
