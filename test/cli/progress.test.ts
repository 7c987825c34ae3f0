// The progress bar of long runs: its line in both languages, silent off a terminal or with --quiet, throttled redraws,
// out of the way of other output, cleared at the end.
import { describe, it, expect } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 120, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { writes, stream };
}

const FILES = { zh: '个文件', en: 'files' };
const FINDINGS = (n: number) => ({ zh: `${n} 个问题`, en: `${n} findings` });
const opts = (stream: NodeJS.WriteStream, extra: object = {}) => ({ stream, locale: 'en' as const, enabled: true, unit: FILES, note: FINDINGS, ...extra });

describe('progressLine', () => {
  it('shows the bar, the count, the running figure and the ETA in both languages', () => {
    expect(progressLine(312, 1000, FILES, FINDINGS(57), 12, 'en')).toBe('[=========>                    ] 312/1000 files  57 findings  ETA 12s');
    expect(progressLine(0, 10, FILES, FINDINGS(0), undefined, 'en')).toBe('[>                             ] 0/10 files  0 findings  ETA --');
    expect(progressLine(10, 10, FILES, FINDINGS(3), 0, 'zh')).toBe('[==============================] 10/10 个文件  3 个问题  预计剩余 0 秒');
    expect(progressLine(5, 10, FILES, FINDINGS(0), 125, 'en')).toMatch(/ETA 2m05s$/);
    expect(progressLine(5, 10, FILES, FINDINGS(0), 125, 'zh')).toMatch(/预计剩余 2 分 5 秒$/);
    // verify's wording
    expect(progressLine(312, 1000, { zh: '个包', en: 'bundles' }, { zh: '4 个失败', en: '4 failed' }, 12, 'en')).toBe('[=========>                    ] 312/1000 bundles  4 failed  ETA 12s');
    expect(progressLine(0, 1, FILES, FINDINGS(0), undefined, 'zh', 75)).toBe('[>                             ] 0/1 个文件  0 个问题  已用 1 分 15 秒');
  });
});

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal, or when turned off', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const { writes, stream } = fakeStream(tty);
      const p = createProgress(3, opts(stream, { enabled }));
      p.tick(1);
      p.clear();
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it('redraws at most every 100 ms, always on the last item, and clears the line at the end', () => {
    const { writes, stream } = fakeStream(true);
    let now = 0;
    const p = createProgress(100, opts(stream, { now: () => now }));
    for (let i = 0; i < 100; i++) {
      now += 10;
      p.tick(i);
    }
    p.done();
    expect(writes.length).toBeLessThanOrEqual(13);
    expect(writes.at(-2)).toContain('100/100 files  99 findings');
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('steps aside for other output and comes back on the next item', () => {
    const { writes, stream } = fakeStream(true);
    let now = 0;
    const p = createProgress(10, opts(stream, { now: () => now }));
    p.clear();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
    p.clear();
    expect(writes.filter((w) => w === '\r\u001b[2K')).toHaveLength(1);
    now += 1;
    p.tick(2);
    expect(writes.at(-1)).toContain('1/10 files  2 findings');
  });

  it('never draws wider than the terminal', () => {
    const { writes, stream } = fakeStream(true);
    (stream as { columns: number }).columns = 30;
    createProgress(5, { ...opts(stream), locale: 'zh' });
    expect(writes[0].replace('\r\u001b[2K', '').length).toBeLessThanOrEqual(29);
  });
});
