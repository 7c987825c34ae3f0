// The `govcat init` script: the catalogue header, question by question, each answer checked by the lint rules.
import { VOCABULARIES } from '../../core/vocabulary.js';
import { DATE_RULES, inputAt, selectAt } from './fields.js';
import { ASK, CHOICES, NOTE } from './text.js';
import type { Draft } from './check.js';
import type { Wizard } from './engine.js';
import type { Path } from '../../core/types.js';

/** Every answer key of init (the flags, and the keys of --from answers.yaml). */
export const INIT_KEYS = [
  'department-name', 'department-code', 'level', 'region', 'catalogue-id', 'title', 'catalogue-version', 'compiled-at',
  'confidentiality-date', 'confidentiality-conclusion', 'confidentiality-report', 'personal-info', 'pi-date', 'pi-conclusion', 'pi-report',
  'approver', 'approver-title', 'approval-date',
];

const H = (...p: (string | number)[]): Path => ['catalogue', ...p];

export async function initWizard(w: Wizard, d: Draft, today: string): Promise<void> {
  w.say(NOTE.header);
  const name = await inputAt(w, d, { key: 'department-name', message: ASK['department-name'] }, { path: H('department', 'name'), rules: ['header-required', 'placeholder-value', 'schema-valid'] });
  // Art. 13 asks for the department, not its code: the code is optional, and checked when given.
  const code = await inputAt(w, d, { key: 'department-code', message: ASK['department-code'], optional: true }, { path: H('department', 'code'), rules: ['credit-code-valid', 'header-required', 'schema-valid'] });
  const level = await selectAt(w, d, { key: 'level', message: ASK.level, choices: CHOICES.level, vocab: VOCABULARIES.level }, { path: H('level'), rules: ['schema-valid'] });
  // A national catalogue covers no one region (region-code-valid asks for none).
  const region = level === 'national' ? undefined : await inputAt(w, d, { key: 'region', message: ASK.region }, { path: H('region'), rules: ['region-code-valid', 'schema-valid'] });
  await inputAt(w, d, { key: 'catalogue-id', message: ASK['catalogue-id'], default: suggestCatalogueId(region, code) }, { path: H('id'), rules: ['header-required', 'schema-valid'] });
  await inputAt(w, d, { key: 'title', message: ASK.title, default: name ? `${name}政务数据目录` : undefined }, { path: H('title'), rules: ['placeholder-value', 'schema-valid'] });
  await inputAt(w, d, { key: 'catalogue-version', message: ASK['catalogue-version'], default: `${today.slice(0, 4)}.1` }, { path: H('version'), rules: ['header-required', 'schema-valid'] });
  await inputAt(w, d, { key: 'compiled-at', message: ASK['compiled-at'], default: today }, { path: H('compiled_at'), rules: [...DATE_RULES, 'header-required'] });
  w.say(NOTE.assessments);
  await assessment(w, d, 'confidentiality');
  if (await w.confirm({ key: 'personal-info', message: ASK['personal-info'], default: w.given('pi-date') })) await assessment(w, d, 'pi');
  await _approval(w, d, today);
}

/** One assessment record of Art. 13(1): date, conclusion, report. */
export async function assessment(w: Wizard, d: Draft, which: 'confidentiality' | 'pi'): Promise<void> {
  const key = which === 'pi' ? 'personal_information_impact' : 'confidentiality_risk';
  const rule = which === 'pi' ? 'pi-impact-assessment-required' : 'confidentiality-assessment-required';
  const at = (f: string) => H('assessments', key, f);
  // A date after an approval already on file is assessment-chronology's finding, at this date.
  await inputAt(w, d, { key: `${which}-date`, message: ASK[`${which}-date`] }, { path: at('date'), rules: DATE_RULES });
  await selectAt(w, d, { key: `${which}-conclusion`, message: ASK[`${which}-conclusion`], choices: CHOICES.conclusion, vocab: VOCABULARIES.conclusion }, { path: at('conclusion'), rules: [rule, 'schema-valid'] });
  await inputAt(w, d, { key: `${which}-report`, message: ASK[`${which}-report`], optional: true }, { path: at('report'), rules: ['schema-valid'] });
}

/** CAT-<region>-<the department's organisation code>: unique for the department, and what most portals print. */
export function suggestCatalogueId(region: string | undefined, code: string | undefined): string | undefined {
  const org = code && code.length === 18 ? code.slice(8, 17) : undefined;
  return org ? `CAT-${region ?? '000000'}-${org}` : undefined;
}

// --- internal ---

async function _approval(w: Wizard, d: Draft, today: string): Promise<void> {
  w.say(NOTE.approval);
  const rules = ['approval-required', 'placeholder-value', 'schema-valid'];
  await inputAt(w, d, { key: 'approver', message: ASK.approver }, { path: H('approval', 'approver'), rules });
  await inputAt(w, d, { key: 'approver-title', message: ASK['approver-title'] }, { path: H('approval', 'title'), rules });
  // The approval must not precede an assessment: assessment-chronology reports that at the assessment's date.
  await inputAt(w, d, { key: 'approval-date', message: ASK['approval-date'], default: w.interactive ? today : undefined }, { path: H('approval', 'date'), rules: [...DATE_RULES, 'approval-required'], also: [H('assessments')] });
}
