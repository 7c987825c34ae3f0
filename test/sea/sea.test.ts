// The single executable (`npm run sea`) as a department's IT meets it: one file copied into an empty folder and run
// with an empty environment (no node on PATH, no node_modules anywhere near): lint, package, verify in worker threads,
// explain quoting the law, the checker page, the wizard at a terminal, plugins, and --version naming the build. Built
// once here, by scripts/sea.mjs as `npm run sea` does (about 20 s of the file's 30 s here).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_TMUX, Tty } from '../authoring/wizard-tty.js';
import { govcat, NO_STACK, ROOT } from '../cli/run.js';

// Node's SEA exists for these platforms, in a node built with it; elsewhere there is nothing to build.
const UNSUPPORTED = !process.config.variables.single_executable_application
  ? `this node (${process.version}) was built without single executable application support`
  : !['linux', 'darwin', 'win32'].includes(process.platform) ? `Node has no single executable applications on ${process.platform}` : undefined;
const EXE = process.platform === 'win32' ? 'govcat.exe' : 'govcat';

let work = '';
const folders: string[] = [];

/** A new empty folder holding only the executable (and the files named, copied from the repository). */
function emptyFolder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-sea-'));
  folders.push(dir);
  copyFileSync(join(ROOT, 'dist/sea', EXE), join(dir, EXE));
  chmodSync(join(dir, EXE), 0o755);
  for (const [to, from] of Object.entries(files)) cpSync(join(ROOT, from), join(dir, to), { recursive: true });
  return dir;
}

