// A positioned reader for the block-style YAML catalogues are written in, several times faster than the general
// path and without its array of event objects. It reads exactly what js-yaml reads — the same data and the same
// node table, so every position agrees — or it returns undefined and the caller takes the general path, which also
// explains every error. It never throws.
import { root } from './block.js';
import { Cursor, fromLineStart } from './cursor.js';
import { GIVE_UP } from './give-up.js';
import { DOCUMENT, POP, TableBuilder, type NodeTable } from './table.js';

export interface ReadDocument {
  data: unknown;
  table: NodeTable;
}

/** Lets the tests compare loadYaml with and without the reader. */
export const readerSwitch = { enabled: true };

/** The document in `text`, or undefined when the reader leaves it to js-yaml. */
export function readYaml(text: string): ReadDocument | undefined {
  if (!readerSwitch.enabled) return undefined;
  try {
    return readOrGiveUp(text);
  } catch {
    return undefined;
  }
}

/** readYaml without the safety net: throws GIVE_UP where it gives up, and any bug as it is (for the tests). */
export function readOrGiveUp(text: string): ReadDocument | undefined {
  if (!_plausible(text)) return undefined;
  // About one slot per 13 characters in catalogues; the builder doubles when that is short.
  const c = new Cursor(text, new TableBuilder(text.length / 12));
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (fromLineStart(c, bom) < 0) return undefined;
  c.table.mark(DOCUMENT);
  const data = root(c, c.lineStart === bom);
  if (c.indent !== -1) return undefined;
  c.table.mark(POP);
  return { data, table: c.table.finish() };
}

export { GIVE_UP };

/**
 * What the reader never reads, found before any work: a NUL (js-yaml refuses the text), a tab (whether it counts
 * as indentation is subtle), a byte order mark after the first character (it may start a document), a carriage
 * return that is not part of CRLF (a line break of its own), and an anchor, alias or tag where a node starts (so a
 * catalogue using one is not read nearly to its end first).
 */
function _plausible(text: string): boolean {
  // One pass finds none of them in most files; then each is looked at.
  if (text.search(/[\0\t\r\ufeff&*!]/) === -1) return true;
  if (text.indexOf('\0') !== -1 || text.indexOf('\t') !== -1 || text.indexOf('\ufeff', 1) !== -1) return false;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) return false;
  for (const sigil of '&*!') for (let i = text.indexOf(sigil); i !== -1; i = text.indexOf(sigil, i + 1)) if (_nodeStart(text, i)) return false;
  return true;
}

/**
 * Whether a node may start at `i`: at a line's start (after spaces), after '- ', ': ' or '? ', or after '[', '{'
 * or ','. Text such as `drafts/**` is not; a quoted "x, *y" is taken for one, and then js-yaml reads the file.
 */
function _nodeStart(text: string, i: number): boolean {
  let j = i - 1;
  while (text.charCodeAt(j) === 0x20) j--;
  const ch = text.charCodeAt(j);
  if (j < 0 || ch === 0x0a) return true;
  if (j < i - 1 && (ch === 0x2d || ch === 0x3a || ch === 0x3f)) return true;
  return ch === 0x5b || ch === 0x7b || ch === 0x2c;
}
