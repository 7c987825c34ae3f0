// govcat fmt as a pure function: canonical key order, 2-space indentation, misread numbers quoted, comments kept.
import { isMap, isPair, isScalar, isSeq, Scalar, YAMLSeq, type Document, type Node, type Pair } from 'yaml';
import { InputError } from '../core/errors.js';
import { loadYaml } from '../core/load.js';
import { normalize } from '../core/normalize.js';
import type { Path } from '../core/types.js';
import { rankKeys } from './key-order.js';
import { pattern, shapes } from './schema-shape.js';
import { parseStrict, sameData } from './yaml-strict.js';

export interface FormatOptions {
  /** Rewrite Chinese and variant enumerated values to the canonical English terms. */
  canonical?: boolean;
}

export interface FormatResult {
  output: string;
  changed: boolean;
  /** The file is no catalogue (a workflow, a compose file): left exactly as it is. */
  notCatalogue?: boolean;
}

/** Output style shared with every YAML file govcat writes (import too). */
export const TO_STRING = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/**
 * Formats one catalogue. The text must pass the lint loader first, so fmt refuses exactly what lint refuses and
 * reports it at the same position; the result is re-read and must hold the same data (after the announced edits).
 */
export function formatCatalogue(text: string, file: string, opts: FormatOptions = {}): FormatResult {
  const before = loadYaml(text, file).data;
  // The same refusal as lint (the top level must be a mapping), and what lint leaves unchecked fmt leaves unformatted.
  if (normalize(structuredClone(before), file).catalogueShaped === false) return { output: text, changed: false, notCatalogue: true };
  const { doc, data } = parseStrict(text, file);
  if (!sameData(before, data)) throw _refuse(file, { zh: '两个 YAML 解析器对本文件的理解不一致', en: 'the two YAML readers disagree about this file' });
  const expected = structuredClone(before);
  for (const [path, value] of quoteMisreadNumbers(doc)) _setIn(expected, path, value);
  if (opts.canonical) canonicalizeValues(doc, expected);
  orderKeys(doc);
  const plain = _stringify(doc, file);
  const aligned = _restoreCommentGaps(_rejoinKeyComments(plain, text), text);
  // The aligned text is preferred; the plain one is the fallback should a look-alike line inside a string be touched.
  const output = aligned !== plain && _verify(aligned, expected, file, opts.canonical === true, false) ? aligned : plain;
  _verify(output, expected, file, opts.canonical === true, true);
  return { output, changed: output !== text };
}

/** A file fmt read but would not format (its meaning would change), as opposed to one it could not read. */
export function isRefusal(e: unknown): boolean {
  return e instanceof Error && _refusals.has(e);
}

/** Numbers where the schema wants text (region 110000, version 2026.10, an all-digit credit code) become the text written. */
export function quoteMisreadNumbers(doc: Document): [Path, string][] {
  const changes: [Path, string][] = [];
  _visit(doc.contents as Node | null, [], (node, path, parentPath, key) => {
    if (!isScalar(node) || typeof node.value !== 'number' || node.type !== 'PLAIN' || typeof node.source !== 'string') return;
    if (!shapes().get(pattern(parentPath))?.strings.has(typeof key === 'number' ? '*' : String(key))) return;
    node.value = node.source;
    node.type = 'QUOTE_DOUBLE';
    changes.push([path, node.source]);
  });
  return changes;
}

/** Sorts every mapping's keys into the canonical order (key-order.ts); unknown keys follow the known ones in their own order. */
export function orderKeys(doc: Document): void {
  _visit(doc.contents as Node | null, [], (node, path) => {
    if (!isMap(node)) return;
    const rank = rankKeys(node.items.map((p) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : '')), path);
    const ranked = node.items.map((p, i) => [rank[i], p] as const);
    ranked.sort((a, b) => a[0] - b[0]);
    node.items = ranked.map(([, p]) => p);
  });
}

/**
 * Chinese and variant enumerated values → canonical English, exactly where and how normalize() maps them
 * (the field list and VOCABULARIES live there); `expected` is normalized alongside.
 */
export function canonicalizeValues(doc: Document, expected: unknown): void {
  const canonical = normalize(structuredClone(expected), '').root;
  _diffValues(expected, canonical, [], (path, value) => {
    const pair = _pairAt(doc, path);
    if (!pair || !isScalar(pair.value)) return;
    const old = pair.value;
    if (Array.isArray(value)) {
      // share_method: none → [none], written like the other lists.
      const seq = new YAMLSeq(doc.schema);
      seq.flow = true;
      seq.items = value.map((v) => new Scalar(v));
      Object.assign(seq, { comment: old.comment, commentBefore: old.commentBefore, spaceBefore: old.spaceBefore });
      pair.value = seq;
    } else {
      old.value = value;
      old.type = 'PLAIN';
    }
  });
}

// --- internal ---

type _Visitor = (node: Node, path: Path, parentPath: Path, key: string | number | undefined) => void;

