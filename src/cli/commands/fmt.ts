// govcat fmt: format catalogues in place (atomically), or with --check only list the files that would change; with
// --fix first repair the safe typos and dates (and with --canonical, variant terms), listing each repair.
import { readFileSync } from 'node:fs';
import { formatCatalogue, isRefusal } from '../../authoring/format.js';
import { decodeSource } from '../../core/decode.js';
import { GovcatError, InputError } from '../../core/errors.js';
import type { Bilingual, Locale } from '../../core/types.js';
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

/** What one run did: files given, changed (or would be), unreadable, refused by the formatter. */
export interface FmtTally {
  files: number;
  changed: number;
  unread: number;
  refused: number;
  /** Files that are no catalogue, left as they are. */
  skipped?: number;
}

/** 0: nothing to do or all written; 1: --check found files to change; 2: a file could not be read or formatted. */
export async function runFmt(inputs: string[], flags: FmtFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const files = expandOperands(inputs, process.cwd(), { onSkip: (file, why) => process.stderr.write(`govcat: ${file}: ${why[locale]}\n`) });
  const tally: FmtTally = { files: files.length, changed: 0, unread: 0, refused: 0 };
  for (const file of files) {
    try {
      const outcome = _fmtOne(file, flags, locale);
      if (outcome === 'changed') tally.changed++;
      if (outcome === 'skipped') tally.skipped = (tally.skipped ?? 0) + 1;
    } catch (e) {
      if (!(e instanceof GovcatError)) throw e;
      if (isRefusal(e)) tally.refused++;
      else tally.unread++;
      process.stderr.write(`govcat: ${e.render(locale)}\n`);
    }
  }
  if (!files.includes(STDIN)) process.stderr.write(`${fmtSummary(tally, flags.check === true)[locale]}\n`);
  if (tally.unread + tally.refused) return 2;
  return flags.check && tally.changed ? 1 : 0;
}

/** The closing line: what changed (or would), and every file that could not be read or was left unformatted. */
export function fmtSummary(t: FmtTally, check: boolean): Bilingual {
  const { changed: n, unread, refused } = t;
  const skipped = t.skipped ?? 0;
  const ok = t.files - unread - refused - skipped;
  const en = (k: number) => `${k} file${k === 1 ? '' : 's'}`;
  const failures = {
    zh: [unread ? `${unread} 个文件无法读取` : '', refused ? `${refused} 个文件未能格式化（保持原样）` : ''].filter(Boolean),
    en: [unread ? `${en(unread)} could not be read` : '', refused ? `${en(refused)} could not be formatted (left as they were)` : ''].filter(Boolean),
  };
  const notes = { zh: skipped ? [`${skipped} 个文件不是数据目录（保持原样）`] : [], en: skipped ? [`${en(skipped)} not a catalogue (left as ${skipped === 1 ? 'it was' : 'they were'})`] : [] };
  if (check) {
    if (!n && !failures.en.length) return { zh: [`${ok} 个文件格式均已规范`, ...notes.zh].join('，'), en: [`all ${ok} file${ok === 1 ? ' is' : 's are'} formatted`, ...notes.en].join(', ') };
    const zh = [n ? `${n} 个文件需要格式化` : '', ...failures.zh, ...notes.zh].filter(Boolean).join('，');
    const enText = [n ? `${en(n)} would be reformatted` : '', ...failures.en, ...notes.en].filter(Boolean).join(', ');
    return n ? { zh: `${zh}（运行 govcat fmt 修正）`, en: `${enText} (run govcat fmt to fix)` } : { zh, en: enText };
  }
  return {
    zh: [`已格式化 ${n} 个文件，${ok - n} 个文件无需调整`, ...failures.zh, ...notes.zh].join('，'),
    en: [`formatted ${en(n)}, ${ok - n} already formatted`, ...failures.en, ...notes.en].join(', '),
  };
}

// --- internal ---

const NOT_A_CATALOGUE: Bilingual = { zh: '看起来不是数据目录（既无目录表头也无条目），保持原样未格式化', en: 'does not look like a catalogue (no header and no entries); left as it is' };

/** Whether the file is (or, with --check, would be) changed, or is no catalogue and left alone. */
function _fmtOne(file: string, flags: FmtFlags, locale: Locale): 'changed' | 'unchanged' | 'skipped' {
  const shown = file === STDIN ? '<stdin>' : file;
  const bytes = _read(file);
  const read = decodeSource(bytes, shown);
  const text = flags.fix ? fixSource(file, read, { canonical: flags.canonical, locale, write: false, check: flags.check }) : read;
  const formatted = formatCatalogue(text, shown, { canonical: flags.canonical });
  if (formatted.notCatalogue) {
    process.stderr.write(`govcat: ${shown}: ${NOT_A_CATALOGUE[locale]}\n`);
    if (file === STDIN && !flags.check) process.stdout.write(read);
    return 'skipped';
  }
  const output = formatted.output;
  const changed = formatted.changed || text !== read;
  // A BOM or CRLF line ends are formatting too: fmt writes UTF-8 without BOM, LF line ends.
  const differs = changed || bytes[0] === 0xef;
  if (file === STDIN) {
    if (!flags.check) process.stdout.write(output);
    return differs ? 'changed' : 'unchanged';
  }
  if (differs && flags.check) process.stdout.write(`${file}\n`);
  if (differs && !flags.check) writeAtomic(file, output);
  return differs ? 'changed' : 'unchanged';
}

function _read(file: string): Buffer {
  try {
    return readFileSync(file === STDIN ? 0 : file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(file, { zh: `无法读取（${code}）`, en: `cannot be read (${code})` });
  }
}
