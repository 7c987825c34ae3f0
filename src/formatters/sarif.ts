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
  const artifacts = new _Artifacts(results, ctx.cwd);
  const notifications = results.flatMap((r, i) => (r.fatal ? [_notification(r, i, ctx)] : []));
  // Suppressed findings stay in the log, marked as suppressed in the source with the reason given there.
  const found = results.flatMap((r, i) => [...r.findings, ...(r.suppressed ?? [])].map((f) => _result(f, artifacts.place(f, r, i), index.get(f.ruleId)!, ctx)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'govcat', version: ctx.toolVersion, informationUri: 'https://govcat.dev', rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        ...(isAbsolutePath(_slashes(ctx.cwd)) ? { originalUriBaseIds: { [SRCROOT]: { uri: _dirUri(ctx.cwd) } } } : {}),
        artifacts: artifacts.list,
        results: found,
        columnKind: 'utf16CodeUnits',
        language: ctx.locale === 'zh' ? 'zh-CN' : 'en-US',
        properties: { profile: ctx.profile },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** "entry-required-fields" → "EntryRequiredFields", "beijing/title-prefix" → "BeijingTitlePrefix". */
export function pascalCase(id: string): string {
  return id.replace(/(^|[-_/.])([a-z0-9]?)/g, (_, __, ch: string) => ch.toUpperCase());
}

/**
 * reportingDescriptor.name: the id in PascalCase, which SARIF requires to differ from the id even ignoring case
 * (§3.49.7), so a one-word id gets a suffix: "signature" → "SignatureRule".
 */
export function ruleName(id: string): string {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
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
    name: ruleName(rule.id),
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

function _result(f: Finding, at: _Place, ruleIndex: number, ctx: FormatterContext) {
  const fingerprint = createHash('sha256').update(`${f.ruleId}\u0000${f.messageId}\u0000${f.path}\u0000${_location(f.file, ctx.cwd).uri}`).digest('hex');
  const cell = f.cell && cellLabel(f.cell);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: cell ? `${cell}${TEXT.colon[ctx.locale]}${f.message[ctx.locale]}` : f.message[ctx.locale] },
    ...(at.whole ? { analysisTarget: at.whole } : {}),
    locations: at.artifact ? [{
      physicalLocation: { artifactLocation: at.artifact, ..._region(f, at.bytes) },
      // A cell is the <c r="F12"> element of its sheet's XML part in the workbook: a logical location, not a text region.
      ...(f.cell ? { logicalLocations: [{ name: f.cell.ref, fullyQualifiedName: cell, kind: 'element' }] } : {}),
    }] : [],
    partialFingerprints: { 'govcatFinding/v1': fingerprint.slice(0, 32) },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    properties: { ...(f.entryId !== undefined ? { entryId: f.entryId } : {}), path: f.path, articles: _articleLabels(f, ctx.locale) },
  };
}

/**
 * A text region (SARIF §3.30): line and column in a YAML file; in a CSV file the line its row starts on (its column
 * counts cells, not characters). A workbook is a binary artifact: the region is all its bytes (when its size is known),
 * and the logical location says the cell.
 */
function _region(f: Finding, bytes: number | undefined) {
  if (!f.cell) return { region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.line, f.endLine), endColumn: Math.max(1, f.endColumn) } };
  if (_isCsv(f.file)) return { region: { startLine: f.line } };
  return bytes === undefined ? {} : { region: { byteOffset: 0, byteLength: bytes } };
}

function _isCsv(file: string): boolean {
  return /\.csv$/i.test(file);
}

const MIME_TYPES: [RegExp, string][] = [
  [/\.ya?ml$/i, 'application/yaml'],
  [/\.csv$/i, 'text/csv'],
  [/\.xlsx$/i, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/\.xlsm$/i, 'application/vnd.ms-excel.sheet.macroEnabled.12'],
  [/\.zip$/i, 'application/zip'],
  [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
  [/\.txt$/i, 'text/plain'],
  [/\.json$/i, 'application/json'],
];

function _mimeType(file: string): { mimeType?: string } {
  const type = MIME_TYPES.find(([re]) => re.test(file))?.[1];
  return type ? { mimeType: type } : {};
}

type _ArtifactLocation = { uri: string; uriBaseId?: string; index: number };

/** Where a finding goes: a location in an artifact, or (a bundle's finding about itself) only the bundle it concerns. */
interface _Place {
  artifact?: _ArtifactLocation;
  whole?: _ArtifactLocation;
  bytes?: number;
}

interface _Artifact {
  location: { uri: string; uriBaseId?: string };
  parentIndex?: number;
  length?: number;
  roles: string[];
  mimeType?: string;
}

/**
 * run.artifacts: each file or bundle analysed (index = its result's), with its role and type; the files inside a
 * bundle that findings point at are nested artifacts of it (§3.24.3), addressed by their path in the bag.
 */
class _Artifacts {
  readonly list: _Artifact[];
  private readonly known = new Map<string, number>();

  constructor(results: readonly FileResult[], private readonly cwd: string) {
    this.list = results.map((r) => ({
      location: _location(r.file, cwd),
      ...(r.bytes !== undefined ? { length: r.bytes } : {}),
      roles: ['analysisTarget'],
      ..._mimeType(r.file),
    }));
  }

  place(f: Finding, r: FileResult, i: number): _Place {
    const inner = r.bundle && f.file.startsWith(`${r.file}!`) ? f.file.slice(r.file.length + 1) : undefined;
    if (inner !== undefined) {
      const k = this._add(`${i}!${inner}`, () => ({ location: { uri: encodePath(inner) }, parentIndex: i, roles: [], ..._mimeType(inner) }));
      return { artifact: { uri: this.list[k].location.uri, index: k } };
    }
    const k = f.file === r.file ? this._mark(i) : this._add(f.file, () => ({ location: _location(f.file, this.cwd), roles: [], ..._mimeType(f.file) }));
    const at = { ...this.list[k].location, index: k };
    // "Unsigned", "cannot be opened": about the bundle as a whole, which has no region to point at.
    if (r.bundle && f.file === r.file) return { whole: at };
    return { artifact: at, bytes: f.file === r.file ? r.bytes : undefined };
  }

  private _add(key: string, make: () => _Artifact): number {
    let k = this.known.get(key);
    if (k === undefined) {
      k = this.list.push(make()) - 1;
      this.known.set(key, k);
    }
    return this._mark(k);
  }

  private _mark(k: number): number {
    if (!this.list[k].roles.includes('resultFile')) this.list[k].roles.push('resultFile');
    return k;
  }
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
