// The npm tarball as a user installs it: `npm install -g` into a fresh prefix, then the command (lint, explain quoting
// the packed law text, verify in worker threads), the library by import, and `npx govcat`. The dependencies come from
// the npm cache where it has them, else from the registry (--prefer-offline): the cache npm ci fills holds tarballs, not
// the package metadata a global install resolves versions from, so --offline cannot work there.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';

const work = mkdtempSync(join(tmpdir(), 'govcat-npm-'));
const prefix = join(work, 'global');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const tarball = join(work, `govcat-${version}.tgz`);
// What a user's shell has: node and npm on PATH, nothing of this repository.
const env = { PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: process.env.HOME ?? work, LANG: 'C' };
const NETWORK = /ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/;
let unreachable: string | undefined;

const npm = (args: string[], cwd = work) => spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], { cwd, env, encoding: 'utf8', timeout: 300_000 });
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) => spawnSync(cmd, args, { cwd: work, env: { ...env, ...extra }, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  // --ignore-scripts: the tarball of the last build, not a rebuild (prepare) under the other tests.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, stdio: 'ignore' });
  const r = npm(['install', '-g', '--prefix', prefix, tarball]);
  if (r.status !== 0 && NETWORK.test(r.stderr)) unreachable = r.stderr.split('\n').find((l) => NETWORK.test(l));
  else if (r.status !== 0) throw new Error(`npm install -g failed:\n${r.stderr}`);
  cpSync(join(ROOT, 'samples/catalogue.yaml'), join(work, 'catalogue.yaml'));
  cpSync(join(ROOT, 'samples/bundles/01-valid.zip'), join(work, 'a.zip'));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package installed globally from its tarball', () => {
  it('lints a catalogue: exit 0', ({ skip }) => {
    if (unreachable) skip(`the dependencies are neither in the npm cache nor reachable: ${unreachable}`);
    const r = run(join(prefix, 'bin/govcat'), ['lint', 'catalogue.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No problems found');
    expect(r.status).toBe(0);
    expect(run('govcat', ['--version']).stdout).toBe(`${version}\n`);
  });

  it('explains a rule quoting the packed law text, and verifies a bundle in worker threads', ({ skip }) => {
    if (unreachable) skip(`the dependencies are neither in the npm cache nor reachable: ${unreachable}`);
    const explain = run('govcat', ['explain', 'approval-required'], { LANG: 'zh_CN.UTF-8' });
    expect(explain.stdout).toContain('│ 第十三条 政府部门编制政务数据目录');
    const verify = run('govcat', ['verify', 'a.zip', '--jobs', '2', '--as-of', '2026-03-10']);
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toContain('1 bundle: 1 passed, 0 failed');
    expect(verify.status).toBe(0);
  });

  it('is a library: import { lint } from the installed package', ({ skip }) => {
    if (unreachable) skip(`the dependencies are neither in the npm cache nor reachable: ${unreachable}`);
    const entry = join(prefix, 'lib/node_modules/govcat/dist/index.js');
    const code = `import { lint } from ${JSON.stringify(entry)}; import { readFileSync } from 'node:fs'; const r = lint(readFileSync('catalogue.yaml', 'utf8'), { file: 'catalogue.yaml', asOf: '2026-03-10' }); console.log(r.findings.filter((f) => f.severity === 'error').length);`;
    const r = run(process.execPath, ['--input-type=module', '-e', code]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n');
  });

  it('runs with npx from the tarball', ({ skip }) => {
    if (unreachable) skip(`the dependencies are neither in the npm cache nor reachable: ${unreachable}`);
    // Without the global install on PATH: npx installs the tarball in its own cache and runs its govcat.
    const bare = { ...env, PATH: env.PATH.split(':').slice(1).join(':') };
    const r = spawnSync('npx', ['--yes', '--prefer-offline', `--package=${tarball}`, '--', 'govcat', 'lint', 'catalogue.yaml'], { cwd: work, env: bare, encoding: 'utf8', timeout: 300_000 });
    expect(r.stdout).toContain('No problems found');
    expect(r.status).toBe(0);
  });
});
