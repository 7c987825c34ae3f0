// A catalogue as officers write it → the canonical shape rules read: Chinese keys and their synonyms to the English
// keys, flat forms nested (header fields at the top, 共享范围 beside 使用条件, a provider as a plain name), and for every
// moved or renamed node the path it came from, so findings point at the keys and values as written.
import { KEYS, lookupKey, TEXT_FIELD, wrapKey, type KeyContext, type KeySpec } from './keys.js';
import { canonicalize, VOCABULARIES } from './vocabulary.js';
import type { JsonObject, Path } from './types.js';

export interface Shaped {
  data: JsonObject;
  /** The path in the file of a node given by its canonical path. */
  sourcePath(path: Path): Path;
  /** Whether the file names its fields in Chinese (most keys) or English. */
  keyStyle: 'en' | 'zh';
  /** A field written twice under different names (name and 数据目录名称): the later one is kept aside under its own key. */
  duplicates: { path: Path; key: string; first: Path; written: string }[];
  /** The file has the shape of a catalogue: a header or entries (in either language), or two header fields at the top. */
  catalogueShaped: boolean;
}

export function shapeCatalogue(raw: JsonObject): Shaped {
  const s = new _Shaper();
  const data = s.root(raw);
  return { data, sourcePath: (p) => s.sourcePath(data, p), keyStyle: s.zh > s.en ? 'zh' : 'en', duplicates: s.duplicates, catalogueShaped: _catalogueShaped(raw) };
}

// --- internal ---

/** Where a rebuilt mapping came from: its own path in the file, and each canonical key's path in the file. */
interface Origin {
  path: Path;
  keys: Map<string, Path>;
}

const _CANONICAL = new Map<KeyContext, Set<string>>(
  (Object.keys(KEYS) as KeyContext[]).map((c) => [c, new Set(KEYS[c].filter((s) => !s.key.includes('.')).map((s) => s.key))]),
);

class _Shaper {
  readonly origins = new WeakMap<object, Origin>();
  /** Mappings made up from flat fields (共享范围 → usage_conditions): a mapping written for the same field joins them. */
  readonly made = new WeakSet<object>();
  readonly duplicates: Shaped['duplicates'] = [];
  zh = 0;
  en = 0;

  root(raw: JsonObject): JsonObject {
    // Header fields written at the top level, without the catalogue: wrapper, belong to the header.
    const flat = Object.keys(raw).some((k) => !lookupKey('root', k) && lookupKey('catalogue', k));
    return this.mapping(raw, 'root', [], flat ? 'catalogue' : undefined);
  }

  /** A mapping of a context, rebuilt only when some key is not canonical (a canonical file costs one pass, no copies). */
  mapping(raw: JsonObject, context: KeyContext, at: Path, spill?: KeyContext): JsonObject {
    const canonical = _CANONICAL.get(context)!;
    const keys = Object.keys(raw);
    if (!spill && keys.every((k) => canonical.has(k))) {
      this.en += keys.length;
      for (const k of keys) {
        const spec = lookupKey(context, k)!;
        const old = raw[k];
        // Only a field with fields of its own can change (Chinese keys inside, a plain value to wrap): no path built for the rest.
        if (!spec.context || ((typeof old !== 'object' || old === null) && !spec.scalar)) continue;
        const v = this.value(old, spec, [...at, k]);
        if (v !== old) raw[k] = v;
      }
      return raw;
    }
    const out: JsonObject = {};
    this.origins.set(out, { path: at, keys: new Map() });
    for (const k of keys) {
      const from = [...at, k];
      let spec = lookupKey(context, k);
      let prefix = '';
      if (!spec && spill) {
        spec = lookupKey(spill, k);
        prefix = 'catalogue.';
      }
      if (!spec) {
        this._place(out, k, raw[k], from);
        continue;
      }
      if (canonical.has(k) || (prefix && _CANONICAL.get(spill!)!.has(k))) this.en++;
      else this.zh++;
      const value = this.value(raw[k], spec, from);
      this._placeAt(out, `${prefix}${spec.key}`, value, from, spill && prefix ? spill : context);
    }
    return out;
  }

