// Source ranges of a parsed document by path, and the path at an offset, answered from its node table (whichever
// parse path filled it); paths are resolved lazily and cached.
import { getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { InputError } from '../errors.js';
import type { Path, PathSeg, Range } from '../types.js';
import { LineIndex } from './lines.js';
import { ALIAS, DOCUMENT, MAPPING, POP, SCALAR, SEQUENCE, type NodeTable } from './table.js';

/** Nesting limit of both parse paths (and of how deep pathAt descends). */
export const MAX_DEPTH = 64;

export class NodeIndex {
  private readonly type: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly skip: Int32Array;
  private readonly children = new Map<number, Int32Array>();
  private readonly keys = new Map<number, Map<string, number>>();
  private readonly lines: LineIndex;

  constructor(private readonly text: string, private readonly table: NodeTable) {
    this.lines = new LineIndex(text);
    ({ type: this.type, start: this.start, end: this.end, skip: this.skip } = table);
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
    return this.table.anchors.get(this.text.slice(this.start[i] + 1, this.end[i])) ?? i;
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
    const { style, flags, indent } = this.table;
    const quoted = style[i] === SCALAR_STYLE.SINGLE_QUOTED || style[i] === SCALAR_STYLE.DOUBLE_QUOTED;
    const ev = {
      type: SCALAR, valueStart: this.start[i] + (quoted ? 1 : 0), valueEnd: this.end[i] - (quoted ? 1 : 0),
      anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1,
      style: style[i], chomping: flags[i] >> 1, indent: indent[i], fast: (flags[i] & 1) === 1,
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
}

function _secondDocOffset(text: string): number {
  const m = /(^|\n)(---|\.\.\.)/g;
  let hit: RegExpExecArray | null;
  let count = 0;
  while ((hit = m.exec(text))) if (++count === (text.startsWith('---') ? 2 : 1)) return hit.index + hit[1].length;
  return 0;
}
