// Plain scalars, scanned as js-yaml's readPlainScalar scans them: where they stop, where their range ends, and
// whether they continue on the next lines. Characters js-yaml refuses in them make the reader give up.
import { COLON, CR, FLOW_INDICATOR, HASH, LF, skipBreaks, SPACE, type Cursor } from './cursor.js';
import { giveUp } from './give-up.js';
import { FLOW_FLAGS, PLAIN } from './table.js';

/**
 * A plain scalar in block context at `c.pos`, continued on lines indented at least `nodeIndent`. With `keyOnly`
 * (a mapping key) anything but a ':' on its first line makes the reader give up. Leaves `c.pos` where it stopped:
 * at the key's ':', at a comment's '#', or at the line break (or end) after it.
 */
export function plainBlock(c: Cursor, nodeIndent: number, keyOnly: boolean): void {
  const t = c.text;
  const n = c.n;
  const start = c.pos;
  const lineStart = c.lineStart;
  let p = start;
  let end = start;
  let multi = false;
  let colon = false;
  for (;;) {
    const ch = t.charCodeAt(p);
    // Most characters (letters, CJK) stop nothing: one comparison chain for them.
    if (ch > COLON && ch < 0xd800 && (ch < 0x7f || ch > 0x9f)) {
      end = ++p;
      continue;
    }
    if (ch === SPACE) {
      p++;
      continue;
    }
    if (ch === COLON) {
      const next = t.charCodeAt(p + 1);
      if (next === SPACE || next === LF || next === CR || p + 1 >= n) {
        colon = true;
        break;
      }
      end = ++p;
      continue;
    }
    if (ch === HASH) {
      const before = t.charCodeAt(p - 1);
      if (before === SPACE || before === LF) break;
      end = ++p;
      continue;
    }
    if (ch === LF || ch === CR) {
      if (keyOnly) giveUp();
      const q = skipBreaks(c, p);
      if (c.indent >= nodeIndent) {
        multi = true;
        p = q;
        continue;
      }
      c.lineStart = lineStart;
      break;
    }
    if (p >= n) break;
    end = p = _other(t, p, ch);
  }
  if (end === start || (keyOnly && !colon)) giveUp();
  c.pos = p;
  c.sStart = start;
  c.sEnd = end;
  c.sStyle = PLAIN;
  c.sFast = !multi;
  c.sCrossed = multi;
  c.sColon = colon;
  c.table.scalar(PLAIN, FLOW_FLAGS | (multi ? 0 : 1), -1, start, end);
}

/** A plain scalar inside a flow collection: it also stops at ',[]{}' and at a ':' before one of them. */
export function plainFlow(c: Cursor, nodeIndent: number): void {
  const t = c.text;
  const n = c.n;
  const start = c.pos;
  const lineStart = c.lineStart;
  let p = start;
  let end = start;
  let multi = false;
  for (;;) {
    const ch = t.charCodeAt(p);
    if (ch > COLON && ch < 0xd800 && (ch < 0x7f ? FLOW_INDICATOR[ch] === 0 : ch > 0x9f)) {
      end = ++p;
      continue;
    }
    if (ch === SPACE) {
      p++;
      continue;
    }
    if (ch === COLON) {
      const next = t.charCodeAt(p + 1);
      if (next === SPACE || next === LF || next === CR || p + 1 >= n || FLOW_INDICATOR[next] === 1) break;
      end = ++p;
      continue;
    }
    if (ch === HASH) {
      const before = t.charCodeAt(p - 1);
      if (before === SPACE || before === LF) break;
      end = ++p;
      continue;
    }
    if (ch < 128 && FLOW_INDICATOR[ch] === 1) break;
    if (ch === LF || ch === CR) {
      const q = skipBreaks(c, p);
      if (c.indent >= nodeIndent) {
        multi = true;
        p = q;
        continue;
      }
      c.lineStart = lineStart;
      break;
    }
    if (p >= n) break;
    end = p = _other(t, p, ch);
  }
  if (end === start) giveUp();
  c.pos = p;
  c.sStart = start;
  c.sEnd = end;
  c.sStyle = PLAIN;
  c.sFast = !multi;
  c.sCrossed = multi;
  c.sColon = false;
  c.table.scalar(PLAIN, FLOW_FLAGS | (multi ? 0 : 1), -1, start, end);
}

/**
 * Any other character at `p`: printable ASCII and valid surrogate pairs pass (the offset after them is returned);
 * what js-yaml's printable check refuses (controls, C1 but NEL, lone surrogates, U+FFFE/U+FFFF) makes the reader give up.
 */
function _other(t: string, p: number, ch: number): number {
  if (ch < SPACE) giveUp();
  if (ch < 0x7f) return p + 1;
  if (ch <= 0x9f && ch !== 0x85) giveUp();
  if (ch < 0xd800) return p + 1;
  if (ch <= 0xdbff) {
    const low = t.charCodeAt(p + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return p + 2;
    giveUp();
  }
  if (ch <= 0xdfff || ch >= 0xfffe) giveUp();
  return p + 1;
}
