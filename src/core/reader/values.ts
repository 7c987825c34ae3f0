// Scalar values and mapping pairs exactly as js-yaml's constructor makes them: its own decoding (getScalarValue)
// for anything but a verbatim range, its core-schema resolvers for plain scalars, its object-map key rules.
import { CORE_SCHEMA, getScalarValue, type ScalarEvent } from 'js-yaml';
import type { Cursor } from './cursor.js';
import { giveUp } from './give-up.js';
import { PLAIN } from './table.js';

const _resolve = (s: string): unknown => CORE_SCHEMA.resolveImplicitScalarTag(s).value;

/**
 * First characters (ASCII) some implicit core tag may resolve: the schema's own dispatch table. A plain scalar
 * starting with any other character is a string without asking; if the schema ever declares a resolver for any
 * first character, or a non-ASCII one, every scalar is resolved.
 */
const _CANDIDATE = (() => {
  const table = new Uint8Array(128);
  for (const tag of CORE_SCHEMA.tags) {
    if (tag.nodeKind !== 'scalar' || !tag.implicit) continue;
    if (tag.implicitFirstChars === null) return null;
    for (const ch of tag.implicitFirstChars) {
      if (ch.length === 0) continue;
      if (ch.length !== 1 || ch.charCodeAt(0) >= 128) return null;
      table[ch.charCodeAt(0)] = 1;
    }
  }
  return table;
})();

/** What a node with no content constructs to (null under the core schema). */
export const EMPTY: unknown = _resolve('');

/** The text of the scalar last read, decoded as js-yaml decodes it. */
export function scalarText(c: Cursor): string {
  if (c.sFast) return c.text.slice(c.sStart, c.sEnd);
  const ev = {
    type: 4, valueStart: c.sStart, valueEnd: c.sEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1,
    style: c.sStyle, chomping: c.sChomping, indent: c.sIndent, fast: false,
  } as ScalarEvent;
  return getScalarValue(c.text, ev);
}

/** The value of the scalar last read: plain ones resolved by the core schema, the others strings. */
export function scalarValue(c: Cursor): unknown {
  if (c.sStyle === PLAIN && c.sFast && c.sEnd - c.sStart <= _SHORT) return c.memo.value(c.text, c.sStart, c.sEnd);
  const s = scalarText(c);
  if (c.sStyle !== PLAIN) return s;
  return _obviousString(s) ? s : _resolve(s);
}

/** The scalar last read as an object key: its value stringified, as js-yaml's default map does. */
export function scalarKey(c: Cursor): string {
  if (c.sStyle === PLAIN && c.sFast && c.sEnd - c.sStart <= _SHORT) return c.memo.key(c.text, c.sStart, c.sEnd);
  const s = scalarText(c);
  if (c.sStyle !== PLAIN || _obviousString(s)) return s;
  return String(_resolve(s));
}

const _SHORT = 32;

/**
 * Short plain scalars recur (every key, and values from a vocabulary such as `type: string`): each distinct one is
 * cut out of the text and resolved once per document, and found again by comparing the text in place.
 */
export class ScalarMemo {
  private readonly texts: (string | undefined)[] = new Array(4096);
  private readonly values: unknown[] = new Array(4096);
  private readonly keys: (string | undefined)[] = new Array(4096);

  value(t: string, s: number, e: number): unknown {
    const h = this._slot(t, s, e);
    return h >= 0 ? this.values[h] : this.values[~h];
  }

  key(t: string, s: number, e: number): string {
    let h = this._slot(t, s, e);
    if (h < 0) h = ~h;
    let key = this.keys[h];
    if (key === undefined) {
      const text = this.texts[h]!;
      key = this.keys[h] = _obviousString(text) ? text : String(this.values[h]);
    }
    return key;
  }

  /** The slot holding the text from s to e: found (>= 0) or just filled (~slot). */
  private _slot(t: string, s: number, e: number): number {
    const len = e - s;
    const h = (len * 40503 + t.charCodeAt(s) * 31 + t.charCodeAt(e - 1) * 7 + t.charCodeAt(s + (len >> 1)) * 131) & 4095;
    const hit = this.texts[h];
    if (hit !== undefined && hit.length === len && _same(t, s, hit)) return h;
    const text = t.slice(s, e);
    this.texts[h] = text;
    this.values[h] = _obviousString(text) ? text : _resolve(text);
    this.keys[h] = undefined;
    return ~h;
  }
}

/** Adds a pair as js-yaml's object map does; a duplicate key is an error it reports. */
export function setPair(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(obj, key)) giveUp();
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  else obj[key] = value;
}

/** Whether `t` holds `text` at `s` (short strings: compared in place, cheaper than a builtin call). */
function _same(t: string, s: number, text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) if (t.charCodeAt(s + i) !== text.charCodeAt(i)) return false;
  return true;
}

function _obviousString(s: string): boolean {
  if (_CANDIDATE === null) return false;
  const ch = s.charCodeAt(0);
  return ch >= 128 || _CANDIDATE[ch] === 0;
}
