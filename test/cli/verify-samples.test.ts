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

describe('explain quotes RFC 8493 for the manifest checks', () => {
  // Sentences of RFC 8493 (October 2018) as the RFC has them; the rule docs quote them word for word.
  const RFC = {
    '§2.1.3': [
      'Every bag MUST contain at least one payload manifest file and MAY contain more than one',
      'If a filepath includes a Line Feed (LF), a Carriage Return (CR), a Carriage-Return Line Feed (CRLF), or a percent sign (%), those characters (and only those) MUST be percent-encoded following [RFC3986]',
      'Every payload manifest MUST list every payload file name exactly once',
    ],
    '§2.2.1': ['MUST list every payload manifest', 'SHOULD list the remaining tag files'],
    '§2.4': [
      'Starting with BagIt 1.0, bag creation and validation tools MUST support the SHA-256 and SHA-512 algorithms [RFC6234] and SHOULD enable SHA-512 by default when creating new bags',
      'implementers SHOULD support MD5 [RFC1321] and SHA-1 [RFC3174]',
    ],
    '§3': [
      'For BagIt 1.0, every payload file MUST be listed in every payload manifest',
      'Every file listed in every tag manifest MUST be present',
      'Every file listed in every payload manifest MUST be present',
      'Every checksum in every payload manifest and tag manifest has been successfully verified against the contents of the corresponding file.',
    ],
  };
  const explained = ['manifest-format', 'manifest-unlisted-file', 'manifest-missing-file', 'manifest-checksum'].map((id) => govcat(['explain', id, '--lang', 'en']).stdout).join('\n');

  it.each(Object.entries(RFC))('%s is cited and quoted exactly', (section, sentences) => {
    expect(explained).toMatch(new RegExp(`(RFC 8493 |; |\\. )${section.replace(/\./g, '\\.')}[ :]`));
    for (const s of sentences) expect(explained).toContain(`"${s}`);
  });

  it('says no longer that manifest-sha256.txt is required, and the Chinese text cites the same sections', () => {
    expect(explained).not.toMatch(/manifest-sha256\.txt is required/);
    const zh = govcat(['explain', 'manifest-format', '--lang', 'zh']).stdout;
    expect(zh).toContain('RFC 8493 第 2.1.3 节');
    for (const section of ['2.2.1', '2.4']) expect(zh).toContain(`第 ${section} 节`);
    expect(zh).not.toMatch(/必须有 manifest-sha256\.txt/);
  });
});
