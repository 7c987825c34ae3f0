// GitHub Actions workflow commands: one ::error/::warning/::notice annotation per finding.
import type { Severity } from '../core/types.js';
import { TEXT, articleLabel, cellLabel, relativePath } from './_shared.js';
import { stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

export default function github(results: FileResult[], ctx: FormatterContext): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = relativePath(r.file, ctx.cwd);
    if (r.fatal) {
      const at: Record<string, number> = r.fatal.line ? { line: r.fatal.line, col: r.fatal.column ?? 1 } : {};
      lines.push(_command('error', { file, ...at, title: `govcat${TEXT.colon[ctx.locale]}${TEXT.fatal[ctx.locale]}` }, r.fatal.message[ctx.locale]));
    }
    for (const f of r.findings) {
      const title = f.articles.length ? `${f.ruleId} (${articleLabel(f.articles, ctx.locale)})` : f.ruleId;
      if (f.cell) {
        // A workbook has no lines to annotate: the annotation is on the file, the cell leads the message (a CSV row is a line).
        const at: Record<string, number> = /\.csv$/i.test(f.file) ? { line: f.line } : {};
        lines.push(_command(COMMAND[f.severity], { file, ...at, title }, `${cellLabel(f.cell)}${TEXT.colon[ctx.locale]}${f.message[ctx.locale]}`));
        continue;
      }
      const props = { file, line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title };
      lines.push(_command(COMMAND[f.severity], props, f.message[ctx.locale]));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Escaping of a workflow command's message (data). */
export function escapeData(text: string): string {
  return stripControls(text, { keepNewlines: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values: data escaping plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// --- internal ---

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function _command(name: string, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name} ${list.join(',')}::${escapeData(message)}`;
}
