// Typos officers make in catalogue YAML, found on the source text line by line: the certain ones come with edits that
// repair them (no edit adds or removes a line), the others are kept as suspects that explain a parser failure.
import schemaKeys from '../generated/schema-keys.js';
import { KEYS } from './keys.js';
import type { MessageData } from './types.js';
import type { YamlTypoMessageId } from './yaml-typo.js';

/** Replace original[start, end) by insert; never spans a line break. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

export interface Typo {
  messageId: YamlTypoMessageId;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endColumn: number;
  data: MessageData;
  /** The repair, on the original text; empty for a typo that is only reported. */
  edits: Edit[];
}

export type SuspectId = 'fullwidthComma' | 'smartQuotes' | 'unclosedQuote' | 'unclosedFlow' | 'typo';

/** What may explain a parser failure at or after its line. */
export interface Suspect {
  id: SuspectId;
  line: number;
  column: number;
  data: MessageData;
  /** For id 'typo': the typo's own message. */
  messageId?: YamlTypoMessageId;
  /** Certain enough to refuse the file even where the parser reads it (a comma after a known field name). */
  fatal?: boolean;
}

export type LineKind = 'blank' | 'comment' | 'inner' | 'marker' | 'key' | 'candidate' | 'plain' | 'other';

/** One line as the scanner saw it; columns are 0-based and count the indentation as repaired. */
export interface LineFacts {
  kind: LineKind;
  indent: number;
  /** Column of the first "- " on the line, or -1. */
  dash: number;
  /** Column of the content after the indentation and any "- ". */
  keyCol: number;
  /** Original 1-based column where the content starts. */
  at: number;
  /** The content (from keyCol), without a trailing comment. */
  content: string;
  /** For plain lines: 0-based offset in content where a colon would go. */
  colonAt?: number;
}

export interface Scan {
  typos: Typo[];
  suspects: Suspect[];
  lines: LineFacts[];
}

export function scanTypos(text: string): Scan {
  return new _Scanner(text).run();
}

/**
 * False when the text cannot hold a typo scanTypos reports: no tab or full-width space in an indentation, no
 * full-width colon or comma, curly quote or colon without its space before a line's first ": ", no "- " indented under
 * another. One pass over the keys of each line (values are skipped), so lint pays for the full scan only when needed.
 */
export function mayHaveTypos(text: string): boolean {
  const n = text.length;
  let dashIndent = -1;
  for (let i = 0; i < n; ) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    let c = text.charCodeAt(j);
    if (c === 9 || c === 0x3000) return true;
    const indent = j - i;
    let dash = false;
    while (c === 45 && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
      dash = true;
      j += 2;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      c = text.charCodeAt(j);
    }
    if (dash && dashIndent >= 0 && indent > dashIndent) return true;
    const content = c !== 10 && c !== 13 && c !== 35 && !Number.isNaN(c);
    if (content && indent <= dashIndent) dashIndent = -1;
    // A list item of plain text: a deeper "- " below it would continue its text.
    // As the full scan reads it: "|" or ">" opens a block only with a valid header; anchors and tags precede text.
    const plainItem = dash && content && !/["'[{*]/.test(text[j]) && !((c === 124 || c === 62) && _blockHeader(text, j));
    if ((c === 0x201c || c === 0x2018) && _smartSign(text, j)) return true;
    const comment = c === 35;
    let sep = false;
    for (; !comment && j < n; j++) {
      c = text.charCodeAt(j);
      if (c === 10 || (c === 35 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9))) break;
      if (c === 0xff1a || c === 0xff0c || c === 0x3000) return true;
      if (c === 58) {
        const d = text.charCodeAt(j + 1);
        if (d === 32 || d === 9 || d === 10 || d === 13 || Number.isNaN(d)) {
          let k = j + 1;
          while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
          const v = text.charCodeAt(k);
          if (v === 0x3000 || v === 38 || v === 33 || ((v === 0x201c || v === 0x2018) && _smartSign(text, k))) return true;
          sep = true;
          break;
        }
        if (d !== 47 && d !== 58) return true;
      }
    }
    if (plainItem && !sep) dashIndent = indent;
    const nl = text.indexOf('\n', j);
    if (nl < 0) break;
    i = nl + 1;
  }
  return false;
}

