// YAML 1.2 core-schema parse that keeps a source position for every node, at close to raw parser speed.
import { parseEvents, constructFromEvents, getScalarValue, CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { InputError } from './errors.js';
import type { Path, Range } from './types.js';

export const MAX_DEPTH = 64;

export interface LoadedDocument {
  file: string;
  text: string;
  data: unknown;
  locate(path: Path, opts?: { key?: boolean }): Range;
}

export function loadYaml(text: string, file: string): LoadedDocument {
  let events: Event[];
  let data: unknown;
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
    const index = new _EventIndex(text, events, file);
    index.checkSingleDocument(file);
    data = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxTotalMergeKeys: 0 })[0];
    return { file, text, data, locate: (path, opts) => index.locate(path, opts?.key ?? false) };
  } catch (e) {
    throw _asInputError(e, file, text);
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

/** Offsets of every node, resolved lazily by path; built in one linear pass over the parser events. */
class _EventIndex {
  private readonly skip: Int32Array;
  private readonly end: Int32Array;
  private readonly anchors = new Map<string, number>();
  private readonly children = new Map<number, Int32Array>();
  private readonly keys = new Map<number, Map<string, number>>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string, private readonly events: Event[], file: string) {
    this.lines = new LineIndex(text);
    const n = events.length;
    this.skip = new Int32Array(n);
    this.end = new Int32Array(n);
    // Expanded node counts guard against alias bombs: sharing is cheap to parse but explodes when walked.
    const limit = n * 10 + 10_000;
    let expanded = 0;
    const stack: number[] = [];
    const sizes: number[] = [];
    const anchorSize = new Map<string, number>();
    let lastEnd = 0;
    for (let i = 0; i < n; i++) {
      const ev = events[i];
      if (ev.type === MAPPING || ev.type === SEQUENCE) {
        stack.push(i);
        sizes.push(1);
      } else if (ev.type === SCALAR || ev.type === ALIAS) {
        this.skip[i] = i + 1;
        let size = 1;
        if (ev.type === SCALAR) {
          if (ev.valueEnd >= 0) lastEnd = _scalarEnd(ev);
          this.end[i] = lastEnd;
          if (ev.anchorStart >= 0) this._anchor(ev.anchorStart, ev.anchorEnd, i, 1, anchorSize);
        } else {
          const name = _name(text, ev.anchorStart, ev.anchorEnd);
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

  locate(path: Path, key: boolean): Range {
    let node = this._root();
    let keyNode = -1;
    for (const seg of path) {
      node = this._deref(node);
      const next = this._child(node, seg);
      if (!next) break;
      [keyNode, node] = next;
    }
    const target = key && keyNode >= 0 ? keyNode : this._isEmpty(node) && keyNode >= 0 ? keyNode : node;
    return this._range(target);
  }

  /** Exactly one document: the stream is DOCUMENT, the root node, and the document's POP. */
  checkSingleDocument(file: string): void {
    const { events } = this;
    if (!events.length || events[0].type !== DOCUMENT || events.length < 2 || events[1].type === POP) {
      throw new InputError(file, { zh: '文件为空，没有 YAML 内容', en: 'the file is empty: no YAML content' }, 1, 1);
    }
    const next = this.skip[1] + 1;
    if (next < events.length && events[next].type === DOCUMENT) {
      const pos = this.lines.position(_secondDocOffset(this.text));
      throw new InputError(file, {
        zh: '文件包含多个 YAML 文档（---）；一个目录文件只能有一个文档',
        en: 'the file holds several YAML documents (---); a catalogue file holds exactly one',
      }, pos.line, pos.column);
    }
  }

  private _root(): number {
    return this.events.length > 1 && this.events[0].type === DOCUMENT ? 1 : 0;
  }

  private _deref(i: number): number {
    const ev = this.events[i];
    if (ev?.type !== ALIAS) return i;
    return this.anchors.get(_name(this.text, ev.anchorStart, ev.anchorEnd)) ?? i;
  }

  private _child(i: number, seg: string | number): [number, number] | undefined {
    const ev = this.events[i];
    if (!ev) return undefined;
    if (ev.type === SEQUENCE && typeof seg === 'number') {
      const kids = this._kids(i);
      return seg < kids.length ? [-1, kids[seg]] : undefined;
    }
    if (ev.type !== MAPPING) return undefined;
    let map = this.keys.get(i);
    if (!map) {
      map = new Map();
      const kids = this._kids(i);
      for (let k = 0; k + 1 < kids.length; k += 2) {
        const kev = this.events[kids[k]];
        if (kev.type === SCALAR) map.set(getScalarValue(this.text, kev), kids[k]);
      }
      this.keys.set(i, map);
    }
    const k = map.get(String(seg));
    return k === undefined ? undefined : [k, this.skip[k]];
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

  private _isEmpty(i: number): boolean {
    const ev = this.events[i];
    return ev?.type === SCALAR && ev.valueStart < 0;
  }

  private _range(i: number): Range {
    const ev = this.events[i];
    let start = 0;
    if (ev?.type === SCALAR) start = ev.valueStart < 0 ? this.end[i] : _scalarStart(ev);
    else if (ev?.type === ALIAS) start = ev.anchorStart - 1;
    else if (ev && 'start' in ev) start = ev.start;
    const a = this.lines.position(Math.max(0, start));
    const b = this.lines.position(Math.max(start, this.end[i] ?? start));
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

function _asInputError(e: unknown, file: string, text: string): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof RangeError) {
    return new InputError(file, { zh: `嵌套过深（超过 ${MAX_DEPTH} 层）`, en: `nesting deeper than ${MAX_DEPTH} levels` });
  }
  const err = e as { reason?: string; message?: string; mark?: { line?: number; column?: number; position?: number } };
  const reason = (err.reason || err.message || String(e)).split('\n')[0].replace(/\s*\(\d+:\d+\)\s*$/, '');
  const mark = err.mark ?? {};
  let line: number | undefined;
  let column: number | undefined;
  if (typeof mark.position === 'number') ({ line, column } = new LineIndex(text).position(Math.min(mark.position, text.length)));
  else if (typeof mark.line === 'number') [line, column] = [mark.line + 1, (mark.column ?? 0) + 1];
  return new InputError(file, { zh: `YAML 语法错误：${_zhReason(reason)}`, en: `YAML syntax error: ${reason}` }, line, column);
}

const _ZH_REASONS: [RegExp, string][] = [
  [/duplicate(d)? (mapping )?key/i, '重复的键'],
  [/unknown .*tag/i, '不支持的自定义标签'],
  [/maxDepth/i, `嵌套过深（超过 ${MAX_DEPTH} 层）`],
  [/unidentified alias|unknown alias/i, '引用了未定义的锚点'],
  [/bad indentation|indentation/i, '缩进错误'],
  [/unexpected end/i, '文件意外结束'],
  [/tab/i, '不允许使用制表符缩进'],
];

function _zhReason(reason: string): string {
  const hit = _ZH_REASONS.find(([re]) => re.test(reason));
  return hit ? `${hit[1]}（${reason}）` : reason;
}
