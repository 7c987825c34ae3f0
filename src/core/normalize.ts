// Raw YAML data → the catalogue rules see: fields under their canonical English keys and shapes (Chinese keys and
// flat forms read as written), enumerated values mapped to canonical English terms, in place.
import { InputError } from './errors.js';
import { shapeCatalogue } from './shape.js';
import { canonicalize, VOCABULARIES, type Vocabularies, type VocabularyName } from './vocabulary.js';
import type { Catalogue, JsonObject, Path, VocabularyHit } from './types.js';

/**
 * `vocabularies`: the profile's, when it adds variants of its own (ResolvedProfile.vocabularies). `shareAttributes`:
 * the entry fields holding share classes under the profile ([share_type] unless it says otherwise), set on the result.
 */
export function normalize(raw: unknown, file: string, vocabularies: Vocabularies = VOCABULARIES, shareAttributes?: readonly string[]): Catalogue {
  if (!isObject(raw)) {
    throw new InputError(file, {
      zh: `文件顶层应为映射（键: 值），实际为${kindZh(raw)}`,
      en: `the top level must be a mapping (key: value), not ${kindEn(raw)}`,
    }, 1, 1);
  }
  const shaped = shapeCatalogue(raw);
  const data = shaped.data;
  const hits: _Hits = { list: [], vocabularies, attributes: shareAttributes ?? ['share_type'] };
  const header = isObject(data.catalogue) ? data.catalogue : {};
  const entries = Array.isArray(data.entries) ? data.entries.filter(isObject) : [];
  if (typeof header.region === 'number' && Number.isInteger(header.region)) header.region = String(header.region);
  _field(header, 'level', 'level', ['catalogue'], hits);
  if (isObject(header.assessments)) {
    for (const [name, a] of Object.entries(header.assessments)) {
      if (!isObject(a)) continue;
      _field(a, 'conclusion', 'conclusion', ['catalogue', 'assessments', name], hits);
      _field(a, 'status', 'assessment_status', ['catalogue', 'assessments', name], hits);
    }
  }
  _each(header.change_events, ['catalogue', 'change_events'], (ev, p) => _field(ev, 'kind', 'event_kind', p, hits));
  (Array.isArray(data.entries) ? data.entries : []).forEach((entry, i) => {
    if (isObject(entry)) _entry(entry, ['entries', i], hits);
  });
  return {
    root: data, header, entries, normalized: hits.list, sourcePath: shaped.sourcePath, keyStyle: shaped.keyStyle, duplicates: shaped.duplicates, catalogueShaped: shaped.catalogueShaped,
    ...(shareAttributes ? { shareAttributes } : {}),
  };
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// --- internal ---

/** The hits found so far, and the vocabularies the values are read with. */
interface _Hits {
  list: VocabularyHit[];
  vocabularies: Vocabularies;
  attributes: readonly string[];
}

// MIIT's 部内 and 部外 share attributes (Art. 15) take the share-type terms; 部内无条件共享 in the 部内 field is the term as the measures write it.
const _SCOPED: Readonly<Record<string, string>> = { internal_share_type: '部内', external_share_type: '部外' };

function _entry(e: JsonObject, p: Path, hits: _Hits): void {
  _field(e, 'share_type', 'share_type', p, hits);
  for (const [key, prefix] of Object.entries(_SCOPED)) {
    const raw = e[key];
    if (typeof raw === 'string' && raw.trim().startsWith(prefix) && canonicalize(hits.vocabularies.share_type, raw.trim().slice(prefix.length))) e[key] = raw.trim().slice(prefix.length);
    _field(e, key, 'share_type', p, hits);
  }
  _field(e, 'update_frequency', 'update_frequency', p, hits);
  _field(e, 'open_type', 'open_type', p, hits);
  if (typeof e.share_method === 'string' && e.share_method.trim()) e.share_method = [e.share_method];
  if (Array.isArray(e.share_method)) {
    const list = e.share_method as unknown[];
    list.forEach((_, i) => _field(list as unknown as JsonObject, i, 'share_method', [...p, 'share_method'], hits));
  }
  if (e.usage_conditions === '无') e.usage_conditions = 'none';
  // Where the law asks for no conditions, 不适用 or N/A says there are none; for a conditional entry it stays a placeholder.
  else if (!hits.attributes.some((a) => e[a] === 'conditional') && hits.attributes.some((a) => e[a] === 'unconditional' || e[a] === 'non_shareable')) _field(e, 'usage_conditions', 'no_conditions', p, hits);
  _flag(e, 'personal_info', p, hits);
  if (isObject(e.format)) _field(e.format, 'kind', 'format_kind', [...p, 'format'], hits);
  if (isObject(e.classification)) {
    _field(e.classification, 'level', 'classification_level', [...p, 'classification'], hits);
    _field(e.classification, 'secrecy', 'secrecy', [...p, 'classification'], hits);
  }
  _each(e.items, [...p, 'items'], (item, ip) => {
    _field(item, 'type', 'item_type', ip, hits);
    _flag(item, 'personal_info', ip, hits);
    _flag(item, 'sensitive', ip, hits);
  });
  if (isObject(e.non_share)) _flag(e.non_share, 'negative_list', [...p, 'non_share'], hits);
  if (isObject(e.non_share)) _each(e.non_share.legal_basis, [...p, 'non_share', 'legal_basis'], (b, bp) => _field(b, 'type', 'basis_type', bp, hits));
}

/** A yes/no written as text (是, 否, yes) becomes the boolean the format has. */
function _flag(owner: JsonObject, key: string, p: Path, hits: _Hits): void {
  if (typeof owner[key] !== 'string') return;
  _field(owner, key, 'yes_no', p, hits);
  if (owner[key] === 'true' || owner[key] === 'false') owner[key] = owner[key] === 'true';
}

function _each(list: unknown, p: Path, fn: (o: JsonObject, p: Path) => void): void {
  if (Array.isArray(list)) list.forEach((o, i) => isObject(o) && fn(o, [...p, i]));
}

function _field(owner: JsonObject, key: string | number, vocab: VocabularyName, p: Path, hits: _Hits): void {
  const raw = (owner as Record<string | number, unknown>)[key];
  if (typeof raw !== 'string') return;
  const c = canonicalize(hits.vocabularies[vocab], raw);
  if (!c) return;
  (owner as Record<string | number, unknown>)[key] = c.value;
  if (c.kind === 'variant') hits.list.push({ path: typeof key === 'number' ? [...p, key] : [...p, key], given: raw, canonical: c.value, field: vocab });
}

function kindZh(v: unknown): string {
  return v === null ? '空值' : Array.isArray(v) ? '列表' : typeof v === 'string' ? '字符串' : '标量';
}

function kindEn(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}
