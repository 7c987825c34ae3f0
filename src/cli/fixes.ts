// --fix for govcat lint and govcat fmt: repair a catalogue's text (src/authoring/fix.ts), write it back atomically when
// asked and something changed, and list every change on stderr in the user's language.
import { closeSync, openSync, readSync } from 'node:fs';
import { fixCatalogue, fixReport } from '../authoring/fix.js';
import { InputError } from '../core/errors.js';
import type { Encoding } from '../core/decode.js';
import type { Locale } from '../core/types.js';
import { STDIN } from '../io/read.js';
import { writeAtomic } from '../io/write.js';

export interface FixFlags {
  canonical?: boolean;
  locale: Locale;
  /** lint writes the fixed text itself; fmt formats it first and writes once. */
  write: boolean;
  /** fmt --check: say what would change, write nothing. */
  check?: boolean;
  encoding?: Encoding;
}

/** The fixed text (the text itself when nothing needed fixing). A file needing no change is never touched. */
export function fixSource(file: string, text: string, flags: FixFlags): string {
  const shown = file === STDIN ? '<stdin>' : file;
  // Written back as UTF-8, a GB18030 file would change in every Chinese character.
  if (flags.encoding === 'gb18030') {
    throw new InputError(shown, { zh: '--fix 只修改 UTF-8 编码的文件；请先另存为 UTF-8', en: '--fix only edits UTF-8 files; save the file as UTF-8 first' });
  }
  const { output, changes } = fixCatalogue(text, shown, { canonical: flags.canonical });
  if (!changes.length) return text;
  const n = changes.length;
  const memory = file === STDIN && !flags.check;
  const head = flags.check
    ? { zh: `${shown} 中有 ${n} 处可以修正：`, en: `${n} fix${n === 1 ? '' : 'es'} to make in ${shown}:` }
    : memory
      ? { zh: `已修正 ${shown} 中的 ${n} 处（只在内存中，未写回）：`, en: `fixed ${n} problem${n === 1 ? '' : 's'} in ${shown} (in memory, nothing written):` }
      : { zh: `已修正 ${shown} 中的 ${n} 处：`, en: `fixed ${n} problem${n === 1 ? '' : 's'} in ${shown}:` };
  process.stderr.write([`govcat: ${head[flags.locale]}`, ...fixReport(shown, changes, flags.locale).map((l) => `  ${l}`)].join('\n') + '\n');
  if (flags.write && !flags.check && file !== STDIN) writeAtomic(file, (_hasBom(file) ? '\ufeff' : '') + output);
  return output;
}

// --- internal ---

function _hasBom(file: string): boolean {
  const head = Buffer.alloc(3);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
