// govcat import: a spreadsheet (xlsx, or CSV files) → a catalogue YAML file; every cell it cannot map is reported.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { catalogueToYaml } from '../../authoring/catalogue-yaml.js';
import { tablesToCatalogue } from '../../authoring/spreadsheet/tables.js';
import { readSpreadsheets } from '../../authoring/spreadsheet/io.js';
import { renderProblem } from '../../authoring/sheet/cells.js';
import type { Encoding } from '../../core/decode.js';
import { UsageError } from '../../core/errors.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';
import { resourceFile } from '../paths.js';
import { installedSchemaRef, schemaHome } from './schema.js';

export interface ImportFlags {
  output?: string;
  keepGoing?: boolean;
  force?: boolean;
  encoding?: Encoding;
  lang?: string;
}

/** 0: imported; 1: some cells could not be mapped (nothing written, or with --keep-going the rest); 2: unusable input. */
export async function runImport(files: string[], flags: ImportFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const out = flags.output;
  if (!out) throw new UsageError({ zh: '请用 -o 指定要写入的目录文件，例如 -o catalogue.yaml', en: 'name the catalogue file to write with -o, e.g. -o catalogue.yaml' });
  if (out !== '-' && existsSync(out) && !flags.force) {
    throw new UsageError({ zh: `输出文件已存在：${out}；使用 --force 覆盖`, en: `the output already exists: ${out}; use --force to replace it` });
  }
  const result = tablesToCatalogue(await readSpreadsheets(files, flags.encoding));
  const say = (s: string) => process.stderr.write(`${s}\n`);
  for (const n of result.notices) say(`${locale === 'zh' ? '提示：' : 'note: '}${renderProblem({ ...n, file: n.file || files[0] }, locale)}`);
  for (const p of result.problems) say(renderProblem(p, locale));
  const bad = result.problems.length;
  if (bad && !flags.keepGoing) {
    say(locale === 'zh'
      ? `${bad} 处内容无法转换，未写入任何文件（修正后重新导入，或使用 --keep-going 写入其余内容并保留原文）`
      : `${bad} cell${bad === 1 ? '' : 's'} could not be mapped; nothing was written (fix them and import again, or use --keep-going to write the rest with the text kept as it is)`);
    return 1;
  }
  const text = catalogueToYaml(result.data, out, _comment(files, out));
  if (out === '-') process.stdout.write(text);
  else writeAtomic(out, text);
  if (bad) {
    say(locale === 'zh'
      ? `${bad} 处内容无法转换，已按原文写入；govcat lint 会指出它们`
      : `${bad} cell${bad === 1 ? '' : 's'} could not be mapped and ${bad === 1 ? 'was' : 'were'} written as given; govcat lint points at them`);
  }
  const { entries, items } = result.counts;
  say(locale === 'zh'
    ? `已导入 ${entries} 个目录条目、${items} 个数据项 → ${out}；请运行 govcat lint ${out} 检查`
    : `imported ${entries} entr${entries === 1 ? 'y' : 'ies'}, ${items} data item${items === 1 ? '' : 's'} → ${out}; check it with govcat lint ${out}`);
  return bad ? 1 : 0;
}

// --- internal ---

/**
 * The modeline names the per-user copy of the schema (see govcat schema --install), else the package's by a relative
 * path (the single executable has none: where --install puts it).
 */
function _comment(files: string[], out: string): string[] {
  const schema = resourceFile('schemas/catalogue.schema.json') ?? join(schemaHome(), 'catalogue.schema.json');
  const rel = installedSchemaRef() ?? (out === '-' ? schema : relative(dirname(resolve(out)), schema).split('\\').join('/'));
  return [`yaml-language-server: $schema=${rel.startsWith('.') || isAbsolute(rel) || rel.startsWith('file:') ? rel : `./${rel}`}`, '', `由 govcat import 从 ${files.join('、')} 导入 / imported by govcat import from ${files.join(', ')}`];
}
