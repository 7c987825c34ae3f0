// Differential check of the fast reader against the general path (js-yaml's events): when the reader accepts a
// text, js-yaml must accept it too, construct the same data (same key order, NaN = NaN, -0 ≠ 0) and fill the
// same node table, so that locate() and pathAt() answer alike for every path and offset.
import { constructFromEvents, CORE_SCHEMA, parseEvents } from 'js-yaml';
import { expect } from 'vitest';
import { MAX_DEPTH } from '../../../src/core/load.js';
import { tableFromEvents } from '../../../src/core/reader/events.js';
import { GIVE_UP, readOrGiveUp, readYaml } from '../../../src/core/reader/index.js';
import { NodeIndex } from '../../../src/core/reader/node-index.js';
import type { NodeTable } from '../../../src/core/reader/table.js';
import type { Path } from '../../../src/core/types.js';

export type Verdict = 'read' | 'fallback';

/** The reader's result, undefined where it gives up; a bug (any other exception) is thrown. */
export function viaReader(text: string): { data: unknown; table: NodeTable } | undefined {
  try {
    return readOrGiveUp(text);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

/** What load.ts's general path makes of the text (throws where it fails). */
export function viaEvents(text: string): { data: unknown; table: NodeTable } {
  const events = parseEvents(text, { maxDepth: MAX_DEPTH });
  const table = tableFromEvents(text, events, 't.yaml');
  new NodeIndex(text, table).checkSingleDocument('t.yaml');
  const data = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxTotalMergeKeys: 0 })[0];
  return { data, table };
}

/** Same data, strictly: key order, prototypes, NaN = NaN, -0 ≠ 0. */
export function sameStrict(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => sameStrict(ra[k], rb[k]));
}

/** Every path of the data: each key of each mapping and each index of each sequence, at every depth. */
export function allPaths(data: unknown, prefix: Path = [], out: Path[] = [[]]): Path[] {
  if (typeof data !== 'object' || data === null) return out;
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.keys(data).map((k) => [k, (data as Record<string, unknown>)[k]]);
  for (const [seg, v] of entries) {
    const path = [...prefix, seg];
    out.push(path);
    allPaths(v, path, out);
  }
  return out;
}

/**
 * Offsets to ask pathAt about: every offset of a short text; of a longer one each line's start and first content
 * character (where lint asks) and 500 more spread over it.
 */
export function sampleOffsets(text: string): number[] {
  if (text.length <= 600) return Array.from({ length: text.length + 1 }, (_, i) => i);
  const at = [...text.matchAll(/^( *(?:- +)*)/gm)].flatMap((m) => [m.index, m.index + m[1].length]);
  for (let i = 0; i < 500; i++) at.push(Math.floor((i * (text.length + 1)) / 500));
  return at;
}

const ARRAYS = ['type', 'style', 'flags', 'indent', 'start', 'end', 'skip'] as const;

/**
 * Reads `text` both ways; when the reader accepts it, asserts js-yaml accepts it with the same data, the same
 * node table and the same answers from locate (every path, key and value) and pathAt (`offsets`, by default
 * sampleOffsets).
 */
export function differential(text: string, label = JSON.stringify(text.slice(0, 200)), offsets?: number[]): Verdict {
  const fast = viaReader(text);
  expect(readYaml(text) === undefined, `readYaml and readOrGiveUp differ on ${label}`).toBe(fast === undefined);
  if (!fast) return 'fallback';
  let slow: ReturnType<typeof viaEvents>;
  try {
    slow = viaEvents(text);
  } catch (e) {
    throw new Error(`the reader accepts what js-yaml refuses (${(e as Error).message.split('\n')[0]}): ${label}`);
  }
  expect(sameStrict(fast.data, slow.data), `different data for ${label}`).toBe(true);
  for (const name of ARRAYS) {
    const a = fast.table[name];
    const b = slow.table[name];
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
      const i = a.findIndex((x, j) => x !== b[j]);
      throw new Error(`node table differs in ${name} at slot ${i} (${a[i]} vs ${b[i]}; ${a.length} vs ${b.length} slots) for ${label}`);
    }
  }
  expect(fast.table.anchors.size).toBe(0);
  const fi = new NodeIndex(text, fast.table);
  const si = new NodeIndex(text, slow.table);
  // Compared as JSON, and asserted only where they differ: an expect per answer would cost more than the reading.
  for (const path of allPaths(slow.data)) {
    for (const key of [false, true]) {
      const a = fi.locate(path, key);
      const b = si.locate(path, key);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, `locate ${JSON.stringify(path)} key=${key} in ${label}`).toEqual(b);
    }
  }
  for (const o of offsets ?? sampleOffsets(text)) {
    const a = fi.pathAt(o);
    const b = si.pathAt(o);
    if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, `pathAt ${o} in ${label}`).toEqual(b);
  }
  return 'read';
}
