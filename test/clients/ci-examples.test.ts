// The hooks and CI examples users copy, run for real: the pre-commit hooks' entries on staged files (and pre-commit
// itself where it is installed), the GitHub Actions lint step in a pull-request checkout, and the GitLab job's script
// with its Code Quality and JUnit reports checked as GitLab reads them.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';

const SAMPLE = readFileSync(join(ROOT, 'samples/catalogue.yaml'), 'utf8');
const VIOLATIONS = readFileSync(join(ROOT, 'samples/violations.yaml'), 'utf8');
const MESSY = 'catalogue:\n    version: "2026.10"\n    id: X\ngovcat: 1\n';
const XSD = join(ROOT, 'test/fixtures/junit/junit-10.xsd');

/** A folder on PATH whose `govcat` is the built CLI, as an installed govcat would be. */
let bin: string;
beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'govcat-bin-'));
  writeFileSync(join(bin, 'govcat'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/govcat.js')}" "$@"\n`);
  chmodSync(join(bin, 'govcat'), 0o755);
});

function sh(script: string, cwd: string, env: Record<string, string> = {}, shell = 'bash') {
  const r = spawnSync(shell, ['-c', script], { cwd, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, HOME: cwd, LANG: 'C', ...env }, timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=govcat', '-c', 'user.email=govcat@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-ci-'));
  git(dir, 'init', '-q');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; exclude: string }[];
  const hook = (id: string) => hooks.find((h) => h.id === id)!;
  /** What pre-commit does with a hook: the staged files its `files` takes and `exclude` leaves, appended to `entry`. */
  const runHook = (id: string, dir: string) => {
    const h = hook(id);
    const staged = git(dir, 'diff', '--cached', '--name-only').split('\n').filter(Boolean);
    const files = staged.filter((f) => new RegExp(h.files).test(f) && !new RegExp(h.exclude).test(f));
    return { files, ...sh(`${h.entry} ${files.map((f) => `'${f}'`).join(' ')}`, dir) };
  };

  it('offers govcat-lint and govcat-fmt, installed with npm', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['govcat-lint', 'govcat lint', 'node'],
      ['govcat-fmt', 'govcat fmt --check', 'node'],
    ]);
  });

  it('govcat-lint fails a staged catalogue that breaks the law, passes a compliant one, and never takes its own config files', () => {
    const dir = repo({ 'catalogues/bad.yaml': VIOLATIONS, 'catalogues/ok.yaml': SAMPLE, '.pre-commit-config.yaml': 'repos: []\n', 'book.xlsx': '' });
    git(dir, 'add', 'catalogues/bad.yaml', '.pre-commit-config.yaml');
    const bad = runHook('govcat-lint', dir);
    expect(bad.files).toEqual(['catalogues/bad.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('conditional-usage-conditions');
    git(dir, 'reset', '-q');
    git(dir, 'add', 'catalogues/ok.yaml');
    expect(runHook('govcat-lint', dir).code).toBe(0);
  });

  it('govcat-fmt fails a catalogue out of canonical form, passes a formatted one, and leaves other YAML alone', () => {
    const dir = repo({ 'a.yaml': MESSY, '.github/workflows/ci.yml': 'jobs:\n    a:\n        runs-on: x\nname: ci\n' });
    git(dir, 'add', '.');
    const r = runHook('govcat-fmt', dir);
    expect(r.files).toEqual(['.github/workflows/ci.yml', 'a.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('a.yaml');
    expect(r.out).toContain('1 file would be reformatted');
    sh('govcat fmt a.yaml', dir);
    git(dir, 'add', '.');
    expect(runHook('govcat-fmt', dir).code).toBe(0);
    expect(readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8')).toBe('jobs:\n    a:\n        runs-on: x\nname: ci\n');
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
describe.skipIf(preCommit.error !== undefined)('docs/ci/pre-commit-config.yaml, run by pre-commit itself', () => {
  it('blocks a commit of a catalogue that breaks the law, and lets a compliant one through', () => {
    const dir = repo({ '.pre-commit-config.yaml': readFileSync(join(ROOT, 'docs/ci/pre-commit-config.yaml'), 'utf8'), 'catalogues/bad.yaml': VIOLATIONS, 'catalogues/ok.yaml': SAMPLE });
    git(dir, 'add', '.pre-commit-config.yaml', 'catalogues/bad.yaml');
    const bad = sh('pre-commit run', dir);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.out).toMatch(/govcat lint\.+Failed/);
    expect(bad.out).toContain('conditional-usage-conditions');
    git(dir, 'rm', '-q', '--cached', 'catalogues/bad.yaml');
    git(dir, 'add', 'catalogues/ok.yaml');
    const ok = sh('pre-commit run', dir);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/govcat lint\.+Passed/);
    expect(ok.out).toMatch(/govcat fmt --check\.+Passed/);
  });
});

describe('docs/ci/github-actions.yml', () => {
  const workflow = parse(readFileSync(join(ROOT, 'docs/ci/github-actions.yml'), 'utf8'));
  const steps = workflow.jobs.lint.steps as { id?: string; run?: string; uses?: string; with?: Record<string, string> }[];
  const lintStep = steps.find((s) => s.id === 'lint')!.run!;

  /** A pull-request checkout: main holds a compliant catalogue, the branch adds one that breaks the law. */
  const pullRequest = () => {
    const dir = repo({ 'catalogues/ok.yaml': SAMPLE, 'README.md': 'x\n' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(dir, 'checkout', '-qb', 'change');
    return dir;
  };

  it('lints only what the pull request changed, fails on an error, and writes the SARIF the upload step reads', () => {
    const dir = pullRequest();
    writeFileSync(join(dir, 'catalogues/bad.yaml'), VIOLATIONS);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'change');
    const r = sh(lintStep, dir, { GITHUB_BASE_REF: 'main' });
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('catalogues/bad.yaml');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const sarif = JSON.parse(readFileSync(join(dir, upload.with!.sarif_file), 'utf8'));
    const uris = new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['catalogues/bad.yaml']);
  });

  it('passes when no catalogue changed, and lints every catalogue on a push', () => {
    const dir = pullRequest();
    writeFileSync(join(dir, 'README.md'), 'y\n');
    git(dir, 'commit', '-qam', 'docs only');
    const none = sh(lintStep, dir, { GITHUB_BASE_REF: 'main' });
    expect(none.code, none.out).toBe(0);
    expect(none.out).toContain('No catalogue changed.');
    expect(existsSync(join(dir, 'govcat.sarif'))).toBe(false);
    const push = sh(lintStep, dir);
    expect(push.code, push.out).toBe(0);
    expect(existsSync(join(dir, 'govcat.sarif'))).toBe(true);
  });
});

describe('docs/ci/gitlab-ci.yml', () => {
  const job = parse(readFileSync(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8')).govcat as { script: string[]; artifacts: { when: string; reports: { codequality: string; junit: string } } };

  it('fails on an error and leaves a Code Quality report GitLab reads and a JUnit report its schema accepts', () => {
    const dir = repo({ 'catalogues/bad.yaml': VIOLATIONS, 'catalogues/ok.yaml': SAMPLE });
    const r = sh(job.script.join('\n'), dir, {}, 'sh');
    expect(r.code, r.out).toBe(1);
    expect(job.artifacts.when).toBe('always');
    const quality = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'test/clients/gitlab-code-quality.schema.json'), 'utf8')));
    expect(validate(quality), JSON.stringify(validate.errors)).toBe(true);
    expect(quality.some((i: { check_name: string; severity: string }) => i.check_name === 'conditional-usage-conditions' && i.severity === 'major')).toBe(true);
    const xml = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, job.artifacts.reports.junit)], { encoding: 'utf8' });
    expect(xml.status, xml.stderr).toBe(0);
  });
});
