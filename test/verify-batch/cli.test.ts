// govcat verify end to end (the built CLI, real worker threads, bags written by make-bag): exit codes, reports, keys, side effects.
import { createPrivateKey, sign } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignatureFile, generateKeys } from '../../src/package/sign.js';
import { SIGNATURE, TAG_MANIFEST } from '../../src/package/layout.js';
import { NO_STACK, govcat } from '../cli/run.js';
import { asDepartment, makeBag } from './make-bag.js';
import { validateReport } from './schema.js';

let work: string;
const AS_OF = ['--as-of', '2026-03-10'];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govcat-verify-cli-'));
  const inDir = join(work, 'in');
  mkdirSync(inDir);
  makeBag(inDir, 'a-scjg');
  makeBag(inDir, 'b-gaj', { replace: asDepartment('北京市公安局', '11110000000019374', 'CAT-110000-GAJ') });
  makeBag(inDir, 'c-tampered', {
    replace: asDepartment('北京市民政局', '11110000000013728', 'CAT-110000-MZJ'),
    after: (root) => appendFileSync(join(root, 'data', 'catalogue.yaml'), '# changed after bagging\n'),
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => `${p}:${statSync(join(dir, p)).size}`).sort();
}

describe('govcat verify', () => {
  it('reports each bundle, fails the tampered one by name, exits 1, writes nothing but -o', () => {
    const before = tree(work);
    const r = govcat(['verify', 'in', ...AS_OF, '--format', 'json', '-o', 'report.json', '--jobs', '2'], { cwd: work });
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.code).toBe(1);
    // No progress bar off a terminal, and the report goes only to -o.
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(tree(work)).toEqual([...before, `report.json:${statSync(join(work, 'report.json')).size}`].sort());
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
    rmSync(join(work, 'report.json'));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toMatchObject({ bundles: 3, passed: 2, failed: 1 });
    expect(report.bundles.map((b: { bundle: string; status: string }) => [relative('in', b.bundle), b.status])).toEqual([
      ['a-scjg', 'passed'],
      ['b-gaj', 'passed'],
      ['c-tampered', 'failed'],
    ]);
    const tampered = report.bundles[2].findings.find((f: { ruleId: string }) => f.ruleId === 'manifest-checksum');
    expect(tampered.message).toContain('data/catalogue.yaml');
  });

  it('finds the same data provided by several departments (一数一源) across real bundles', () => {
    const r = govcat(['verify', 'in/a-scjg', 'in/b-gaj', ...AS_OF, '--format', 'json'], { cwd: work });
    expect(r.code).toBe(0);
    const [a, b] = JSON.parse(r.stdout).bundles;
    const same = a.findings.filter((f: { ruleId: string }) => f.ruleId === 'one-data-one-source');
    expect(same.length).toBeGreaterThan(0);
    expect(same[0].messages.zh).toContain('北京市公安局（in/b-gaj）');
    expect(b.findings.some((f: { messages: { zh: string } }) => f.messages.zh.includes('北京市市场监督管理局（in/a-scjg）'))).toBe(true);
  });

  it('prints the table by default and exits 0 when every bundle passes', () => {
    const r = govcat(['verify', 'in/a-scjg', ...AS_OF, '--lang', 'zh'], { cwd: work });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^报送包\s+部门\s+目录\s+版本\s+签名\s+结果\s+错误\s+警告/);
    expect(r.stdout).toContain('共 1 个报送包：1 个通过，0 个不通过');
  });

  it('checks signatures with the PEM keys of --keys DIR, in the worker threads', () => {
    const keys = generateKeys();
    const other = generateKeys();
    const signed = makeBag(join(work, 'signed'), 'bag', {
      after: (root) => {
        const sig = sign(null, readFileSync(join(root, TAG_MANIFEST)), createPrivateKey(keys.privatePem));
        writeFileSync(join(root, SIGNATURE), formatSignatureFile(keys.keyId, sig));
      },
    });
    mkdirSync(join(work, 'keys'));
    mkdirSync(join(work, 'other-keys'));
    writeFileSync(join(work, 'keys', 'scjg.pub'), keys.publicPem);
    writeFileSync(join(work, 'other-keys', 'x.pub'), other.publicPem);
    const state = (dir: string) => JSON.parse(govcat(['verify', signed, '--keys', dir, ...AS_OF, '--format', 'json'], { cwd: work }).stdout).bundles[0].signature;
    expect(state('keys')).toBe('valid');
    expect(state('other-keys')).toBe('unknown-key');
    rmSync(join(work, 'signed'), { recursive: true });
  });

  it('applies the authority\'s --config (rule settings) to the re-lint inside the workers', () => {
    const bag = makeBag(join(work, 'cfg'), 'bag', { replace: [[/summary: 本市企业[^\n]*/, 'summary: 待定']] });
    writeFileSync(join(work, 'cfg', 'govcat.config.yaml'), 'rules:\n  placeholder-value: off\n');
    const ruleIds = (args: string[]) => JSON.parse(govcat(['verify', bag, ...AS_OF, '--format', 'json', ...args], { cwd: work }).stdout).bundles[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds([])).toContain('placeholder-value');
    expect(ruleIds(['--config', join(work, 'cfg', 'govcat.config.yaml')])).not.toContain('placeholder-value');
    rmSync(join(work, 'cfg'), { recursive: true });
  });

  it.each([
    [['verify', 'in', '--jobs', '0'], /--jobs/],
    [['verify', 'in', '--jobs', 'many'], /--jobs/],
    [['verify', 'missing.zip'], /no such file/],
    [['verify', 'in/*.rar'], /no bundles match/],
    [['verify', 'in', '--keys', 'no-such-dir'], /key directory/],
    [['verify', 'in', '--keys', 'in'], /no public keys/],
    [['verify', 'in', '--received', '2026-02-30'], /--received/],
    [['verify', 'in', '--format', 'xml'], /xml/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const before = tree(work);
    const r = govcat(args, { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(tree(work)).toEqual(before);
  });

  it('the tsc output finds its worker too (dist/verify/worker.js)', async () => {
    const { verifyBatch } = await import(new URL('../../dist/verify/batch.js', import.meta.url).href);
    const [summary] = await verifyBatch([join(work, 'in', 'a-scjg')], { asOf: '2026-03-10' }, { jobs: 1 });
    expect(summary).toMatchObject({ status: 'passed', catalogueId: 'CAT-110000-SCJGJ' });
  });
});
