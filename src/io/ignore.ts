// What a run leaves out: .govcatignore (gitignore syntax, in the folder of the config in force, else the working
// directory) and --ignore-pattern (the same syntax, relative to the working directory).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Bilingual } from '../core/types.js';

export const IGNORE_FILE = '.govcatignore';

export interface IgnoreRules {
  /** The .govcatignore in force (absolute), if there is one. */
  file?: string;
  /** The folder its patterns are relative to. */
  root: string;
  /** --ignore-pattern values. */
  patterns: string[];
  /** Why a file is left out, or undefined when it is not. */
  why(file: string): Bilingual | undefined;
}

export function loadIgnore(root: string, patterns: readonly string[], cwd = process.cwd()): IgnoreRules {
  const file = join(root, IGNORE_FILE);
  const fromFile = existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : undefined;
  const fromFlags = patterns.length ? ignore().add([...patterns]) : undefined;
  return {
    ...(fromFile ? { file } : {}),
    root,
    patterns: [...patterns],
    why(f: string) {
      if (f === '-') return undefined;
      const abs = resolve(cwd, f);
      if (fromFile && _ignores(fromFile, root, abs)) return { zh: `已按 ${IGNORE_FILE} 忽略`, en: `ignored by ${IGNORE_FILE}` };
      if (fromFlags && _ignores(fromFlags, cwd, abs)) return { zh: '已按 --ignore-pattern 忽略', en: 'ignored by --ignore-pattern' };
      return undefined;
    },
  };
}

// --- internal ---

/** The ignore package takes relative POSIX paths only: a file outside the root is never ignored by it. */
function _ignores(ig: Ignore, root: string, abs: string): boolean {
  const rel = relative(root, abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(rel.split(sep).join('/'));
}
