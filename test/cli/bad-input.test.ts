// Every kind of bad input: exit 2, a clear message with a position where there is one, never a stack trace.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { govcat, NO_STACK, ROOT } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'govcat-bad-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(',')}]`)].join('\n') + '\n';

// prettier-ignore
const cases: [name: string, args: () => string[], stderr: RegExp, input?: string][] = [
  ['malformed YAML', () => [file('bad.yaml', 'govcat: 1\ncatalogue:\n  id: [unclosed\n')], /bad\.yaml:\d+:\d+: YAML syntax error/],
  ['duplicate keys', () => [file('dup.yaml', 'govcat: 1\ngovcat: 1\n')], /dup\.yaml:2:1: YAML syntax error: the key "govcat" is written twice in one mapping, on lines 1 and 2.*\(duplicated mapping key\)/],
  ['root not a mapping', () => [file('list.yaml', '- a\n- b\n')], /list\.yaml:1:1: the top level must be a mapping/],
  ['empty file', () => [file('empty.yaml', '')], /empty\.yaml:1:1: the file is empty/],
  ['comments only', () => [file('comment.yaml', '# nothing here\n')], /comment\.yaml:1:1: the file is empty/],
  ['multi-document file', () => [file('multi.yaml', 'govcat: 1\n---\ngovcat: 1\n')], /multi\.yaml:2:1: the file holds several YAML documents/],
  ['custom tag', () => [file('tag.yaml', 'govcat: !!js/function "function(){}"\n')], /tag\.yaml:1:9: YAML syntax error: tags starting with "!" .* are not supported.*\(unknown .*tag/],
  ['alias bomb', () => [file('bomb.yaml', bomb)], /bomb\.yaml:\d+:\d+: aliases .* expand to more than/],
  ['10,000-deep nesting', () => [file('deep.yaml', '['.repeat(10_000) + ']'.repeat(10_000) + '\n')], /deep\.yaml:1:\d+: YAML syntax error: nesting/],
  ['GB18030 bytes', () => [file('gb.yaml', Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd5, 0xfe, 0xce, 0xf1, 0xca, 0xfd, 0xbe, 0xdd, 0x0a]))], /gb\.yaml:1:8: not valid UTF-8.*--encoding gb18030/],
  ['UTF-16 file', () => [file('u16.yaml', Buffer.from('\ufeffa: 1\n', 'utf16le'))], /u16\.yaml:1:1: the file is UTF-16 encoded/],
  ['missing file', () => [join(dir, 'nope.yaml')], /nope\.yaml: no such file or directory/],
  ['directory without YAML', () => { mkdirSync(join(dir, 'empty-dir'), { recursive: true }); return [join(dir, 'empty-dir')]; }, /empty-dir: the directory holds no YAML files/],
  ['glob matching nothing', () => [join(dir, 'none-*.yaml')], /no files match this pattern/],
  ['malformed stdin', () => ['-'], /<stdin>:\d+:\d+: YAML syntax error/, '{a: [1,\n'],
];

describe('bad input → exit 2, clear message, no stack', () => {
  it.each(cases)('%s', (_, args, stderr, input) => {
    const r = govcat(['lint', ...args(), '--format', 'json'], { input });
    expect(r.code).toBe(2);
    const text = r.stdout + r.stderr;
    expect(text).toMatch(stderr);
    expect(text).not.toMatch(NO_STACK);
  });

  it('says the same in Chinese', () => {
    const r = govcat(['lint', file('dup2.yaml', 'a: 1\na: 2\n'), '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/dup2\.yaml:2:1.*重复的键/);
  });

  it('an unknown flag is a usage error', () => {
    const r = govcat(['lint', 'samples/catalogue.yaml', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('a wrong --format value is a usage error', () => {
    const r = govcat(['lint', 'samples/catalogue.yaml', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
  });

  it('a wrong --as-of is a usage error', () => {
    const r = govcat(['lint', 'samples/catalogue.yaml', '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of must be a real date/);
  });

  it('an unknown rule in explain is a usage error with a suggestion', () => {
    const r = govcat(['explain', 'share-type-vaild']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "share-type-vaild"; did you mean "share-type-valid"/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('a UTF-8 BOM is accepted and positions stay right', () => {
    const r = govcat(['lint', file('bom.yaml', '\ufeffgovcat: 1\ngovcat: 2\n'), '--format', 'json']);
    expect(r.stdout + r.stderr).toMatch(/bom\.yaml:2:1/);
  });

  it('GB18030 input is read with --encoding gb18030', () => {
    const text = 'govcat: 1\ncatalogue:\n  title: 政务数据目录\n';
    const bytes = Buffer.from(new TextEncoder().encode(text));
    const gb = file('gb-ok.yaml', Buffer.from(iconv(text)));
    expect(bytes.length).toBeGreaterThan(0);
    const r = govcat(['lint', gb, '--encoding', 'gb18030', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].fatal).toBeUndefined();
  });
});

/** GB18030 encoding of the few CJK characters used above (TextEncoder only does UTF-8). */
function iconv(text: string): number[] {
  const table: Record<string, number[]> = { 政: [0xd5, 0xfe], 务: [0xce, 0xf1], 数: [0xca, 0xfd], 据: [0xbe, 0xdd], 目: [0xc4, 0xbf], 录: [0xc2, 0xbc] };
  return [...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]);
}

describe('streams', () => {
  it('a reader that closes early (| head) gets no stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('bash', ['-c', `node bin/govcat.js lint samples/ --as-of 2026-06-01 | head -c 10 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('stdin that is a terminal', () => {
  it('`govcat lint -` at a terminal says so and exits 2 instead of waiting', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('this test needs tmux (apt-get install -y tmux)');
    const dir = mkdtempSync(join(tmpdir(), 'govcat-tty-'));
    const socket = join(dir, 'sock');
    const cmd = `${process.execPath} ${join(ROOT, 'bin/govcat.js')} lint - > ${join(dir, 'err')} 2>&1; echo $? > ${join(dir, 'rc')}`;
    spawnSync('tmux', ['-S', socket, 'new-session', '-d', '-x', '120', '-y', '20', cmd]);
    for (let i = 0; i < 100 && !existsSync(join(dir, 'rc')); i++) await new Promise((r) => setTimeout(r, 100));
    spawnSync('tmux', ['-S', socket, 'kill-server']);
    expect(readFileSync(join(dir, 'rc'), 'utf8').trim()).toBe('2');
    expect(readFileSync(join(dir, 'err'), 'utf8')).toMatch(/standard input is a terminal/);
  });
});