/** The text with the edits applied, and a map from its columns back to the original's. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; columns: ColumnMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const shifts = new Map<number, _Shift[]>();
  let line = 1;
  let lineStart = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    for (let i = text.indexOf('\n', at); i !== -1 && i < e.start; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    out += text.slice(at, e.start) + e.insert;
    const list = shifts.get(line) ?? [];
    if (e.insert.length !== e.end - e.start) list.push({ start: e.start - lineStart, oldLength: e.end - e.start, newLength: e.insert.length });
    if (list.length) shifts.set(line, list);
    at = e.end;
  }
  out += text.slice(at);
  return { text: out, columns: new ColumnMap(shifts) };
}

/** Columns of the repaired text → columns of the original (1-based); lines are the same in both. */
export class ColumnMap {
  constructor(private readonly shifts: ReadonlyMap<number, readonly _Shift[]> = new Map()) {}
  original(line: number, column: number): number {
    const list = this.shifts.get(line);
    if (!list) return column;
    let delta = 0;
    const c = column - 1;
    for (const s of list) {
      const start = s.start + delta;
      if (c < start) break;
      if (c < start + s.newLength) return s.start + Math.min(c - start, s.oldLength) + 1;
      delta += s.newLength - s.oldLength;
    }
    return c - delta + 1;
  }
  get empty(): boolean {
    return this.shifts.size === 0;
  }
}

/** Field names of the format (English keys, and the Chinese titles long enough not to be ordinary words). */
export function isKnownKey(name: string): boolean {
  return (_known ??= _knownKeys()).has(name);
}

// --- internal ---

