// docs/scale-out/ run for real: xargs.sh on one machine, the GitHub Actions workflow's and the Kubernetes Jobs' shell
// steps with artifacts and volumes played by folders; each merged report must equal one run over the same bundles.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/core/credit-code.js';
import { ROOT, govcat } from '../cli/run.js';

const DOCS = join(ROOT, 'docs', 'scale-out');
const AS_OF = '2026-03-10';
let work: string;
let shimDir: string;
/** One run over every bundle: what each example's merge must reproduce. */
let single: { json: string; table: string; code: number | null };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govcat-scale-out-'));
  shimDir = join(work, 'bin');
  mkdirSync(shimDir);
  // `govcat` on PATH, as after `npm install --global govcat`.
  writeFileSync(join(shimDir, 'govcat'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'govcat.js')}" "$@"\n`);
  chmodSync(join(shimDir, 'govcat'), 0o755);
  makeBundles(join(work, 'bundles'));
  const json = govcat(['verify', 'bundles/', '--as-of', AS_OF, '-f', 'json'], { cwd: work });
  const table = govcat(['verify', 'bundles/', '--as-of', AS_OF], { cwd: work });
  expect(json.stderr).toBe('');
  single = { json: json.stdout, table: table.stdout, code: table.code };
  // The sample bundles make a batch with failures and cross-bundle findings, so that the comparisons below mean something.
  const report = JSON.parse(single.json);
  expect(report.summary.failed).toBeGreaterThan(0);
  const rules = report.bundles.flatMap((b: { findings: { ruleId: string }[] }) => b.findings.map((f) => f.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['one-data-one-source', 'duplicate-catalogue-version']));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/scale-out/xargs.sh', () => {
  it('verifies in 3 processes and merges to the single run\'s report and exit code', () => {
    const dir = workspace('xargs');
    const r = sh(['sh', join(DOCS, 'xargs.sh'), '3', 'bundles/'], dir, { AS_OF });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(single.code);
    expect(r.stdout).toBe(single.table);
    expect(readFileSync(join(dir, 'verify-report.json'), 'utf8')).toBe(single.json);
    expect(readdirSync(dir).filter((f) => f.startsWith('part-')).sort()).toEqual(['part-1.json', 'part-2.json', 'part-3.json']);
  });

  it('stops with a non-zero status when a shard meets bad input (exit 2), not with a partial merge', () => {
    const dir = workspace('xargs-bad');
    const r = sh(['sh', join(DOCS, 'xargs.sh'), '2', 'no-such-dir/'], dir, { AS_OF });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(1);
    expect(r.stderr).toContain('no-such-dir/: no such file or directory');
    expect(existsSync(join(dir, 'verify-report.json'))).toBe(false);
  });
});

describe('docs/scale-out/github-actions.yml', () => {
  const workflow = parseYaml(readFileSync(join(DOCS, 'github-actions.yml'), 'utf8'));

  it('is a matrix of shard jobs uploading their parts and a merge job downloading them', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['date', 'verify', 'merge']);
    expect(workflow.jobs.verify.needs).toBe('date');
    expect(workflow.jobs.verify.strategy['fail-fast']).toBe(false);
    expect(workflow.jobs.merge.needs).toBe('verify');
    const uses = (job: string) => workflow.jobs[job].steps.map((s: Step) => s.uses?.split('@')[0]).filter(Boolean);
    expect(uses('verify')).toContain('actions/upload-artifact');
    expect(uses('merge')).toContain('actions/download-artifact');
  });

  it('runs: the date, each shard, the artifacts, the merge — the single run\'s report and verdict', () => {
    const artifacts = join(work, 'gha-artifacts');
    // date job
    const date = runJob(workflow.jobs.date, workspace('gha-date'), { 'inputs.as-of': AS_OF }, artifacts);
    const asOf = date.outputs.date['as-of'];
    expect(asOf).toBe(AS_OF);
    // the matrix
    const shards: number[] = workflow.jobs.verify.strategy.matrix.shard;
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    for (const k of shards) {
      const ctx = { 'matrix.shard': String(k), 'strategy.job-total': String(shards.length), 'needs.date.outputs.as-of': asOf };
      runJob(workflow.jobs.verify, workspace(`gha-verify-${k}`), ctx, artifacts);
    }
    expect(readdirSync(artifacts).sort()).toEqual(shards.map((k) => `verify-part-${k}`).sort());
    // merge job: the last step is the verdict
    const dir = workspace('gha-merge', false);
    const merge = runJob(workflow.jobs.merge, dir, {}, artifacts);
    expect(merge.last.code).toBe(single.code);
    expect(merge.last.stdout).toBe(single.table);
    expect(readFileSync(join(artifacts, 'verify-report', 'verify-report.json'), 'utf8')).toBe(single.json);
    expect(readFileSync(join(artifacts, 'verify-report', 'verify-report.html'), 'utf8')).toContain('<html');
    expect(readFileSync(join(artifacts, 'verify-report', 'verify-report.xml'), 'utf8')).toContain('<testsuites');
  });

  it('calls govcat only with options govcat verify has', () => {
    checkOptions(workflow.jobs.verify.steps.concat(workflow.jobs.merge.steps).map((s: Step) => s.run ?? '').join('\n'));
  });
});

