// Markdown report (pull-request comments, job summaries): per file its changes and change events (govcat diff /
// deadlines) and a table of its findings.
import type { Bilingual, Finding, Locale } from '../core/types.js';
import { SEVERITY_LABEL, TEXT, articleLabel, countResults, position, summaryText } from './_shared.js';
import { CHANGE_TEXT, changeRows, changesHeading, eventCells, eventsHeading } from './_changes.js';
import { stripControls } from './_text.js';
import type { ChangeList, EventRow, FileResult, FormatterContext } from './types.js';

export default function markdown(results: FileResult[], ctx: FormatterContext): string {
  const counts = countResults(results);
  const clean = !counts.errors && !counts.warnings && !counts.infos;
  const out = [`## ${TEXT.report[ctx.locale]}`, '', clean ? `✔ ${TEXT.noProblems[ctx.locale]}` : `**✖ ${summaryText(counts, ctx.locale)}**`];
  for (const r of results) {
    if (!r.fatal && !r.findings.length && !r.changes && !r.events) continue;
    out.push('', `### ${escapeMarkdown(r.file)}`, '');
    const sections: string[][] = [];
    if (r.fatal) sections.push([_fatal(r, ctx.locale)]);
    if (r.changes) sections.push(_changes(r.changes, ctx.locale));
    if (r.events) sections.push(_events(r.events, ctx.locale, ctx.eventsArticle));
    // Under a diff's tables the findings get a heading of their own; a plain lint report stays as it was.
    if (r.findings.length) sections.push([...(r.changes || r.events ? [`#### ${CHANGE_TEXT.findings[ctx.locale]}`, ''] : []), ..._table(r.findings, ctx.locale)]);
    out.push(...sections.flatMap((lines, i) => (i ? ['', ...lines] : lines)));
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

/** Values in Markdown may be longer than on a terminal: pull-request comments wrap. */
const MD_VALUE_WIDTH = 80;

function _changes(changes: ChangeList, locale: Locale): string[] {
  const t = (k: keyof typeof CHANGE_TEXT) => CHANGE_TEXT[k][locale];
  const heading = [`#### ${escapeMarkdown(changesHeading(changes, locale))}`, ''];
  const rows = changeRows(changes, locale, MD_VALUE_WIDTH);
  if (!rows.length) return [...heading, t('noChanges')];
  const withLines = rows.some((row) => row.lines);
  const head = [t('entry'), t('field'), t('before'), t('after'), ...(withLines ? [t('lines')] : [])];
  const body = rows.map((row) => {
    const field = row.kind === 'added' || row.kind === 'removed' ? `**${escapeMarkdown(row.field)}**` : escapeMarkdown(row.field);
    return [escapeMarkdown(row.entry), field, escapeMarkdown(row.before), escapeMarkdown(row.after), ...(withLines ? [row.lines] : [])];
  });
  return [...heading, ..._rows(head, body)];
}

function _events(events: EventRow[], locale: Locale, article?: Bilingual): string[] {
  const t = (k: keyof typeof CHANGE_TEXT) => CHANGE_TEXT[k][locale];
  const heading = [`#### ${eventsHeading(locale, article)}`, ''];
  if (!events.length) return [...heading, t('noEvents')];
  const cells = events.map((e) => eventCells(e, locale));
  const withLines = cells.some((e) => e.line);
  const head = [t('event'), t('kind'), t('effective'), t('due'), t('submitted'), t('status'), ...(withLines ? [t('line')] : [])];
  const body = cells.map((e, i) => {
    const bad = events[i].state === 'late' || events[i].state === 'overdue';
    const status = bad ? `**${e.status}**` : e.status;
    return [escapeMarkdown(e.id), escapeMarkdown(e.kind), escapeMarkdown(e.effective), escapeMarkdown(e.due), escapeMarkdown(e.submitted), status, ...(withLines ? [e.line] : [])];
  });
  return [...heading, ..._rows(head, body)];
}

function _rows(head: string[], body: string[][]): string[] {
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`);
}

function _table(findings: Finding[], locale: Locale): string[] {
  const head = [findings.some((f) => f.cell) ? TEXT.cell : TEXT.line, TEXT.severity, TEXT.rule, TEXT.article, TEXT.message].map((t) => t[locale]);
  const rows = findings.map((f) =>
    [escapeMarkdown(position(f)), SEVERITY_LABEL[f.severity][locale], `\`${f.ruleId}\``, escapeMarkdown(articleLabel(f.articles, locale)), escapeMarkdown(f.message[locale])],
  );
  return [head, ['---:', '---', '---', '---', '---'], ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}
