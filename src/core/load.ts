// YAML 1.2 core-schema parse that keeps a source position for every node, at close to raw parser speed; the typos
// officers make are repaired in memory when asked (lint), and every failure is explained with its position.
import { parseEvents, constructFromEvents, getScalarValue, CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { InputError } from './errors.js';
import { render } from './messages.js';
import { applyEdits, ColumnMap, mayHaveTypos, scanTypos, type Scan, type Typo } from './typos.js';
import { explainFailure, refusal } from './yaml-errors.js';
import { yamlTypo } from './yaml-typo.js';
import type { Finding, Path, PathSeg, Range } from './types.js';

export const MAX_DEPTH = 64;

export interface LoadedDocument {
  file: string;
  /** The text as written (code frames show it); positions from locate() refer to it. */
  text: string;
  data: unknown;
  locate(path: Path, opts?: { key?: boolean }): Range;
  /** yaml-typo findings: the typos repaired in memory (errors) and the curly quotes and such (warnings). */
  typos?: Finding[];
}

export interface LoadOptions {
  /**
   * Repair the certain typos in memory (full-width colon or space after a key, tabs and full-width spaces in the
   * indentation, no space after a colon) and report each as a yaml-typo finding: lint reads a catalogue as the officer
   * meant it. Without it the text is read exactly as written (fmt, the authoring commands, diff, package, verify).
   */
  repair?: boolean;
}

export function loadYaml(text: string, file: string, opts: LoadOptions = {}): LoadedDocument {
  let events: Event[] = [];
  let data: unknown;
  let scan: Scan | undefined;
  let parsed = text;
  let columns = _SAME;
  if (opts.repair && mayHaveTypos(text)) {
    scan = scanTypos(text);
    const refused = scan.suspects.find((s) => s.fatal);
    if (refused) throw refusal(refused, file);
    const edits = scan.typos.flatMap((t) => t.edits);
    if (edits.length) ({ text: parsed, columns } = applyEdits(text, edits));
  }
  try {
    events = parseEvents(parsed, { maxDepth: MAX_DEPTH });
    const index = new _EventIndex(parsed, events, file);
    index.checkSingleDocument(file);
    data = constructFromEvents(events, { source: parsed, schema: CORE_SCHEMA, maxTotalMergeKeys: 0 })[0];
    events = [];
    const locate = columns.empty
      ? (path: Path, o?: { key?: boolean }) => index.locate(path, o?.key ?? false)
      : (path: Path, o?: { key?: boolean }) => _mapRange(index.locate(path, o?.key ?? false), columns);
    const doc: LoadedDocument = { file, text, data, locate };
    if (scan?.typos.length) {
      const starts = _lineStarts(parsed);
      doc.typos = scan.typos.map((t) => _typoFinding(t, file, parsed, starts[t.line - 1] ?? 0, index));
    } else if (opts.repair) doc.typos = [];
    return doc;
  } catch (e) {
    throw explainFailure(e, { file, text, parsed, columns, events, scan: () => (scan ??= scanTypos(text)), repaired: opts.repair === true, maxDepth: MAX_DEPTH });
  }
}

/** 1-based line/column of a UTF-16 offset. */
export class LineIndex {
  private starts: Int32Array | undefined;
  constructor(private readonly text: string) {}
  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= _lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

// --- internal ---

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;

/**
 * Offsets of every node in typed arrays (about 20 bytes a node), built in one linear pass over the parser events,
 * so the event objects can be collected once the data is constructed; paths are resolved lazily and cached.
 */
class _EventIndex {
  private readonly type: Uint8Array;
  private readonly style: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly indent: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly skip: Int32Array;
  private readonly anchors = new Map<string, number>();
  private readonly children = new Map<number, Int32Array>();
  private readonly keys = new Map<number, Map<string, number>>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string, events: Event[], file: string) {
    this.lines = new LineIndex(text);
    const n = events.length;
    this.type = new Uint8Array(n);
    this.style = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.indent = new Int32Array(n);
    this.start = new Int32Array(n).fill(-1);
    this.end = new Int32Array(n);
    this.skip = new Int32Array(n);
    // Expanded node counts guard against alias bombs: sharing is cheap to parse but explodes when walked.
    const limit = n * 10 + 10_000;
    let expanded = 0;
    const stack: number[] = [];
    const sizes: number[] = [];
    const anchorSize = new Map<string, number>();
    let lastEnd = 0;
    for (let i = 0; i < n; i++) {
      const ev = events[i];
      this.type[i] = ev.type;
      if (ev.type === MAPPING || ev.type === SEQUENCE) {
        this.start[i] = ev.start;
        stack.push(i);
        sizes.push(1);
      } else if (ev.type === SCALAR || ev.type === ALIAS) {
        this.skip[i] = i + 1;
        let size = 1;
        if (ev.type === SCALAR) {
          this.style[i] = ev.style;
          this.flags[i] = (ev.fast ? 1 : 0) | (ev.chomping << 1);
          this.indent[i] = ev.indent;
          if (ev.valueStart >= 0) {
            this.start[i] = _scalarStart(ev);
            lastEnd = _scalarEnd(ev);
          }
          this.end[i] = lastEnd;
          if (ev.anchorStart >= 0) this._anchor(ev.anchorStart, ev.anchorEnd, i, 1, anchorSize);
        } else {
          const name = _name(text, ev.anchorStart, ev.anchorEnd);
          this.start[i] = ev.anchorStart - 1;
          size = anchorSize.get(name) ?? 1;
          lastEnd = ev.anchorEnd;
          this.end[i] = lastEnd;
          expanded += size;
          if (expanded > limit) {
            const at = this.lines.position(ev.anchorStart);
            throw new InputError(file, {
              zh: `别名（*${name}）展开后节点过多（超过 ${limit} 个），疑为“别名炸弹”，拒绝处理`,
              en: `aliases (*${name}) expand to more than ${limit} nodes; refusing a possible alias bomb`,
            }, at.line, at.column);
          }
        }
        if (sizes.length) sizes[sizes.length - 1] += size;
      } else if (ev.type === POP && stack.length) {
        const start = stack.pop()!;
        const size = sizes.pop()!;
        this.skip[start] = i + 1;
        this.end[start] = lastEnd;
        if (sizes.length) sizes[sizes.length - 1] += size;
        const open = events[start] as Extract<Event, { start: number }>;
        if (open.anchorStart >= 0) this._anchor(open.anchorStart, open.anchorEnd, start, size, anchorSize);
      }
    }
  }

  /** Exactly one document: the stream is DOCUMENT, the root node, and the document's POP. */
  checkSingleDocument(file: string): void {
    const { type } = this;
    if (type.length < 2 || type[0] !== DOCUMENT || type[1] === POP) {
      throw new InputError(file, { zh: '文件为空，没有 YAML 内容', en: 'the file is empty: no YAML content' }, 1, 1);
    }
    const next = this.skip[1] + 1;
    if (next < type.length && type[next] === DOCUMENT) {
      const pos = this.lines.position(_secondDocOffset(this.text));
      throw new InputError(file, {
        zh: '文件包含多个 YAML 文档（---）；一个目录文件只能有一个文档',
        en: 'the file holds several YAML documents (---); a catalogue file holds exactly one',
      }, pos.line, pos.column);
    }
  }

  locate(path: Path, key: boolean): Range {
    let node = this.type.length > 1 && this.type[0] === DOCUMENT ? 1 : 0;
    let keyNode = -1;
    for (const seg of path) {
      node = this._deref(node);
      const next = this._child(node, seg);
      if (!next) break;
      [keyNode, node] = next;
    }
    const empty = this.type[node] === SCALAR && this.start[node] < 0;
    return this._range(keyNode >= 0 && (key || empty) ? keyNode : node);
  }

  /** The path of the node at an offset: the key written there, or the deepest node whose range holds it. */
  pathAt(offset: number): Path {
    const path: PathSeg[] = [];
    let node = this.type.length > 1 && this.type[0] === DOCUMENT ? 1 : 0;
    while (path.length < MAX_DEPTH && (this.type[node] === MAPPING || this.type[node] === SEQUENCE)) {
      const kids = this._kids(node);
      const pairs = this.type[node] === MAPPING;
      const step = pairs ? 2 : 1;
      // The last child (key) starting at or before the offset; children start in order, so a binary search.
      let lo = 0;
      let hi = Math.floor(kids.length / step) - 1;
      let hit = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (this.start[kids[mid * step]] <= offset) (hit = mid * step), (lo = mid + 1);
        else hi = mid - 1;
      }
      if (hit < 0) break;
      if (!pairs) {
        path.push(hit);
        node = kids[hit];
        continue;
      }
      const value = kids[hit + 1];
      path.push(this.type[kids[hit]] === SCALAR ? this._scalar(kids[hit]) : String(hit / 2));
      if (this.start[value] < 0 || this.start[value] > offset) break;
      node = value;
    }
    return path;
  }

  private _deref(i: number): number {
    if (this.type[i] !== ALIAS) return i;
    return this.anchors.get(this.text.slice(this.start[i] + 1, this.end[i])) ?? i;
  }

  private _child(i: number, seg: string | number): [number, number] | undefined {
    if (this.type[i] === SEQUENCE && typeof seg === 'number') {
      const kids = this._kids(i);
      return seg < kids.length ? [-1, kids[seg]] : undefined;
    }
    if (this.type[i] !== MAPPING) return undefined;
    let map = this.keys.get(i);
    if (!map) {
      map = new Map();
      const kids = this._kids(i);
      for (let k = 0; k + 1 < kids.length; k += 2) if (this.type[kids[k]] === SCALAR) map.set(this._scalar(kids[k]), kids[k]);
      this.keys.set(i, map);
    }
    const k = map.get(String(seg));
    return k === undefined ? undefined : [k, this.skip[k]];
  }

  /** A key's text, decoded exactly as the parser decoded it. */
  private _scalar(i: number): string {
    if (this.start[i] < 0) return '';
    const quoted = this.style[i] === SCALAR_STYLE.SINGLE_QUOTED || this.style[i] === SCALAR_STYLE.DOUBLE_QUOTED;
    const ev = {
      type: SCALAR, valueStart: this.start[i] + (quoted ? 1 : 0), valueEnd: this.end[i] - (quoted ? 1 : 0),
      anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1,
      style: this.style[i], chomping: this.flags[i] >> 1, indent: this.indent[i], fast: (this.flags[i] & 1) === 1,
    } as ScalarEvent;
    return getScalarValue(this.text, ev);
  }

  private _kids(i: number): Int32Array {
    let kids = this.children.get(i);
    if (!kids) {
      const list: number[] = [];
      for (let c = i + 1; c < this.skip[i] - 1; c = this.skip[c]) list.push(c);
      kids = Int32Array.from(list);
      this.children.set(i, kids);
    }
    return kids;
  }

  private _range(i: number): Range {
    const start = this.start[i] >= 0 ? this.start[i] : this.end[i];
    const a = this.lines.position(Math.max(0, start));
    const b = this.lines.position(Math.max(start, this.end[i]));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private _anchor(s: number, e: number, index: number, size: number, sizes: Map<string, number>): void {
    const name = _name(this.text, s, e);
    this.anchors.set(name, index);
    sizes.set(name, size);
  }
}

function _name(text: string, s: number, e: number): string {
  const raw = text.slice(s, e);
  return raw[0] === '&' || raw[0] === '*' ? raw.slice(1) : raw;
}

function _quoted(ev: ScalarEvent): boolean {
  return ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
}

function _scalarStart(ev: ScalarEvent): number {
  return _quoted(ev) ? ev.valueStart - 1 : ev.valueStart;
}

function _scalarEnd(ev: ScalarEvent): number {
  return _quoted(ev) ? ev.valueEnd + 1 : ev.valueEnd;
}

function _lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}

