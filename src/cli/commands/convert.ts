// govcat convert: a catalogue rewritten with Chinese keys (--to zh) or in the canonical English form (--to en).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertCatalogue, type KeyLanguage } from '../../authoring/convert.js';
import { decodeSource, type Encoding } from '../../core/decode.js';
import { InputError, UsageError } from '../../core/errors.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';

export interface ConvertFlags {
  to: KeyLanguage;
  output?: string;
  force?: boolean;
  encoding?: Encoding;
  lang?: string;
}

/** 0: converted (to stdout, or to -o OUT); 2: unusable input or output. */
export async function runConvert(file: string, flags: ConvertFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const out = flags.output;
  if (out && out !== '-' && existsSync(out)) {
    if (_same(out, file)) throw new UsageError({ zh: `不会覆盖输入文件 ${file}：请用 -o 指定另一个文件名`, en: `the input ${file} is never overwritten: name another file with -o` });
    if (!flags.force) throw new UsageError({ zh: `输出文件已存在：${out}；使用 --force 覆盖`, en: `the output already exists: ${out}; use --force to replace it` });
  }
  const text = decodeSource(_read(file), file, flags.encoding);
  const { output } = convertCatalogue(text, file, flags.to);
  if (!out || out === '-') {
    process.stdout.write(output);
    return 0;
  }
  writeAtomic(out, output);
  const form = { zh: { zh: '中文键名', en: '英文规范格式' }, en: { zh: 'Chinese keys', en: 'the canonical English form' } }[locale][flags.to];
  process.stderr.write(locale === 'zh' ? `已按${form}写出 ${out}\n` : `wrote ${out} with ${form}\n`);
  return 0;
}

// --- internal ---

function _same(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function _read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(file, code === 'ENOENT' ? { zh: '文件不存在', en: 'no such file' } : { zh: `无法读取文件（${code}）`, en: `cannot read the file (${code})` });
  }
}
