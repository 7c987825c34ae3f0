// Turns command-line operands (files, directories, globs, -) into catalogue sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { decodeSource, type Encoding } from '../core/decode.js';
import { InputError } from '../core/errors.js';
import type { Bilingual } from '../core/types.js';

export const STDIN = '-';
const YAML_FILE = /\.ya?ml$/i;
/** Never catalogues: skipped inside directories and globs unless the pattern names them (`vendor/node_modules/x/*.yaml`). */
const SKIP_DIRS = ['node_modules', 'dist'];
const GLOB_MAGIC = /[*?[{]/;

export interface ExpandOptions {
  /** Told about an operand that is skipped on purpose (govcat's own config file, or an ignored file, named explicitly). */
  onSkip?: (file: string, why: Bilingual) => void;
  /** Why a file is left out (.govcatignore, --ignore-pattern): silently inside directories and globs, with onSkip when named. */
  ignored?: (file: string) => Bilingual | undefined;
}

/**
 * Files to lint or format, in a stable order. Named files are taken as they are (hidden ones too); directories recurse
 * over *.yaml / *.yml but skip hidden files and folders (`.git`, `.github/workflows`), node_modules and dist; quoted
 * globs follow the shell convention that `*` and `**` match no hidden name unless the pattern spells out the dot.
 * govcat.config.yaml / .yml is never a catalogue: skipped silently inside directories and globs, with a note when named.
 */
export function expandOperands(operands: readonly string[], cwd = process.cwd(), { onSkip, ignored }: ExpandOptions = {}): string[] {
  const out: string[] = [];
  const kept = (files: string[]) => (ignored ? files.filter((f) => !ignored(f)) : files);
  for (const op of operands) {
    if (op === STDIN) out.push(STDIN);
    else if (isGlobOperand(op, cwd)) out.push(...kept(_glob(op, cwd)));
    else if (!_stat(resolve(cwd, op), op).isDirectory()) {
      const why = isConfigFile(op) ? CONFIG_SKIPPED : ignored?.(op);
      if (why) onSkip?.(op, why);
      else out.push(op);
    } else out.push(...kept(_directory(op, cwd)));
  }
  return [...new Set(out)];
}

/** The size of a YAML operand, to plan work by; 0 for stdin, a spreadsheet or a file that cannot be read (reported when read). */
export function yamlBytes(file: string): number {
  if (file === STDIN || isSpreadsheet(file)) return 0;
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Operands lint reads as spreadsheets (old .xls/.et are refused there with a message saying to save as .xlsx). */
export function isSpreadsheet(file: string): boolean {
  return /\.(xlsx|xlsm|csv|xls|et)$/i.test(file);
}

/** govcat.config.yaml / govcat.config.yml (the names io/config.ts looks for), in any folder. */
export function isConfigFile(path: string): boolean {
  return /^govcat\.config\.ya?ml$/.test(path.split(/[\\/]/).pop() ?? '');
}

/** An operand with glob characters that names no existing path (quoted globs in CI configs reach us unexpanded). */
export function isGlobOperand(op: string, cwd = process.cwd()): boolean {
  return GLOB_MAGIC.test(op) && !_exists(resolve(cwd, op));
}

/**
 * Paths matching a glob (picomatch syntax through tinyglobby: `*`, `?`, `**`, `[…]`, `{a,b}`), sorted, relative as the
 * pattern is; with `directories`, directories match too (bag directories for `govcat verify`). Hidden names match only
 * where the pattern spells out the dot; symbolic links are not followed. No match gives an empty list.
 */
export function globPaths(pattern: string, cwd = process.cwd(), { directories = false, dot = false } = {}): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => GLOB_MAGIC.test(p));
  // The literal head is the search root, so the results keep the form the user typed (relative, ../, absolute).
  const base = firstMagic === 1 && parts[0] === '' ? '/' : parts.slice(0, firstMagic).join('/');
  const rest = parts.slice(firstMagic).join('/');
  const root = resolve(cwd, base || '.');
  if (!_exists(root)) return [];
  // tinyglobby 0.2.17 does not enter a hidden folder spelled out after `**/` at the search root (`**/.github/*.yml`
  // finds nothing): such patterns crawl hidden folders too and picomatch, which gets them right, picks the matches.
  const spelledDot = !dot && rest.split('/').some((s) => /^\.[^./]/.test(s));
  let hits = globSync(rest, {
    cwd: root,
    dot: dot || spelledDot,
    onlyFiles: !directories,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: [...SKIP_DIRS, ...(spelledDot ? ['.git'] : [])].filter((d) => !rest.split('/').includes(d)).map((d) => `**/${d}/**`),
  });
  if (spelledDot) {
    const isMatch = picomatch(rest);
    hits = hits.filter((h) => isMatch(h.replace(/\/$/, '')));
  }
  const prefix = base === '' ? '' : base.endsWith('/') ? base : `${base}/`;
  return hits.map((h) => prefix + h.replace(/\/$/, '')).sort(_byPath);
}

export function readSource(file: string, encoding: Encoding = 'utf-8'): string {
  let bytes: Buffer;
  if (file === STDIN && process.stdin.isTTY) {
    // Reading a terminal would wait for typing; CI and editors always pipe.
    throw new InputError('<stdin>', { zh: '标准输入是终端，没有可读取的目录；请用管道或重定向提供文件（例如 govcat lint - < catalogue.yaml）', en: 'standard input is a terminal, not a catalogue; pipe or redirect one (e.g. govcat lint - < catalogue.yaml)' });
  }
  try {
    bytes = file === STDIN ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    throw _fsError(file, e);
  }
  return decodeSource(bytes, file === STDIN ? '<stdin>' : file, encoding);
}

// --- internal ---

const CONFIG_SKIPPED: Bilingual = {
  zh: '这是 govcat 的配置文件，不是数据目录，已跳过',
  en: "this is govcat's config file, not a catalogue; skipped",
};

function _exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function _stat(p: string, shown: string) {
  try {
    return statSync(p);
  } catch (e) {
    throw _fsError(shown, e);
  }
}

function _fsError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, { zh: '文件不存在', en: 'no such file or directory' });
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, { zh: '没有读取权限', en: 'permission denied' });
  if (code === 'EISDIR') return new InputError(file, { zh: '这是一个目录，不是文件', en: 'is a directory, not a file' });
  return new InputError(file, { zh: `无法读取（${code ?? String(e)}）`, en: `cannot be read (${code ?? String(e)})` });
}

