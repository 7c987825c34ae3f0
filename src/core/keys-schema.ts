// The schemas editors use (yaml-language-server), made from the canonical schema lint checks a read catalogue against.
// An editor sees the file as written, before govcat reads it: Chinese keys (zh), the flat forms officers write, plain
// values where a mapping belongs, vocabulary variants (字符型C, 每 3 月), 是/否. It must never show an error where
// govcat lint has none, so it checks shapes and vocabularies only and leaves to lint what lint decides with more than a
// schema: unknown keys (a warning), missing fields, placeholders, periods outside the vocabulary (每学年, a warning),
// dates (a warning under hubei), and the fields whose reading depends on the profile (share attributes, share methods,
// the open-data class, usage conditions). test/editor/ holds it to that with yaml-language-server itself.
import { KEYS, type KeyContext } from './keys.js';
import { VOCABULARIES, type Vocabularies, type VocabularyName } from './vocabulary.js';
import type { JsonObject } from './types.js';

/** The editor schema of the catalogue with English keys (`en`), or with the Chinese keys and their synonyms too (`zh`). */
export function editorSchema(canonical: JsonObject, keys: 'en' | 'zh', vocabularies: Vocabularies = VOCABULARIES): JsonObject {
  const shaped = _shaped(canonical, keys === 'zh');
  const schema = _edit(shaped, vocabularies) as JsonObject;
  const name = keys === 'zh' ? 'catalogue.zh.schema.json' : 'catalogue.schema.json';
  const { $schema, $id: _id, $comment: _comment, ...rest } = schema;
  return {
    $schema,
    $id: String(canonical.$id).replace(/[^/]+$/, name),
    $comment: `Made by scripts/build.mjs from ${String(canonical.$id).replace(/^.*\//, '')} (the schema govcat lint checks a catalogue against once it has read it) for editors: edit that file, not this one.`,
    ...rest,
    ...(keys === 'zh' ? { title: `${String(schema.title)}（中文键名）` } : {}),
    description: keys === 'zh'
      ? `${_zh(schema.description)} 本模式另接受中文键名、同义写法和部门常用的扁平写法（目录信息可直接写在顶层，共享范围、使用用途可与使用条件并列）。编辑器据此补全和说明字段；是否符合条例由 govcat lint 判断。 / ${_en(schema.description)} This schema also accepts the Chinese keys, their synonyms and the flat forms departments write. Editors complete and explain fields with it; govcat lint decides compliance.`
      : `${_zh(schema.description)} 编辑器据此补全和说明字段；是否符合条例由 govcat lint 判断。 / ${_en(schema.description)} Editors complete and explain fields with it; govcat lint decides compliance.`,
  };
}

// --- internal ---

type _Node = Record<string, unknown>;

/** The variants of a vocabulary as one regular expression: what govcat reads as a term (folded, any case where it lower-cases). */
function _variantPattern(vocabulary: Vocabularies[VocabularyName]): string {
  const words: [string, boolean][] = [
    ...Object.keys(vocabulary.terms).map((w): [string, boolean] => [w, true]),
    ...Object.values(vocabulary.terms).map((w): [string, boolean] => [w, false]),
    ...Object.keys(vocabulary.variants).map((w): [string, boolean] => [w, w === w.toLowerCase()]),
  ];
  // A spelling with a space inside is never matched: govcat removes spaces before looking a value up.
  const alternatives = [...new Set(words.filter(([w]) => !/\s/.test(w)).map(([w, caseless]) => [...w].map((c) => _char(c, caseless)).join('\\s*')))];
  return `^\\s*(?:${alternatives.join('|')})\\s*$`;
}

/**
 * Vocabularies whose other values are no error of lint's under some built-in profile, so the editor offers the terms and
 * accepts anything: the share attributes (miit reads 部内/部外 instead of share_type, national the reverse), share methods
 * (a warning under hubei), the open-data class (a warning), usage conditions (text or a number is no defect of an
 * unconditional entry). Text outside the update frequencies may be a period (每学年, a warning), so any text passes there.
 */
const _OPEN: Partial<Record<VocabularyName, _Node>> = { share_type: {}, share_method: {}, open_type: {}, no_conditions: {}, update_frequency: { type: 'string' } };
/** Checks of the canonical form that are lint's to make, with its own positions and severities. */
const _LINT_ONLY = ['additionalProperties', 'required', 'minItems', 'uniqueItems', 'minLength'];