describe('docs/scale-out/kubernetes.yaml', () => {
  const [shards, merge] = parseAllDocuments(readFileSync(join(DOCS, 'kubernetes.yaml'), 'utf8')).map((d) => d.toJS());

  it('is an Indexed Job of N pods and a merge Job waiting for the N parts on a shared volume', () => {
    expect(shards).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    expect(shards.spec.parallelism).toBe(shards.spec.completions);
    const env = envOf(shards.spec.template.spec.containers[0]);
    expect(Number(env.SHARDS)).toBe(shards.spec.completions);
    expect(Number(envOf(merge.spec.template.spec.initContainers[0]).SHARDS)).toBe(shards.spec.completions);
    expect(merge).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
    expect(shards.spec.template.spec.restartPolicy).toBe('Never');
    const claim = (job: { spec: { template: { spec: { volumes: { name: string; persistentVolumeClaim: { claimName: string } }[] } } } }) =>
      job.spec.template.spec.volumes.find((v) => v.name === 'reports')!.persistentVolumeClaim.claimName;
    expect(claim(merge)).toBe(claim(shards));
  });

  it('runs: each index\'s pod, then the merge pod — the single run\'s report and verdict', () => {
    const n: number = shards.spec.completions;
    const root = join(work, 'k8s');
    mkdirSync(join(root, 'reports'), { recursive: true });
    const volumes = { bundles: join(work, 'bundles'), reports: join(root, 'reports') };
    for (let i = 0; i < n; i++) {
      // The manifest's AS_OF is the date to set per sweep; the single run here was checked as of AS_OF.
      const r = runPod(shards.spec.template.spec.containers[0], volumes, root, { JOB_COMPLETION_INDEX: String(i), AS_OF });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(readdirSync(volumes.reports).sort()).toEqual(Array.from({ length: n }, (_, i) => `part-${i + 1}.json`).sort());
    const wait = runPod(merge.spec.template.spec.initContainers[0], volumes, root, {});
    expect(wait.code).toBe(0);
    const r = runPod(merge.spec.template.spec.containers[0], volumes, root, {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(single.code);
    expect(readFileSync(join(volumes.reports, 'verify-report.json'), 'utf8')).toBe(single.json);
    expect(readFileSync(join(volumes.reports, 'verify-report.html'), 'utf8')).toContain('<html');
  });

  it('calls govcat only with options govcat verify has', () => {
    const scripts = [shards.spec.template.spec.containers[0], merge.spec.template.spec.containers[0]].flatMap((c) => c.args);
    checkOptions(scripts.join('\n'));
  });
});

// --- helpers ---

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}

/** Bundles made with `govcat package` from the samples: two departments with the same data (一数一源), one catalogue
 *  version submitted twice, the miit and hubei profiles' samples (lint errors allowed), a violations bag, a tampered one. */
function makeBundles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const src = join(work, 'catalogues');
  mkdirSync(src);
  const sample = readFileSync(join(ROOT, 'samples', 'catalogue.yaml'), 'utf8');
  writeFileSync(join(src, 'gaj.yaml'), sample.replace(/北京市市场监督管理局/g, '北京市公安局').replace(/11110000MB1957J40W/g, `11110000000019374${creditCodeCheckChar('11110000000019374')}`).replace(/CAT-110000-SCJGJ/g, 'CAT-110000-GAJ'));
  writeFileSync(join(src, 'scjg-again.yaml'), sample.replace(/summary: 本市企业[^\n]*/, 'summary: 重新报送的同一版本'));
  const pack = (catalogue: string, out: string, extra: string[] = []) => {
    const r = govcat(['package', catalogue, '-o', join(dir, out), '--date', '2026-03-06', ...extra], { cwd: work });
    expect(r.code, r.stderr + r.stdout).toBe(0);
  };
  pack(join(ROOT, 'samples', 'catalogue.yaml'), 'a-scjg.zip');
  pack(join(src, 'gaj.yaml'), 'b-gaj.zip');
  pack(join(src, 'scjg-again.yaml'), 'c-scjg-again.tar.gz');
  pack(join(ROOT, 'samples', 'miit', 'catalogue.yaml'), 'd-miit.zip', ['--allow-errors']);
  pack(join(ROOT, 'samples', 'hubei', 'catalogue.yaml'), 'e-hubei.zip', ['--allow-errors']);
  pack(join(ROOT, 'samples', 'violations.yaml'), 'f-violations', ['--allow-errors']);
  cpSync(join(ROOT, 'samples', 'bundles', '04-tampered'), join(dir, 'g-tampered'), { recursive: true });
}

/** A fresh working directory holding (a copy of) the bundles, as a CI checkout would. */
function workspace(name: string, withBundles = true): string {
  const dir = join(work, name);
  mkdirSync(dir);
  if (withBundles) cpSync(join(work, 'bundles'), join(dir, 'bundles'), { recursive: true });
  return dir;
}

function sh(argv: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { PATH: `${shimDir}:${process.env.PATH}`, HOME: process.env.HOME ?? '/tmp', LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `${{ expr }}` filled from ctx (plus the workflow's env); an expression the test does not know fails the test. */
function expand(text: string, ctx: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const value = expr.startsWith('env.') ? parseYaml(readFileSync(join(DOCS, 'github-actions.yml'), 'utf8')).env[expr.slice(4)] : ctx[expr];
    if (value === undefined) throw new Error(`unknown expression ${expr}`);
    return String(value);
  });
}

/**
 * A job's steps in order: `run` steps in bash -e (as GitHub runs them) with $GITHUB_OUTPUT, artifacts uploaded to and
 * downloaded from folders; checkout, setup-node and the npm install of govcat are what the workspace and PATH already are.
 */
function runJob(job: { steps: Step[] }, dir: string, ctx: Record<string, string>, artifacts: string) {
  const outputs: Record<string, Record<string, string>> = {};
  let last = { code: 0 as number | null, stdout: '', stderr: '' };
  for (const step of job.steps) {
    const uses = step.uses?.split('@')[0];
    if (uses === 'actions/checkout' || uses === 'actions/setup-node') continue;
    if (uses === 'actions/upload-artifact') {
      const name = expand(String(step.with!.name), ctx);
      mkdirSync(join(artifacts, name), { recursive: true });
      for (const path of expand(String(step.with!.path), ctx).split('\n').filter(Boolean)) cpSync(join(dir, path.trim()), join(artifacts, name, path.trim()));
      continue;
    }
    if (uses === 'actions/download-artifact') {
      const match = picomatch(String(step.with!.pattern));
      expect(step.with!['merge-multiple']).toBe(true);
      const into = join(dir, String(step.with!.path));
      mkdirSync(into, { recursive: true });
      for (const name of readdirSync(artifacts).filter((n) => match(n))) cpSync(join(artifacts, name), into, { recursive: true });
      continue;
    }
    expect(uses, `a step the test cannot play: ${uses}`).toBeUndefined();
    const script = expand(step.run!, ctx);
    if (/^npm install --global govcat@/.test(script)) continue;
    const outputFile = join(dir, `.github-output-${step.id ?? 'x'}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, ctx)]));
    last = sh(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script], dir, { ...env, GITHUB_OUTPUT: outputFile });
    const isVerdict = step === job.steps[job.steps.length - 1];
    if (!isVerdict) expect(last.code, `${step.name ?? script}: ${last.stderr}`).toBe(0);
    if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  }
  return { outputs, last };
}

function envOf(container: { env?: { name: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
}

/** A container's `sh -c` script with its mount paths and working directory mapped onto folders. */
function runPod(container: { command: string[]; args: string[]; workingDir?: string; env?: { name: string; value: string }[]; volumeMounts: { name: string; mountPath: string }[] }, volumes: Record<string, string>, root: string, env: Record<string, string>) {
  expect(container.command).toEqual(['sh', '-c']);
  const mounts = [...container.volumeMounts].sort((a, b) => b.mountPath.length - a.mountPath.length);
  let script = container.args.join('\n');
  for (const m of mounts) script = script.split(m.mountPath).join(volumes[m.name]);
  // The working directory holds the mounts below it (/data with /data/bundles): a folder whose bundles/ is the volume.
  let cwd = root;
  if (container.workingDir) {
    const mounted = mounts.find((m) => m.mountPath === container.workingDir);
    cwd = mounted ? volumes[mounted.name] : join(root, container.workingDir);
    for (const m of mounts.filter((x) => x.mountPath.startsWith(`${container.workingDir}/`))) {
      const at = join(cwd, m.mountPath.slice(container.workingDir.length + 1));
      if (!existsSync(at)) {
        mkdirSync(join(at, '..'), { recursive: true });
        cpSync(volumes[m.name], at, { recursive: true });
      }
    }
  }
  return sh(['timeout', '60', 'sh', '-c', script], cwd, { ...envOf(container), ...env });
}

/** Every `govcat verify …` in the scripts uses only options that `govcat verify --help` lists. */
function checkOptions(scripts: string): void {
  const help = govcat(['verify', '--help']).stdout;
  const known = new Set([...help.matchAll(/(?:^|\s)(-{1,2}[a-z][a-z-]*)/gm)].map((m) => m[1]));
  const calls = scripts.split(/\n|&&|\|\|/).map((l) => l.trim()).filter((l) => /^(exec )?govcat verify\b/.test(l));
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    for (const flag of call.match(/(?<=\s)-{1,2}[a-z][a-z-]*/g) ?? []) expect(known, `${flag} in: ${call}`).toContain(flag);
    expect(call.includes('--merge') || call.includes('--shard'), call).toBe(true);
  }
}
