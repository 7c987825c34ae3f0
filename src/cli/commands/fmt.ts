// govcat fmt: format catalogues in place (atomically), or with --check only list the files that would change; with
// --fix first repair the safe typos and dates (and with --canonical, variant terms), listing each repair.
import { readFileSync } from 'node:fs';
import { formatCatalogue } from '../../authoring/format.js';
import { decodeSource } from '../../core/decode.js';
import { GovcatError, InputError } from '../../core/errors.js';
import type { Locale } from '../../core/types.js';
import { expandOperands, STDIN } from '../../io/read.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';
import { fixSource } from '../fixes.js';

export interface FmtFlags {
  check?: boolean;
  canonical?: boolean;
  lang?: string;
  /** Repair full-width colons and spaces, tabs, a missing space after a colon and dates written 2026年3月2日 first. */
  fix?: boolean;
}

/** 0: nothing to do or all written; 1: --check found files to change; 2: a file could not be read or formatted. */
export async function runFmt(inputs: string[], flags: FmtFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const files = expandOperands(inputs, process.cwd(), { onSkip: (file, why) => process.stderr.write(`govcat: ${file}: ${why[locale]}\n`) });
  let failed = 0;
  const changed: string[] = [];
  for (const file of files) {
    try {
      if (_fmtOne(file, flags, locale)) changed.push(file);
    } catch (e) {
      if (!(e instanceof GovcatError)) throw e;
      failed++;
      process.stderr.write(`govcat: ${e.render(locale)}\n`);
    }
  }
  if (!files.includes(STDIN)) _summary(locale, files.length - failed, changed, flags.check === true);
  if (failed) return 2;
  return flags.check && changed.length ? 1 : 0;
}

// --- internal ---

/** True when the file is (or, with --check, would be) changed. */
function _fmtOne(file: string, flags: FmtFlags, locale: Locale): boolean {
  const shown = file === STDIN ? '<stdin>' : file;
  const bytes = _read(file);
  const read = decodeSource(bytes, shown);
  const text = flags.fix ? fixSource(file, read, { canonical: flags.canonical, locale, write: false, check: flags.check }) : read;
  const formatted = formatCatalogue(text, shown, { canonical: flags.canonical });
  const output = formatted.output;
  const changed = formatted.changed || text !== read;
  // A BOM or CRLF line ends are formatting too: fmt writes UTF-8 without BOM, LF line ends.
  const differs = changed || bytes[0] === 0xef;
  if (file === STDIN) {
    if (!flags.check) process.stdout.write(output);
    return differs;
  }
  if (differs && flags.check) process.stdout.write(`${file}\n`);
  if (differs && !flags.check) writeAtomic(file, output);
  return differs;
}

function _read(file: string): Buffer {
  try {
    return readFileSync(file === STDIN ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(file, { zh: `无法读取（${code}）`, en: `cannot be read (${code})` });
  }
}

function _summary(locale: Locale, ok: number, changed: string[], check: boolean): void {
  const n = changed.length;
  const text = check
    ? n
      ? { zh: `${n} 个文件需要格式化（运行 govcat fmt 修正）`, en: `${n} file${n === 1 ? '' : 's'} would be reformatted (run govcat fmt to fix)` }
      : { zh: `${ok} 个文件格式均已规范`, en: `all ${ok} file${ok === 1 ? ' is' : 's are'} formatted` }
    : { zh: `已格式化 ${n} 个文件，${ok - n} 个文件无需调整`, en: `formatted ${n} file${n === 1 ? '' : 's'}, ${ok - n} already formatted` };
  process.stderr.write(`${text[locale]}\n`);
}