/** The canonical schema with plain values where a mapping belongs, and (zh) every field also under its Chinese names. */
function _shaped(canonical: JsonObject, chinese: boolean): JsonObject {
  const schema = structuredClone(canonical) as JsonObject & { $defs: Record<string, JsonObject>; properties: Record<string, JsonObject> };
  const original = structuredClone(canonical) as typeof schema;
  for (const context of Object.keys(KEYS) as KeyContext[]) {
    const target = context === 'root' ? schema : schema.$defs[context];
    const source = context === 'root' ? original : original.$defs[context];
    if (!target?.properties) continue;
    const props = target.properties as Record<string, JsonObject>;
    const add = (name: string, node: JsonObject, note: string) => {
      if (!Object.hasOwn(props, name)) props[name] = { ...node, title: name, description: `${note}${String(node.description ?? '')}` };
    };
    for (const spec of KEYS[context]) {
      const node = _at(original, context === 'root' ? original : source, spec.key);
      if (!node) continue;
      const shaped = _loosen(node, spec.scalar !== undefined, spec.list === true);
      if (!spec.key.includes('.')) props[spec.key] = { ..._loosen(props[spec.key] ?? node, spec.scalar !== undefined, spec.list === true) };
      if (chinese) spec.zh.forEach((name, i) => add(name, shaped, i === 0 ? `“${spec.key}”的中文键名。 ` : `“${spec.zh[0]}”（${spec.key}）的同义写法。 `));
    }
  }
  // The header may be written at the top level, without catalogue: (目录信息:). English-keyed files may do so too, but
  // their completion at the top stays govcat, catalogue and entries: unknown keys are no error for an editor.
  if (chinese) {
    const rootProps = schema.properties as Record<string, JsonObject>;
    for (const [name, node] of Object.entries(schema.$defs.catalogue.properties as Record<string, JsonObject>)) {
      if (!Object.hasOwn(rootProps, name)) rootProps[name] = node;
    }
  }
  // A conditional entry's usage conditions may be text beside 共享范围 and 使用用途; lint says what is missing.
  const entry = schema.$defs.entry.properties as Record<string, JsonObject>;
  for (const name of ['usage_conditions', ...(chinese ? KEYS.entry.find((s) => s.key === 'usage_conditions')!.zh : [])]) {
    const forms = (entry[name]?.anyOf as JsonObject[] | undefined) ?? [];
    if (entry[name] && !forms.some((f) => f.type === 'string' && !f.enum)) entry[name] = { ...entry[name], anyOf: [...forms, { type: 'string' }] };
  }
  return schema;
}

/** A schema node as editors get it: lint-only checks dropped, vocabularies with their variants, every field nullable. */
function _edit(raw: unknown, vocabularies: Vocabularies): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const node: _Node = { ...(raw as _Node) };
  for (const k of _LINT_ONLY) if (k !== 'additionalProperties' || node[k] === false) delete node[k];
  if (node.$defs) node.$defs = Object.fromEntries(Object.entries(node.$defs as _Node).map(([name, d]) => [name, _nullable((name === 'date' ? _date(d as _Node) : _edit(d, vocabularies)) as _Node)]));
  if (node.properties) {
    node.properties = Object.fromEntries(Object.entries(node.properties as _Node).map(([k, v]) => [k, _described(_nullable(_edit(v, vocabularies) as _Node), k)]));
  }
  if (node.items && typeof node.items === 'object') node.items = _nullable(_edit(node.items, vocabularies) as _Node);
  if (Array.isArray(node.anyOf)) node.anyOf = node.anyOf.map((b) => _edit(b, vocabularies));
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return _vocabulary(node, vocabularies);
  // A six-digit code (region) may be written as a number: lint reads 110000 as "110000".
  if (node.type === 'string' && node.pattern === '^\\d{6}$') {
    const { type, pattern, ...meta } = node;
    return { ...meta, anyOf: [{ type, pattern }, { type: 'integer' }] };
  }
  // 是/否, yes/no, 涉及/不涉及 … are read as the boolean (normalize.ts); other text is lint's finding.
  if (node.type === 'boolean') {
    const { type: _boolean, ...meta } = node;
    return { ...meta, anyOf: [{ type: 'boolean' }, _terms(vocabularies.yes_no, ['是', '否']), { type: 'string', pattern: _variantPattern(vocabularies.yes_no) }] };
  }
  return node;
}

/** An enumerated field: its terms for completion (each with its other-language term), the variants govcat reads as them. */
function _vocabulary(node: _Node, vocabularies: Vocabularies): _Node {
  const values = node.enum as string[];
  const { type: _type, enum: _enum, ...meta } = node;
  const name = _vocabularyOf(values, vocabularies);
  if (!name) return node;
  const terms = _terms(vocabularies[name], values);
  const open = _OPEN[name];
  if (open) return { ...meta, anyOf: [terms, open] };
  return { ...meta, anyOf: [terms, { type: 'string', pattern: _variantPattern(vocabularies[name]) }] };
}

/** The vocabulary an enum lists: of those whose terms are all in it, the one with the most terms. */
function _vocabularyOf(values: string[], vocabularies: Vocabularies): VocabularyName | undefined {
  const size = (name: VocabularyName) => Object.keys(vocabularies[name].terms).length;
  const listed = (Object.keys(vocabularies) as VocabularyName[]).filter((name) => Object.entries(vocabularies[name].terms).flat().every((t) => values.includes(t)));
  return listed.sort((a, b) => size(b) - size(a))[0];
}

