// SARIF 2.1.0 log (one run) for code-scanning services; URIs relative to %SRCROOT% = ctx.cwd.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { AnyRule, ArticleRef, Finding, Locale, Severity } from '../core/types.js';
import { TEXT, articleLabel, cellLabel, isAbsolutePath, lawCitation, relativePath } from './_shared.js';
import { stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

const SRCROOT = '%SRCROOT%';

export default function sarif(results: FileResult[], ctx: FormatterContext): string {
  const rules = _descriptors(results, ctx);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = results.map((r) => ({ location: _location(r.file, ctx.cwd), ..._mimeType(r.file) }));
  const notifications = results.flatMap((r, i) => (r.fatal ? [_notification(r, i, ctx)] : []));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'govcat', version: ctx.toolVersion, informationUri: 'https://govcat.dev', rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        ...(isAbsolutePath(_slashes(ctx.cwd)) ? { originalUriBaseIds: { [SRCROOT]: { uri: _dirUri(ctx.cwd) } } } : {}),
        artifacts,
        // Suppressed findings stay in the log, marked as suppressed in the source with the reason given there.
        results: results.flatMap((r, i) => [...r.findings, ...(r.suppressed ?? [])].map((f) => _result(f, i, index.get(f.ruleId)!, ctx))),
        columnKind: 'utf16CodeUnits',
        language: ctx.locale === 'zh' ? 'zh-CN' : 'en-US',
        properties: { profile: ctx.profile },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** "entry-required-fields" → "EntryRequiredFields" (reportingDescriptor.name). */
export function pascalCase(id: string): string {
  return id.replace(/(^|[-_])([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase());
}

/** Relative URI reference with every segment percent-encoded as UTF-8 (RFC 3986). */
export function encodePath(path: string): string {
  return path.split('/').map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(stripControls(seg)))).join('/');
}

// --- internal ---

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function _descriptors(results: FileResult[], ctx: FormatterContext) {
  const known = new Set(ctx.rules.map((r) => r.id));
  const extra = new Map<string, Finding>();
  for (const f of results.flatMap((r) => [...r.findings, ...(r.suppressed ?? [])])) if (!known.has(f.ruleId) && !extra.has(f.ruleId)) extra.set(f.ruleId, f);
  // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
  const standIns = [...extra.values()].map((f) => ({ id: f.ruleId, articles: f.articles, severity: f.severity }));
  return [...ctx.rules.map((r) => _descriptor(r, ctx.locale)), ...standIns.map((r) => _descriptor(r, ctx.locale))];
}

function _descriptor(rule: Pick<AnyRule, 'id' | 'articles' | 'severity'> & Partial<Pick<AnyRule, 'docs'>>, locale: Locale) {
  const summary = rule.docs?.summary[locale] ?? rule.id;
  const details = rule.docs?.details[locale] ?? summary;
  const laws = rule.articles.map((a) => lawCitation(a, locale));
  const basis = laws.length ? `${TEXT.legalBasis[locale]}${TEXT.colon[locale]}${laws.join(locale === 'zh' ? '；' : '; ')}` : '';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: summary },
    fullDescription: { text: details },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: {
      text: [details, basis].filter(Boolean).join('\n\n'),
      markdown: [`**${summary}**`, details, basis && `*${basis}*`].filter(Boolean).join('\n\n'),
    },
    properties: { articles: laws, tags: [...new Set(['decree-809', ...rule.articles.map((a: ArticleRef) => a.source)])] },
  };
}

function _result(f: Finding, artifact: number, ruleIndex: number, ctx: FormatterContext) {
  const location = _location(f.file, ctx.cwd);
  const fingerprint = createHash('sha256').update(`${f.ruleId}\u0000${f.messageId}\u0000${f.path}\u0000${location.uri}`).digest('hex');
  const cell = f.cell && cellLabel(f.cell);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: cell ? `${cell}${TEXT.colon[ctx.locale]}${f.message[ctx.locale]}` : f.message[ctx.locale] },
    locations: [{
      physicalLocation: { artifactLocation: { ...location, index: artifact }, ..._region(f) },
      // A cell is the <c r="F12"> element of its sheet's XML part in the workbook: a logical location, not a text region.
      ...(f.cell ? { logicalLocations: [{ name: f.cell.ref, fullyQualifiedName: cell, kind: 'element' }] } : {}),
    }],
    partialFingerprints: { 'govcatFinding/v1': fingerprint.slice(0, 32) },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    properties: { ...(f.entryId !== undefined ? { entryId: f.entryId } : {}), path: f.path, articles: _articleLabels(f, ctx.locale) },
  };
}

/**
 * A text region (SARIF §3.30): line and column in a YAML file; in a CSV file the line its row starts on (its column
 * counts cells, not characters); none in a workbook, a binary artifact, where the logical location says the cell.
 */
function _region(f: Finding) {
  if (!f.cell) return { region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.line, f.endLine), endColumn: Math.max(1, f.endColumn) } };
  return _isCsv(f.file) ? { region: { startLine: f.line } } : {};
}

function _isCsv(file: string): boolean {
  return /\.csv$/i.test(file);
}

function _mimeType(file: string): { mimeType?: string } {
  if (_isCsv(file)) return { mimeType: 'text/csv' };
  if (/\.xlsx$/i.test(file)) return { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  if (/\.xlsm$/i.test(file)) return { mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12' };
  return {};
}

function _articleLabels(f: Finding, locale: Locale): string[] {
  return f.articles.map((a) => articleLabel([a], locale));
}

function _notification(r: FileResult, artifact: number, ctx: FormatterContext) {
  const fatal = r.fatal!;
  const region = fatal.line ? { region: { startLine: fatal.line, ...(fatal.column ? { startColumn: fatal.column } : {}) } } : {};
  return {
    level: 'error',
    message: { text: `${TEXT.fatal[ctx.locale]}${TEXT.colon[ctx.locale]}${fatal.message[ctx.locale]}` },
    locations: [{ physicalLocation: { artifactLocation: { ..._location(r.file, ctx.cwd), index: artifact }, ...region } }],
  };
}

/** Inside cwd: a relative URI against %SRCROOT%; elsewhere (or cwd unknown): an absolute file: URI. */
function _location(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePath(file, cwd);
  const outside = rel === '..' || rel.startsWith('../') || isAbsolutePath(rel);
  if (!outside) return { uri: encodePath(rel), uriBaseId: SRCROOT };
  const abs = isAbsolutePath(rel) ? rel : posix.join(_slashes(cwd), rel);
  return { uri: isAbsolutePath(abs) ? _fileUri(abs) : encodePath(rel) };
}

function _fileUri(absolute: string): string {
  return `file://${absolute.startsWith('/') ? '' : '/'}${encodePath(absolute)}`;
}

function _slashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function _dirUri(cwd: string): string {
  const uri = _fileUri(_slashes(cwd));
  return uri.endsWith('/') ? uri : `${uri}/`;
}
