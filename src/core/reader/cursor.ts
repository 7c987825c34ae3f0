// The reader's position in the text, and the moves between nodes: past the rest of a node's line (blank or a
// comment, or the reader gives up) to the first character of the next content line.
import { giveUp } from './give-up.js';
import { TableBuilder } from './table.js';
import { ScalarMemo } from './values.js';

export const SPACE = 0x20;
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const DOT = 0x2e;
export const COMMA = 0x2c;
export const QUESTION = 0x3f;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const SQUOTE = 0x27;
export const DQUOTE = 0x22;
export const PIPE = 0x7c;
export const GT = 0x3e;

/** ',[]{}' by char code: they end plain scalars inside flow collections. */
export const FLOW_INDICATOR = (() => {
  const table = new Uint8Array(128);
  for (const ch of ',[]{}') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * js-yaml's canStartPlainScalar: not a space, break or end, not an indicator that starts something else, and '-'
 * or '?' only when not followed by a blank (nor, in a flow collection, by a flow indicator).
 */
export function canStartPlain(c: Cursor, p: number, inFlow: boolean): boolean {
  const ch = c.text.charCodeAt(p);
  if (p >= c.n || ch === SPACE || ch === LF || ch === CR || (ch < 128 && _NOT_PLAIN[ch] === 1)) return false;
  if (ch === DASH || ch === QUESTION) {
    const next = c.text.charCodeAt(p + 1);
    if (blankAfter(c, p + 1) || (inFlow && next < 128 && FLOW_INDICATOR[next] === 1)) return false;
  }
  return true;
}

const _NOT_PLAIN = (() => {
  const table = new Uint8Array(128);
  for (const ch of '#&*!|>\'"%@`,[]{}\t\0') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Nesting the reader follows: js-yaml counts its own calls (at most about one a level plus two) against its limit
 * of 64, so anything deeper is left to it, to fail with its own message.
 */
export const MAX_NEST = 48;

export class Cursor {
  readonly n: number;
  /** Current offset. */
  pos = 0;
  /** Offset of the current line's first character. */
  lineStart = 0;
  /** Leading spaces of the content line `pos` stands on after a node is done; -1 at the end of the text. */
  indent = -1;
  /** Collections open around `pos`. */
  depth = 0;
  // The scalar last read: its value range (inside the quotes), style, whether js-yaml marks it fast (the value is
  // the range itself), whether it ran over a line break, and whether a plain one stopped at a key's ':'.
  sStart = 0;
  sEnd = 0;
  sStyle = 0;
  sFast = true;
  sCrossed = false;
  sColon = false;
  sChomping = 0;
  sIndent = -1;
  readonly memo = new ScalarMemo();

  constructor(readonly text: string, readonly table: TableBuilder) {
    this.n = text.length;
  }
}

/** '-' or '?' as an indicator: followed by a space, a line break or the end of the text. */
export function blankAfter(c: Cursor, p: number): boolean {
  const ch = c.text.charCodeAt(p);
  return ch === SPACE || ch === LF || ch === CR || p >= c.n;
}

/**
 * After a node: the rest of its line must be spaces and maybe a comment. Moves to the next content line and
 * returns its indentation, or -1 at the end of the text.
 */
export function nextLine(c: Cursor): number {
  const t = c.text;
  let p = c.pos;
  let ch = t.charCodeAt(p);
  while (ch === SPACE) ch = t.charCodeAt(++p);
  if (ch === HASH) {
    const before = t.charCodeAt(p - 1);
    if (before !== SPACE && before !== LF && p !== 0) giveUp();
    p = endOfComment(c, p);
    ch = t.charCodeAt(p);
  }
  if (ch === LF || ch === CR) return fromLineStart(c, p + (ch === CR ? 2 : 1));
  if (p < c.n) giveUp();
  c.pos = c.n;
  return (c.indent = -1);
}

/** From a line's start past blank and comment lines; the indentation of the content line found, or -1 at the end. */
export function fromLineStart(c: Cursor, p: number): number {
  const t = c.text;
  for (;;) {
    const start = p;
    let ch = t.charCodeAt(p);
    while (ch === SPACE) ch = t.charCodeAt(++p);
    if (ch === HASH) {
      p = endOfComment(c, p);
      ch = t.charCodeAt(p);
    }
    if (ch === LF || ch === CR) {
      p += ch === CR ? 2 : 1;
      continue;
    }
    c.lineStart = start;
    if (p >= c.n) {
      c.pos = c.n;
      return (c.indent = -1);
    }
    // A document marker ends the document (js-yaml also reads one indented on the first line): left to it.
    if (markerAt(c, p)) giveUp();
    c.pos = p;
    return (c.indent = p - start);
  }
}

/** '---' or '...' and a blank at `p`: a document marker where it starts a line. */
export function markerAt(c: Cursor, p: number): boolean {
  const t = c.text;
  const ch = t.charCodeAt(p);
  return (ch === DASH || ch === DOT) && t.charCodeAt(p + 1) === ch && t.charCodeAt(p + 2) === ch && blankAfter(c, p + 3);
}

/** The line break (or end of text) that ends the comment at `p`. */
export function endOfComment(c: Cursor, p: number): number {
  const e = c.text.indexOf('\n', p);
  if (e < 0) return c.n;
  return c.text.charCodeAt(e - 1) === CR ? e - 1 : e;
}

/**
 * js-yaml's skip over a line break inside a scalar (spaces, line breaks, no comments): the offset of the next
 * non-space character and, in `c.indent`, the spaces that open its line.
 */
export function skipBreaks(c: Cursor, p: number): number {
  const t = c.text;
  let indent = 0;
  let ch = t.charCodeAt(p);
  while (ch === LF || ch === CR) {
    p += ch === CR ? 2 : 1;
    c.lineStart = p;
    indent = 0;
    ch = t.charCodeAt(p);
    while (ch === SPACE) {
      indent++;
      ch = t.charCodeAt(++p);
    }
  }
  // At a line's start (a node indented 0, the root's) a document marker ends the scalar and the document.
  if (indent === 0 && markerAt(c, p)) giveUp();
  c.indent = indent;
  return p;
}
