// What `npm pack` puts in the tarball (files in package.json): package.json, README.md, law/, schemas/ and dist/ (the
// library tsc builds and the CLI bundle in dist/bin), nothing else: no sources, tests, bench data or single
// executable. Every module the packed code imports by a relative path is packed too.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';

const npm = (args: string[]) => execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// --ignore-scripts: what the last build made is packed, not rebuilt under the other tests.
const packed: string[] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']))[0].files.map((f: { path: string }) => f.path);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the npm tarball', () => {
  it('holds package.json, README.md, law/, schemas/ and dist/ only', () => {
    const outside = packed.filter((p) => !/^(package\.json|README\.md|LICENSE|law\/.+|schemas\/.+|dist\/.+)$/.test(p));
    expect(outside).toEqual([]);
    expect(packed.filter((p) => /^dist\/(sea|bin\.)/.test(p) || /\.test\.|\.blob$|\.tgz$/.test(p))).toEqual([]);
  });

  it('holds every shipped file the CLI reads at run time', () => {
    const law = readdirText('law').map((f) => `law/${f}`);
    const schemas = readdirText('schemas').map((f) => `schemas/${f}`);
    for (const file of [...law, ...schemas, 'dist/index.js', 'dist/index.d.ts', 'dist/testing/rule-tester.js', 'dist/bin/govcat.js', 'dist/bin/verify-worker.js', 'dist/bin/lint-worker.js', 'dist/bin/entry/worker.js']) {
      expect(packed).toContain(file);
    }
  });

  it('installs the command from dist/bin, a script node runs by its first line', () => {
    expect(manifest.bin).toEqual({ govcat: 'dist/bin/govcat.js' });
    expect(packed).toContain(manifest.bin.govcat);
    expect(readFileSync(join(ROOT, manifest.bin.govcat), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('holds every module its code imports by a relative path', () => {
    const files = new Set(packed);
    const missing: string[] = [];
    let imports = 0;
    for (const file of packed.filter((p) => p.endsWith('.js'))) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
        imports++;
        const target = posix.join(posix.dirname(file), m[1]);
        if (!files.has(target)) missing.push(`${file} → ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(imports).toBeGreaterThan(500);
  });
});

function readdirText(dir: string): string[] {
  return (execFileSync('git', ['ls-files', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')).map((p) => p.slice(dir.length + 1));
}
