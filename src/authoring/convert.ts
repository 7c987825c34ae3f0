// govcat convert as a pure function: a catalogue rewritten between its Chinese-keyed and canonical English forms,
// keys renamed where they stand and flat fields nested, comments and values kept; what lint reads is unchanged.
import { isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, type Document, type Node } from 'yaml';
import { InputError } from '../core/errors.js';
import { KEYS, lookupKey, TEXT_FIELD, wrapKey, type KeyContext, type KeySpec } from '../core/keys.js';
import { isGrade } from '../core/shape.js';
import { loadYaml } from '../core/load.js';
import { normalize } from '../core/normalize.js';
import { VOCABULARIES, type VocabularyName } from '../core/vocabulary.js';
import { orderKeys, TO_STRING } from './format.js';
import { parseStrict, sameData } from './yaml-strict.js';

export type KeyLanguage = 'en' | 'zh';

export interface ConvertResult {
  output: string;
  changed: boolean;
}

/**
 * To English: every key to its canonical English key, flat forms nested (a header at the top level under catalogue:,
 * 共享范围 under usage_conditions …), canonical Chinese terms to their English terms. To Chinese: the English form with
 * every key and canonical term in Chinese, line for line. Both come out in the canonical key order (key-order.ts).
 * Variants (每 3 月) stay as written: lint reads them the same.
 */
export function convertCatalogue(text: string, file: string, to: KeyLanguage): ConvertResult {
  const before = normalize(structuredClone(loadYaml(text, file).data), file).root;
  const { doc } = parseStrict(text, file);
  const root = doc.contents as YAMLMap | null;
  if (!isMap(root)) throw new InputError(file, { zh: '文件顶层应为映射（键: 值）', en: 'the top level must be a mapping (key: value)' }, 1, 1);
  _toEnglish(root, 'root');
  orderKeys(doc);
  _noBlankUnderKey(root);
  if (to === 'zh') _toChinese(root, 'root');
  else if (!root.items.some((p) => _key(p) === 'govcat')) root.items.unshift(new Pair(new Scalar('govcat'), new Scalar(1)));
  _modeline(doc, to);
  const output = doc.toString(TO_STRING);
  // The rewrite must not change what the catalogue says: the same canonical reading before and after.
  const { govcat: _added, ...after } = normalize(structuredClone(_readBack(output, file, to)), file).root;
  const { govcat: _had, ...was } = before;
  if (!sameData(after, was)) {
    throw new InputError(file, _CHANGED);
  }
  return { output, changed: output !== text };
}

// --- internal ---

const _CHANGED = { zh: '转换后的内容与原文件不一致，未写出；请报告此问题', en: 'the converted catalogue would not say the same as the original, so nothing was written; please report this' };

/** The converted text as data; a key it would hold twice (a field written under two of its names) is refused. */
function _readBack(output: string, file: string, to: KeyLanguage): unknown {
  try {
    return loadYaml(output, file).data;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const twice = /the key "([^"]+)" is written twice/.exec(e.text.en)?.[1];
    if (twice === undefined) throw new InputError(file, _CHANGED);
    throw new InputError(file, {
      zh: `转换后“${twice}”会在同一映射中出现两次（同一字段用两个名称各写了一次），未写出；请先删去其中一个`,
      en: `converted, "${twice}" would appear twice in one mapping (one field written under two of its names), so nothing was written; delete one of them first`,
    });
  }
}

/** A field moved into a mapping (审核人 under approval:) brings the blank line above it; none goes right under a key. */
function _noBlankUnderKey(map: YAMLMap): void {
  map.items.forEach((pair) => {
    const v = pair.value;
    const first = isMap(v) ? v.items[0]?.key : isSeq(v) ? v.items[0] : undefined;
    if (first && typeof first === 'object') (first as { spaceBefore?: boolean }).spaceBefore = false;
    if (isMap(v)) _noBlankUnderKey(v);
    else if (isSeq(v)) for (const el of v.items) if (isMap(el)) _noBlankUnderKey(el);
  });
}

