// The `govcat add` script: one entry, share type first and then only what that type needs, each answer checked by the lint rules.
// The profile decides the share attributes asked (MIIT: 部内 and 部外), the conditions, approvals and the open attribute.
import { VOCABULARIES, type Vocabulary } from '../../core/vocabulary.js';
import { classifyCitation, isConfident, levelNames, type Classification } from '../../legal/index.js';
import { isBlank } from '../../rules/_util.js';
import { checkboxAt, flagAt, inputAt, selectAt } from './fields.js';
import { assessment } from './init.js';
import { ASK, CHOICES, CLASSIFICATION_LEVELS, MIIT_SHARE_TYPES, NOTE, SHARE_TYPES, type Choice } from './text.js';
import type { Draft } from './check.js';
import type { Wizard } from './engine.js';
import type { Bilingual, JsonObject, Path, ResolvedProfile } from '../../core/types.js';

export const ADD_KEYS = [
  'share-type', 'internal-share-type', 'external-share-type', 'scope', 'objects', 'purpose', 'requirements', 'leader', 'leader-title', 'leader-approval-date',
  'reason', 'basis', 'minister', 'minister-approval-date', 'negative-list', 'open-type', 'id', 'name', 'summary', 'provider-name', 'provider-code', 'item',
  'pi-date', 'pi-conclusion', 'pi-report', 'format', 'format-detail', 'update-frequency', 'update-frequency-detail', 'share-method',
  'category', 'classification-level',
];

export interface AddContext {
  /** Where the new entry goes: entries[index]. */
  index: number;
  department: { name?: string; code?: string };
}

export async function addWizard(w: Wizard, d: Draft, ctx: AddContext): Promise<void> {
  const e = (...p: (string | number)[]): Path => ['entries', ctx.index, ...p];
  const shown = new Set<string>();
  const warn = (list: Bilingual[]) => w.warn(list.filter((m) => !shown.has(m.en) && shown.add(m.en)));
  w.say(NOTE.entry);
  // Until it has its name, rule messages call the entry by the name given up front, or this.
  const given = w.preset('name');
  d.set(e(), { name: typeof given === 'string' && given.trim() ? given.trim() : w.locale === 'zh' ? '新条目' : 'new entry' });
  const profile = d.gate.profile;
  const on = (id: string) => profile.rules.some((r) => r.rule.id === id);
  // One question per share attribute of the profile: share_type, or MIIT's 部内 and 部外 (Art. 15).
  const types: Record<string, string | undefined> = {};
  const attributes = profile.shareAttributes?.length ? profile.shareAttributes : ['share_type'];
  for (const attribute of attributes) {
    const q = _attributeQuestion(attribute);
    types[attribute] = await selectAt(w, d, { key: q.key, message: ASK[q.key] ?? q.message, choices: q.choices, vocab: q.vocab }, { path: e(attribute), rules: ['share-type-valid', 'schema-valid'] });
  }
  const values = Object.values(types);
  const conditional = values.includes('conditional');
  const nonShareable = values.includes('non_shareable');
  const miit = profile.source === 'miit-measures';
  if (conditional) await _conditions(w, d, e, _conditionFields(profile, types), miit, on('share-approval-recorded'));
  if (nonShareable) await _nonShare(w, d, e, !conditional, miit, on('share-approval-recorded'), on('negative-list'));
  if (!conditional && !nonShareable && values.every((v) => v === 'unconditional')) {
    w.say(NOTE.unconditional);
    d.set(e('usage_conditions'), 'none');
  }
  // A regime that asks for the open attribute (Hubei Art. 19(3)) gets the question.
  if (on('open-type-valid')) await selectAt(w, d, { key: 'open-type', message: ASK['open-type'], choices: CHOICES.openType, vocab: VOCABULARIES.open_type }, { path: e('open_type'), rules: ['open-type-valid', 'entry-required-fields', 'schema-valid'] });
  await _identity(w, d, e, ctx);
  w.say(NOTE.items);
  await w.repeat({ key: 'item', message: ASK.item, more: ASK['more.item'] }, (iw, i) => _item(iw, d, e('items', i)));
  warn(d.warnings(e(attributes[0]), ['sensitive-unconditional']));
  await _piAssessment(w, d);
  await _format(w, d, e);
  if (values.length && values.every((v) => v === 'non_shareable')) d.set(e('share_method'), ['none']);
  else await checkboxAt(w, d, { key: 'share-method', message: ASK['share-method'], choices: CHOICES.shareMethod, vocab: VOCABULARIES.share_method }, { path: e('share_method'), rules: ['entry-required-fields', 'share-method-valid', 'schema-valid'] });
  await _classification(w, d, e);
  warn(d.warnings(e(attributes[0]), ['sensitive-unconditional']));
  warn(d.warnings(e(attributes[0]), ['basic-data-internal-unconditional']));
}