/** `env -i ./govcat ARGS` in `cwd`: nothing in the environment but what is given. */
function sea(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(join(cwd, EXE), args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(UNSUPPORTED)('the single executable', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['scripts/sea.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`npm run sea failed (exit ${r.status}):\n${r.stderr}`);
    work = emptyFolder({ 'catalogue.yaml': 'samples/catalogue.yaml' });
  }, 300_000);
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('says which build it is', () => {
    const r = sea(['--version'], work);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')} \\(single executable, node ${process.version}, ${process.platform}-${process.arch}, git [0-9a-f]{12}(-dirty)?\\)$`));
    // The npm build's --version stays the plain version.
    expect(govcat(['--version']).stdout).toBe(`${version}\n`);
  });

  it('lints a catalogue from an empty folder with an empty environment: exit 0', () => {
    const r = sea(['lint', 'catalogue.yaml'], work);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });

  it('finds what the npm build finds, also with --jobs 2 in worker threads', () => {
    const dir = emptyFolder({ 'v.yaml': 'samples/violations.yaml', 'c1.yaml': 'samples/catalogue.yaml', 'c2.yaml': 'samples/catalogue.yaml' });
    const args = ['lint', '.', '-f', 'json', '--as-of', '2026-03-10'];
    const npm = govcat(args, { cwd: dir });
    expect(npm.code).toBe(1);
    for (const jobs of ['1', '2']) {
      const r = sea([...args, '--jobs', jobs], dir);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(npm.stdout);
      expect(r.code).toBe(1);
    }
  });

  it('packages two catalogues and verifies them with --jobs 2, each in a worker thread, leaving no file behind', () => {
    const dir = emptyFolder({ 'catalogue.yaml': 'samples/catalogue.yaml' });
    writeFileSync(join(dir, 'next.yaml'), readFileSync(join(dir, 'catalogue.yaml'), 'utf8').replace('  version: "2026.2"', '  version: "2026.3"'));
    expect(sea(['package', 'catalogue.yaml', '-o', 'a.zip', '--date', '2026-03-06'], dir).code).toBe(0);
    expect(sea(['package', 'next.yaml', '-o', 'b.tar.gz', '--date', '2026-03-06'], dir).code).toBe(0);
    const temp = join(dir, 'tmp');
    mkdirSync(temp);
    const args = ['verify', 'a.zip', 'b.tar.gz', '--jobs', '2', '--as-of', '2026-03-10', '-f', 'json'];
    const r = sea(args, dir, { TMPDIR: temp });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.bundles.map((b: { status: string }) => b.status)).toEqual(['passed', 'passed']);
    expect(r.stdout).toBe(govcat(args, { cwd: dir }).stdout);
    // The worker entries were written into a private folder under TMPDIR, removed on exit.
    expect(readdirSync(temp)).toEqual([]);
    const table = sea(['verify', 'a.zip', 'b.tar.gz', '--jobs', '2', '--as-of', '2026-03-10'], dir);
    expect(table.stdout).toContain('2 bundles: 2 passed, 0 failed');
    // The HTML report, its style and charts inside, the same as the npm package writes.
    const html = ['verify', 'a.zip', 'b.tar.gz', '--as-of', '2026-03-10', '--format', 'html', '-o', 'r.html', '--lang', 'zh'];
    expect(sea(html, dir).code).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain('<style>');
    expect(govcat([...html.slice(0, -4), '-o', 'npm.html', '--lang', 'zh'], { cwd: dir }).code).toBe(0);
    expect(page).toBe(readFileSync(join(dir, 'npm.html'), 'utf8'));
  });

  it('says what is wrong when its worker threads cannot be written (exit 2, both languages, no stack)', () => {
    const dir = emptyFolder({ 'a.zip': 'samples/bundles/01-valid.zip' });
    const temp = join(dir, 'missing');
    const en = sea(['verify', 'a.zip'], dir, { TMPDIR: temp });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`govcat: cannot write the worker threads' code into the temporary folder ${temp} (ENOENT); set TMPDIR to a writable folder\n`);
    const zh = sea(['verify', 'a.zip'], dir, { TMPDIR: temp, LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`govcat: 无法在临时目录 ${temp} 中写入工作线程的代码（ENOENT）；请将 TMPDIR 设为可写的目录\n`);
    expect(en.stderr + zh.stderr).not.toMatch(NO_STACK);
  });

  it('explains a rule in Chinese, quoting the article from the embedded law text', () => {
    const r = sea(['explain', 'approval-required'], work, { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('《政务数据共享条例》 第十三条第一款');
    expect(r.stdout).toContain('│ 第十三条 政府部门编制政务数据目录,应当依法开展保密风险、个人信息保护影响等评估,并经部门负责人审核同意。');
    expect(r.stdout).not.toContain('未找到条文');
    expect(sea(['explain', 'approval-required', '--lang', 'zh'], work).stdout).toBe(r.stdout);
  });

  it('prints the embedded schemas, the same as the npm package', () => {
    for (const keys of ['en', 'zh']) {
      const r = sea(['schema', '--keys', keys], work);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, `schemas/catalogue${keys === 'zh' ? '.zh' : ''}.schema.json`), 'utf8'));
    }
  });

  it('writes the checker page it embeds, the same as the npm build\'s', () => {
    const r = sea(['web', '-o', 'checker.html', '--lang', 'en'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote checker.html: open it in a browser to check catalogues, offline; no file leaves the machine\n');
    expect(readFileSync(join(work, 'checker.html'), 'utf8')).toBe(readFileSync(join(ROOT, 'dist/web/govcat.html'), 'utf8'));
  });

  it('loads plugins: from the config (import() of a file from the embedded script)', () => {
    const dir = emptyFolder({ 'cat.yaml': 'samples/catalogue.yaml' });
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'govcat.config.yaml'), 'plugins: [./rules/title.mjs]\n');
    writeFileSync(join(dir, 'rules/title.mjs'), `export default [{
  id: 'local/title', articles: [{ source: 'decree-809', article: 13, paragraph: 2 }], severity: 'warning',
  docs: { summary: { zh: '标题以“北京”开头', en: 'Titles start with 北京' }, details: { zh: '便于汇总。', en: 'For the city.' } },
  messages: { prefix: { zh: '标题应以“北京”开头', en: 'the title should start with 北京' } },
  examples: { pass: { at: 'catalogue', yaml: 'title: 北京某局' }, fail: { at: 'catalogue', yaml: 'title: 某局' } },
  check({ catalogue, report }) {
    if (!String(catalogue.header.title).startsWith('北京')) report({ messageId: 'prefix', path: ['catalogue', 'title'] });
  },
}];\n`);
    writeFileSync(join(dir, 'cat.yaml'), readFileSync(join(dir, 'cat.yaml'), 'utf8').replace('  title: 北京市', '  title: '));
    const r = sea(['lint', 'cat.yaml', '-f', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['local/title']);
  });

  it('starts the wizards: init --help, and without a terminal the missing answers listed (exit 2)', () => {
    const help = sea(['init', '--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: govcat init [options] [file]');
    const r = sea(['init', 'new.yaml', '--lang', 'en'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal, so govcat init asks nothing');
  });

  it.skipIf(!HAS_TMUX)('asks at a terminal (the prompts inside the executable), and Ctrl+C cancels', async () => {
    const dir = emptyFolder();
    const t = new Tty(['init', '--lang', 'zh'], { cwd: dir, command: [join(dir, EXE)] });
    try {
      await t.answer('编制部门名称', '北京市市场监督管理局');
      await t.prompt('统一社会信用代码');
      t.keys('C-c');
      expect(await t.exit()).toBe(130);
      expect(t.screen()).toContain('已取消，未写入任何文件');
    } finally {
      t.kill();
    }
  }, 60_000);
});

if (UNSUPPORTED) it.skip(`the single executable cannot be built here: ${UNSUPPORTED}`, () => {});
