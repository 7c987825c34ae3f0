// Markdown report (pull-request comments, job summaries): a table of findings per file.
import type { Finding, Locale } from '../core/types.js';
import { SEVERITY_LABEL, TEXT, articleLabel, countResults, summaryText } from './_shared.js';
import { stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

export default function markdown(results: FileResult[], ctx: FormatterContext): string {
  const counts = countResults(results);
  const clean = !counts.errors && !counts.warnings && !counts.infos;
  const out = [`## ${TEXT.report[ctx.locale]}`, '', clean ? `✔ ${TEXT.noProblems[ctx.locale]}` : `**✖ ${summaryText(counts, ctx.locale)}**`];
  for (const r of results) {
    if (!r.fatal && !r.findings.length) continue;
    out.push('', `### ${escapeMarkdown(r.file)}`, '');
    if (r.fatal) out.push(_fatal(r, ctx.locale));
    if (r.findings.length) out.push(..._table(r.findings, ctx.locale));
  }
  return `${out.join('\n')}\n`;
}

/** Backslash-escapes Markdown punctuation (so `|` cannot end a table cell) and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return stripControls(text).replace(/[\\`*_[\]|<>&#~]/g, (c) => `\\${c}`);
}

// --- internal ---

function _fatal(r: FileResult, locale: Locale): string {
  const fatal = r.fatal!;
  const at = fatal.line ? (locale === 'zh' ? `（${fatal.line}:${fatal.column ?? 1}）` : ` (${fatal.line}:${fatal.column ?? 1})`) : '';
  return `> **${TEXT.fatal[locale]}**${at}${TEXT.colon[locale]}${escapeMarkdown(fatal.message[locale])}`;
}

function _table(findings: Finding[], locale: Locale): string[] {
  const head = [TEXT.line, TEXT.severity, TEXT.rule, TEXT.article, TEXT.message].map((t) => t[locale]);
  const rows = findings.map((f) =>
    [`${f.line}:${f.column}`, SEVERITY_LABEL[f.severity][locale], `\`${f.ruleId}\``, escapeMarkdown(articleLabel(f.articles, locale)), escapeMarkdown(f.message[locale])],
  );
  return [head, ['---:', '---', '---', '---', '---'], ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}