/** The next id in the file's own pattern (SCJG-0003 → SCJG-0004), else <catalogue id's last part>-0001. */
export function suggestEntryId(ids: readonly string[], catalogueId: string | undefined): string {
  const last = [...ids].reverse().find((id) => /\d+$/.test(id));
  if (last) {
    const m = /^(.*?)(\d+)$/.exec(last)!;
    const taken = new Set(ids);
    for (let n = Number(m[2]) + 1; ; n++) {
      const id = `${m[1]}${String(n).padStart(m[2].length, '0')}`;
      if (!taken.has(id)) return id;
    }
  }
  const stem = catalogueId?.split('-').pop()?.replace(/[^\w]/g, '') || 'ENTRY';
  return `${stem}-0001`;
}

// --- internal ---

type At = (...p: (string | number)[]) => Path;

/** The share attribute question: the Decree's share type, or MIIT's 部内 / 部外 one with the measures' own wording accepted. */
function _attributeQuestion(attribute: string): { key: string; message: Bilingual; choices: Choice[]; vocab: Vocabulary } {
  if (attribute !== 'internal_share_type' && attribute !== 'external_share_type') return { key: 'share-type', message: ASK['share-type'], choices: SHARE_TYPES, vocab: VOCABULARIES.share_type };
  const prefix = attribute === 'internal_share_type' ? '部内' : '部外';
  const own = Object.fromEntries(Object.entries(VOCABULARIES.share_type.terms).map(([k, zh]) => [`${prefix}${zh}`, k]));
  const key = attribute === 'internal_share_type' ? 'internal-share-type' : 'external-share-type';
  return { key, message: ASK[key], choices: MIIT_SHARE_TYPES[attribute], vocab: { terms: VOCABULARIES.share_type.terms, variants: { ...VOCABULARIES.share_type.variants, ...own } } };
}

/** The conditions the profile asks of a conditional entry (conditional-usage-conditions: fields, and fieldsWhen an attribute is conditional). */
function _conditionFields(profile: ResolvedProfile, types: Record<string, string | undefined>): string[] {
  const options = (profile.rules.find((r) => r.rule.id === 'conditional-usage-conditions')?.options ?? {}) as { fields?: string[]; fieldsWhen?: Record<string, string[]> };
  const more = Object.entries(options.fieldsWhen ?? {}).flatMap(([a, fields]) => (types[a] === 'conditional' ? fields : []));
  const fields = [...new Set([...(options.fields ?? ['scope', 'purpose']), ...more])];
  // Asked in the order officers read them: scope, recipients, purpose.
  return ['scope', 'objects', 'purpose', 'requirements'].filter((f) => fields.includes(f));
}

async function _conditions(w: Wizard, d: Draft, e: At, fields: string[], miit: boolean, approval: boolean): Promise<void> {
  w.say(miit ? NOTE.miitConditional : NOTE.conditional);
  const rules = ['conditional-usage-conditions', 'placeholder-value', 'schema-valid'];
  for (const f of fields) await inputAt(w, d, { key: f, message: ASK[f] }, { path: e('usage_conditions', f), rules });
  if (!fields.includes('requirements')) await inputAt(w, d, { key: 'requirements', message: ASK.requirements, optional: true }, { path: e('usage_conditions', 'requirements'), rules });
  // MIIT Art. 20(3): the conditions go to the ministry leader in charge for approval.
  if (approval) await _approval(w, d, e('conditional_approval'), { approver: 'leader', title: 'leader-title', date: 'leader-approval-date' });
}

