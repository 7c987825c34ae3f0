// The progress bar: its line in both languages, silent off a terminal or with --quiet, throttled redraws, cleared at the end.
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/verify/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 120, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('progressLine', () => {
  it('draws the bar, the counts and the ETA', () => {
    expect(progressLine(312, 1000, 4, 12, 'en')).toBe(`[=========>                    ] 312/1000 bundles  4 failed  ETA 12s`);
    expect(progressLine(0, 10, 0, undefined, 'en')).toBe(`[>                             ] 0/10 bundles  0 failed  ETA --`);
    expect(progressLine(10, 10, 1, 0, 'zh')).toBe(`[==============================] 10/10 个包  1 个失败  预计剩余 0 秒`);
    expect(progressLine(5, 10, 0, 125, 'en')).toMatch(/ETA 2m05s$/);
    expect(progressLine(5, 10, 0, 125, 'zh')).toMatch(/预计剩余 2 分 5 秒$/);
  });
});

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, enabled] of [[false, true], [true, false]]) {
      const { writes, stream } = fakeStream(tty);
      const p = createProgress(3, { stream, locale: 'en', enabled });
      p.tick(false);
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it('redraws at most every 100 ms, always on the last bundle, and clears the line at the end', () => {
    const { writes, stream } = fakeStream(true);
    let now = 0;
    const p = createProgress(100, { stream, locale: 'en', enabled: true, now: () => now });
    for (let i = 0; i < 100; i++) {
      now += 10;
      p.tick(i % 10 === 0);
    }
    p.done();
    // First draw, one per 100 ms over 1 s, the final one and the clearing.
    expect(writes.length).toBeLessThanOrEqual(13);
    expect(writes.at(-2)).toContain('100/100 bundles  10 failed');
    expect(writes.at(-1)).toBe('\r\u001b[2K');
    expect(writes.every((w) => w.startsWith('\r\u001b[2K'))).toBe(true);
  });

  it('never draws wider than the terminal', () => {
    const { writes, stream } = fakeStream(true);
    (stream as { columns: number }).columns = 30;
    createProgress(5, { stream, locale: 'zh', enabled: true });
    expect(writes[0].replace('\r\u001b[2K', '').length).toBeLessThanOrEqual(29);
  });
});