function _visit(node: Node | null, path: Path, fn: _Visitor, parentPath: Path = [], key?: string | number): void {
  if (!node) return;
  fn(node, path, parentPath, key);
  if (isMap(node)) {
    for (const p of node.items) {
      if (isPair(p) && isScalar(p.key)) _visit(p.value as Node | null, [...path, String(p.key.value)], fn, path, String(p.key.value));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => _visit(item as Node | null, [...path, i], fn, path, i));
  }
}

function _pairAt(doc: Document, path: Path): Pair | { value: unknown } | undefined {
  let node = doc.contents as Node | null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isSeq(node) && typeof seg === 'number') {
      const seq = node;
      if (i === path.length - 1) return { get value() { return seq.items[seg]; }, set value(v) { seq.items[seg] = v; } };
      node = seq.items[seg] as Node | null;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      if (i === path.length - 1) return pair as Pair;
      node = pair.value as Node | null;
    } else return undefined;
  }
  return undefined;
}

function _diffValues(a: unknown, b: unknown, path: Path, fn: (path: Path, value: unknown) => void): void {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    for (const k of Object.keys(a)) {
      const key = Array.isArray(a) ? Number(k) : k;
      _diffValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, key], fn);
    }
  } else if (typeof a === 'string' && (typeof b === 'string' || Array.isArray(b)) && !sameData(a, b)) fn(path, b);
}

function _setIn(data: unknown, path: Path, value: unknown): void {
  let o = data as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) o = o[seg] as Record<string | number, unknown>;
  o[path[path.length - 1]] = value;
}

/**
 * Trailing comments keep the gap their author gave them (aligned columns stay aligned); yaml writes one space.
 * A line whose code changed (a value quoted or canonicalized) keeps the comment's column when it still fits.
 */
function _restoreCommentGaps(output: string, source: string): string {
  const gaps = new Map<string, string[]>();
  const columns = new Map<string, number[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const line of source.split(/\r?\n/)) {
    const m = _TRAILING.exec(line);
    if (!m) continue;
    push(gaps, `${m[2]}\u0000${m[4]}`, m[3]);
    push(columns, m[4], line.length - m[4].length);
  }
  return output.split('\n').map((line) => {
    const m = _TRAILING.exec(line);
    if (!m) return line;
    const gap = gaps.get(`${m[2]}\u0000${m[4]}`)?.shift();
    if (gap) return `${m[1]}${m[2]}${gap}${m[4]}`;
    const code = `${m[1]}${m[2]}`;
    const column = columns.get(m[4])?.[0] ?? 0;
    return column > code.length ? `${code.padEnd(column)}${m[4]}` : line;
  }).join('\n');
}

const _TRAILING = /^(\s*)(\S.*?)( +)(#.*)$/;

/**
 * `key:   # note` over a nested block: yaml writes the note on a line of its own under the key. Where the source had
 * it on the key's line, it goes back there.
 */
function _rejoinKeyComments(output: string, source: string): string {
  const onKey = new Set<string>();
  for (const line of source.split(/\r?\n/)) {
    const m = _KEY_COMMENT.exec(line);
    if (m) onKey.add(`${m[1]}${m[2]}\u0000${m[4]}`);
  }
  if (!onKey.size) return output;
  const lines = output.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = /^(\s*)(\S.*:)$/.exec(lines[i]);
    const note = key && /^\s*(#.*)$/.exec(lines[i + 1] ?? '');
    if (key && note && onKey.has(`${key[1]}${key[2]}\u0000${note[1]}`)) {
      out.push(`${lines[i]} ${note[1]}`);
      i++;
    } else out.push(lines[i]);
  }
  return out.join('\n');
}

const _KEY_COMMENT = /^(\s*)(\S.*:)( +)(#.*)$/;

function _stringify(doc: Document, file: string): string {
  try {
    return doc.toString(TO_STRING);
  } catch {
    // yaml refuses to write an alias ahead of its anchor, which reordering keys can cause.
    throw _refuse(file, { zh: '调整键的顺序后，别名会出现在其锚点之前', en: 'after reordering the keys an alias would come before its anchor' });
  }
}

/** The formatted text must read back as the expected data; `strict` throws instead of answering false. */
function _verify(output: string, expected: unknown, file: string, canonical: boolean, strict: boolean): boolean {
  let after: unknown;
  try {
    after = loadYaml(output, file).data;
  } catch {
    if (!strict) return false;
    throw _refuse(file, { zh: '格式化结果无法重新读取（例如别名会出现在其锚点之前）', en: 'the formatted text would not read back (e.g. an alias would come before its anchor)' });
  }
  const same = canonical ? sameData(normalize(structuredClone(expected), file).root, normalize(after, file).root) : sameData(expected, after);
  if (!same && strict) throw _refuse(file, { zh: '格式化会改变文件内容的含义', en: 'formatting would change what the file means' });
  return same;
}

function _refuse(file: string, why: { zh: string; en: string }): InputError {
  const e = new InputError(file, { zh: `未格式化：${why.zh}；文件保持原样`, en: `not formatted: ${why.en}; the file is left as it is` });
  _refusals.add(e);
  return e;
}

const _refusals = new WeakSet<Error>();
