// govcat web -o FILE: the built CLI writes the checker page, byte for byte the one npm run build made.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_STACK, ROOT, govcat } from '../cli/run.js';

const work = mkdtempSync(join(tmpdir(), 'govcat-web-cmd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const built = () => readFileSync(join(ROOT, 'dist/web/govcat.html'), 'utf8');

describe('govcat web', () => {
  it('writes the page to -o FILE and says where, in the language asked', () => {
    const out = join(work, 'checker.html');
    const r = govcat(['web', '-o', out, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已写入 ${out}：用浏览器打开即可检查数据目录，无需联网，文件不会离开本机\n`);
    expect(readFileSync(out, 'utf8')).toBe(built());
  });

  it('writes govcat.html in the working folder by default', () => {
    const r = govcat(['web', '--lang', 'en'], { cwd: work });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote govcat.html: open it in a browser to check catalogues, offline; no file leaves the machine\n');
    expect(readFileSync(join(work, 'govcat.html'), 'utf8')).toBe(built());
  });

  it.each([
    [['--lang', 'zh'], '输出文件已存在'],
    [['--lang', 'en'], 'the output already exists'],
  ])('refuses to replace a file without --force (%j): exit 2, a message, no stack', (flags, text) => {
    const out = join(work, 'taken.html');
    writeFileSync(out, 'mine');
    const r = govcat(['web', '-o', out, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(govcat(['web', '-o', out, '--force', ...flags]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(built());
  });
});
