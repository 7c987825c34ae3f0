// The compact form of a parsed document that positions are answered from: one slot per js-yaml parser event, in
// event order (DOCUMENT, collections, scalars, aliases, POPs), so both parse paths fill the very same arrays.
import { CHOMPING_MODE, EVENT_ID, SCALAR_STYLE } from 'js-yaml';

export const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;

/**
 * About 20 bytes a node. `start`/`end` are the node's source range (quotes included; -1 = an empty scalar, whose
 * `end` is where the previous scalar ended); `skip` is the slot after the node's subtree; `style`, `flags`
 * (bit 0: fast, bits 1–2: chomping) and `indent` let a key's text be decoded again exactly as the parser did.
 */
export interface NodeTable {
  readonly type: Uint8Array;
  readonly style: Uint8Array;
  readonly flags: Uint8Array;
  readonly indent: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly skip: Int32Array;
  /** Anchor name → slot of the anchored node (aliases are resolved through it). */
  readonly anchors: Map<string, number>;
}

/** Flags of a plain or quoted scalar: chomping is CLIP for them all, as the parser records it. */
export const FLOW_FLAGS = CHOMPING_MODE.CLIP << 1;
export const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK, FOLDED_BLOCK } = SCALAR_STYLE;

/** Appends slots in event order, growing by doubling; collections get their end and skip when closed. */
export class TableBuilder {
  type: Uint8Array;
  style: Uint8Array;
  flags: Uint8Array;
  indent: Int32Array;
  start: Int32Array;
  end: Int32Array;
  skip: Int32Array;
  length = 0;
  /** End of the last scalar with content: what an empty scalar or a closing collection records as its end. */
  lastEnd = 0;

  constructor(capacity: number) {
    const n = Math.max(64, capacity | 0);
    this.type = new Uint8Array(n);
    this.style = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.indent = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.skip = new Int32Array(n);
  }

  /** DOCUMENT or a POP that closes the document: no range. */
  mark(type: number): void {
    const i = this._slot();
    this.type[i] = type;
    this.start[i] = -1;
  }

  scalar(style: number, flags: number, indent: number, start: number, end: number): number {
    const i = this._slot();
    this.type[i] = SCALAR;
    this.style[i] = style;
    this.flags[i] = flags;
    this.indent[i] = indent;
    this.start[i] = start;
    this.end[i] = this.lastEnd = end;
    this.skip[i] = i + 1;
    return i;
  }

  /** A node with no content (`key:` with nothing after it): the parser's empty plain scalar. */
  empty(): void {
    const i = this._slot();
    this.type[i] = SCALAR;
    this.style[i] = PLAIN;
    this.flags[i] = FLOW_FLAGS;
    this.indent[i] = -1;
    this.start[i] = -1;
    this.end[i] = this.lastEnd;
    this.skip[i] = i + 1;
  }

  open(type: number, start: number): number {
    const i = this._slot();
    this.type[i] = type;
    this.start[i] = start;
    return i;
  }

  /**
   * Opens a collection in front of the scalar just added: a block mapping is known only once its first key has been
   * read, and the parser then inserts the MAPPING event before that key.
   */
  openBeforeLast(type: number, start: number): number {
    const k = this.length - 1;
    const i = this._slot();
    this.type[i] = this.type[k];
    this.style[i] = this.style[k];
    this.flags[i] = this.flags[k];
    this.indent[i] = this.indent[k];
    this.start[i] = this.start[k];
    this.end[i] = this.end[k];
    this.skip[i] = i + 1;
    this.type[k] = type;
    this.style[k] = 0;
    this.flags[k] = 0;
    this.indent[k] = 0;
    this.start[k] = start;
    this.end[k] = 0;
    this.skip[k] = 0;
    return k;
  }

  close(open: number): void {
    const i = this._slot();
    this.type[i] = POP;
    this.start[i] = -1;
    this.skip[open] = i + 1;
    this.end[open] = this.lastEnd;
  }

  /** The filled part; copied out when most of the buffer would otherwise stay allocated for nothing. */
  finish(anchors = new Map<string, number>()): NodeTable {
    const n = this.length;
    const cut = <T extends Uint8Array | Int32Array>(a: T): T => (n < a.length * 0.75 ? a.slice(0, n) : a.subarray(0, n)) as T;
    return {
      type: cut(this.type), style: cut(this.style), flags: cut(this.flags), indent: cut(this.indent),
      start: cut(this.start), end: cut(this.end), skip: cut(this.skip), anchors,
    };
  }

  private _slot(): number {
    if (this.length === this.type.length) this._grow();
    return this.length++;
  }

  private _grow(): void {
    const n = this.type.length * 2;
    const u8 = (a: Uint8Array) => { const b = new Uint8Array(n); b.set(a); return b; };
    const i32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    this.type = u8(this.type);
    this.style = u8(this.style);
    this.flags = u8(this.flags);
    this.indent = i32(this.indent);
    this.start = i32(this.start);
    this.end = i32(this.end);
    this.skip = i32(this.skip);
  }
}
