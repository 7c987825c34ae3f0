// Problems in a file the user wrote (a config, a profile file), all reported at once with their positions.
import { isAbsolute, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { LoadedDocument } from '../core/load.js';
import type { Bilingual, Path } from '../core/types.js';

export interface FileProblem extends Bilingual {
  path: Path;
  /** Point at the key rather than the value. */
  key?: boolean;
}

/** A path as the user best recognises it: relative to the working directory when inside it. */
export function shownPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** One error for all the problems of a file, each on its own line with its position. */
export function problemsError(file: string, doc: LoadedDocument, problems: readonly FileProblem[]): InputError {
  const [first, ...rest] = problems.map((p) => ({ ...p, at: doc.locate(p.path, { key: p.key }) }));
  const more = (lang: 'zh' | 'en') => rest.map((p) => `\n${file}:${p.at.line}:${p.at.column}: ${p[lang]}`).join('');
  return new InputError(file, { zh: first.zh + more('zh'), en: first.en + more('en') }, first.at.line, first.at.column);
}

/** An error at one node of a file. */
export function errorAt(file: string, doc: LoadedDocument, path: Path, text: Bilingual): InputError {
  const at = doc.locate(path);
  return new InputError(file, text, at.line, at.column);
}
