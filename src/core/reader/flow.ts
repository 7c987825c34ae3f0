// Flow collections ([a, b], {k: v}) as js-yaml's readFlowCollection reads them, nested ones included. Explicit
// '?' pairs, single-pair mappings inside sequences and collections as keys are left to js-yaml.
import {
  blankAfter, canStartPlain, COLON, COMMA, CR, DQUOTE, endOfComment, HASH, LBRACE, LBRACKET, LF, markerAt, MAX_NEST,
  QUESTION, RBRACE, RBRACKET, SPACE, SQUOTE, type Cursor,
} from './cursor.js';
import { giveUp } from './give-up.js';
import { plainFlow } from './plain.js';
import { quoted } from './quoted.js';
import { MAPPING, SEQUENCE } from './table.js';
import { EMPTY, scalarKey, scalarValue, setPair } from './values.js';

/** The flow collection at `c.pos`; continuation lines must be indented at least `nodeIndent`. */
export function flow(c: Cursor, nodeIndent: number): unknown {
  if (++c.depth > MAX_NEST) giveUp();
  const t = c.text;
  const isMap = t.charCodeAt(c.pos) === LBRACE;
  const close = isMap ? RBRACE : RBRACKET;
  const open = c.table.open(isMap ? MAPPING : SEQUENCE, c.pos);
  const map: Record<string, unknown> = {};
  const seq: unknown[] = [];
  c.pos++;
  let more = true;
  for (;;) {
    _separation(c, nodeIndent);
    let ch = t.charCodeAt(c.pos);
    if (ch === close) {
      c.pos++;
      break;
    }
    if (!more || ch === COMMA || (ch === QUESTION && blankAfter(c, c.pos + 1))) giveUp();
    if (isMap) {
      _entry(c, nodeIndent, true);
      const key = scalarKey(c);
      _separation(c, nodeIndent);
      let value = EMPTY;
      if (t.charCodeAt(c.pos) === COLON) {
        c.pos++;
        _separation(c, nodeIndent);
        ch = t.charCodeAt(c.pos);
        if (ch === COMMA || ch === RBRACE) c.table.empty();
        else {
          value = _entry(c, nodeIndent, false);
          _separation(c, nodeIndent);
        }
      } else c.table.empty();
      setPair(map, key, value);
    } else {
      seq.push(_entry(c, nodeIndent, false));
      _separation(c, nodeIndent);
      if (t.charCodeAt(c.pos) === COLON) giveUp();
    }
    more = t.charCodeAt(c.pos) === COMMA;
    if (more) c.pos++;
  }
  c.table.close(open);
  c.depth--;
  return isMap ? map : seq;
}

/** One node inside a flow collection: a nested collection (not as a key) or a scalar; anything else gives up. */
function _entry(c: Cursor, nodeIndent: number, key: boolean): unknown {
  const ch = c.text.charCodeAt(c.pos);
  if (ch === LBRACKET || ch === LBRACE) {
    if (key) giveUp();
    return flow(c, nodeIndent);
  }
  if (ch === SQUOTE || ch === DQUOTE) quoted(c, nodeIndent);
  else if (canStartPlain(c, c.pos, true)) plainFlow(c, nodeIndent);
  else giveUp();
  return key ? undefined : scalarValue(c);
}

/**
 * js-yaml's skipFlowSeparationSpace: spaces, comments (after a space or at a line's start) and line breaks; a new
 * line indented less than the collection is "deficient indentation".
 */
function _separation(c: Cursor, nodeIndent: number): void {
  const t = c.text;
  let p = c.pos;
  let ch = t.charCodeAt(p);
  let indent = -1;
  for (;;) {
    while (ch === SPACE) ch = t.charCodeAt(++p);
    if (ch === HASH) {
      const before = t.charCodeAt(p - 1);
      if (before === SPACE || before === LF) {
        p = endOfComment(c, p);
        ch = t.charCodeAt(p);
      }
    }
    if (ch !== LF && ch !== CR) break;
    p += ch === CR ? 2 : 1;
    c.lineStart = p;
    indent = 0;
    ch = t.charCodeAt(p);
    while (ch === SPACE) {
      indent++;
      ch = t.charCodeAt(++p);
    }
  }
  if (indent >= 0 && (indent < nodeIndent || (indent === 0 && markerAt(c, p)))) giveUp();
  c.pos = p;
}