async function _nonShare(w: Wizard, d: Draft, e: At, noConditions: boolean, miit: boolean, approval: boolean, negativeList: boolean): Promise<void> {
  w.say(miit ? NOTE.miitNonShareable : NOTE.nonShareable);
  if (noConditions) d.set(e('usage_conditions'), 'none');
  const rules = ['non-shareable-legal-basis', 'placeholder-value', 'schema-valid'];
  await inputAt(w, d, { key: 'reason', message: ASK.reason }, { path: e('non_share', 'reason'), rules });
  await w.repeat({ key: 'basis', message: ASK.basis, more: ASK['more.basis'] }, (bw, i) => _basis(bw, d, e('non_share', 'legal_basis', i)));
  // MIIT Art. 20(4): approved by the minister, then on the negative list (also Hubei Art. 31(1)).
  if (approval) await _approval(w, d, e('non_share', 'approval'), { approver: 'minister', date: 'minister-approval-date' }, { zh: '部长', en: '部长' });
  if (negativeList) {
    if (!miit) w.say(NOTE.negativeList);
    await inputAt(w, d, { key: 'negative-list', message: ASK['negative-list'] }, { path: e('non_share', 'negative_list'), rules: ['negative-list', 'schema-valid'] });
  }
}

/** An approval record {approver, title, date} (MIIT Art. 20(3), (4)); a fixed title where the office is the law's (部长). */
async function _approval(w: Wizard, d: Draft, at: Path, keys: { approver: string; title?: string; date: string }, title?: Bilingual): Promise<void> {
  const rules = ['share-approval-recorded', 'placeholder-value', 'schema-valid'];
  await inputAt(w, d, { key: keys.approver, message: ASK[keys.approver] }, { path: [...at, 'approver'], rules });
  if (title) d.set([...at, 'title'], title.zh);
  else if (keys.title) await inputAt(w, d, { key: keys.title, message: ASK[keys.title], optional: true }, { path: [...at, 'title'], rules });
  await inputAt(w, d, { key: keys.date, message: ASK[keys.date] }, { path: [...at, 'date'], rules: [...rules, 'date-valid'] });
}

/**
 * One legal basis: the citation as the officer writes it, its level worked out by the classifier; the type is asked only
 * where the citation does not show it. A basis that cannot carry the entry is refused with the rule's own message.
 */
async function _basis(w: Wizard, d: Draft, at: Path): Promise<void> {
  const rules = ['non-shareable-legal-basis', 'schema-valid'];
  for (;;) {
    d.set(at, {});
    const raw = await inputAt(w, d, { key: 'title', message: ASK['basis.title'] }, { path: [...at, 'title'], rules });
    const c = raw === undefined ? undefined : classifyCitation(raw);
    if (c && !c.vague) {
      // Store the citation in its parts: 《中华人民共和国统计法》第三十九条 → title and article.
      d.set([...at, 'title'], c.title ?? raw);
      if (c.article) d.set([...at, 'article'], c.article);
      if (c.number && c.title) d.set([...at, 'number'], c.number);
    }
    if (c && isConfident(c) && !w.given('type')) w.say(_recognised(c));
    else await selectAt(w, d, { key: 'type', message: ASK['basis.type'], choices: CHOICES.basisType, vocab: VOCABULARIES.basis_type }, { path: [...at, 'type'], rules: ['schema-valid'] });
    const problem = raw === undefined ? undefined : d.check(at, d.get(at), rules);
    if (!problem) break;
    if (!w.reject(['title', 'type'], 'type', problem, NOTE.retryBasis)) return;
  }
  if (d.get([...at, 'article']) === undefined) await inputAt(w, d, { key: 'article', message: ASK['basis.article'], optional: true }, { path: [...at, 'article'], rules: ['schema-valid'] });
}

function _recognised(c: Classification): Bilingual {
  const level = levelNames(c.candidates);
  return { zh: `识别为${level.zh}：${c.evidence[0].text.zh}`, en: `recognised as ${level.en}: ${c.evidence[0].text.en}` };
}