/** Rewrites a mapping of a context to canonical English keys and nesting, in place. */
function _toEnglish(map: YAMLMap, context: KeyContext): void {
  const out: Pair[] = [];
  // Header fields written at the top level go under catalogue:, as the reader puts them.
  const spill = context === 'root' && map.items.some((p) => !lookupKey('root', _key(p) ?? '') && lookupKey('catalogue', _key(p) ?? ''));
  // The top-level keys first, so a header field written above `catalogue:` (profile: miit) joins that mapping.
  const first = (p: Pair) => (lookupKey('root', _key(p) ?? '') ? 0 : 1);
  const pairs = spill ? [...map.items].sort((a, b) => first(a) - first(b)) : map.items;
  for (const pair of pairs) {
    const name = _key(pair);
    let spec = name === undefined ? undefined : lookupKey(context, name);
    let prefix: string[] = [];
    let ctx = context;
    if (!spec && spill && name !== undefined) {
      spec = lookupKey('catalogue', name);
      prefix = ['catalogue'];
      ctx = 'catalogue';
    }
    if (!spec) {
      out.push(pair);
      continue;
    }
    _valueToEnglish(pair, spec, ctx);
    const segs = [...prefix, ...spec.key.split('.')];
    const owner = segs.length === 1 ? out : _ensureMap(out, segs.slice(0, -1));
    if (owner.some((p) => _key(p) === segs[segs.length - 1])) {
      out.push(pair); // the same field written twice: left under the name it was written with, as lint reports it
      continue;
    }
    _rename(pair, segs[segs.length - 1]);
    owner.push(pair);
  }
  map.items = out;
}

function _valueToEnglish(pair: Pair, spec: KeySpec, ctx: KeyContext): void {
  const v = pair.value as Node | null;
  if (spec.context && isMap(v)) _toEnglish(v, spec.context);
  else if (spec.context && spec.list && isSeq(v)) {
    v.items = v.items.map((el) => {
      if (isMap(el)) _toEnglish(el, spec.context!);
      else if (isScalar(el) && spec.scalar && typeof el.value === 'string') return _wrapped(spec.scalar, el);
      return el;
    });
  } else if (spec.context && spec.scalar && !spec.list && isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim() !== '') {
    const field = wrapKey(spec, v.value, isGrade);
    pair.value = _wrapped(field, v);
    const inner = _vocabularyOf(spec.context, field);
    if (inner) _translate(v, inner, 'en');
  }
  const vocab = _vocabularyOf(ctx, spec.key);
  if (vocab) _translate(pair.value as Node | null, vocab, 'en');
}

/** The nested mapping at a canonical path among the pairs being built (made where it does not exist yet). */
function _ensureMap(items: Pair[], segs: string[]): Pair[] {
  let owner = items;
  for (const seg of segs) {
    let pair = owner.find((p) => _key(p) === seg);
    if (!pair) {
      pair = new Pair(new Scalar(seg), new YAMLMap());
      owner.push(pair);
    } else if (!isMap(pair.value)) {
      // A text beside its own fields (使用条件: … with 共享范围: …) becomes the field it stands for.
      const field = TEXT_FIELD[seg];
      const map = new YAMLMap();
      if (pair.value !== null && field) map.items.push(new Pair(new Scalar(field), pair.value));
      pair.value = map;
    }
    owner = (pair.value as YAMLMap).items as Pair[];
  }
  return owner;
}

/** Rewrites canonical English keys (and canonical terms) to their Chinese names, in place, line for line. */
function _toChinese(map: YAMLMap, context: KeyContext): void {
  for (const pair of map.items) {
    const name = _key(pair);
    const spec = name === undefined ? undefined : KEYS[context].find((s) => s.key === name);
    if (!spec) continue;
    const v = pair.value as Node | null;
    // A list written as a single mapping (legal_basis: {title: …}) is read with English keys only: it keeps them.
    if (spec.context && isMap(v) && !spec.list) _toChinese(v, spec.context);
    else if (spec.context && spec.list && isSeq(v)) for (const el of v.items) if (isMap(el)) _toChinese(el, spec.context);
    const vocab = _vocabularyOf(context, spec.key);
    if (vocab) _translate(v, vocab, 'zh');
    // A one-line mapping holding only the field a plain value stands for is written as that value (提供单位: 某局), as
    // officers do; a block mapping stays, so every line keeps its number.
    if (spec.scalar && isMap(v) && v.flow && v.items.length === 1 && _key(v.items[0]) === _chinese(spec.context!, spec.scalar) && isScalar(v.items[0].value)) {
      pair.value = v.items[0].value;
    }
    _rename(pair, spec.zh[0]);
  }
}

