// Block mappings and sequences, line by line. A collection is known by its column: a mapping's keys and a
// sequence's dashes all stand there, and a line at that column continues it (a sequence may share its column with
// the key it is the value of). What js-yaml's readBlockMapping/readBlockSequence/parseNode do is followed for the
// shapes below; any other shape, or an error js-yaml would report, makes the reader give up.
import { blockScalar } from './block-scalar.js';
import {
  blankAfter, canStartPlain, COLON, CR, DASH, DQUOTE, GT, HASH, LBRACE, LBRACKET, LF, MAX_NEST, nextLine, PIPE, SPACE,
  SQUOTE, type Cursor,
} from './cursor.js';
import { giveUp } from './give-up.js';
import { flow } from './flow.js';
import { plainBlock } from './plain.js';
import { quoted } from './quoted.js';
import { MAPPING, SEQUENCE } from './table.js';
import { EMPTY, scalarKey, scalarValue, setPair } from './values.js';

/**
 * The root node, at the first content line (`c.pos` on it). js-yaml reads it as a node inside a parent indented
 * one less than that line — and counts no indentation on the text's first line.
 */
export function root(c: Cursor, firstLine: boolean): unknown {
  return node(c, (firstLine ? 0 : c.indent) - 1, c.indent);
}

/**
 * A node that starts at `c.pos`, at column `col`: on a line of its own, or after "- " (compact). `parentCol` is the
 * column of the collection holding it; its scalars continue on lines indented past that. This is js-yaml's
 * parseNode with block collections allowed: a sequence, or readBlockMapping's first entry, which a ':' on its
 * line makes a key and otherwise is the node itself.
 */
function node(c: Cursor, parentCol: number, col: number): unknown {
  const t = c.text;
  const ch = t.charCodeAt(c.pos);
  const nodeIndent = parentCol + 1;
  if (ch === DASH && blankAfter(c, c.pos + 1)) return sequence(c, col);
  let value: unknown;
  if (ch === LBRACKET || ch === LBRACE) value = flow(c, nodeIndent);
  else if (ch === PIPE || ch === GT) {
    blockScalar(c, nodeIndent);
    return scalarValue(c);
  } else if (ch === SQUOTE || ch === DQUOTE) {
    quoted(c, nodeIndent);
    if (!c.sCrossed && _colonAfterQuoted(c)) return mapping(c, col);
    value = scalarValue(c);
  } else {
    if (!canStartPlain(c, c.pos, false)) giveUp();
    plainBlock(c, nodeIndent, false);
    if (c.sColon) {
      if (c.sCrossed) giveUp();
      return mapping(c, col);
    }
    value = scalarValue(c);
  }
  nextLine(c);
  return value;
}

/**
 * The block mapping at column `col` whose first key was just read (`c.pos` on its ':'): its MAPPING slot goes in
 * front of that key, as js-yaml inserts it.
 */
function mapping(c: Cursor, col: number): Record<string, unknown> {
  if (++c.depth > MAX_NEST) giveUp();
  const table = c.table;
  const open = table.openBeforeLast(MAPPING, table.start[table.length - 1]);
  const obj: Record<string, unknown> = {};
  for (;;) {
    const k = scalarKey(c);
    c.pos++;
    setPair(obj, k, _value(c, col));
    const indent = c.indent;
    if (indent < col) break;
    if (indent > col) giveUp();
    key(c);
  }
  table.close(open);
  c.depth--;
  return obj;
}

/** A key at `c.pos`: a plain or quoted scalar on one line, then ':' and a blank; anything else gives up. */
function key(c: Cursor): void {
  const ch = c.text.charCodeAt(c.pos);
  if (ch === SQUOTE || ch === DQUOTE) {
    quoted(c, 1);
    if (c.sCrossed || !_colonAfterQuoted(c)) giveUp();
  } else {
    if (!canStartPlain(c, c.pos, false)) giveUp();
    plainBlock(c, 1, true);
  }
}

/** After a quoted scalar: spaces, then ':' and a blank make it a key (`c.pos` left on the ':'). */
function _colonAfterQuoted(c: Cursor): boolean {
  const t = c.text;
  let p = c.pos;
  while (t.charCodeAt(p) === SPACE) p++;
  if (t.charCodeAt(p) !== COLON) return false;
  if (!blankAfter(c, p + 1)) giveUp();
  c.pos = p;
  return true;
}

/**
 * The value after a key's ':' in the mapping at column `col` (js-yaml's parseNode with the block context and
 * seeking): on the same line a flow collection, block scalar or scalar; on the next lines a node indented past the
 * key, or a sequence at the key's own column; else an empty node.
 */
function _value(c: Cursor, col: number): unknown {
  const t = c.text;
  let p = c.pos;
  let ch = t.charCodeAt(p);
  while (ch === SPACE) ch = t.charCodeAt(++p);
  c.pos = p;
  if (ch === LF || ch === CR || ch === HASH || p >= c.n) {
    const indent = nextLine(c);
    if (indent > col) return node(c, col, indent);
    if (indent === col && t.charCodeAt(c.pos) === DASH && blankAfter(c, c.pos + 1)) return sequence(c, col);
    c.table.empty();
    return EMPTY;
  }
  const nodeIndent = col + 1;
  let value: unknown;
  if (ch === LBRACKET || ch === LBRACE) value = flow(c, nodeIndent);
  else if (ch === PIPE || ch === GT) {
    blockScalar(c, nodeIndent);
    return scalarValue(c);
  } else if (ch === SQUOTE || ch === DQUOTE) {
    quoted(c, nodeIndent);
    value = scalarValue(c);
  } else {
    if (!canStartPlain(c, p, false)) giveUp();
    plainBlock(c, nodeIndent, false);
    if (c.sColon) giveUp();
    value = scalarValue(c);
  }
  nextLine(c);
  return value;
}

/** The block sequence whose first '-' is at `c.pos`, at column `col`. */
function sequence(c: Cursor, col: number): unknown[] {
  if (++c.depth > MAX_NEST) giveUp();
  const t = c.text;
  const table = c.table;
  const open = table.open(SEQUENCE, c.pos);
  const items: unknown[] = [];
  for (;;) {
    let p = c.pos + 1;
    let ch = t.charCodeAt(p);
    while (ch === SPACE) ch = t.charCodeAt(++p);
    c.pos = p;
    if (ch === LF || ch === CR || ch === HASH || p >= c.n) {
      const indent = nextLine(c);
      if (indent > col) items.push(node(c, col, indent));
      else {
        table.empty();
        items.push(EMPTY);
      }
    } else items.push(node(c, col, p - c.lineStart));
    const indent = c.indent;
    if (indent < col) break;
    if (indent > col) giveUp();
    if (t.charCodeAt(c.pos) !== DASH || !blankAfter(c, c.pos + 1)) break;
  }
  table.close(open);
  c.depth--;
  return items;
}
