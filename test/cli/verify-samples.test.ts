// The bundled sample submissions, verified the way the authority would: one passes, each other fails for its own reason.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { govcat } from './run.js';

interface Summary { bundle: string; status: string; findings: { ruleId: string; file: string; message: string }[] }

describe('govcat verify samples/bundles/', () => {
  const r = govcat(['verify', 'samples/bundles', '--keys', 'samples/keys', '--as-of', '2026-03-10', '--format', 'json', '--jobs', '2']);
  const report = JSON.parse(r.stdout);
  const bundles: Summary[] = report.bundles ?? report.results;
  const byName = (n: string) => bundles.find((b) => b.bundle.endsWith(n))!;

  it('exits 1 because some bundles failed, and reports each one', () => {
    expect(r.code).toBe(1);
    expect(bundles.map((b) => [b.bundle.split('/').pop(), b.status])).toEqual([
      ['01-valid.zip', 'passed'],
      ['02-late.tar.gz', 'failed'],
      ['03-lint-errors.zip', 'failed'],
      ['04-tampered', 'failed'],
    ]);
  });

  it('names the late update, the lint errors and the tampered file', () => {
    expect(byName('02-late.tar.gz').findings.some((f) => f.ruleId === 'update-deadline' && /late by 3 working days/.test(f.message))).toBe(true);
    expect(byName('03-lint-errors.zip').findings.filter((f) => f.ruleId === 'header-required')).toHaveLength(1);
    const tampered = byName('04-tampered').findings.find((f) => f.ruleId === 'manifest-checksum');
    expect(tampered?.message).toMatch(/data\/catalogue\.yaml/);
  });

  it('checks the signatures with the department keys', () => {
    expect(byName('01-valid.zip').findings.some((f) => f.ruleId === 'signature' && /valid signature/.test(f.message))).toBe(true);
    expect(byName('03-lint-errors.zip').findings.some((f) => f.ruleId === 'signature' && /not signed/.test(f.message))).toBe(true);
  });

  it('writes a self-contained HTML report with -o', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'govcat-html-')), 'report.html');
    const h = govcat(['verify', 'samples/bundles', '--keys', 'samples/keys', '--as-of', '2026-03-10', '--format', 'html', '-o', out, '--lang', 'zh']);
    expect(h.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    expect(html).toMatch(/北京市市场监督管理局/);
  });
});

describe('explain knows the checks of govcat verify', () => {
  it.each(['manifest-checksum', 'one-data-one-source'])('%s', (id) => {
    const r = govcat(['explain', id, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${id}`));
    expect(r.stdout).toMatch(/第.+条/);
  });
});
