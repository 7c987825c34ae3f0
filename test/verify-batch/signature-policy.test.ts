// Signatures that fail closed, end to end: keys from `govcat keygen`, bundles from `govcat package --sign`, a keys.yaml
// registry, and `govcat verify` (the built CLI) judging each bundle; the table complete when piped, fitted in a terminal.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { govcat, NO_STACK, ROOT } from '../cli/run.js';
import { HAS_TMUX, Tty } from '../authoring/wizard-tty.js';

const SAMPLE = join(ROOT, 'samples/catalogue.yaml');
const AS_OF = ['--as-of', '2026-03-10'];
const ALTERED = 'signature valid over the tag manifest; payload altered';
const LONG = `${'北京市市场监督管理局-2026年第一季度政务数据目录报送-'.repeat(3)}CAT-110000-SCJGJ-2026.2.zip`;
let work: string;

const run = (args: string[], env?: Record<string, string>) => {
  const r = govcat(args, { cwd: work, env });
  expect(r.stderr).not.toMatch(NO_STACK);
  return r;
};
const json = (bundle: string, extra: string[] = []) => {
  const r = run(['verify', bundle, '--keys', 'keys', ...AS_OF, '-f', 'json', ...extra]);
  const report = JSON.parse(r.stdout);
  return { code: r.code, bundle: report.bundles[0], keys: report.keys, stderr: r.stderr };
};
const messages = (b: { findings: { ruleId: string; message: string }[] }) => b.findings.filter((f) => f.ruleId === 'signature').map((f) => f.message);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govcat-signature-'));
  for (const name of ['dept', 'other', 'old', 'stray']) expect(govcat(['keygen', '-o', name], { cwd: work }).code).toBe(0);
  mkdirSync(join(work, 'keys'));
  mkdirSync(join(work, 'unbound'));
  for (const name of ['dept', 'other', 'old', 'stray']) copyFileSync(join(work, `${name}.pub`), join(work, 'keys', `${name}.pub`));
  copyFileSync(join(work, 'dept.pub'), join(work, 'unbound', 'dept.pub'));
  writeFileSync(join(work, 'keys', 'keys.yaml'), [
    '# The authority\'s key registry: which department signs with which key, and when.',
    'departments:',
    '  - name: 北京市市场监督管理局',
    '    code: "11110000MB1957J40W"',
    '    keys:',
    '      - file: dept.pub',
    '        valid_from: 2026-01-01',
    '      - file: old.pub',
    '        valid_from: 2024-01-01',
    '        valid_to: 2025-12-31',
    '  - name: 北京市卫生健康委员会',
    '    keys: [other.pub]',
    '',
  ].join('\n'));
  const pkg = (out: string, key?: string) => expect(govcat(['package', SAMPLE, '--date', '2026-03-06', ...(key ? ['--sign', `${key}.key`] : []), '-o', out], { cwd: work }).code).toBe(0);
  pkg('dept.zip', 'dept');
  pkg('other.zip', 'other');
  pkg('old.zip', 'old');
  pkg('stray.zip', 'stray');
  pkg('unsigned.zip');
  pkg('tampered', 'dept');
  // After signing: one payload byte changed, the manifests and the signature left as they were.
  writeFileSync(join(work, 'tampered', 'data', 'catalogue.json'), '{}\n');
  copyFileSync(join(work, 'dept.zip'), join(work, LONG));
}, 120_000);

