// Only catalogues are linted: `govcat lint DIR` and `govcat fmt DIR` pass over workflows, node_modules and the config file.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govcat, NO_STACK, ROOT } from './run.js';

let dir: string;
const WORKFLOW = 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx govcat lint .\n';
const CONFIG = 'profile: national\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govcat-inputs-'));
  mkdirSync(join(dir, 'catalogues'));
  cpSync(join(ROOT, 'samples/catalogue.yaml'), join(dir, 'catalogues/catalogue.yaml'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/ci.yml'), WORKFLOW);
  mkdirSync(join(dir, 'node_modules/some-package'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/some-package/.travis.yml'), 'language: node_js\n');
  writeFileSync(join(dir, 'node_modules/some-package/action.yml'), 'name: x\n');
  writeFileSync(join(dir, 'govcat.config.yaml'), CONFIG);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = (stdout: string) => (JSON.parse(stdout).results as { file: string }[]).map((r) => r.file);

describe('govcat lint DIR', () => {
  it('lints the catalogues only: no workflow, node_modules or config file', () => {
    const r = govcat(['lint', '.', '--format', 'json', '--as-of', '2026-06-01'], { cwd: dir });
    expect(files(r.stdout)).toEqual(['catalogues/catalogue.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('lints a hidden file named explicitly, and one a glob spells out', () => {
    const named = govcat(['lint', '.github/workflows/ci.yml', '--format', 'json'], { cwd: dir });
    expect(files(named.stdout)).toEqual(['.github/workflows/ci.yml']);
    const glob = govcat(['lint', '.github/**/*.yml', '--format', 'json'], { cwd: dir });
    expect(files(glob.stdout)).toEqual(['.github/workflows/ci.yml']);
  });

  it('a glob whose * would only reach hidden files says why it matched nothing', () => {
    const r = govcat(['lint', '**/*.yml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('* and ** match no hidden files or folders');
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(govcat(['lint', '**/*.yml', '--lang', 'zh'], { cwd: dir }).stderr).toContain('* 和 ** 不匹配以“.”开头的隐藏文件和文件夹');
  });

  it('skips govcat.config.yaml named explicitly with a note, the exit code unaffected', () => {
    const r = govcat(['lint', 'govcat.config.yaml', 'catalogues/catalogue.yaml', '--format', 'json', '--as-of', '2026-06-01'], { cwd: dir });
    expect(files(r.stdout)).toEqual(['catalogues/catalogue.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("govcat: govcat.config.yaml: this is govcat's config file, not a catalogue; skipped\n");
    const zh = govcat(['lint', 'govcat.config.yaml', '--lang', 'zh'], { cwd: dir });
    expect(zh.stderr).toContain('govcat: govcat.config.yaml: 这是 govcat 的配置文件，不是数据目录，已跳过');
    expect(zh.code).toBe(0);
  });
});

describe('govcat fmt DIR', () => {
  it('formats the catalogues only and leaves the workflow and the config file alone', () => {
    const r = govcat(['fmt', '.', '--check'], { cwd: dir });
    expect(r.stdout).not.toMatch(/ci\.yml|govcat\.config|node_modules/);
    expect(r.stderr).toMatch(/^(all 1 file is formatted|1 file would be reformatted)/);
    govcat(['fmt', '.', 'govcat.config.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, '.github/workflows/ci.yml'), 'utf8')).toBe(WORKFLOW);
    expect(readFileSync(join(dir, 'govcat.config.yaml'), 'utf8')).toBe(CONFIG);
  });
});