function _secondDocOffset(text: string): number {
  const m = /(^|\n)(---|\.\.\.)/g;
  let hit: RegExpExecArray | null;
  let count = 0;
  while ((hit = m.exec(text))) if (++count === (text.startsWith('---') ? 2 : 1)) return hit.index + hit[1].length;
  return 0;
}

const _SAME = new ColumnMap();

function _mapRange(r: Range, columns: ColumnMap): Range {
  return { line: r.line, column: columns.original(r.line, r.column), endLine: r.endLine, endColumn: columns.original(r.endLine, r.endColumn) };
}

/** A typo as a finding of yaml-typo, with the path of the node written on its line. */
function _typoFinding(t: Typo, file: string, parsed: string, lineStart: number, index: _EventIndex): Finding {
  const content = /^[ \t]*(?:-[ \t]+)*/.exec(parsed.slice(lineStart, lineStart + 200))![0].length;
  return {
    ruleId: yamlTypo.id,
    messageId: t.messageId,
    severity: t.severity,
    articles: [],
    message: render(yamlTypo.messages[t.messageId], t.data),
    file,
    path: _dotted(index.pathAt(lineStart + content)),
    line: t.line,
    column: t.column,
    endLine: t.line,
    endColumn: t.endColumn,
  };
}

function _dotted(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
