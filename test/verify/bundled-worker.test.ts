// The bundled CLI (dist/bin) verifies in worker threads on its own: tinypool's thread entry and govcat's verify worker
// are files beside its chunks, so a copy without node_modules still runs every bundle through a worker.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, govcat } from '../cli/run.js';
import { spawnSync } from 'node:child_process';

const copy = mkdtempSync(join(tmpdir(), 'govcat-bundled-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('carries the worker entries beside its chunks', () => {
    expect(existsSync(join(ROOT, 'dist/bin/verify-worker.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/bin/entry/worker.js'))).toBe(true);
  });

  it('verifies with --jobs 2 from a copy without node_modules, as one run in the source tree does', () => {
    for (const dir of ['bin', 'law', 'schemas', 'dist/bin']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    mkdirSync(join(copy, 'samples'));
    cpSync(join(ROOT, 'samples/bundles'), join(copy, 'samples/bundles'), { recursive: true });
    const args = ['verify', 'samples/bundles/', '--as-of', '2026-03-10', '--jobs', '2', '-f', 'json'];
    const r = spawnSync(process.execPath, [join(copy, 'bin/govcat.js'), ...args], { cwd: copy, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const here = govcat(args);
    expect(r.stdout).toBe(here.stdout);
    expect(r.stdout).not.toContain('bundle-unreadable');
  });
});