function _chinese(context: KeyContext, key: string): string | undefined {
  return KEYS[context].find((s) => s.key === key)?.zh[0];
}

/** A canonical term to the other language's canonical term; variants and free text stay as written. */
function _translate(node: Node | null, vocab: VocabularyName, to: KeyLanguage): void {
  const terms = VOCABULARIES[vocab].terms;
  const one = (s: unknown) => {
    if (!isScalar(s)) return;
    // 是/否 are the Chinese for the booleans of personal_info and sensitive.
    if (vocab === 'yes_no') {
      if (to === 'en' && (s.value === '是' || s.value === '否')) s.value = s.value === '是';
      else if (to === 'zh' && typeof s.value === 'boolean') s.value = s.value ? '是' : '否';
      return;
    }
    if (typeof s.value !== 'string') return;
    if (to === 'zh' && Object.hasOwn(terms, s.value)) s.value = terms[s.value];
    else if (to === 'en') {
      const en = Object.keys(terms).find((k) => terms[k] === s.value);
      if (en !== undefined) s.value = en;
    }
  };
  if (isSeq(node)) node.items.forEach(one);
  else one(node);
}

function _vocabularyOf(context: KeyContext, key: string): VocabularyName | undefined {
  return _VOCAB[`${context}.${key}`];
}

// Where an enumerated value stands, and its vocabulary (the fields normalize() canonicalises).
const _VOCAB: Record<string, VocabularyName> = {
  'catalogue.level': 'level', 'entry.share_type': 'share_type', 'entry.update_frequency': 'update_frequency', 'entry.open_type': 'open_type',
  'entry.share_method': 'share_method', 'format.kind': 'format_kind', 'entry.format.kind': 'format_kind', 'classification.level': 'classification_level',
  'entry.classification.level': 'classification_level', 'classification.secrecy': 'secrecy', 'entry.classification.secrecy': 'secrecy',
  'item.type': 'item_type', 'legalBasis.type': 'basis_type', 'assessment.conclusion': 'conclusion', 'assessment.status': 'assessment_status',
  'changeEvent.kind': 'event_kind', 'entry.usage_conditions': 'no_conditions',
  'item.personal_info': 'yes_no', 'item.sensitive': 'yes_no', 'entry.personal_info': 'yes_no',
};

function _wrapped(field: string, value: Node): YAMLMap {
  const map = new YAMLMap();
  map.flow = true;
  map.items.push(new Pair(new Scalar(field), value));
  return map;
}

function _rename(pair: Pair, name: string): void {
  const old = pair.key as Scalar;
  if (isScalar(old) && old.value === name) return;
  const key = new Scalar(name);
  if (isScalar(old)) Object.assign(key, { commentBefore: old.commentBefore, comment: old.comment, spaceBefore: old.spaceBefore });
  pair.key = key;
}

function _key(p: unknown): string | undefined {
  return isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined;
}

/** The schema modeline follows the form: catalogue.schema.json for English keys, catalogue.zh.schema.json for Chinese. */
function _modeline(doc: Document, to: KeyLanguage): void {
  const swap = (c: string | null | undefined) => c?.replace(/(\$schema=\S*?)catalogue(?:\.zh)?\.schema\.json/, `$1catalogue${to === 'zh' ? '.zh' : ''}.schema.json`);
  doc.commentBefore = swap(doc.commentBefore) ?? null;
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (first && isScalar(first.key)) first.key.commentBefore = swap(first.key.commentBefore) ?? undefined;
}