/** Curly quotes at `at` that wrap the rest of the line, close before a ":", or hold a " #". */
function _blockHeader(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  return /^[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(text.slice(at, nl < 0 ? text.length : nl));
}

function _smartSign(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  const line = text.slice(at, nl < 0 ? text.length : nl).replace(/\r$/, '');
  const close = line[0] === '“' ? '”' : '’';
  return _uncomment(line).endsWith(close) || line.includes(`${close}:`) || line.includes(`${close}：`) || /[ \t]#/.test(line);
}

interface _Shift {
  start: number;
  oldLength: number;
  newLength: number;
}

let _known: Set<string> | undefined;

function _knownKeys(): Set<string> {
  const names = new Set<string>();
  // Two-character names (说明, 日期, 名称) are ordinary words too: "说明：…" may be text.
  const add = (zh: string) => [...zh].length >= 4 && !/[、，,]/.test(zh) && names.add(zh);
  for (const pairs of Object.values(schemaKeys)) {
    for (const [key, title] of pairs) {
      names.add(key);
      add(title);
    }
  }
  for (const specs of Object.values(KEYS)) for (const spec of specs) spec.zh.forEach(add);
  return names;
}

type _Candidate = { kind: 'fwColon' | 'noSpace' | 'comma' | 'colonFwSpace'; line: number; at: number; offset: number; key: string; value: string; keyCol: number };

const _WS = new Set([' ', '\t']);
const _SMART: Record<string, string> = { '“': '”', '‘': '’' };
/** Tab and full-width space widths tried, most likely first (2-space files, a full-width space looking 2 wide). */
const _UNITS: [tab: number, fw: number][] = [[2, 2], [4, 2], [8, 2], [2, 1], [4, 1], [8, 1]];

class _Scanner {
  private readonly typos: Typo[] = [];
  private readonly suspects: Suspect[] = [];
  private readonly lines: LineFacts[] = [];
  private readonly candidates: _Candidate[] = [];
  /** Indentation columns still open, innermost last. */
  private stack: number[] = [];
  /** The previous structural line opened a child (key: or -) at this column. */
  private child: number | null = null;
  /** Inside a block scalar (lines indented more than parent), a multi-line quoted scalar, or a flow collection. */
  private block: { parent: number } | null = null;
  private quote: { q: string; parent: number; line: number; column: number } | null = null;
  private flow: { depth: number; parent: number; line: number; column: number; ch: string } | null = null;
  /** A plain scalar continues on lines indented more than this; from a list item "- text" (its line and dash column). */
  private cont: { parent: number; dashLine?: number } | null = null;

  constructor(private readonly text: string) {}

  run(): Scan {
    const { text } = this;
    let start = 0;
    let n = 1;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      let raw = text.slice(start, end);
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      // A byte order mark is no indentation; columns still count it, as the parser's positions do.
      const bom = n === 1 && raw.charCodeAt(0) === 0xfeff ? 1 : 0;
      this.lines.push(this.line(raw.slice(bom), start + bom, n, bom));
      if (nl === -1) break;
      start = nl + 1;
      n++;
    }
    if (this.quote) this.suspects.push({ id: 'unclosedQuote', line: this.quote.line, column: this.quote.column, data: { quote: this.quote.q } });
    if (this.flow) this.suspects.push({ id: 'unclosedFlow', line: this.flow.line, column: this.flow.column, data: { bracket: this.flow.ch } });
    this.confirm();
    return { typos: this.typos, suspects: this.suspects, lines: this.lines };
  }

  /** One line: `offset` is where `raw` starts in the text, `base` the columns before it (a BOM). */
  private line(raw: string, offset: number, n: number, base: number): LineFacts {
    const inner = (indent: number): LineFacts => ({ kind: 'inner', indent, dash: -1, keyCol: indent, at: base + indent + 1, content: raw.trim() });
    const spaces = _leadingSpaces(raw);
    const blank = /^[ \t]*$/.test(raw);
    if (this.block) {
      if (blank || spaces > this.block.parent) return inner(spaces);
      this.block = null;
    }
    if (this.quote) {
      if (blank) return inner(spaces);
      if (spaces > this.quote.parent) {
        if (_closeQuote(raw, spaces, this.quote.q) >= 0) this.quote = null;
        return inner(spaces);
      }
      // Closed on a line not indented enough: a quoted value over several lines, not an unclosed quote.
      const close = _closeQuote(raw, spaces, this.quote.q);
      const closed = close >= 0 && /^[ \t]*(#.*)?$/.test(raw.slice(close + 1));
      if (!closed) this.suspects.push({ id: 'unclosedQuote', line: this.quote.line, column: this.quote.column, data: { quote: this.quote.q } });
      this.quote = null;
      if (closed) return inner(spaces);
    }
    if (this.flow) {
      if (blank) return inner(spaces);
      if (spaces > this.flow.parent) {
        const { depth } = _flowDepth(raw, spaces, this.flow.depth);
        if (depth === 0) this.flow = null;
        else this.flow.depth = depth;
        return inner(spaces);
      }
      this.suspects.push({ id: 'unclosedFlow', line: this.flow.line, column: this.flow.column, data: { bracket: this.flow.ch } });
      this.flow = null;
    }

    // Indentation as written: spaces, and the tabs and full-width spaces that stand for spaces.
    let w = 0;
    while (w < raw.length && (raw[w] === ' ' || raw[w] === '\t' || raw[w] === '\u3000')) w++;
    const ws = raw.slice(0, w);
    const rest = raw.slice(w);
    const odd = /[\t\u3000]/.test(ws);
    if (rest === '' || rest[0] === '#') {
      // A full-width space alone on a line, or before a comment, is text to the parser.
      if (ws.includes('\u3000')) this.indentTypo(n, offset, base, ws, ws.replace(/\u3000/g, ' ').length, true);
      return { kind: rest ? 'comment' : 'blank', indent: spaces, dash: -1, keyCol: spaces, at: base + w + 1, content: '' };
    }
    if (this.cont) {
      if (!odd && spaces > this.cont.parent) {
        if (this.cont.dashLine !== undefined && /^-( |$)/.test(rest)) {
          this.typos.push({ messageId: 'listContinuation', severity: 'warning', line: n, column: base + w + 1, endColumn: base + w + 2, data: { line: this.cont.dashLine }, edits: [] });
        }
        return inner(spaces);
      }
      this.cont = null;
    }
    if (w === 0 && /^(---|\.\.\.)([ \t]|$)/.test(rest)) {
      this.stack = [];
      this.child = null;
      return { kind: 'marker', indent: 0, dash: -1, keyCol: 0, at: base + 1, content: rest };
    }
    if (w === 0 && rest[0] === '%') return { kind: 'marker', indent: 0, dash: -1, keyCol: 0, at: base + 1, content: rest };

    const isDash = /^-([ \t]|$)/.test(rest);
    const indent = odd ? this.inferIndent(ws, isDash, this.nextIndent(offset + raw.length)) : w;
    const child = this.child;
    this.child = null;
    while (this.stack.length && this.stack[this.stack.length - 1] > indent) this.stack.pop();
    if (!this.stack.length || this.stack[this.stack.length - 1] < indent) this.stack.push(indent);

    // "- " markers, then node properties (&anchor, !tag).
    let k = 0;
    let col = indent;
    let dash = -1;
    while (rest[k] === '-' && (k + 1 === rest.length || _WS.has(rest[k + 1]))) {
      if (dash < 0) dash = col;
      k++;
      col++;
      while (_WS.has(rest[k])) (k++, col++);
      this.stack.push(col);
    }
    const at = (i: number) => offset + w + i; // offset of rest[i]
    const columnOf = (i: number) => base + w + i + 1; // original 1-based column of rest[i]
    const facts: LineFacts = { kind: 'other', indent, dash, keyCol: col, at: columnOf(k), content: _uncomment(rest.slice(k)) };
    const parent = dash >= 0 ? dash : indent - 1;

    if (k === rest.length || rest[k] === '#') {
      this.child = dash >= 0 ? dash : child;
    } else if (rest[k] === '?' || (rest[k] === ':' && (k + 1 === rest.length || _WS.has(rest[k + 1])))) {
      // Explicit keys: rare in catalogues, left to the parser.
    } else {
      const key = this.keyLine(rest, k);
      if (key) {
        facts.kind = key.candidate ? 'candidate' : 'key';
        if (key.candidate) this.candidates.push({ ...key.candidate, line: n, offset: at(key.candidate.at), keyCol: col });
        if (key.fwBefore.length) {
          const edits = key.fwBefore.map((i) => ({ start: at(i), end: at(i) + 1, insert: ' ' }));
          this.typos.push({ messageId: 'fullwidthSpaceColon', severity: 'error', line: n, column: columnOf(key.fwBefore[0]), endColumn: columnOf(key.fwBefore[key.fwBefore.length - 1]) + 1, data: { key: key.name }, edits });
        }
        if (key.smart) this.smartTypo(n, columnOf(k), rest[k]);
        const v = key.valueAt;
        if (v >= rest.length || rest[v] === '#') this.child = col;
        else this.value(rest, v, col, n, columnOf);
      } else {
        if (_SMART[rest[k]] !== undefined) this.smartValue(rest, k, n, columnOf);
        this.value(rest, k, parent, n, columnOf, dash >= 0 ? n : undefined);
        if (/^[^"'[{|>*&!]/.test(rest[k]) && _SMART[rest[k]] === undefined) {
          facts.kind = 'plain';
          const content = facts.content;
          const space = content.search(/[ \t\u3000]/);
          facts.colonAt = space > 0 ? space : content.length;
        }
      }
    }
    if (odd && (facts.kind !== 'plain' || ws.includes('\t'))) this.indentTypo(n, offset, base, ws, indent, false);
    return facts;
  }

  /** A key line: the key, where its value starts, and any typo in its separator. */
  private keyLine(rest: string, k: number): { name: string; valueAt: number; candidate?: Omit<_Candidate, 'line' | 'offset' | 'keyCol'>; fwBefore: number[]; smart: boolean } | undefined {
    let from = k;
    if (rest[k] === '"' || rest[k] === "'") {
      const close = _closeQuote(rest, k + 1, rest[k]);
      if (close < 0) return undefined;
      from = close + 1;
    }
    let first: { kind: _Candidate['kind']; at: number } | undefined;
    for (let p = from; p < rest.length; p++) {
      const c = rest[p];
      if (c === '#' && p > k && _WS.has(rest[p - 1])) break;
      if (c === ':') {
        const nx = rest[p + 1];
        // After a typo separator, a later ": " belongs to the value ({kind: file}) unless the key runs on unbroken.
        if ((nx === undefined || _WS.has(nx)) && !(first && /[\s\u3000{[\]},"']/.test(rest.slice(first.at + 1, p)))) {
          const name = rest.slice(k, p).replace(/[ \t]+$/, '');
          const fw = name.match(/\u3000+$/);
          const fwBefore = fw ? [...fw[0]].map((_, i) => k + name.length - fw[0].length + i) : [];
          const smart = _SMART[rest[k]] !== undefined && name.endsWith(_SMART[rest[k]]);
          return { name: name.replace(/\u3000+$/, ''), valueAt: _skipWs(rest, p + 1), fwBefore, smart };
        }
        if (!first && from === k) first = { kind: nx === '\u3000' ? 'colonFwSpace' : 'noSpace', at: p };
      } else if (!first && from === k && (c === '：' || c === '，')) first = { kind: c === '：' ? 'fwColon' : 'comma', at: p };
    }
    if (!first) return undefined;
    const name = rest.slice(k, first.at).replace(/[ \t]+$/, '');
    if (!_keyLike(name, first.kind)) return undefined;
    let valueAt = first.at + 1;
    while (valueAt < rest.length && (rest[valueAt] === ' ' || rest[valueAt] === '\t' || rest[valueAt] === '\u3000')) valueAt++;
    const value = _uncomment(rest.slice(valueAt));
    if (first.kind === 'noSpace' && (value.startsWith('/') || /^\d+$/.test(name))) return undefined;
    return { name, valueAt, candidate: { kind: first.kind, at: first.at, key: name, value }, fwBefore: [], smart: false };
  }

  /** The node after "key: " or "- ": sets the state for the lines that follow. */
  private value(rest: string, v: number, parent: number, n: number, columnOf: (i: number) => number, dashLine?: number): void {
    while ((rest[v] === '&' || rest[v] === '!') && v < rest.length) {
      while (v < rest.length && !_WS.has(rest[v])) v++;
      v = _skipWs(rest, v);
    }
    const c = rest[v];
    if (c === undefined || c === '#') {
      this.child = parent;
      return;
    }
    if (c === '"' || c === "'") {
      if (_closeQuote(rest, v + 1, c) < 0) this.quote = { q: c, parent, line: n, column: columnOf(v) };
    } else if (c === '[' || c === '{') {
      const { depth } = _flowDepth(rest, v, 0);
      if (depth > 0) this.flow = { depth, parent, line: n, column: columnOf(v), ch: c };
    } else if ((c === '|' || c === '>') && /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(rest.slice(v))) {
      this.block = { parent };
    } else if (c !== '*') {
      if (_SMART[c] !== undefined) this.smartValue(rest, v, n, columnOf);
      this.cont = { parent, dashLine };
    }
  }

  /** A value in curly quotes: a warning when they wrap it, and an explanation should the parser fail on it. */
  private smartValue(rest: string, v: number, n: number, columnOf: (i: number) => number): void {
    const open = rest[v];
    const close = _SMART[open];
    const body = rest.slice(v);
    const hash = body.search(/[ \t]#/);
    const end = body.lastIndexOf(close);
    const data = { quote: `${open}${close}` };
    this.suspects.push({ id: 'smartQuotes', line: n, column: columnOf(v), data });
    // Wrapped in them, or a " #" inside them made the rest a comment.
    if (end > 0 && (_uncomment(body).endsWith(close) || (hash >= 0 && hash < end))) this.smartTypo(n, columnOf(v), open);
  }

  private smartTypo(n: number, column: number, open: string): void {
    if (this.typos.some((t) => t.line === n && t.messageId === 'smartQuotes')) return;
    this.typos.push({ messageId: 'smartQuotes', severity: 'warning', line: n, column, endColumn: column + 1, data: { quote: `${open}${_SMART[open]}` }, edits: [] });
  }

  /** Which width the tabs and full-width spaces stand for: the first that lines up with the lines around. */
  private inferIndent(ws: string, isDash: boolean, next: number | undefined): number {
    const top = this.stack[this.stack.length - 1] ?? 0;
    // A tab moves to the next tab stop, as editors show it.
    const width = (t: number, f: number) => [...ws].reduce((col, c) => (c === '\t' ? (Math.floor(col / t) + 1) * t : col + (c === ' ' ? 1 : f)), 0);
    const widths = [...new Set(_UNITS.map(([t, f]) => width(t, f)))];
    const fits = (c: number) => this.stack.includes(c) || (this.child !== null && (c > this.child || (isDash && c === this.child))) || (!this.stack.length && c === 0);
    // Lined up with the next line first (a typed line mostly sits among its siblings), then with a level above.
    return widths.find((c) => c === next && fits(c)) ?? widths.find(fits) ?? widths.find((c) => c > top) ?? widths[0];
  }

  /** The indentation of the next line with content after `from` (a line break), when it is written with spaces only. */
  private nextIndent(from: number): number | undefined {
    const { text } = this;
    for (let i = from + 1; i > 0 && i < text.length; i = text.indexOf('\n', i) + 1) {
      let j = i;
      while (text[j] === ' ') j++;
      const c = text[j];
      if (c === '\t' || c === '\u3000') return undefined;
      if (c !== '\n' && c !== '\r' && c !== '#' && c !== undefined) return j - i;
    }
    return undefined;
  }

  private indentTypo(n: number, offset: number, base: number, ws: string, width: number, blank: boolean): void {
    const tab = ws.includes('\t');
    const insert = blank ? ws.replace(/\u3000/g, ' ') : ' '.repeat(width);
    this.typos.push({
      messageId: tab ? 'tabIndent' : 'fullwidthSpaceIndent',
      severity: 'error',
      line: n,
      column: base + 1,
      endColumn: base + ws.length + 1,
      data: { width },
      edits: [{ start: offset, end: offset + ws.length, insert }],
    });
  }

  /**
   * A colon written "：", "，" or ":" without its space counts as a typo only where a key belongs: the name is a field
   * of the format, or a key (or a confirmed typo) sits beside it in the same mapping. Elsewhere it may be text
   * ("说明：…" inside a multi-line value), so it is only kept to explain a parser failure.
   */
  private confirm(): void {
    const sure = new Set<number>();
    for (const c of this.candidates) if (c.kind === 'colonFwSpace' || isKnownKey(c.key)) sure.add(c.line);
    for (let grew = true; grew; ) {
      grew = false;
      for (const c of this.candidates) {
        if (!sure.has(c.line) && this.sibling(c.line, c.keyCol, sure)) {
          sure.add(c.line);
          grew = true;
        }
      }
    }
    for (const c of this.candidates) {
      const at = c.offset;
      const column = this.column(at);
      if (c.kind === 'comma') {
        if (sure.has(c.line)) this.suspects.push({ id: 'fullwidthComma', line: c.line, column, data: { key: c.key }, fatal: isKnownKey(c.key) });
        continue;
      }
      const messageId: YamlTypoMessageId = c.kind === 'fwColon' ? 'fullwidthColon' : c.kind === 'colonFwSpace' ? 'fullwidthSpaceColon' : 'missingSpace';
      const data = { key: c.key, value: _short(c.value) };
      if (!sure.has(c.line)) {
        this.suspects.push({ id: 'typo', messageId, line: c.line, column, data });
        continue;
      }
      this.typos.push({ messageId, severity: 'error', line: c.line, column, endColumn: column + 1, data, edits: [this.repair(c)] });
    }
    this.typos.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  /** ":" for "：" (": " when no space follows), a space for a full-width one, a space after a bare ":". */
  private repair(c: _Candidate): Edit {
    const at = c.offset;
    const next = this.text[at + 1];
    if (c.kind === 'colonFwSpace') return { start: at + 1, end: at + 2, insert: ' ' };
    if (c.kind === 'noSpace') return { start: at + 1, end: at + 1, insert: ' ' };
    if (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r') return { start: at, end: at + 1, insert: ':' };
    return next === '\u3000' ? { start: at, end: at + 2, insert: ': ' } : { start: at, end: at + 1, insert: ': ' };
  }

  /** A key, or a confirmed typo, at the same column in the same mapping, above or below. */
  private sibling(line: number, col: number, sure: ReadonlySet<number>): boolean {
    const lines = this.lines;
    const isKey = (f: LineFacts, i: number) => f.kind === 'key' || (f.kind === 'candidate' && sure.has(i + 1));
    const skip = (f: LineFacts) => f.kind === 'blank' || f.kind === 'comment' || f.kind === 'inner';
    if (lines[line - 1].dash < 0) {
      for (let i = line - 2; i >= 0; i--) {
        const f = lines[i];
        if (skip(f)) continue;
        if (f.keyCol === col && isKey(f, i)) return true;
        if (f.indent <= col) break;
      }
    }
    for (let i = line; i < lines.length; i++) {
      const f = lines[i];
      if (skip(f) || f.indent > col) continue;
      return f.indent === col && f.dash < 0 && isKey(f, i);
    }
    return false;
  }

  private column(offset: number): number {
    return offset - this.text.lastIndexOf('\n', offset - 1);
  }
}

function _leadingSpaces(s: string): number {
  let i = 0;
  while (s[i] === ' ') i++;
  return i;
}

function _skipWs(s: string, i: number): number {
  while (_WS.has(s[i])) i++;
  return i;
}

/** Index of the closing quote from `from`, or -1 (escapes: \" in double quotes, '' in single quotes). */
function _closeQuote(s: string, from: number, q: string): number {
  for (let i = from; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Bracket depth after scanning s from `from`, quotes and comments skipped. */
function _flowDepth(s: string, from: number, depth: number): { depth: number } {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const close = _closeQuote(s, i + 1, c);
      if (close < 0) return { depth };
      i = close;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth <= 0) return { depth: 0 };
    } else if (c === '#' && (i === 0 || _WS.has(s[i - 1]))) break;
  }
  return { depth };
}

function _uncomment(s: string): string {
  const hash = s.search(/(^|[ \t])#/);
  return (hash < 0 ? s : s.slice(0, hash)).trimEnd();
}

/** A name an officer would give a field: one word, no sentence punctuation, not YAML syntax. */
function _keyLike(name: string, kind: _Candidate['kind']): boolean {
  if (!name || name.length > 40 || /[\s\u3000]/.test(name)) return false;
  if (/[，。；！？、,"'“”‘’#&*!|>%@`[\]{}]/.test(name) || /^[-?:]/.test(name)) return false;
  if (kind === 'noSpace') return /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(name) && !/^(https?|ftp|mailto|file|urn|tel)$/i.test(name);
  return true;
}

function _short(s: string): string {
  const chars = [...s];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : s;
}