describe('govcat verify --keys with keys.yaml', () => {
  it('the right department\'s key, within its validity: passes, "valid"', () => {
    const r = json('dept.zip');
    expect(r).toMatchObject({ code: 0, keys: 'registry', bundle: { status: 'passed', signature: 'valid' } });
    expect(messages(r.bundle)[0]).toMatch(/valid signature \(key [0-9a-f]{16}, dept\.pub, registered for 北京市市场监督管理局 \(11110000MB1957J40W\), signed on 2026-03-06\)/);
  });

  it('another department\'s key: fails, naming whose key it is', () => {
    const r = json('other.zip');
    expect(r).toMatchObject({ code: 1, bundle: { status: 'failed', signature: 'other-department' } });
    expect(messages(r.bundle)).toEqual([expect.stringMatching(/registered for 北京市卫生健康委员会, not for the submitting department 北京市市场监督管理局/)]);
    const table = run(['verify', 'other.zip', '--keys', 'keys', ...AS_OF, '--lang', 'zh']);
    expect(table.stdout.split('\n')[1]).toMatch(/其他部门的密钥\s+不通过/);
    expect(table.stdout).toContain('登记给北京市卫生健康委员会');
  });

  it('a key retired before the bundle was bagged: fails as expired', () => {
    const r = json('old.zip');
    expect(r).toMatchObject({ code: 1, bundle: { signature: 'key-expired' } });
    expect(messages(r.bundle)[0]).toMatch(/old\.pub\), valid until 2025-12-31, but the signing date 2026-03-06 \(bag-info\.txt's Bagging-Date\)/);
  });

  it('a key in the folder that keys.yaml gives to no department: fails as an unknown key', () => {
    const r = json('stray.zip');
    expect(r).toMatchObject({ code: 1, bundle: { signature: 'unknown-key' } });
    expect(messages(r.bundle)[0]).toMatch(/stray\.pub\), which keys\.yaml registers for no department/);
  });

  it('unsigned: passes with a warning the table shows (column and, with --show-warnings, the list)', () => {
    const r = run(['verify', 'unsigned.zip', '--keys', 'keys', ...AS_OF, '--show-warnings']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/unsigned\s+passed\s+0\s+1$/);
    expect(r.stdout).toMatch(/Warnings of the passed bundles\n\nunsigned\.zip\n\s+warning\s+signature .*the bundle is not signed/);
    const quiet = run(['verify', 'unsigned.zip', '--keys', 'keys', ...AS_OF]);
    expect(quiet.stdout).not.toContain('Warnings of the passed bundles');
    expect(quiet.stdout.split('\n')[1]).toMatch(/unsigned\s+passed/);
  });

  it('unsigned with --require-signature: fails', () => {
    const r = json('unsigned.zip', ['--require-signature']);
    expect(r).toMatchObject({ code: 1, bundle: { status: 'failed', signature: 'unsigned' } });
    expect(messages(r.bundle)).toEqual([expect.stringMatching(/not signed, and this verification requires signatures/)]);
  });

  it('unsigned with verify.requireSignature: true in the config: fails; without --keys that is a usage error', () => {
    writeFileSync(join(work, 'strict.yaml'), 'verify:\n  requireSignature: true\n');
    expect(json('unsigned.zip', ['--config', 'strict.yaml'])).toMatchObject({ code: 1, bundle: { signature: 'unsigned', status: 'failed' } });
    expect(json('dept.zip', ['--config', 'strict.yaml'])).toMatchObject({ code: 0, bundle: { signature: 'valid' } });
    const r = run(['verify', 'unsigned.zip', ...AS_OF, '--config', 'strict.yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/the config requires signatures \(verify\.requireSignature: true\): give --keys DIR/);
  });

  it('a valid signature over a tampered payload says exactly what was checked', () => {
    const r = run(['verify', 'tampered', '--keys', 'keys', ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1]).toContain(ALTERED);
    expect(r.stdout.split('\n')[1]).not.toMatch(/\bvalid\s+failed/);
    expect(r.stdout).toMatch(/error .*manifest-checksum/);
    const zh = run(['verify', 'tampered', '--keys', 'keys', ...AS_OF, '--lang', 'zh']);
    expect(zh.stdout.split('\n')[1]).toContain('签名对标签清单有效；载荷已被改动');
    expect(json('tampered').bundle.signature).toBe('payload-altered');
  });

  it('piped, the table is complete: a long bundle name, the long signature words, no ellipsis', () => {
    for (const bundle of [LONG, 'tampered']) {
      const r = run(['verify', bundle, '--keys', 'keys', ...AS_OF]);
      expect(r.stdout).not.toContain('…');
      expect(r.stdout.split('\n')[1]).toContain(bundle === LONG ? LONG : ALTERED);
    }
  });

  it('the CSV and JUnit reports carry the same words', () => {
    expect(run(['verify', 'tampered', '--keys', 'keys', ...AS_OF, '-f', 'csv']).stdout).toContain(`,${ALTERED},`);
    expect(run(['verify', 'other.zip', '--keys', 'keys', ...AS_OF, '-f', 'junit']).stdout).toContain('Signature: another department&apos;s key');
  });
});

describe('govcat verify --keys without keys.yaml', () => {
  it('works as before, and says once per run that keys are not bound to departments', () => {
    // Two bundles (of one catalogue version, so both fail as duplicates): the warning still comes once.
    const table = run(['verify', 'dept.zip', 'tampered', '--keys', 'unbound', ...AS_OF]);
    expect(table.stdout.split('\n')[1]).toMatch(/^dept\.zip .* valid\s+failed/);
    expect(table.stdout.split('keys are not bound to departments')).toHaveLength(2);
    const r = run(['verify', 'dept.zip', '--keys', 'unbound', ...AS_OF, '-f', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ keys: 'folder', bundles: [{ signature: 'valid' }] });
    expect(r.stderr.split('keys are not bound to departments')).toHaveLength(2);
  });
});

describe('bad input is exit 2 with a bilingual message, never a stack trace', () => {
  const badFolder = (name: string, yaml: string) => {
    mkdirSync(join(work, name));
    copyFileSync(join(work, 'dept.pub'), join(work, name, 'dept.pub'));
    writeFileSync(join(work, name, 'keys.yaml'), yaml);
    return name;
  };

  it.each([
    ['unknown key file', 'departments:\n  - name: 甲局\n    keys:\n      - file: nope.pub\n', 'keys.yaml:4:15: no public key file "nope.pub" in this folder (there are: dept.pub)', 'keys.yaml:4:15: 本文件夹中没有公钥文件“nope.pub”'],
    ['bad date', 'departments:\n  - name: 甲局\n    keys:\n      - file: dept.pub\n        valid_to: 2026-02-30\n', 'keys.yaml:5:19: valid_to must be a date', 'keys.yaml:5:19: valid_to 应为日期'],
    ['bad YAML', 'departments:\n  - name: 甲局\n    keys: [dept.pub\n', 'keys.yaml:', 'keys.yaml:'],
  ])('keys.yaml with %s', (name, yaml, en, zh) => {
    const dir = badFolder(`bad-${name.replace(/ /g, '-')}`, yaml);
    const r = run(['verify', 'dept.zip', '--keys', dir, ...AS_OF]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain(`${dir}/${en}`);
    expect(r.stderr).toMatch(/keys\.yaml:\d+:\d+: /);
    expect(run(['verify', 'dept.zip', '--keys', dir, ...AS_OF, '--lang', 'zh']).stderr).toContain(`${dir}/${zh}`);
  });

  it.each([
    [['verify', 'dept.zip', '--require-signature', ...AS_OF], /--require-signature needs --keys DIR/],
    [['verify', 'part.json', '--merge', '--require-signature'], /--merge .*takes no --require-signature/],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(message);
  });

  it('verify.requireSignature that is not true or false', () => {
    writeFileSync(join(work, 'bad-config.yaml'), 'verify:\n  requireSignature: yes please\n');
    const r = run(['verify', 'dept.zip', '--keys', 'keys', ...AS_OF, '--config', 'bad-config.yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/bad-config\.yaml:2:\d+: verify\.requireSignature must be true or false/);
  });
});

describe.skipIf(!HAS_TMUX)('on a terminal (tmux; skipped where tmux is not installed)', () => {
  it('the table fits the terminal\'s width and lists the passed bundles\' warnings by default', async () => {
    const tty = new Tty(['verify', LONG, 'unsigned.zip', '--keys', 'keys', ...AS_OF, '--no-color', '--quiet'], { cwd: work, columns: 100 });
    try {
      // Two bundles of the same catalogue version: a duplicate-catalogue-version error each, so both fail…
      expect(await tty.exit()).toBe(1);
      const lines = tty.screen().split('\n');
      const rows = lines.slice(0, 3);
      for (const row of rows) expect([...row].length).toBeLessThanOrEqual(100);
      expect(rows[1]).toMatch(/^…/);
    } finally {
      tty.kill();
    }
    const alone = new Tty(['verify', 'unsigned.zip', '--keys', 'keys', ...AS_OF, '--no-color', '--quiet'], { cwd: work, columns: 100 });
    try {
      // …and alone, the unsigned one passes, its warning listed without being asked for.
      expect(await alone.exit()).toBe(0);
      expect(alone.screen()).toMatch(/Warnings of the passed bundles[\s\S]*the bundle is not signed/);
    } finally {
      alone.kill();
    }
  }, 60_000);
});
