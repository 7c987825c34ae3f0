// The verify JSON report's layout beyond the schema: one line per catalogue entry, hostile text kept as text, and a
// report too large for one string refused with a bilingual message rather than a crash.
import { describe, expect, it } from 'vitest';
import { GovcatError } from '../../../src/core/errors.js';
import verifyJson from '../../../src/verify/report/json.js';
import { BUNDLES, ctx } from '../../verify-batch/fixtures.js';
import { validateReport } from '../../verify-batch/schema.js';
import type { BundleSummary } from '../../../src/verify/types.js';

const ENTRIES = [
  { id: 'E1', name: '人口基本信息', items: ['公民身份号码', '姓名'] },
  // Text shaped like the report's own placeholder for an entry, and JSON-significant characters.
  { id: 'entry-00000000-0000-0000-0000-000000000000:0:0', name: '"}\n{', items: ['\\', '\u2028'] },
];

describe('verify JSON report', () => {
  const bundles: BundleSummary[] = [{ ...BUNDLES[0], entries: ENTRIES }, BUNDLES[2]];
  const text = verifyJson(bundles, ctx());
  const report = JSON.parse(text);

  it('writes each catalogue entry on one line, and reads back exactly', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.bundles[0].entries).toEqual(ENTRIES);
    expect(report.bundles[1].entries).toBeUndefined();
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('"items":'))).toHaveLength(ENTRIES.length);
    expect(lines).toContain(`        ${JSON.stringify(ENTRIES[0])},`);
    expect(report.bundles.map((b: { position: number }) => b.position)).toEqual([0, 1]);
  });

  it('puts the shard and the positions of a sharded run in the report', () => {
    const part = JSON.parse(verifyJson(bundles, ctx('en', { shard: { index: 2, count: 3, bundles: 10 }, positions: [4, 7] })));
    expect(validateReport(part), JSON.stringify(validateReport.errors)).toBe(true);
    expect(part.shard).toEqual({ index: 2, count: 3, bundles: 10 });
    expect(part.bundles.map((b: { position: number }) => b.position)).toEqual([4, 7]);
  });

  it('refuses a report larger than one string can hold with a bilingual message', () => {
    const huge = { ...BUNDLES[0], entries: [{ id: 'E', name: 'n', get items(): string[] { throw new RangeError('Invalid string length'); } }] };
    let error: unknown;
    try {
      verifyJson([huge], ctx());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GovcatError);
    expect((error as GovcatError).render('en')).toContain('larger than one report can be (about 512 MB); verify the batch in shards with --shard K/N');
    expect((error as GovcatError).render('zh')).toContain('超出单个文件可写入的大小');
  });
});
