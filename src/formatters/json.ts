// Machine-readable report, documented by schemas/report.schema.json; keys are emitted in a fixed order.
import { cite } from '../core/articles.js';
import type { ArticleRef, Finding, Locale } from '../core/types.js';
import { countFindings, countResults } from './_shared.js';
import type { FileResult, FormatterContext } from './types.js';

export const REPORT_VERSION = 1;

export default function json(results: FileResult[], ctx: FormatterContext): string {
  const c = countResults(results);
  const report = {
    version: REPORT_VERSION,
    tool: { name: 'govcat', version: ctx.toolVersion },
    profile: ctx.profile,
    results: results.map((r) => _fileResult(r, ctx.locale)),
    summary: { files: c.files, errors: c.errors, warnings: c.warnings, infos: c.infos, fatal: c.fatal },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

// --- internal ---

function _fileResult(r: FileResult, locale: Locale) {
  const c = countFindings(r.findings);
  const fatal = r.fatal && {
    message: r.fatal.message[locale],
    messages: { zh: r.fatal.message.zh, en: r.fatal.message.en },
    ...(r.fatal.line !== undefined ? { line: r.fatal.line } : {}),
    ...(r.fatal.column !== undefined ? { column: r.fatal.column } : {}),
  };
  return {
    file: r.file,
    errorCount: c.error + (r.fatal ? 1 : 0),
    warningCount: c.warning,
    infoCount: c.info,
    ...(fatal ? { fatal } : {}),
    findings: r.findings.map((f) => _finding(f, locale)),
  };
}

function _finding(f: Finding, locale: Locale) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message[locale],
    messages: { zh: f.message.zh, en: f.message.en },
    articles: f.articles.map(_article),
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    ...(f.entryId !== undefined ? { entryId: f.entryId } : {}),
  };
}

function _article(a: ArticleRef) {
  const label = cite(a);
  return {
    source: a.source,
    article: a.article,
    ...(a.paragraph !== undefined ? { paragraph: a.paragraph } : {}),
    ...(a.item !== undefined ? { item: a.item } : {}),
    label: { zh: label.zh, en: label.en },
  };
}
