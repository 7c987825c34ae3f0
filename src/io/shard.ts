// --shard K/N: a stable partition of the inputs, so N machines of a CI matrix or batch system each take one part.
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';

export interface Shard {
  /** 1-based, as in `--shard 1/3` (Playwright's convention; Kubernetes' 0-based JOB_COMPLETION_INDEX plus one). */
  index: number;
  count: number;
}

/** Parses "K/N" with 1 ≤ K ≤ N. */
export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1_000_000) {
    throw new UsageError({ zh: `--shard 应为 K/N（1 ≤ K ≤ N），例如 --shard 2/8，而不是“${value}”`, en: `--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/8, not "${value}"` });
  }
  return { index, count };
}

/**
 * The part of a shard from each input's own path (relative to cwd, with forward slashes), so the partition does not
 * depend on the order the inputs were listed in, nor on the machine: every input lands in exactly one of the N parts.
 */
export function shardOf(path: string, count: number, cwd = process.cwd()): number {
  const rel = relative(cwd, resolve(cwd, path)).split(sep).join('/');
  return (_crypto().createHash('sha256').update(rel).digest().readUInt32BE(0) % count) + 1;
}

/** The inputs of one shard, in their original order. */
export function inShard<T extends string>(paths: readonly T[], shard: Shard | undefined, cwd = process.cwd()): T[] {
  if (!shard || shard.count === 1) return [...paths];
  return paths.filter((p) => shardOf(p, shard.count, cwd) === shard.index);
}

// node:crypto costs a cold start ~10 ms, and only a sharded run needs it.
const _require = createRequire(import.meta.url);
function _crypto(): typeof import('node:crypto') {
  return _require('node:crypto') as typeof import('node:crypto');
}
