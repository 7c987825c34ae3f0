// verify --shard K/N and --merge end to end (the built CLI): three shards merged give exactly one run's report, in every
// format, with cross-bundle findings between bundles of different shards; bad parts exit 2 with a bilingual message.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/io/shard.js';
import { NO_STACK, govcat } from '../cli/run.js';
import { asDepartment, makeBag } from '../verify-batch/make-bag.js';
import { validateReport } from '../verify-batch/schema.js';

let work: string;
const AS_OF = ['--as-of', '2026-03-10'];
const N = 3;
interface Report {
  shard?: { index: number; count: number; bundles: number };
  bundles: { bundle: string; position: number; status: string; findings: { ruleId: string; messages: { zh: string; en: string } }[] }[];
}
const read = (file: string) => JSON.parse(readFileSync(join(work, file), 'utf8')) as Report;
const ids = (b: Report['bundles'][number]) => b.findings.map((f) => f.ruleId);

/** The first name `stem-i` whose bag lands in a shard that `ok` accepts (the test chooses where the pairs fall). */
function nameIn(stem: string, ok: (shard: number) => boolean): string {
  for (let i = 0; ; i++) if (ok(shardOf(`in/${stem}-${i}`, N, work))) return `${stem}-${i}`;
}

let names: Record<'scjg' | 'gaj' | 'dup' | 'tampered' | 'mzj' | 'wjw', string>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govcat-verify-merge-'));
  mkdirSync(join(work, 'in'));
  // 一数一源 between scjg and gaj, and a duplicate catalogue version between scjg and dup: each pair split over two shards.
  const scjg = nameIn('a-scjg', (k) => k === 1);
  const gaj = nameIn('b-gaj', (k) => k === 2);
  const dup = nameIn('c-dup', (k) => k === 3);
  names = { scjg, gaj, dup, tampered: nameIn('d-tampered', () => true), mzj: nameIn('e-mzj', (k) => k === 1), wjw: nameIn('f-wjw', (k) => k === 3) };
  makeBag(join(work, 'in'), scjg);
  makeBag(join(work, 'in'), gaj, { replace: asDepartment('北京市公安局', '11110000000019374', 'CAT-110000-GAJ') });
  // The same catalogue id and version as scjg's, sent again by the same department.
  makeBag(join(work, 'in'), dup, { replace: [[/summary: 本市企业[^\n]*/, 'summary: 重新报送的同一版本']] });
  makeBag(join(work, 'in'), names.tampered, {
    replace: asDepartment('北京市民政局', '11110000000013728', 'CAT-110000-MZJ-OLD'),
    after: (root) => appendFileSync(join(root, 'data', 'catalogue.yaml'), '# changed after bagging\n'),
  });
  makeBag(join(work, 'in'), names.mzj, { replace: asDepartment('北京市民政局', '11110000000013728', 'CAT-110000-MZJ') });
  makeBag(join(work, 'in'), names.wjw, { replace: [...asDepartment('北京市卫生健康委员会', '11110000000021500', 'CAT-110000-WJW'), [/name: /g, 'name: 卫健']] });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('verify --shard K/N, then --merge', () => {
  let single: ReturnType<typeof govcat>;
  const parts: ReturnType<typeof govcat>[] = [];

  beforeAll(() => {
    single = govcat(['verify', 'in', ...AS_OF, '-f', 'json', '-o', 'single.json', '--jobs', '2'], { cwd: work });
    for (let k = 1; k <= N; k++) parts.push(govcat(['verify', 'in', ...AS_OF, '--shard', `${k}/${N}`, '-f', 'json', '-o', `part-${k}.json`, '--jobs', '1'], { cwd: work }));
  });

  it('the shards split the batch: every bundle in exactly one part, each part in the batch order with its positions', () => {
    expect(single.stderr).toBe('');
    const all = read('single.json').bundles.map((b) => b.bundle);
    expect(all).toHaveLength(6);
    const seen: string[] = [];
    for (let k = 1; k <= N; k++) {
      const part = read(`part-${k}.json`);
      expect(validateReport(part), JSON.stringify(validateReport.errors)).toBe(true);
      expect(part.shard).toEqual({ index: k, count: N, bundles: 6 });
      for (const b of part.bundles) expect(all[b.position]).toBe(b.bundle);
      expect(part.bundles.map((b) => b.position)).toEqual([...part.bundles.map((b) => b.position)].sort((x, y) => x - y));
      seen.push(...part.bundles.map((b) => b.bundle));
    }
    expect(seen.sort()).toEqual([...all].sort());
    // Each part's exit code is its own: 1 when a bundle of that part failed.
    for (let k = 1; k <= N; k++) expect(parts[k - 1].code).toBe(read(`part-${k}.json`).bundles.some((b) => b.status === 'failed') ? 1 : 0);
  });

  it('a part alone misses the cross-bundle findings whose other bundle is in another shard', () => {
    const [p1] = [read('part-1.json')];
    const scjg = p1.bundles.find((b) => b.bundle === `in/${names.scjg}`)!;
    expect(scjg.findings.map((f) => f.messages.en).join('\n')).not.toContain(`in/${names.gaj}`);
    expect(ids(scjg)).not.toContain('duplicate-catalogue-version');
    // …while the single run has both, naming bundles of shards 2 and 3.
    const whole = read('single.json').bundles.find((b) => b.bundle === `in/${names.scjg}`)!;
    const texts = whole.findings.map((f) => f.messages.zh).join('\n');
    expect(ids(whole)).toEqual(expect.arrayContaining(['one-data-one-source', 'duplicate-catalogue-version']));
    expect(texts).toContain(`in/${names.gaj}`);
    expect(texts).toContain(`in/${names.dup}`);
  });

  it('merging the three JSON parts gives byte for byte the single run\'s JSON report, and its exit code', () => {
    const r = govcat(['verify', '--merge', 'part-3.json', 'part-1.json', 'part-2.json', '-f', 'json', '-o', 'merged.json'], { cwd: work });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(single.code);
    expect(r.code).toBe(1);
    expect(readFileSync(join(work, 'merged.json'), 'utf8')).toBe(readFileSync(join(work, 'single.json'), 'utf8'));
  });

  it.each([
    ['table', 'en'],
    ['table', 'zh'],
    ['csv', 'zh'],
    ['sarif', 'en'],
    ['junit', 'en'],
    ['html', 'zh'],
  ])('and the same %s report (%s) as one run', (format, lang) => {
    const one = govcat(['verify', 'in', ...AS_OF, '-f', format, '--lang', lang], { cwd: work });
    const merged = govcat(['verify', '--merge', 'part-1.json', 'part-2.json', 'part-3.json', '-f', format, '--lang', lang], { cwd: work });
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(one.code);
    expect(merged.stdout).toBe(one.stdout);
    expect(merged.stdout.length).toBeGreaterThan(200);
  });

  it('a merged report merges again to itself (an unsharded report is one part)', () => {
    const r = govcat(['verify', '--merge', 'single.json', '-f', 'json'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(work, 'single.json'), 'utf8'));
  });
});

