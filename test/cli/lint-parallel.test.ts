// lint over worker threads and in shards: the same report as one thread and one machine, in the same order.
import { mkdtempSync, readFileSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { govcat, NO_STACK } from './run.js';

const CORPUS = ['samples/', 'test/fixtures/realistic', 'test/fixtures/zh', 'samples/violations.xlsx'];
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab'];

// Each case lints the whole corpus several times: on a busy CI machine that takes longer than the default 30 s.
describe('--jobs N gives the report of --jobs 1', { timeout: 180_000 }, () => {
  it.each(FORMATS)('%s, over the samples and fixtures (plugins, profiles a catalogue names, spreadsheets, broken files)', (format) => {
    const one = govcat(['lint', ...CORPUS, '-f', format, '--jobs', '1']);
    const two = govcat(['lint', ...CORPUS, '-f', format, '--jobs', '2']);
    const three = govcat(['lint', ...CORPUS, '-f', format, '-j', '3']);
    expect(one.stderr).not.toMatch(NO_STACK);
    expect(one.stdout.length).toBeGreaterThan(1000);
    for (const r of [two, three]) {
      expect(r.code).toBe(one.code);
      expect(r.stdout).toBe(one.stdout);
      expect(r.stderr).toBe(one.stderr);
    }
  });

  it('names the profiles and rules in input order, whichever thread linted a file (samples/ alone: several regimes)', () => {
    const one = govcat(['lint', 'samples/', '-f', 'sarif', '--jobs', '1']);
    for (const jobs of ['2', '3']) expect(govcat(['lint', 'samples/', '-f', 'sarif', '--jobs', jobs]).stdout).toBe(one.stdout);
    const profiles = JSON.parse(govcat(['lint', 'samples/', '-f', 'json', '--jobs', '2']).stdout).profile as string;
    expect(profiles).toBe(JSON.parse(govcat(['lint', 'samples/', '-f', 'json', '--jobs', '1']).stdout).profile);
  });

  it('with stdin among the files, and a file that cannot be parsed (exit 2 either way)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-jobs-'));
    writeFileSync(join(dir, 'broken.yaml'), 'govcat: 1\ncatalogue: [\n');
    const args = ['lint', 'samples/catalogue.yaml', '-', join(dir, 'broken.yaml'), 'samples/violations.yaml'];
    const input = readFileSync('samples/violations.yaml', 'utf8');
    const one = govcat([...args, '--jobs', '1'], { input });
    const two = govcat([...args, '--jobs', '2'], { input });
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
    expect(one.stdout).toContain('<stdin>');
  });

  it('--fix under --jobs 2 repairs each file as --jobs 1 does', () => {
    const a = mkdtempSync(join(tmpdir(), 'govcat-fix1-'));
    const b = mkdtempSync(join(tmpdir(), 'govcat-fix2-'));
    for (const d of [a, b]) cpSync('test/fixtures/typos', d, { recursive: true });
    const one = govcat(['lint', '--fix', '--jobs', '1', '-f', 'json', '.'], { cwd: a });
    const two = govcat(['lint', '--fix', '--jobs', '2', '-f', 'json', '.'], { cwd: b });
    expect(two.stdout).toBe(one.stdout);
    for (const f of readdirSync(a).filter((n) => n.endsWith('.yaml'))) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('refuses a --jobs that is not a positive integer, in both languages (exit 2)', () => {
    for (const v of ['0', 'two', '-1', '1.5']) {
      const en = govcat(['lint', 'samples/', '--jobs', v]);
      expect(en.code, v).toBe(2);
      expect(en.stderr).toContain('--jobs takes a positive integer');
    }
    expect(govcat(['lint', 'samples/', '--jobs', '0'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toContain('--jobs 须为正整数');
  });
});

describe('--shard K/N', { timeout: 180_000 }, () => {
  const files = (stdout: string) => (JSON.parse(stdout) as { results: { file: string }[] }).results.map((r) => r.file);
  const all = files(govcat(['lint', ...CORPUS, '-f', 'json']).stdout);

  it('the shards partition the inputs: each file in exactly one, in the order of the full run', () => {
    const parts = [1, 2, 3].map((k) => files(govcat(['lint', ...CORPUS, '-f', 'json', '--shard', `${k}/3`]).stdout));
    expect(parts.flat().sort()).toEqual([...all].sort());
    for (const p of parts) {
      expect(p.length).toBeGreaterThan(0);
      expect(p).toEqual(all.filter((f) => p.includes(f)));
    }
  });

  it('does not depend on the order the inputs are listed in', () => {
    const forward = files(govcat(['lint', ...CORPUS, '-f', 'json', '--shard', '2/4']).stdout);
    const backward = files(govcat(['lint', ...[...CORPUS].reverse(), '-f', 'json', '--shard', '2/4']).stdout);
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it('a shard reports its files exactly as linting them by name does', () => {
    const shard = govcat(['lint', ...CORPUS, '--shard', '1/2', '-f', 'json']);
    const named = govcat(['lint', ...files(shard.stdout), '-f', 'json']);
    expect(shard.stdout).toBe(named.stdout);
    expect(shard.code).toBe(named.code);
  });

  it('refuses K/N outside 1 ≤ K ≤ N (exit 2, both languages)', () => {
    for (const v of ['0/3', '4/3', 'a/b', '3', '1/0']) {
      const r = govcat(['lint', 'samples/', '--shard', v]);
      expect(r.code, v).toBe(2);
      expect(r.stderr).toContain('--shard takes K/N');
      expect(r.stderr).not.toMatch(NO_STACK);
    }
    expect(govcat(['lint', 'samples/', '--shard', '4/3'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toContain('--shard 应为 K/N');
  });
});

describe('the end of a long report', { timeout: 180_000 }, () => {
  it('counts the findings per rule from 20 findings on; not for a short report', () => {
    const long = govcat(['lint', 'samples/']);
    expect(long.stdout).toMatch(/Findings per rule\n\s+rule\s+count\n\s+vocabulary-normalized\s+6\s+6 info\n\s+conditional-usage-conditions\s+5\s+4 error, 1 warning\n/);
    const short = govcat(['lint', 'samples/catalogue.yaml', '--rule', 'unknown-field:error']);
    expect(short.stdout).not.toContain('Findings per rule');
    expect(govcat(['lint', 'samples/'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/按规则统计\n\s+规则\s+数量/);
  });

  it('--max-findings-per-rule N lists N of each rule, says how many are left out, and keeps every count', () => {
    const full = govcat(['lint', 'samples/']);
    const capped = govcat(['lint', 'samples/', '--max-findings-per-rule', '1']);
    expect(capped.code).toBe(full.code);
    const total = (s: string) => s.trim().split('\n').at(-1);
    expect(total(capped.stdout)).toBe(total(full.stdout));
    const listed = (s: string, id: string) => s.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l) && l.includes(` ${id}`)).length;
    expect(listed(full.stdout, 'unknown-field')).toBe(5);
    expect(listed(capped.stdout, 'unknown-field')).toBe(1);
    expect(capped.stdout).toMatch(/unknown-field\s+5\s+5 warning\s+4\n/);
    const hidden = Number(/(\d+) more findings are not listed \(--max-findings-per-rule 1\); the counts above are complete/.exec(capped.stdout)?.[1]);
    expect(hidden).toBeGreaterThan(20);
    // Machine formats stay complete.
    expect(govcat(['lint', 'samples/', '--max-findings-per-rule', '1', '-f', 'json']).stdout).toBe(govcat(['lint', 'samples/', '-f', 'json']).stdout);
    expect(govcat(['lint', 'samples/', '--max-findings-per-rule', 'x']).code).toBe(2);
  });
});