  /** A value under its field: mappings and lists of the field's context shaped, a plain value where a mapping belongs wrapped. */
  value(v: unknown, spec: KeySpec, at: Path): unknown {
    if (!spec.context) return v;
    if (spec.list) {
      if (!Array.isArray(v)) return v;
      let changed = false;
      const out = v.map((el, i) => {
        const shaped = isObject(el) ? this.mapping(el, spec.context!, [...at, i]) : typeof el === 'string' && spec.scalar ? this._wrap(el, spec, [...at, i]) : el;
        if (shaped !== el) changed = true;
        return shaped;
      });
      return changed ? out : v;
    }
    if (isObject(v)) return this.mapping(v, spec.context, at);
    if (spec.scalar && (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '') return this._wrap(v, spec, at);
    return v;
  }

  /** The path in the file of a canonical path: through the origins of rebuilt mappings, else key by key. */
  sourcePath(root: JsonObject, path: Path): Path {
    let node: unknown = root;
    let source: Path = this.origins.get(root)?.path ?? [];
    for (const seg of path) {
      const origin = isObject(node) ? this.origins.get(node) : undefined;
      if (origin) {
        const k = origin.keys.get(String(seg));
        if (!k) return source;
        source = k;
      } else source = [...source, seg];
      node = isObject(node) || Array.isArray(node) ? (Object.hasOwn(node, seg) ? (node as Record<string | number, unknown>)[seg] : undefined) : undefined;
      if (node === undefined) return source;
    }
    return source;
  }

  /** 一般数据 (or 涉密) as a classification is its level; any other text its category. */
  private _wrap(v: unknown, spec: KeySpec, at: Path): JsonObject {
    const key = wrapKey(spec, v, isGrade);
    const out: JsonObject = { [key]: v };
    this.origins.set(out, { path: at, keys: new Map([[key, at]]) });
    return out;
  }

  /** Puts a value at a dotted canonical path, creating the mappings on the way (a flat 共享范围 makes usage_conditions). */
  private _placeAt(out: JsonObject, dotted: string, value: unknown, from: Path, context: KeyContext): void {
    const segs = dotted.split('.');
    let owner = out;
    let ctx: KeyContext | undefined = context === 'catalogue' ? 'root' : context;
    for (let i = 0; i < segs.length - 1; i++) {
      const seg = segs[i];
      const spec: KeySpec | undefined = ctx ? KEYS[ctx].find((s) => s.key === seg) : undefined;
      const ownerOrigin = this.origins.get(owner)!;
      let child = owner[seg];
      if (child === undefined) {
        // A header made of top-level fields is the file's top level; other made-up mappings stand where their first field is.
        const where = owner === out && ctx === 'root' ? ownerOrigin.path : from;
        const made: JsonObject = {};
        child = made;
        this.made.add(made);
        this.origins.set(made, { path: where, keys: new Map() });
        this._place(owner, seg, child, where);
      } else if (!isObject(child)) {
        // A text beside its own fields (使用条件: 仅限… with 共享范围: …): the text becomes the field it stands for.
        const wrapped: JsonObject = { [TEXT_FIELD[seg] ?? spec?.scalar ?? 'text']: child };
        const was = ownerOrigin.keys.get(seg) ?? [...ownerOrigin.path, seg];
        this.origins.set(wrapped, { path: was, keys: new Map([[Object.keys(wrapped)[0], was]]) });
        owner[seg] = wrapped;
        child = wrapped;
      }
      // An existing mapping written in canonical form (not rebuilt) gets an origin of its own keys first.
      if (!this.origins.has(child as JsonObject)) this._adopt(child as JsonObject, ownerOrigin.keys.get(seg) ?? [...ownerOrigin.path, seg]);
      owner = child as JsonObject;
      ctx = spec?.context ?? _CHILD[seg];
    }
    const last = segs[segs.length - 1];
    const existing = owner[last];
    if (isObject(existing) && isObject(value) && this.made.has(existing)) {
      // Flat fields came first (格式说明, then 数据格式: 数据库表): the mapping joins them, field by field, and the
      // mapping written out is where the field now stands.
      this.origins.get(existing)!.path = from;
      this.origins.get(owner)!.keys.set(last, from);
      const origin = this.origins.get(value);
      for (const k of Object.keys(value)) this._place(existing, k, value[k], origin?.keys.get(k) ?? [...from, k]);
      return;
    }
    if (existing !== undefined && isObject(existing) && (typeof value === 'string' || typeof value === 'number')) {
      // The mapping came first (from flat fields); the text joins it as the field it stands for.
      const field = TEXT_FIELD[last];
      if (field && !(field in existing)) {
        existing[field] = value;
        this.origins.get(existing)!.keys.set(field, from);
        return;
      }
    }
    this._place(owner, last, value, from);
  }

  /** Sets a key, or keeps a second writing of the same field aside (under the name it was written with). */
  private _place(owner: JsonObject, key: string, value: unknown, from: Path): void {
    const origin = this.origins.get(owner)!;
    if (Object.hasOwn(owner, key)) {
      // The second writing is kept aside under the name it was written with (or, when that is the key itself, a
      // numbered one), so only the first is checked and unknown-field says the field was written twice.
      const written = String(from[from.length - 1]);
      let aside = written === key ? `${written} (2)` : written;
      for (let n = 3; Object.hasOwn(owner, aside); n++) aside = `${written} (${n})`;
      this.duplicates.push({ path: [...origin.path, aside], key, first: origin.keys.get(key) ?? [...origin.path, key], written });
      _define(owner, aside, value);
      origin.keys.set(aside, from);
      return;
    }
    _define(owner, key, value);
    origin.keys.set(key, from);
  }

  /** An unchanged (canonical) mapping that a flat form now writes into: give it an origin of its own keys. */
  private _adopt(owner: JsonObject, path: Path): void {
    this.origins.set(owner, { path, keys: new Map(Object.keys(owner).map((k) => [k, [...path, k]])) });
  }
}

/** A key from the file set as an own property: "__proto__" or "constructor" must stay data. */
function _define(o: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The profile a catalogue names for itself (catalogue.profile, 检查配置 — in either language, flat or not), if any. */
export function declaredProfile(raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const read = (map: JsonObject, context: KeyContext) => {
    for (const k of Object.keys(map)) if (lookupKey(context, k)?.key === 'profile' && typeof map[k] === 'string') return (map[k] as string).trim();
    return undefined;
  };
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    const named = lookupKey('root', k)?.key === 'catalogue' && isObject(v) ? read(v, 'catalogue') : undefined;
    if (named) return named;
  }
  return read(raw, 'catalogue');
}

/** A grade (一般数据, 重要, 核心) or a secrecy mark (涉密): what a one-word classification states. */
export function isGrade(text: string): boolean {
  return canonicalize(VOCABULARIES.classification_level, text) !== undefined || canonicalize(VOCABULARIES.secrecy, text) !== undefined;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// A workflow or compose file shares a word or two with a catalogue (name, version), never a header or entries.
function _catalogueShaped(raw: JsonObject): boolean {
  const keys = Object.keys(raw);
  if (keys.some((k) => lookupKey('root', k)?.key === 'catalogue' || lookupKey('root', k)?.key === 'entries')) return true;
  // A govcat profile or config file (rules:, extends:) names an id and a title too, but no catalogue has rules.
  if (keys.includes('rules')) return false;
  return keys.filter((k) => lookupKey('catalogue', k)).length >= 2;
}


const _CHILD: Record<string, KeyContext> = {
  catalogue: 'catalogue', department: 'department', approval: 'approval', assessments: 'assessments', provider: 'provider', format: 'format',
  usage_conditions: 'usageConditions', non_share: 'nonShare', classification: 'classification', review: 'review',
  confidentiality_risk: 'assessment', personal_information_impact: 'assessment',
};
