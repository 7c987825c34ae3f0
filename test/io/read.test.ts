// Operands to catalogue files: what a directory walk takes and skips, what a quoted glob matches, config files named.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { CONFIG_NAMES } from '../../src/io/config.js';
import { expandOperands, globPaths, isConfigFile } from '../../src/io/read.js';
import type { Bilingual } from '../../src/core/types.js';

let dir: string;
const FILES = [
  'repo/a.yaml',
  'repo/b/c.yml',
  'repo/b/D.YAML',
  'repo/b/notes.txt',
  'repo/a-b/e.yaml',
  'repo/.github/workflows/ci.yml',
  'repo/.git/config.yaml',
  'repo/.hidden.yaml',
  'repo/b/.editor-copy.yaml',
  'repo/node_modules/pkg/x.yaml',
  'repo/b/node_modules/pkg/y.yaml',
  'repo/dist/bag/data/catalogue.yaml',
  'repo/govcat.config.yaml',
  'repo/b/govcat.config.yml',
  'hidden-only/.x.yaml',
  'config-only/govcat.config.yaml',
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govcat-read-'));
  for (const f of FILES) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'x: 1\n');
  }
  // A link back up the tree would loop a walk that followed links; links are not followed.
  symlinkSync('..', join(dir, 'repo', 'b', 'up'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expand = (ops: string[]) => expandOperands(ops, dir);

describe('a directory', () => {
  it('takes the YAML files under it, folder by folder in name order', () => {
    expect(expand(['repo'])).toEqual(['repo/a-b/e.yaml', 'repo/a.yaml', 'repo/b/D.YAML', 'repo/b/c.yml']);
  });

  it('skips hidden files and folders (.github/workflows, .git), node_modules, dist and govcat.config.yaml / .yml at any depth', () => {
    const found = expand(['repo']).join('\n');
    for (const skipped of ['.github', '.git', '.hidden', '.editor-copy', 'node_modules', 'dist', 'govcat.config']) expect(found).not.toContain(skipped);
  });

  it('skips keys.yaml beside public keys (verify\'s key registry), and takes a keys.yaml elsewhere', () => {
    for (const f of ['keys-dir/keys/keys.yaml', 'keys-dir/keys/dept.pub', 'keys-dir/other/keys.yaml', 'keys-dir/c.yaml']) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x: 1\n');
    }
    expect(expand(['keys-dir'])).toEqual(['keys-dir/c.yaml', 'keys-dir/other/keys.yaml']);
    expect(expand(['keys-dir/**/*.yaml'])).toEqual(['keys-dir/c.yaml', 'keys-dir/other/keys.yaml']);
    expect(expand(['keys-dir/keys/keys.yaml'])).toEqual(['keys-dir/keys/keys.yaml']);
  });

  it('is walked even when it is hidden itself or inside node_modules: it was named', () => {
    expect(expand(['repo/.github'])).toEqual(['repo/.github/workflows/ci.yml']);
    expect(expand(['repo/node_modules'])).toEqual(['repo/node_modules/pkg/x.yaml']);
  });

  it('holding no catalogue is an input error that says what was skipped', () => {
    for (const d of ['hidden-only', 'config-only']) {
      expect(() => expand([d])).toThrow(InputError);
      expect(() => expand([d])).toThrow(/hidden files and folders, node_modules, dist, govcat\.config\.yaml and submission packages \(BagIt bags\) are skipped/);
    }
  });
});

describe('a file named explicitly', () => {
  it('is taken even when hidden or inside a skipped folder', () => {
    expect(expand(['repo/.github/workflows/ci.yml', 'repo/.hidden.yaml', 'repo/node_modules/pkg/x.yaml', 'repo/b/notes.txt'])).toEqual([
      'repo/.github/workflows/ci.yml', 'repo/.hidden.yaml', 'repo/node_modules/pkg/x.yaml', 'repo/b/notes.txt',
    ]);
  });

  it('is skipped with a note when it is govcat.config.yaml / .yml', () => {
    const notes: [string, Bilingual][] = [];
    const files = expandOperands(['repo/govcat.config.yaml', 'repo/a.yaml', 'repo/b/govcat.config.yml'], dir, { onSkip: (f, why) => notes.push([f, why]) });
    expect(files).toEqual(['repo/a.yaml']);
    expect(notes.map(([f]) => f)).toEqual(['repo/govcat.config.yaml', 'repo/b/govcat.config.yml']);
    expect(notes[0][1]).toEqual({ zh: '这是 govcat 的配置文件，不是数据目录，已跳过', en: "this is govcat's config file, not a catalogue; skipped" });
  });

  it('is a config file under exactly the names the config loader looks for', () => {
    for (const name of CONFIG_NAMES) expect(isConfigFile(`a/b/${name}`) && isConfigFile(name)).toBe(true);
    expect(isConfigFile('govcat.config.json')).toBe(false);
    expect(isConfigFile('my-govcat.config.yaml')).toBe(false);
  });

  it('that does not exist is an input error', () => {
    expect(() => expand(['repo/none.yaml'])).toThrow(/no such file or directory/);
  });
});

describe('a quoted glob', () => {
  it('matches no hidden name with * or ** (the shell convention), nor node_modules, dist or config files', () => {
    expect(expand(['repo/**/*.yml'])).toEqual(['repo/b/c.yml']);
    expect(expand(['repo/**/*.yaml'])).toEqual(['repo/a-b/e.yaml', 'repo/a.yaml']);
  });

  it('matches hidden files and folders the pattern spells out, after ** too', () => {
    expect(expand(['repo/.github/**/*.yml'])).toEqual(['repo/.github/workflows/ci.yml']);
    expect(expand(['repo/**/.github/**/*.yml'])).toEqual(['repo/.github/workflows/ci.yml']);
    expect(expand(['repo/**/.*.yaml'])).toEqual(['repo/.hidden.yaml', 'repo/b/.editor-copy.yaml']);
    expect(expand(['repo/node_modules/**/*.yaml'])).toEqual(['repo/node_modules/pkg/x.yaml']);
  });

  it('keeps the form the user typed: relative, ../ or absolute', () => {
    expect(expandOperands(['../repo/b/*.yml'], join(dir, 'config-only'))).toEqual(['../repo/b/c.yml']);
    expect(expand([`${dir}/repo/*.yaml`])).toEqual([`${dir}/repo/a.yaml`]);
    expect(expand(['./repo/{a,zzz}.yaml'])).toEqual(['./repo/a.yaml']);
  });

  it('matching nothing is an input error, which says so when only hidden files would match', () => {
    expect(() => expand(['repo/*.json'])).toThrow(/^no files match this pattern$/);
    expect(() => expand(['hidden-only/*.yaml'])).toThrow(/\* and \*\* match no hidden files or folders/);
    expect(() => expand(['config-only/*.yaml'])).toThrow(/^no files match this pattern$/);
  });

  it('lists directories without a trailing slash, for govcat verify', () => {
    expect(globPaths('repo/*', dir, { directories: true })).toEqual(['repo/a-b', 'repo/a.yaml', 'repo/b', 'repo/govcat.config.yaml']);
  });
});

it('reads each file once, whichever operands name it', () => {
  expect(expand(['repo/a.yaml', 'repo', 'repo/*.yaml'])).toEqual(['repo/a.yaml', 'repo/a-b/e.yaml', 'repo/b/D.YAML', 'repo/b/c.yml']);
});
