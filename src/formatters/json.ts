// Machine-readable report, documented by schemas/report.schema.json; keys are emitted in a fixed order.
import { cite } from '../core/articles.js';
import type { ArticleRef, Finding, Locale, Path } from '../core/types.js';
import { eventStatus, pathString } from './_changes.js';
import { countFindings, countResults } from './_shared.js';
import type { ChangeList, EventRow, FileResult, FormatterContext, LocatedFieldChange } from './types.js';

export const REPORT_VERSION = 1;

export default function json(results: FileResult[], ctx: FormatterContext): string {
  const c = countResults(results);
  const report = {
    version: REPORT_VERSION,
    tool: { name: 'govcat', version: ctx.toolVersion },
    profile: ctx.profile,
    results: results.map((r) => _fileResult(r, ctx.locale)),
    summary: { files: c.files, errors: c.errors, warnings: c.warnings, infos: c.infos, fatal: c.fatal, ..._suppressedCount(results) },
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
    ...(r.suppressed?.length ? { suppressedFindings: r.suppressed.map((f) => _finding(f, locale)) } : {}),
    ...(r.changes ? { changes: _changes(r.changes) } : {}),
    ...(r.events ? { events: r.events.map((e) => _event(e, locale)) } : {}),
  };
}

function _changes(c: ChangeList) {
  return {
    previous: c.previous,
    header: c.header.map(_fieldChange),
    entries: c.entries.map((e) => ({
      kind: e.kind,
      id: e.id,
      name: e.name,
      ..._located(e),
      fields: e.fields.map(_fieldChange),
    })),
  };
}

function _fieldChange(f: LocatedFieldChange) {
  const before = _jsonValue(f.before);
  const after = _jsonValue(f.after);
  return {
    field: f.field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ..._located(f),
  };
}

function _located(x: { oldPath?: Path; newPath?: Path; oldLine?: number; newLine?: number }) {
  return {
    ...(x.oldPath ? { oldPath: pathString(x.oldPath) } : {}),
    ...(x.newPath ? { newPath: pathString(x.newPath) } : {}),
    ...(x.oldLine !== undefined ? { oldLine: x.oldLine } : {}),
    ...(x.newLine !== undefined ? { newLine: x.newLine } : {}),
  };
}

function _event(e: EventRow, locale: Locale) {
  const status = eventStatus(e);
  const opt = <K extends keyof EventRow>(k: K) => (e[k] !== undefined ? { [k]: e[k] } : {});
  return {
    id: e.id,
    ...opt('kind'),
    ...opt('effective'),
    ...opt('originalDue'),
    ...opt('due'),
    ...opt('extensionDays'),
    ...opt('submitted'),
    state: e.state,
    ...opt('workingDays'),
    ...opt('line'),
    message: status[locale],
    messages: { zh: status.zh, en: status.en },
  };
}

/** A catalogue value as plain JSON: dates as yyyy-mm-dd, big integers as numbers, nothing JSON cannot hold. */
function _jsonValue(v: unknown): unknown {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map((x) => _jsonValue(x) ?? null);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const j = _jsonValue(x);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return undefined;
}

function _finding(f: Finding, locale: Locale) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message[locale],
    messages: { zh: f.message.zh, en: f.message.en },
    articles: f.articles.map(articleJson),
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    ...(f.entryId !== undefined ? { entryId: f.entryId } : {}),
    ...(f.cell ? { cell: { sheet: f.cell.sheet, row: f.cell.row, column: f.cell.column, ref: f.cell.ref } } : {}),
    ...(f.suppressed ? { suppressed: { reason: f.suppressed.reason } } : {}),
  };
}

/** Findings inline directives suppressed, over all files: present only when there are some. */
function _suppressedCount(results: FileResult[]) {
  const n = results.reduce((sum, r) => sum + (r.suppressed?.length ?? 0), 0);
  return n ? { suppressed: n } : {};
}

/** An article as the JSON reports write it: the reference, and its citation in both languages. */
export function articleJson(a: ArticleRef) {
  const label = cite(a);
  return {
    source: a.source,
    article: a.article,
    ...(a.paragraph !== undefined ? { paragraph: a.paragraph } : {}),
    ...(a.item !== undefined ? { item: a.item } : {}),
    label: { zh: label.zh, en: label.en },
  };
}
