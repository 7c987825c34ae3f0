// Turns command-line operands (files, directories, globs, -) into catalogue sources.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { decodeSource, type Encoding } from '../core/decode.js';
import { InputError } from '../core/errors.js';

export const STDIN = '-';
const YAML_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

/** Files to lint, in a stable order; directories recurse over *.yaml / *.yml. */
export function expandOperands(operands: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const op of operands) {
    if (op === STDIN) out.push(STDIN);
    else if (isGlobOperand(op, cwd)) out.push(..._glob(op, cwd));
    else {
      const st = _stat(resolve(cwd, op), op);
      if (!st.isDirectory()) out.push(op);
      else {
        const found = _walk(resolve(cwd, op)).map((f) => join(op, relative(resolve(cwd, op), f)));
        if (!found.length) {
          throw new InputError(op, { zh: '目录中没有 YAML 文件（*.yaml、*.yml）', en: 'the directory holds no YAML files (*.yaml, *.yml)' });
        }
        out.push(...found);
      }
    }
  }
  return [...new Set(out)];
}

/** An operand with glob characters that names no existing path (quoted globs in CI configs reach us unexpanded). */
export function isGlobOperand(op: string, cwd = process.cwd()): boolean {
  return /[*?[{]/.test(op) && !_exists(resolve(cwd, op));
}

/**
 * Paths matching a minimal glob (`*`, `?`, `**`, `{a,b}`), sorted, relative as the pattern is; with `directories`,
 * directories match too (bag directories for `govcat verify`). No match gives an empty list.
 */
export function globPaths(pattern: string, cwd = process.cwd(), { directories = false } = {}): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => /[*?[{]/.test(p));
  const base = parts.slice(0, firstMagic).join('/') || '.';
  const re = new RegExp('^' + _globToRegex(parts.slice(firstMagic).join('/')) + '$');
  const root = resolve(cwd, base);
  if (!_exists(root)) return [];
  const files = _walkAll(root, directories).map((f) => relative(root, f).split(sep).join('/'));
  return files.filter((f) => re.test(f)).map((f) => (base === '.' ? f : `${base}/${f}`));
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

function _walk(dir: string): string[] {
  return _walkAll(dir).filter((p) => YAML_FILE.test(p));
}

function _glob(pattern: string, cwd: string): string[] {
  const hits = globPaths(pattern, cwd);
  if (!hits.length) throw new InputError(pattern, { zh: '没有与该模式匹配的文件', en: 'no files match this pattern' });
  return hits;
}

function _walkAll(dir: string, directories = false): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, d.name);
    if (d.isDirectory() && !SKIP_DIRS.has(d.name)) out.push(...(directories ? [p] : []), ..._walkAll(p, directories));
    else if (d.isFile()) out.push(p);
  }
  return out;
}

function _globToRegex(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += '(?:' + glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
      i = end;
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return re;
}