/** The listed values, each explained by its other-language term (conditional → 有条件共享) in completion. */
function _terms(vocabulary: Vocabularies[VocabularyName], values: string[]): _Node {
  const pairs = Object.entries(vocabulary.terms);
  const other = (v: string) => pairs.find(([en]) => en === v)?.[1] ?? pairs.find(([, zh]) => zh === v)?.[0] ?? pairs.find(([, zh]) => v.endsWith(zh))?.[0];
  return { type: 'string', enum: values, markdownEnumDescriptions: values.map((v) => (other(v) ? `${v}（${other(v)}）` : v)) };
}

/** Dates are checked by lint's date-valid (a warning under hubei): the editor takes any date text, or a number. */
function _date(node: _Node): _Node {
  const { type: _type, pattern: _pattern, ...meta } = node;
  return { ...meta, type: ['string', 'number'] };
}

/**
 * A field left empty (key: with no value) is a missing field, lint's to report where the entry or header is. Null is
 * added to a field's type (so completion still inserts a mapping's skeleton), to its forms, or to the definition a $ref names.
 */
function _nullable(node: _Node): _Node {
  if (node.$ref !== undefined && node.type === undefined) return node;
  if (Array.isArray(node.anyOf) && node.type === undefined && node.enum === undefined && node.const === undefined) {
    return node.anyOf.some((b) => (b as _Node).type === 'null') ? node : { ...node, anyOf: [...node.anyOf, { type: 'null' }] };
  }
  if (node.type !== undefined && node.enum === undefined && node.const === undefined) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    return types.includes('null') ? node : { ...node, type: [...types, 'null'] };
  }
  const { title, description, examples, ...rest } = node;
  const meta = { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}), ...(examples !== undefined ? { examples } : {}) };
  return { ...meta, anyOf: [rest, { type: 'null' }] };
}

/** Completion shows a field's description, not its title: the Chinese name leads it (**数据更新频率**（update_frequency）). */
function _described(node: _Node, key: string): _Node {
  if (typeof node.title !== 'string' || typeof node.description !== 'string') return node;
  const head = node.title === key ? `**${key}**` : `**${node.title}**（\`${key}\`）`;
  return { ...node, markdownDescription: `${head}\n\n${_zh(node.description)}\n\n${_en(node.description)}` };
}

function _zh(description: unknown): string {
  const d = String(description ?? '');
  return d.includes(' / ') ? d.slice(0, d.indexOf(' / ')) : d;
}

function _en(description: unknown): string {
  const d = String(description ?? '');
  return d.includes(' / ') ? d.slice(d.indexOf(' / ') + 3) : '';
}

/** One character of a term in a pattern: with its full-width form (govcat folds it), and either case where govcat lower-cases. */
function _char(c: string, caseless: boolean): string {
  const code = c.codePointAt(0)!;
  if (code < 0x21 || code > 0x7e) return /[\p{L}\p{N}]/u.test(c) ? c : `\\u{${code.toString(16)}}`;
  const forms = new Set([c, ...(caseless && /[a-z]/i.test(c) ? [c.toLowerCase(), c.toUpperCase()] : [])]);
  for (const f of [...forms]) forms.add(String.fromCodePoint(f.codePointAt(0)! + 0xfee0));
  return `[${[...forms].map((f) => (/[a-z0-9]/i.test(f) || f.codePointAt(0)! > 0x7e ? f : `\\u{${f.codePointAt(0)!.toString(16)}}`)).join('')}]`;
}

/** The schema node at a dotted path inside a definition (usage_conditions.scope → the scope property). */
function _at(root: JsonObject, def: JsonObject | undefined, dotted: string): JsonObject | undefined {
  let node: JsonObject | undefined = def;
  for (const seg of dotted.split('.')) {
    node = _deref(root, node);
    // A field of several forms (none, or a mapping): the mapping's fields.
    const branches = [node, ...((node?.anyOf as JsonObject[] | undefined) ?? []).map((b) => _deref(root, b))];
    node = branches.map((b) => (b?.properties as Record<string, JsonObject> | undefined)?.[seg]).find(Boolean);
  }
  return node;
}

function _deref(root: JsonObject, node: JsonObject | undefined): JsonObject | undefined {
  for (let i = 0; node && typeof node.$ref === 'string' && i < 8; i++) {
    node = String(node.$ref).split('/').slice(1).reduce<JsonObject | undefined>((n, k) => n?.[k] as JsonObject | undefined, root);
  }
  return node;
}

/** A field that takes a mapping also takes the plain value officers write (提供单位: 某局); a list also takes plain items. */
function _loosen(node: JsonObject, scalar: boolean, list: boolean): JsonObject {
  if (!scalar) return node;
  if (list && node.type === 'array' && node.items) return { ...node, items: { anyOf: [node.items as JsonObject, { type: 'string' }] } };
  if (list || JSON.stringify(node).includes('"type":"string"')) return node;
  const { title, description, ...rest } = node;
  return { title, description, anyOf: [rest, { type: 'string' }] };
}
