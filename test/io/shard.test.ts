// --shard K/N: parsing, and a partition of the inputs that is total, disjoint, order-free and roughly balanced.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { inShard, parseShard, shardOf } from '../../src/io/shard.js';

const CWD = '/work/batch';
/** 10,000 paths shaped like a national sweep's: province/department/catalogue-version.zip. */
const PATHS = Array.from({ length: 10_000 }, (_, i) => `bundles/${11 + (i % 31)}0000/dept-${Math.floor(i / 31)}/CAT-${i}@2026.${i % 4}.zip`);

function shuffled<T>(xs: readonly T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['1/3', { index: 1, count: 3 }],
    ['3/3', { index: 3, count: 3 }],
    [' 2/8 ', { index: 2, count: 8 }],
    ['64/64', { index: 64, count: 64 }],
  ])('reads %j', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  it.each(['0/3', '4/3', 'a/b', '1/0', '0/0', '-1/3', '1.5/3', '1/3/5', '1', '', '/3', '3/', '1 / 3', '2/1000001'])('refuses %j with a usage error (exit 2) in both languages', (value) => {
    let error: unknown;
    try {
      parseShard(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const e = error as UsageError;
    expect(e.render('en')).toContain('--shard takes K/N with 1 ≤ K ≤ N');
    expect(e.render('en')).toContain(`"${value}"`);
    expect(e.render('zh')).toContain('--shard 应为 K/N（1 ≤ K ≤ N）');
    expect(e.render('zh')).toContain(`“${value}”`);
  });
});

describe('shardOf / inShard', () => {
  it.each([2, 3, 8])('puts every input in exactly one of %i shards', (n) => {
    const parts = Array.from({ length: n }, (_, k) => inShard(PATHS, { index: k + 1, count: n }, CWD));
    expect(parts.reduce((sum, p) => sum + p.length, 0)).toBe(PATHS.length);
    expect(new Set(parts.flat()).size).toBe(PATHS.length);
    expect(PATHS.every((p) => parts[shardOf(p, n, CWD) - 1].includes(p))).toBe(true);
  });

  it('does not depend on the order the inputs were listed in, and keeps that order within a shard', () => {
    const mixed = shuffled(PATHS);
    for (let k = 1; k <= 5; k++) {
      const a = inShard(PATHS, { index: k, count: 5 }, CWD);
      const b = inShard(mixed, { index: k, count: 5 }, CWD);
      expect(new Set(b)).toEqual(new Set(a));
      const inA = new Set(a);
      expect(b).toEqual(mixed.filter((p) => inA.has(p)));
    }
  });

  it.each([2, 3, 16, 64])('is roughly balanced over 10,000 paths in %i shards (each within 20% of the mean, or 5σ)', (n) => {
    const sizes = new Array<number>(n).fill(0);
    for (const p of PATHS) sizes[shardOf(p, n, CWD) - 1]++;
    const mean = PATHS.length / n;
    // A binomial count's standard deviation: shards of 64 hold ~156 paths, where 5σ ≈ 62 is wider than 20%.
    const slack = Math.max(0.2 * mean, 5 * Math.sqrt(mean * (1 - 1 / n)));
    for (const size of sizes) expect(Math.abs(size - mean)).toBeLessThanOrEqual(slack);
  });

  it('hashes the path relative to the working directory with forward slashes: ./a, a and /cwd/a are one input', () => {
    for (const n of [3, 7, 64]) {
      const at = shardOf('bundles/a.zip', n, CWD);
      expect(shardOf('./bundles/a.zip', n, CWD)).toBe(at);
      expect(shardOf(`${CWD}/bundles/a.zip`, n, CWD)).toBe(at);
      expect(shardOf('bundles//a.zip', n, CWD)).toBe(at);
      // Another checkout of the same tree in another folder: the same shard.
      expect(shardOf('/elsewhere/bundles/a.zip', n, '/elsewhere')).toBe(at);
    }
  });

  it('1/1 and no shard keep every input', () => {
    expect(inShard(PATHS.slice(0, 10), { index: 1, count: 1 }, CWD)).toEqual(PATHS.slice(0, 10));
    expect(inShard(PATHS.slice(0, 10), undefined, CWD)).toEqual(PATHS.slice(0, 10));
  });
});