async function _identity(w: Wizard, d: Draft, e: At, ctx: AddContext): Promise<void> {
  const entries = (d.get(['entries']) as JsonObject[]).slice(0, ctx.index);
  const ids = entries.map((x) => (typeof x?.id === 'string' ? x.id : '')).filter(Boolean);
  const catalogueId = d.get(['catalogue', 'id']);
  const suggestion = suggestEntryId(ids, typeof catalogueId === 'string' ? catalogueId : undefined);
  await inputAt(w, d, { key: 'id', message: ASK.id, default: suggestion }, { path: e('id'), rules: ['unique-ids', 'schema-valid'] });
  d.set(e('name'), undefined);
  await inputAt(w, d, { key: 'name', message: ASK.name }, { path: e('name'), rules: ['entry-required-fields', 'unique-ids', 'placeholder-value', 'schema-valid'] });
  await inputAt(w, d, { key: 'summary', message: ASK.summary, optional: true }, { path: e('summary'), rules: ['placeholder-value', 'schema-valid'] });
  const dept = ctx.department;
  const provider = await inputAt(w, d, { key: 'provider-name', message: ASK['provider-name'], default: dept.name }, { path: e('provider', 'name'), rules: ['placeholder-value', 'schema-valid'] });
  // The department providing its own data (the usual case) needs no second code.
  const same = provider !== undefined && provider === dept.name && !w.given('provider-code');
  if (same && dept.code) d.set(e('provider', 'code'), dept.code);
  else await inputAt(w, d, { key: 'provider-code', message: ASK['provider-code'], optional: true }, { path: e('provider', 'code'), rules: ['credit-code-valid', 'schema-valid'] });
}

async function _item(w: Wizard, d: Draft, at: Path): Promise<void> {
  d.set(at, {});
  await inputAt(w, d, { key: 'name', message: ASK['item.name'] }, { path: [...at, 'name'], rules: ['placeholder-value', 'unique-ids', 'schema-valid'] });
  await selectAt(w, d, { key: 'type', message: ASK['item.type'], choices: CHOICES.itemType, vocab: VOCABULARIES.item_type }, { path: [...at, 'type'], rules: ['schema-valid'] });
  const pi = await flagAt(w, d, { key: 'personal-info', message: ASK['item.personal-info'], default: false }, [...at, 'personal_info']);
  if (pi) await flagAt(w, d, { key: 'sensitive', message: ASK['item.sensitive'], default: false }, [...at, 'sensitive']);
}

/** Personal information in a catalogue without its impact assessment (Art. 13(1)): ask for the assessment now. */
async function _piAssessment(w: Wizard, d: Draft): Promise<void> {
  const problem = d.gate.problem(d.root, [['catalogue']], ['pi-impact-assessment-required']);
  if (!problem || !isBlank(d.get(['catalogue', 'assessments', 'personal_information_impact']))) return;
  w.say(NOTE.piAssessment);
  await assessment(w, d, 'pi');
}

async function _format(w: Wizard, d: Draft, e: At): Promise<void> {
  await selectAt(w, d, { key: 'format', message: ASK.format, choices: CHOICES.format, vocab: VOCABULARIES.format_kind }, { path: e('format', 'kind'), rules: ['schema-valid'] });
  await inputAt(w, d, { key: 'format-detail', message: ASK['format-detail'], optional: true }, { path: e('format', 'detail'), rules: ['placeholder-value', 'schema-valid'] });
  const rules = ['update-frequency-valid', 'schema-valid'];
  // The choices are the vocabulary's terms; "other" is judged with its detail, asked next (the rule points at the other when the detail is missing).
  const freq = await selectAt(w, d, { key: 'update-frequency', message: ASK['update-frequency'], choices: CHOICES.updateFrequency, vocab: VOCABULARIES.update_frequency }, { path: e('update_frequency'), rules: ['schema-valid'] });
  if (freq === 'other') await inputAt(w, d, { key: 'update-frequency-detail', message: ASK['update-frequency-detail'] }, { path: e('update_frequency_detail'), rules, also: [e('update_frequency')] });
}

async function _classification(w: Wizard, d: Draft, e: At): Promise<void> {
  await inputAt(w, d, { key: 'category', message: ASK.category }, { path: e('classification', 'category'), rules: ['classification-valid', 'placeholder-value', 'schema-valid'] });
  await selectAt(w, d, { key: 'classification-level', message: ASK['classification-level'], help: NOTE.levels, choices: CLASSIFICATION_LEVELS, vocab: VOCABULARIES.classification_level }, { path: e('classification', 'level'), rules: ['classification-valid', 'classified-data-excluded', 'schema-valid'] });
}
