// The resource layer outside the single executable: every shipped file read from the package, a path on disk for a
// modeline, and --version the plain version (test/sea runs the same code inside the executable).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionLine } from '../../src/cli/env.js';
import { readResource, resourceFile } from '../../src/cli/paths.js';
import { inSea, seaAsset, seaBuild } from '../../src/cli/sea.js';
import { ROOT } from './run.js';

const SHIPPED = ['package.json', ...execFileSync('git', ['ls-files', 'law/*.txt', 'schemas/*.json'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')];

describe('shipped files under node', () => {
  it.each(SHIPPED)('%s is read from the package', (path) => {
    expect(readResource(path)).toBe(readFileSync(join(ROOT, path), 'utf8'));
    expect(resourceFile(path)).toBe(join(ROOT, path));
  });

  it('a file that is not shipped is an error of the reader, not undefined', () => {
    expect(() => readResource('law/none.txt')).toThrow(/ENOENT/);
  });

  it('is not the single executable: no assets, no build line', () => {
    expect(inSea()).toBe(false);
    expect(seaAsset('package.json')).toBeUndefined();
    expect(seaBuild()).toBeUndefined();
    expect(versionLine()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
