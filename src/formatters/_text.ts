// Text helpers for formatters: terminal display width (CJK = 2 columns) and removal of unsafe characters.

/** Columns a string occupies in a terminal: East-Asian wide and fullwidth characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts `text` to at most `max` display columns, ending with "…" when something was cut. */
export function truncateDisplay(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/**
 * Drops C0/C1 controls (except tab and newline when kept), DEL, the XML non-characters U+FFFE/U+FFFF
 * and lone surrogates: catalogue text must never smuggle terminal escapes or break XML 1.0 / URI encoding.
 */
export function stripControls(text: string, { keepNewlines = false } = {}): string {
  const out = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return out.replace(keepNewlines ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g : /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, (c) =>
    c === '\n' || c === '\r' ? ' ' : '',
  );
}

// --- internal ---

// Wide (W) and Fullwidth (F) ranges of Unicode East Asian Width; ambiguous characters count as narrow.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
];

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x1100) return cp >= 0x300 && cp <= 0x36f ? 0 : 1;
  if (ZERO.some(([a, b]) => cp >= a && cp <= b)) return 0;
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}
