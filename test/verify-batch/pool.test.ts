// The worker pool: input order whatever the completion order, crash / exit / hang / memory-bomb isolation, one settle call per bundle.
import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/verify/batch.js';
import type { BundleSummary } from '../../src/verify/types.js';

const FAKE = new URL('./fake-worker.mjs', import.meta.url);
const OPTIONS = { asOf: '2026-03-10' } as never;

describe('runPool', () => {
  it('returns results in input order although later bundles finish first', async () => {
    const paths = ['a-delay-120', 'b-delay-80', 'c-delay-40', 'd-delay-0', 'e-delay-60', 'f-delay-10'];
    const settled: number[] = [];
    const out = await runPool(paths, OPTIONS, { jobs: 3, workerUrl: FAKE, onSettled: (_, i) => settled.push(i) });
    expect(out.map((s) => s.bundle)).toEqual(paths);
    expect(out.every((s) => s.status === 'passed')).toBe(true);
    // Completion order differed from input order, so the ordering above is the pool's doing.
    expect(settled).not.toEqual([0, 1, 2, 3, 4, 5]);
    expect([...settled].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // The batch options reach every worker.
    expect(out.every((s) => s.version === '2026-03-10')).toBe(true);
  });

  it('uses at most --jobs threads and reuses them', async () => {
    const paths = Array.from({ length: 12 }, (_, i) => `b${i}-delay-5`);
    const out = await runPool(paths, OPTIONS, { jobs: 2, workerUrl: FAKE });
    expect(new Set(out.map((s) => s.profile)).size).toBeLessThanOrEqual(2);
  });

  it('jobs = 1 still runs every bundle (through one worker)', async () => {
    const out = await runPool(['x', 'y', 'z'], OPTIONS, { jobs: 1, workerUrl: FAKE });
    expect(out.map((s) => s.bundle)).toEqual(['x', 'y', 'z']);
    expect(new Set(out.map((s) => s.profile)).size).toBe(1);
  });

  it('a worker that throws fails only its bundle; the pool replaces it and goes on', async () => {
    const paths = ['ok-1', 'crash-me', 'ok-2', 'ok-3', 'crash-again', 'ok-4', 'ok-5'];
    let calls = 0;
    const out = await runPool(paths, OPTIONS, { jobs: 2, workerUrl: FAKE, onSettled: () => calls++ });
    expect(calls).toBe(paths.length);
    expect(out.map((s) => s.bundle)).toEqual(paths);
    expect(out.map((s) => s.status)).toEqual(['passed', 'failed', 'passed', 'passed', 'failed', 'passed', 'passed']);
    const crashed = out[1] as BundleSummary;
    expect(crashed.errors).toBe(1);
    expect(crashed.findings[0]).toMatchObject({ ruleId: 'bundle-unreadable', messageId: 'internal', severity: 'error', file: 'crash-me' });
    expect(crashed.findings[0].message.en).toContain('boom in crash-me');
    expect(crashed.findings[0].message.zh).toContain('工作线程出错');
  });

  it('a worker that exits fails only its bundle', async () => {
    const out = await runPool(['a', 'exit-now', 'b'], OPTIONS, { jobs: 1, workerUrl: FAKE });
    expect(out.map((s) => s.status)).toEqual(['passed', 'failed', 'passed']);
    expect(out[1].findings[0].message.en).toContain('exited (code 3)');
  });

  it('a bundle that hangs is stopped after the timeout and the others still finish', async () => {
    const out = await runPool(['a', 'hang-forever', 'b', 'c'], OPTIONS, { jobs: 2, workerUrl: FAKE, timeoutMs: 300 });
    expect(out.map((s) => s.status)).toEqual(['passed', 'failed', 'passed', 'passed']);
    expect(out[1].findings[0].message.en).toContain('stopped after 0.3 s');
  });

  it('a memory bomb ends its worker at the heap limit, not the process; the others still finish', async () => {
    const out = await runPool(['a', 'oom-bomb', 'b', 'c'], OPTIONS, { jobs: 2, workerUrl: FAKE, maxHeapMb: 32 });
    expect(out.map((s) => s.status)).toEqual(['passed', 'failed', 'passed', 'passed']);
    expect(out[1].findings[0].message.en).toContain('ran out of memory');
    expect(out[1].findings[0].message.zh).toContain('内存耗尽');
  });

  it('a missing worker file fails every bundle instead of throwing', async () => {
    const out = await runPool(['a', 'b'], OPTIONS, { jobs: 2, workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
    expect(out.map((s) => s.status)).toEqual(['failed', 'failed']);
  });

  it('an empty batch starts no worker', async () => {
    expect(await runPool([], OPTIONS, { workerUrl: FAKE })).toEqual([]);
  });
});
