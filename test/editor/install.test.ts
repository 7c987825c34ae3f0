// govcat schema --install and the modeline govcat init writes: the editor schemas in a per-user folder, named by an
// absolute path, so a catalogue moved to another folder still finds its schema in yaml-language-server.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaHome, modelineRef } from '../../src/cli/commands/schema.js';
import { govcat, NO_STACK, ROOT } from '../cli/run.js';
import { YamlLanguageServer } from './lsp.js';

const INIT = [
  '--department-name', '北京市市场监督管理局', '--department-code', '11110000MB1957J40W', '--level', 'provincial', '--region', '110000',
  '--compiled-at', '2026-03-02', '--confidentiality-date', '2026-02-24', '--confidentiality-conclusion', '通过',
  '--approver', '王建国', '--approver-title', '局长', '--approval-date', '2026-03-04',
];
const temp = () => mkdtempSync(join(tmpdir(), 'govcat-install-'));
const shipped = (name: string) => readFileSync(join(ROOT, 'schemas', name), 'utf8');

let server: YamlLanguageServer;

beforeAll(async () => {
  server = await YamlLanguageServer.start(tmpdir(), {});
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

/** Keys yaml-language-server offers in the header of `text`, opened as `file` (only with the schema loaded). */
async function headerKeys(file: string, text: string): Promise<string[]> {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l === 'catalogue:') + 1;
  const probe = [...lines.slice(0, at), '  ', ...lines.slice(at)].join('\n');
  return (await server.complete(file, probe, at, 2)).map((i) => i.label);
}

describe('govcat schema --install', () => {
  it('writes both editor schemas, prints the modeline and the yaml.schemas setting, and is idempotent', () => {
    const dir = join(temp(), 'nested', 'schemas');
    const first = govcat(['schema', '--install', dir]);
    expect(first.code).toBe(0);
    for (const name of ['catalogue.schema.json', 'catalogue.zh.schema.json']) expect(readFileSync(join(dir, name), 'utf8')).toBe(shipped(name));
    expect(first.stdout).toContain(`wrote      ${join(dir, 'catalogue.schema.json')}`);
    expect(first.stdout).toContain(`# yaml-language-server: $schema=${join(dir, 'catalogue.schema.json')}\n`);
    expect(first.stdout).toContain(`# yaml-language-server: $schema=${join(dir, 'catalogue.zh.schema.json')}\n`);
    const settings = JSON.parse(/\{\n {2}"yaml\.schemas"[\s\S]*?\n\}/.exec(first.stdout)![0]);
    expect(settings['yaml.schemas']).toEqual({ [join(dir, 'catalogue.schema.json')]: ['*catalogue*.yaml'], [join(dir, 'catalogue.zh.schema.json')]: ['*目录*.yaml'] });

    const mtime = statSync(join(dir, 'catalogue.schema.json')).mtimeMs;
    const again = govcat(['schema', '--install', dir, '--lang', 'zh']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`已是最新，未改动  ${join(dir, 'catalogue.schema.json')}`);
    expect(statSync(join(dir, 'catalogue.schema.json')).mtimeMs).toBe(mtime);

    // A stale copy (an older govcat's) is brought up to date.
    writeFileSync(join(dir, 'catalogue.zh.schema.json'), '{}');
    expect(govcat(['schema', '--install', dir]).stdout).toMatch(/unchanged {2}.*catalogue\.schema\.json\nwrote {6}.*catalogue\.zh\.schema\.json/);
    expect(readFileSync(join(dir, 'catalogue.zh.schema.json'), 'utf8')).toBe(shipped('catalogue.zh.schema.json'));
  });

  it('without a folder: the per-user one ($XDG_DATA_HOME/govcat/schemas, ~/.local/share, %LOCALAPPDATA% on Windows)', () => {
    const data = temp();
    const r = govcat(['schema', '--install'], { env: { XDG_DATA_HOME: data } });
    expect(r.code).toBe(0);
    expect(readFileSync(join(data, 'govcat', 'schemas', 'catalogue.schema.json'), 'utf8')).toBe(shipped('catalogue.schema.json'));
    expect(schemaHome({ XDG_DATA_HOME: '/x/data' }, 'linux')).toBe('/x/data/govcat/schemas');
    expect(schemaHome({ HOME: '/home/u', XDG_DATA_HOME: 'relative' }, 'linux')).toMatch(/\.local\/share\/govcat\/schemas$/);
    expect(schemaHome({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toMatch(/AppData.Local.govcat.schemas$/);
    // A modeline ends at a space: such a path is written as a file: URL.
    expect(modelineRef('/home/u/.local/share/govcat/schemas/catalogue.schema.json')).toBe('/home/u/.local/share/govcat/schemas/catalogue.schema.json');
    expect(modelineRef('/Users/u/Application Support/catalogue.schema.json')).toBe('file:///Users/u/Application%20Support/catalogue.schema.json');
  });

  it.each<[string, (base: string) => string, RegExp, RegExp]>([
    ['a file', (base) => { writeFileSync(join(base, 'f'), ''); return join(base, 'f'); }, /不是目录，无法安装模式文件/, /is not a folder; cannot install the schemas there/],
    ['a folder under a file', (base) => { writeFileSync(join(base, 'f'), ''); return join(base, 'f', 'schemas'); }, /无法创建目录 .*（ENOTDIR）/, /cannot create the folder .* \(ENOTDIR\)/],
    ['empty', () => '', /--install 的目录不能为空/, /--install: the folder must not be empty/],
  ])('a bad folder (%s): a message in either language, exit 2, no stack trace', (_name, make, zh, en) => {
    const base = temp();
    const target = make(base);
    for (const [lang, text] of [['zh', zh], ['en', en]] as const) {
      const r = govcat(['schema', '--install', target, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(text);
      expect(r.stderr).not.toMatch(NO_STACK);
      expect(r.stdout).toBe('');
    }
  });
});

describe('the modeline govcat init writes', () => {
  it('names the per-user copy by its absolute path, and still resolves after the catalogue is moved', async () => {
    const data = temp();
    const work = temp();
    const r = govcat(['init', 'c.yaml', ...INIT], { cwd: work, env: { XDG_DATA_HOME: data } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const installed = join(data, 'govcat', 'schemas', 'catalogue.schema.json');
    expect(readFileSync(installed, 'utf8')).toBe(shipped('catalogue.schema.json'));
    const text = readFileSync(join(work, 'c.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${installed}`);

    // Moved (and renamed) into another folder, deeper down: the editor still loads the schema.
    const elsewhere = join(temp(), 'a', 'b');
    mkdirSync(elsewhere, { recursive: true });
    renameSync(join(work, 'c.yaml'), join(elsewhere, '2026目录.yaml'));
    const moved = readFileSync(join(elsewhere, '2026目录.yaml'), 'utf8');
    // Completion offers the header fields not written yet: only with the schema loaded.
    expect(await headerKeys(join(elsewhere, '2026目录.yaml'), moved)).toEqual(expect.arrayContaining(['change_events', 'terminations', 'review']));
    const diagnostics = (await server.diagnose([{ path: join(elsewhere, '2026目录.yaml'), text: moved }])).get(join(elsewhere, '2026目录.yaml'))!;
    expect(diagnostics).toEqual([]);
    expect(govcat(['lint', join(elsewhere, '2026目录.yaml')]).code).toBe(0);

    // The old relative modeline, moved the same way, names nothing: the probe tells the two apart.
    const relative = moved.replace(/^# yaml-language-server: \$schema=\S+/, '# yaml-language-server: $schema=../schemas/catalogue.schema.json');
    expect(await headerKeys(join(elsewhere, 'old.yaml'), relative)).not.toContain('terminations');
  });

  it('where the per-user folder cannot be written: the relative path as before, and a note saying so', () => {
    const blocked = join(temp(), 'file');
    writeFileSync(blocked, '');
    const work = temp();
    const r = govcat(['init', 'c.yaml', ...INIT, '--lang', 'en'], { cwd: work, env: { XDG_DATA_HOME: blocked } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: could not install the editor schemas in');
    expect(readFileSync(join(work, 'c.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.?\/\S*schemas\/catalogue\.schema\.json\n/);
  });

  it('govcat import names the per-user copy too', () => {
    const data = temp();
    const work = temp();
    const csv = join(work, 'c.csv');
    writeFileSync(csv, '数据目录名称,数据项,提供单位,数据格式,数据更新频率,共享属性,共享方式,使用条件,数据分类,数据分级\n企业登记信息,统一社会信用代码,某局,数据库表,每日,无条件共享,服务接口,无,市场监管,一般\n');
    const r = govcat(['import', csv, '-o', join(work, 'c.yaml'), '--keep-going'], { cwd: work, env: { XDG_DATA_HOME: data } });
    expect(r.code, r.stderr).not.toBe(2);
    expect(readFileSync(join(work, 'c.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${join(data, 'govcat', 'schemas', 'catalogue.schema.json')}`);
  });
});
