// Literal and folded block scalars (| and >), following js-yaml's readBlockScalar step by step: the header, the
// content indentation it detects, where the content ends and which lines count. Its text is decoded by js-yaml.
import { CHOMPING_MODE } from 'js-yaml';
import { CR, DASH, endOfComment, HASH, LF, markerAt, nextLine, SPACE, type Cursor } from './cursor.js';
import { giveUp } from './give-up.js';
import { FOLDED_BLOCK, LITERAL_BLOCK } from './table.js';

// What js-yaml's printable check refuses in a block scalar's range (its PATTERN_NON_PRINTABLE).
const _NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * The block scalar whose indicator is at `c.pos`, in a node whose parent sets `parentIndent` (the parent's column
 * plus one). Leaves the cursor on the next content line (`c.indent` set), as every block node does.
 */
export function blockScalar(c: Cursor, parentIndent: number): void {
  const t = c.text;
  const n = c.n;
  const style = t.charCodeAt(c.pos) === 0x7c ? LITERAL_BLOCK : FOLDED_BLOCK;
  let p = c.pos + 1;
  let chomping: number = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detected = false;
  for (;;) {
    const ch = t.charCodeAt(p);
    if (ch === 0x2b || ch === DASH) {
      if (chomping !== CHOMPING_MODE.CLIP) giveUp();
      chomping = ch === 0x2b ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      p++;
    } else if (ch >= 0x30 && ch <= 0x39) {
      if (ch === 0x30 || detected) giveUp();
      indent = parentIndent + (ch - 0x30) - 1;
      detected = true;
      p++;
    } else break;
  }
  let spaced = false;
  while (t.charCodeAt(p) === SPACE) {
    spaced = true;
    p++;
  }
  if (spaced && t.charCodeAt(p) === HASH) p = endOfComment(c, p);
  const ch = t.charCodeAt(p);
  if (ch === LF || ch === CR) p += ch === CR ? 2 : 1;
  else if (p < n) giveUp();
  let contentIndent = detected ? indent : -1;
  let maxLeading = 0;
  const valueStart = p;
  let valueEnd = p;
  let stop = -1;
  let stopIndent = -1;
  while (p < n) {
    const line = p;
    let column = 0;
    while (t.charCodeAt(line + column) === SPACE) column++;
    const at = line + column;
    const first = t.charCodeAt(at);
    if (at >= n) {
      if (contentIndent >= 0 ? column > contentIndent : column > 0) valueEnd = at;
      break;
    }
    // A document marker at a line's start ends the scalar and the document: left to js-yaml.
    if (column === 0 && markerAt(c, line)) giveUp();
    const blank = first === LF || first === CR;
    if (!detected && contentIndent === -1) {
      if (blank) maxLeading = Math.max(maxLeading, column);
      else if (column >= parentIndent && column < maxLeading) giveUp();
    }
    if (contentIndent === -1 && !blank && column < parentIndent) {
      stop = at;
      stopIndent = column;
      break;
    }
    if (!detected && !blank && contentIndent === -1) contentIndent = column;
    const required = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (!blank && column < required) {
      stop = at;
      stopIndent = column;
      break;
    }
    // The line is content (or blank): the range runs past its line break.
    const eol = t.indexOf('\n', at);
    p = valueEnd = eol < 0 ? n : eol + 1;
  }
  if (_NON_PRINTABLE.test(t.slice(valueStart, valueEnd))) giveUp();
  c.sStart = valueStart;
  c.sEnd = valueEnd;
  c.sStyle = style;
  c.sFast = false;
  c.sCrossed = true;
  c.sColon = false;
  c.sChomping = chomping;
  c.sIndent = contentIndent;
  c.table.scalar(style, chomping << 1, contentIndent, valueStart, valueEnd);
  if (stop < 0) {
    c.pos = n;
    c.indent = -1;
    return;
  }
  c.pos = stop;
  c.lineStart = stop - stopIndent;
  c.indent = stopIndent;
  // A comment line less indented than the content ends the scalar; js-yaml then skips it as separation.
  if (t.charCodeAt(stop) === HASH) nextLine(c);
}
