// The `govcat init` script: the catalogue header, question by question, each answer checked by the lint rules.
import { createHash } from 'node:crypto';
import { isValidRegionCode } from '../../core/region-code.js';
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
  // Digits 3–8 of the credit code are the division where the department was registered: the level and region proposed.
  const proposed = proposeLevelAndRegion(code);
  const level = await selectAt(w, d, { key: 'level', message: ASK.level, choices: CHOICES.level, vocab: VOCABULARIES.level, default: proposed?.level }, { path: H('level'), rules: ['schema-valid'] });
  // A national catalogue covers no one region (region-code-valid asks for none).
  const region = level === 'national' ? undefined : await inputAt(w, d, { key: 'region', message: ASK.region, default: proposed?.region }, { path: H('region'), rules: ['region-code-valid', 'schema-valid'] });
  // The id and title default from the department; with no terminal and no department they are not reported as
  // missing too (the department is).
  const derived = w.interactive || name !== undefined;
  if (derived || w.given('catalogue-id')) await inputAt(w, d, { key: 'catalogue-id', message: ASK['catalogue-id'], default: suggestCatalogueId(region, code, name) }, { path: H('id'), rules: ['header-required', 'schema-valid'] });
  if (derived || w.given('title')) await inputAt(w, d, { key: 'title', message: ASK.title, default: name ? `${name}政务数据目录` : undefined }, { path: H('title'), rules: ['placeholder-value', 'schema-valid'] });
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

/**
 * CAT-<region>-<the department's organisation code>: unique for the department, and what most portals print. With
 * no credit code, eight hex digits of a digest of the department's name stand in for the organisation code: the
 * same department gets the same id in every version, two departments of one region different ones.
 */
export function suggestCatalogueId(region: string | undefined, code: string | undefined, name?: string): string | undefined {
  const org = code && code.length === 18 ? code.slice(8, 17) : name ? createHash('sha256').update(name.trim()).digest('hex').slice(0, 8).toUpperCase() : undefined;
  return org ? `CAT-${region ?? '000000'}-${org}` : undefined;
}

/**
 * The level and region a credit code points at (GB 32100: characters 3–8 are the registering division's GB/T 2260
 * code): 100000 is the central government (national, no region), XX0000 a province, XXYY00 a prefecture, else a
 * county; a district of a municipality directly under the central government (11, 12, 31, 50) is county-level.
 */
export function proposeLevelAndRegion(code: string | undefined): { level: string; region?: string } | undefined {
  const division = code && code.length === 18 ? code.slice(2, 8) : undefined;
  if (!division) return undefined;
  if (division === '100000') return { level: 'national' };
  if (!isValidRegionCode(division)) return undefined;
  const level = division.endsWith('0000') ? 'provincial' : division.endsWith('00') && !_MUNICIPALITIES.has(division.slice(0, 2)) ? 'municipal' : 'county';
  return { level, region: division };
}

// --- internal ---

const _MUNICIPALITIES = new Set(['11', '12', '31', '50']);

async function _approval(w: Wizard, d: Draft, today: string): Promise<void> {
  w.say(NOTE.approval);
  const rules = ['approval-required', 'placeholder-value', 'schema-valid'];
  await inputAt(w, d, { key: 'approver', message: ASK.approver }, { path: H('approval', 'approver'), rules });
  await inputAt(w, d, { key: 'approver-title', message: ASK['approver-title'] }, { path: H('approval', 'title'), rules });
  // The approval must not precede an assessment: assessment-chronology reports that at the assessment's date.
  await inputAt(w, d, { key: 'approval-date', message: ASK['approval-date'], default: w.interactive ? today : undefined }, { path: H('approval', 'date'), rules: [...DATE_RULES, 'approval-required'], also: [H('assessments')] });
}
