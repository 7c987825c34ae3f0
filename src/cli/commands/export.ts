// govcat export: a catalogue → a spreadsheet (xlsx, or CSV files) with Chinese headers, for colleagues who use Excel.
import { existsSync } from 'node:fs';
import { catalogueToTables } from '../../authoring/spreadsheet/tables.js';
import { defaultOutput, exportPaths, renderSpreadsheet, type SpreadsheetKind } from '../../authoring/spreadsheet/io.js';
import type { Encoding } from '../../core/decode.js';
import { UsageError } from '../../core/errors.js';
import { loadYaml } from '../../core/load.js';
import { readSource } from '../../io/read.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';

export interface ExportFlags {
  to: SpreadsheetKind;
  output?: string;
  force?: boolean;
  encoding?: Encoding;
  lang?: string;
}

export async function runExport(file: string, flags: ExportFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const doc = loadYaml(readSource(file, flags.encoding), file);
  const tables = catalogueToTables(doc.data, file);
  const paths = exportPaths(flags.output ?? defaultOutput(file), flags.to, tables);
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length && !flags.force) {
    throw new UsageError({ zh: `输出文件已存在：${existing.join('、')}；使用 --force 覆盖`, en: `the output already exists: ${existing.join(', ')}; use --force to replace it` });
  }
  // Everything is rendered before the first file is written, so a failure leaves no partial set behind.
  const contents = await renderSpreadsheet(tables, flags.to);
  paths.forEach((p, i) => writeAtomic(p, contents[i]));
  const entries = tables.find((t) => t.layout.kind === 'entries')?.rows.length ?? 0;
  const items = tables.find((t) => t.layout.kind === 'items')?.rows.length ?? 0;
  const extra = tables.reduce((n, t) => n + t.rows.filter((r) => t.columns.some((c, i) => c.role === 'extra' && r[i] !== null)).length, 0);
  const msg = {
    zh: `已写入 ${paths.join('、')}：${entries} 个目录条目，${items} 个数据项`,
    en: `wrote ${paths.join(', ')}: ${entries} entr${entries === 1 ? 'y' : 'ies'}, ${items} data item${items === 1 ? '' : 's'}`,
  };
  process.stderr.write(`${msg[locale]}\n`);
  if (extra) {
    const note = {
      zh: `注意：${extra} 行有表格列无法原样表示的内容（类型不符、未知字段等），已写入“其他字段（YAML）”列，导入时原样恢复`,
      en: `note: ${extra} row${extra === 1 ? ' holds' : 's hold'} values the columns cannot carry exactly (wrong types, unknown fields …); they are in the 其他字段（YAML） column and come back unchanged on import`,
    };
    process.stderr.write(`${note[locale]}\n`);
  }
  return 0;
}