describe('verify --merge refuses bad parts with exit 2 and a bilingual message, writing nothing', () => {
  const put = (name: string, content: string) => writeFileSync(join(work, name), content);
  const edit = (name: string, from: string, change: (r: Record<string, unknown>) => void) => {
    const r = JSON.parse(readFileSync(join(work, from), 'utf8'));
    change(r);
    put(name, JSON.stringify(r, null, 2));
  };

  beforeAll(() => {
    for (let k = 1; k <= N; k++) govcat(['verify', 'in', ...AS_OF, '--shard', `${k}/${N}`, '-f', 'json', '-o', `ok-${k}.json`, '--jobs', '1'], { cwd: work });
    put('not-json.json', '{\n  "version": 2,\n  "bundles": [\n    oops\n  ]\n}\n');
    put('empty.json', '');
    put('lint.json', govcat(['lint', 'x.yaml', '-f', 'json'], { cwd: work }).stdout || '{"version":1,"tool":{"name":"govcat","version":"0"},"results":[]}');
    put('other.json', '{"name": "not a report"}');
    edit('v1.json', 'ok-1.json', (r) => (r.version = 1));
    edit('v9.json', 'ok-1.json', (r) => (r.version = 9));
    edit('shape.json', 'ok-3.json', (r) => delete (r.bundles as Record<string, unknown>[])[0].status);
    edit('finding.json', 'ok-3.json', (r) => ((r.bundles as { findings: unknown[] }[])[0].findings[0] = { ruleId: 'x' }));
    edit('date.json', 'ok-2.json', (r) => (r.asOf = '2026-03-11'));
    edit('other-batch.json', 'ok-2.json', (r) => ((r.shard as { bundles: number }).bundles = 7));
    // Shard 1's bundles again, labelled shard 2: the same bundle in two parts.
    edit('twice.json', 'ok-1.json', (r) => ((r.shard as { index: number }).index = 2));
    mkdirSync(join(work, 'a-dir'));
  });

  it.each([
    [['not-json.json', 'ok-2.json'], /not-json\.json:4:5: not a JSON file/, /not-json\.json:4:5: 不是 JSON 文件/],
    [['empty.json'], /empty\.json:1:1: not a JSON file/, /empty\.json:1:1: 不是 JSON 文件/],
    [['lint.json'], /lint\.json: this is a govcat lint report, not a govcat verify report/, /这是 govcat lint 的报告/],
    [['other.json'], /other\.json: not a govcat verify JSON report/, /不是 govcat verify 的 JSON 报告/],
    [['v1.json', 'ok-2.json', 'ok-3.json'], /v1\.json: report format version 1 lacks the catalogue entries/, /报告格式版本为 1/],
    [['v9.json', 'ok-2.json', 'ok-3.json'], /v9\.json: report format version 9; this govcat merges version 2 only/, /只能合并版本 2/],
    [['ok-1.json', 'ok-2.json', 'shape.json'], /shape\.json: bundles\[0\] does not have the shape of a govcat verify report/, /bundles\[0\] 不符合 govcat verify 报告的格式/],
    [['ok-1.json', 'ok-2.json', 'finding.json'], /finding\.json: bundles\[0\] does not have the shape/, /不符合/],
    [['ok-1.json', 'date.json', 'ok-3.json'], /date\.json: checked as of \/ received 2026-03-11, but ok-1\.json 2026-03-10/, /各分片须用相同的 --as-of/],
    [['ok-1.json', 'other-batch.json', 'ok-3.json'], /other-batch\.json: shard 2\/3 of 7 bundles is not of the same batch/, /不属于同一批次/],
    [['ok-1.json', 'twice.json', 'ok-3.json'], /twice\.json: bundle "in\/a-scjg-\d+" is also in ok-1\.json; a bundle belongs to one shard only/, /也在 ok-1\.json 中/],
    [['ok-1.json', 'ok-3.json'], /ok-1\.json: shard 2\/3 missing; a merge takes the reports of all 3 shards/, /缺少分片 2\/3/],
    [['ok-1.json', 'ok-2.json', 'ok-3.json', 'single.json'], /single\.json: not a shard's report/, /不是分片报告/],
    [['ok-1.json', 'missing.json', 'ok-3.json'], /missing\.json: no such file/, /missing\.json: 文件不存在/],
    [['a-dir'], /a-dir: is a directory; --merge takes the JSON report files/, /是文件夹/],
  ])('%j', (files, en, zh) => {
    const before = readdirSync(work).sort();
    for (const [lang, message] of [['en', en], ['zh', zh]] as const) {
      const r = govcat(['verify', '--merge', ...files, '-o', 'out.json', '--lang', lang], { cwd: work });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(NO_STACK);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(work).sort()).toEqual(before);
  });

  it.each([
    [['--shard', '1/3'], /--merge .* takes no --shard/],
    [['--as-of', '2026-03-10'], /takes no --as-of/],
    [['--keys', 'keys', '--jobs', '2'], /takes no --keys, --jobs/],
  ])('--merge with %j is a usage error', (flags, message) => {
    const r = govcat(['verify', '--merge', 'ok-1.json', 'ok-2.json', 'ok-3.json', ...flags], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it.each(['0/3', '4/3', 'a/b'])('--shard %s is a usage error in both languages, before any bundle is opened', (value) => {
    const en = govcat(['verify', 'in', '--shard', value, '-o', 'never.json'], { cwd: work });
    const zh = govcat(['verify', 'in', '--shard', value, '--lang', 'zh'], { cwd: work });
    expect([en.code, zh.code]).toEqual([2, 2]);
    expect(en.stderr).toContain(`--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/8, not "${value}"`);
    expect(zh.stderr).toContain(`--shard 应为 K/N（1 ≤ K ≤ N），例如 --shard 2/8，而不是“${value}”`);
    expect(readdirSync(work)).not.toContain('never.json');
  });
});
