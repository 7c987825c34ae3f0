// Single- and double-quoted scalars, scanned as js-yaml scans them (escapes validated by its rules, line breaks
// needing the continuation indented at least as the node); their text is then decoded by js-yaml itself.
import { CR, DQUOTE, LF, skipBreaks, SPACE, SQUOTE, type Cursor } from './cursor.js';
import { giveUp } from './give-up.js';
import { DOUBLE_QUOTED, FLOW_FLAGS, SINGLE_QUOTED } from './table.js';

/** The quoted scalar at `c.pos` (its opening quote); `c.pos` ends after the closing quote. */
export function quoted(c: Cursor, nodeIndent: number): void {
  const t = c.text;
  const n = c.n;
  const open = c.pos;
  const double = t.charCodeAt(open) === DQUOTE;
  const start = open + 1;
  let p = start;
  let simple = true;
  let crossed = false;
  for (;;) {
    const ch = t.charCodeAt(p);
    if (double ? ch === DQUOTE : ch === SQUOTE) {
      if (double || t.charCodeAt(p + 1) !== SQUOTE) break;
      simple = false;
      p += 2;
      continue;
    }
    if (ch === LF || ch === CR) {
      simple = false;
      crossed = true;
      p = _break(c, p, nodeIndent);
      continue;
    }
    if (double && ch === 0x5c) {
      simple = false;
      const e = t.charCodeAt(++p);
      if (e === LF || e === CR) {
        crossed = true;
        p = _break(c, p, nodeIndent);
        continue;
      }
      if (e < 128 && _SIMPLE_ESCAPE[e] === 1) {
        p++;
        continue;
      }
      let hex = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
      if (hex === 0) giveUp();
      while (hex-- > 0) if (!_isHex(t.charCodeAt(++p))) giveUp();
      p++;
      continue;
    }
    // The end of the text inside the quotes, or a control character: errors js-yaml reports.
    if (p >= n || ch < SPACE) giveUp();
    p++;
  }
  c.pos = p + 1;
  c.sStart = start;
  c.sEnd = p;
  c.sStyle = double ? DOUBLE_QUOTED : SINGLE_QUOTED;
  c.sFast = simple;
  c.sCrossed = crossed;
  c.sColon = false;
  c.table.scalar(c.sStyle, FLOW_FLAGS | (simple ? 1 : 0), -1, open, p + 1);
}

/** A line break inside quotes: the next line must be indented at least as the node (else "deficient indentation"). */
function _break(c: Cursor, p: number, nodeIndent: number): number {
  const q = skipBreaks(c, p);
  if (c.indent < nodeIndent) giveUp();
  return q;
}

/** The escapes js-yaml reads as one character (\0 \a \b \t \n \v \f \r \e \  \" \/ \\ \N \_ \L \P and \ before a tab). */
const _SIMPLE_ESCAPE = (() => {
  const table = new Uint8Array(128);
  for (const ch of '0abt\tnvfre "/\\N_LP') table[ch.charCodeAt(0)] = 1;
  return table;
})();

function _isHex(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66);
}