/** The catalogues under a directory named on the command line (the directory itself may be hidden: it was named). */
function _directory(dir: string, cwd: string): string[] {
  const root = resolve(cwd, dir);
  const found = _outsideBags(globPaths('**/*', root).filter((f) => YAML_FILE.test(f) && !isConfigFile(f) && !_isKeyRegistry(root, f)), root);
  if (!found.length) {
    throw new InputError(dir, {
      zh: '文件夹中没有 YAML 文件（*.yaml、*.yml；隐藏文件和文件夹、node_modules、dist、govcat.config.yaml 及报送包（BagIt）不在其列）',
      en: 'the directory holds no YAML files (*.yaml, *.yml; hidden files and folders, node_modules, dist, govcat.config.yaml and submission packages (BagIt bags) are skipped)',
    });
  }
  return found.map((f) => join(dir, f));
}

/** keys.yaml beside public keys is the key registry of `govcat verify --keys`, not a catalogue: found, it is skipped. */
function _isKeyRegistry(root: string, f: string): boolean {
  if (f.split('/').pop() !== 'keys.yaml') return false;
  const dir = join(root, f, '..');
  try {
    return readdirSync(dir).some((n) => n.endsWith('.pub'));
  } catch {
    return false;
  }
}

/** A submission package (a BagIt bag: a folder with bagit.txt) is checked by govcat verify, not linted file by file. */
function _outsideBags(files: string[], root: string): string[] {
  const bags = new Set<string>();
  const inBag = (f: string) => {
    for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
      const dir = f.slice(0, i);
      if (bags.has(dir) || existsSync(join(root, dir, 'bagit.txt'))) return bags.add(dir), true;
    }
    return false;
  };
  return files.filter((f) => !inBag(f));
}

function _glob(pattern: string, cwd: string): string[] {
  const hits = _outsideBags(globPaths(pattern, cwd).filter((f) => !isConfigFile(f) && !_isKeyRegistry(cwd, f)), cwd);
  if (hits.length) return hits;
  // Say why a pattern found nothing when only hidden files match it, rather than leave the user guessing.
  const hidden = globPaths(pattern, cwd, { dot: true }).some((f) => !isConfigFile(f));
  throw new InputError(pattern, hidden
    ? { zh: '没有与该模式匹配的文件（* 和 ** 不匹配以“.”开头的隐藏文件和文件夹；如需检查，请在模式中写出，例如 ".github/**/*.yml"）', en: 'no files match this pattern (* and ** match no hidden files or folders, whose names start with "."; spell the dot out to include them, e.g. ".github/**/*.yml")' }
    : { zh: '没有与该模式匹配的文件', en: 'no files match this pattern' });
}

/** Sorted as a directory listing reads: folder by folder, names in code-point order. */
function _byPath(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}
