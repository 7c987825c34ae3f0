// govcat schema: the catalogue JSON Schema, for editors (yaml-language-server) and other tools. --install copies the
// editor schemas into a per-user folder, so the modeline govcat init writes names a file that stays put while the
// catalogues move (a relative path breaks with the first move, an https URL needs the network).
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../../core/errors.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';
import { readResource } from '../paths.js';
import type { Locale } from '../../core/types.js';

const FILES = { en: 'catalogue.schema.json', zh: 'catalogue.zh.schema.json' } as const;

export interface SchemaFlags {
  /** en: the canonical English keys; zh: Chinese keys, synonyms and flat forms accepted too. */
  keys?: 'en' | 'zh';
  /** Copy the editor schemas into this folder, or (true) into the per-user one. */
  install?: string | true;
  lang?: string;
}

export async function runSchema(opts: SchemaFlags = {}): Promise<number> {
  if (opts.install === undefined) {
    process.stdout.write(readResource(`schemas/${FILES[opts.keys ?? 'en']}`));
    return 0;
  }
  const locale = detectLocale(opts.lang);
  if (opts.install === '') throw new UsageError({ zh: '--install 的目录不能为空', en: '--install: the folder must not be empty' });
  const dir = opts.install === true ? schemaHome() : resolve(opts.install);
  process.stdout.write(_report(installSchemas(dir), dir, locale));
  return 0;
}

/**
 * The per-user folder the editor schemas are installed in: $XDG_DATA_HOME/govcat/schemas (~/.local/share/govcat/schemas
 * when unset), on Windows %LOCALAPPDATA%\govcat\schemas.
 */
export function schemaHome(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, 'govcat', 'schemas');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'govcat', 'schemas');
  return join(homedir(), '.local', 'share', 'govcat', 'schemas');
}

/** Writes the editor schemas into `dir` (made when missing), each only when it differs from what is there. */
export function installSchemas(dir: string): { file: string; keys: 'en' | 'zh'; written: boolean }[] {
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError({ zh: `${dir} 不是目录，无法安装模式文件`, en: `${dir} is not a folder; cannot install the schemas there` });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (made) {
      const code = (made as NodeJS.ErrnoException).code ?? String(made);
      throw new UsageError({ zh: `无法创建目录 ${dir}（${code}）`, en: `cannot create the folder ${dir} (${code})` });
    }
  }
  return (Object.keys(FILES) as ('en' | 'zh')[]).map((keys) => {
    const file = join(dir, FILES[keys]);
    const text = readResource(`schemas/${FILES[keys]}`);
    let old: string | undefined;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // not installed yet
    }
    if (old === text) return { file, keys, written: false };
    // A folder that cannot be written: writeAtomic's bilingual error, exit 2.
    writeAtomic(file, text);
    return { file, keys, written: true };
  });
}

/** How a modeline names a schema file: its absolute path, or a file: URL when the path holds a space (a modeline ends there). */
export function modelineRef(file: string): string {
  return /[\s#%]/.test(file) ? pathToFileURL(file).href : file;
}

/**
 * The schema a new catalogue's modeline names: the installed copy in the per-user folder (installed or brought up to
 * date first), which survives moving the catalogue; undefined when that folder cannot be written.
 */
export function installedSchemaRef(keys: 'en' | 'zh' = 'en'): string | undefined {
  try {
    return modelineRef(installSchemas(schemaHome()).find((s) => s.keys === keys)!.file);
  } catch {
    return undefined;
  }
}

// --- internal ---

function _report(files: { file: string; keys: 'en' | 'zh'; written: boolean }[], dir: string, locale: Locale): string {
  const en = files.find((f) => f.keys === 'en')!.file;
  const zh = files.find((f) => f.keys === 'zh')!.file;
  const settings = ['{', '  "yaml.schemas": {', `    ${JSON.stringify(en)}: ["*catalogue*.yaml"],`, `    ${JSON.stringify(zh)}: ["*目录*.yaml"]`, '  }', '}'].join('\n');
  const line = (f: string) => `# yaml-language-server: $schema=${modelineRef(f)}`;
  const status = files.map((f) => (locale === 'zh' ? `${f.written ? '已写入' : '已是最新，未改动'}  ${f.file}` : `${f.written ? 'wrote    ' : 'unchanged'}  ${f.file}`));
  return locale === 'zh'
    ? [
      `编辑器模式已安装在 ${dir}：`, ...status, '',
      '目录文件的第一行（govcat init 会自动写入；文件移动到别处仍然有效）：', line(en),
      '用中文键名编写的目录：', line(zh), '',
      '没有这一行的目录，可在 VS Code 的 settings.json 中按文件名指定模式：', settings, '',
      '升级 govcat 后请重新运行 govcat schema --install。', '',
    ].join('\n')
    : [
      `Editor schemas installed in ${dir}:`, ...status, '',
      "A catalogue's first line (govcat init writes it; it keeps working when the file moves):", line(en),
      'For a catalogue written with Chinese keys:', line(zh), '',
      "For catalogues without that line, VS Code's settings.json can name the schema by file name:", settings, '',
      'Run govcat schema --install again after upgrading govcat.', '',
    ].join('\n');
}
