// The bag as data (no I/O): catalogue bytes, lint/diff results and attachments in, every file of the BagIt bag out.
import { createHash } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { lintDocument } from '../core/lint.js';
import { loadYaml } from '../core/load.js';
import { UsageError } from '../core/errors.js';
import { diffResults } from '../diff/results.js';
import json from '../formatters/json.js';
import { countFindings } from '../formatters/_shared.js';
import { formatSignatureFile } from './sign.js';
import { BAGIT_TXT, BAGIT_TXT_CONTENT, BAG_INFO_TXT, LABELS, MANIFEST, PAYLOAD, SIGNATURE, TAG_MANIFEST } from './layout.js';
import type { Calendar } from '../calendar/working-days.js';
import type { FileResult } from '../formatters/types.js';
import type { AnyDiffRule, AnyRule, AnyRuleBase, Catalogue, ResolvedProfile } from '../core/types.js';

/** One file of the bag; `path` is relative to the bag root, with forward slashes. */
export interface BagFile {
  path: string;
  bytes: Uint8Array;
}

/** Signs the tag manifest; Ed25519 is deterministic, so signing keeps the bag reproducible. */
export interface Signer {
  keyId: string;
  sign(data: Uint8Array): Uint8Array;
}

/** Lint and diff of the catalogue, computed under the names the files have inside `data/`. */
export interface BagReports {
  catalogue: Catalogue;
  lint: FileResult;
  /** `govcat diff` results for previous → catalogue (the old file's result first, when it has findings). */
  diff?: FileResult[];
  lintRules: readonly AnyRuleBase[];
  diffRules?: readonly AnyRuleBase[];
}

export interface PlanInput {
  catalogueBytes: Uint8Array;
  previousBytes?: Uint8Array;
  reports: BagReports;
  attachments: readonly BagFile[];
  /** Bagging date, YYYY-MM-DD. */
  date: string;
  toolVersion: string;
  profile: string;
  allowErrors: boolean;
  signer?: Signer;
}

export interface BagPlan {
  /** Every file of the bag, sorted by path. */
  files: BagFile[];
  /** bag-info.txt as label/value pairs, in file order. */
  info: [string, string][];
  payloadOctets: number;
  payloadCount: number;
  lint: { status: 'passed' | 'errors-allowed'; errors: number; warnings: number };
}

/** Names the lint report and the diff report give the two catalogues: their paths inside `data/`. */
export const REPORT_FILE = PAYLOAD.catalogue.slice('data/'.length);
export const REPORT_PREVIOUS = PAYLOAD.previous.slice('data/'.length);

/** Lints the catalogue text as `catalogue.yaml`, with `asOf` = the bagging date. Throws InputError when malformed. */
export function lintForBag(text: string, profile: ResolvedProfile<AnyRule>, allRules: readonly AnyRule[], asOf: string): { catalogue: Catalogue; lint: FileResult } {
  const doc = loadYaml(text, REPORT_FILE);
  const { catalogue, findings } = lintDocument(doc, profile, { asOf }, allRules);
  return { catalogue, lint: { file: REPORT_FILE, source: text, findings } };
}

/** What `govcat diff previous catalogue --as-of DATE` reports, with the bag's file names. Throws InputError when malformed. */
export function diffForBag(previousText: string, text: string, profile: ResolvedProfile<AnyDiffRule>, calendar: Calendar, asOf: string): FileResult[] {
  return diffResults(loadYaml(previousText, REPORT_PREVIOUS), loadYaml(text, REPORT_FILE), profile, { asOf, calendar });
}

/** Every file of the bag, in path order: payload, bag-info with its counts, manifests, and the signature when signing. */
export function planBag(input: PlanInput): BagPlan {
  const payload = _payload(input);
  const counts = countFindings(input.reports.lint.findings);
  const lint = { status: counts.error > 0 ? ('errors-allowed' as const) : ('passed' as const), errors: counts.error, warnings: counts.warning };
  if (counts.error > 0 && !input.allowErrors) {
    throw new UsageError({ zh: `目录有 ${counts.error} 个错误，须使用 --allow-errors 才能打包`, en: `the catalogue has ${counts.error} errors; packaging it needs --allow-errors` });
  }
  const payloadOctets = payload.reduce((n, f) => n + f.bytes.length, 0);
  const info = bagInfo(input, lint, payloadOctets, payload.length);
  const tags: BagFile[] = [
    { path: BAGIT_TXT, bytes: _utf8(BAGIT_TXT_CONTENT) },
    { path: BAG_INFO_TXT, bytes: _utf8(info.map(([k, v]) => `${k}: ${v}\n`).join('')) },
    { path: MANIFEST, bytes: _utf8(manifestText(payload)) },
  ];
  const tagManifest: BagFile = { path: TAG_MANIFEST, bytes: _utf8(manifestText(tags)) };
  const files = [...payload, ...tags, tagManifest];
  if (input.signer) files.push({ path: SIGNATURE, bytes: _utf8(formatSignatureFile(input.signer.keyId, input.signer.sign(tagManifest.bytes))) });
  return { files: files.sort((a, b) => _compare(a.path, b.path)), info, payloadOctets, payloadCount: payload.length, lint };
}

/** bag-info.txt labels: the RFC 8493 reserved ones that apply, then govcat's (layout LABELS); absent values are left out. */
export function bagInfo(input: PlanInput, lint: BagPlan['lint'], octets: number, count: number): [string, string][] {
  const h = input.reports.catalogue.header;
  const dept = (h.department ?? {}) as Record<string, unknown>;
  const id = _value(h.id);
  const version = _value(h.version);
  const rows: [string, string | undefined][] = [
    ['Source-Organization', _value(dept.name)],
    ['External-Identifier', id && (version ? `${id} ${version}` : id)],
    ['External-Description', _value(h.title)],
    ['Bagging-Date', input.date],
    ['Bag-Software-Agent', `govcat ${input.toolVersion}`],
    ['Payload-Oxum', `${octets}.${count}`],
    ['Bag-Size', humanSize(octets)],
    [LABELS.profile, _value(input.profile)],
    [LABELS.toolVersion, input.toolVersion],
    [LABELS.lintStatus, lint.status],
    [LABELS.lintErrors, String(lint.errors)],
    [LABELS.lintWarnings, String(lint.warnings)],
    [LABELS.allowErrors, input.allowErrors ? 'true' : undefined],
    [LABELS.catalogueId, id],
    [LABELS.catalogueVersion, version],
    [LABELS.departmentCode, _value(dept.code)],
    [LABELS.submittedAt, _value(h.submitted_at)],
    [LABELS.signingKey, input.signer?.keyId],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
}

/** `<sha256>  <path>` lines sorted by path, paths percent-encoded as RFC 8493 §2.1.3 requires. */
export function manifestText(files: readonly BagFile[]): string {
  return [...files]
    .sort((a, b) => _compare(a.path, b.path))
    .map((f) => `${sha256Hex(f.bytes)}  ${encodeManifestPath(f.path)}\n`)
    .join('');
}

/** RFC 8493 §2.1.3: CR, LF and % in a manifest path are written %0D, %0A, %25. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(path: string): string {
  const chars: Record<string, string> = { '0D': '\r', '0A': '\n', '25': '%' };
  return path.replace(/%(0D|0A|25)/gi, (_m, hex: string) => chars[hex.toUpperCase()]);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bag-Size: binary units with one decimal, e.g. `12.3 KB` (RFC 8493 asks only for an approximate size). */
export function humanSize(octets: number): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (octets < 1024) return `${octets} bytes`;
  let n = octets / 1024;
  let u = 0;
  // 1023.95 and up would print as 1024.0 of the smaller unit.
  while (n >= 1023.95 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${n.toFixed(1)} ${units[u]}`;
}

/** The payload name of an attachment: its base name, refused when it could not be one file under data/attachments/. */
export function attachmentName(file: string): string {
  const name = file.split(/[\\/]/).filter(Boolean).pop() ?? '';
  // A backslash is a separator to zip tools and Windows; control characters break tag files and terminals.
  if (!name || name === '.' || name === '..' || /[\\\u0000-\u001f\u007f]/.test(name)) {
    throw new UsageError({ zh: `附件文件名“${file}”不可用作包内文件名`, en: `the attachment name "${file}" cannot be used as a file name in the package` });
  }
  return name;
}

/** The payload names of the attachments, refusing two that would be one file once unpacked. */
export function attachmentNames(files: readonly string[]): string[] {
  const seen = new Map<string, string>();
  return files.map((file) => {
    const name = attachmentName(file);
    // Case-folded: the bag must unpack on case-insensitive file systems (Windows, macOS) too.
    const key = name.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      throw new UsageError({ zh: `附件重名：“${other}”与“${file}”`, en: `two attachments have the same name: "${other}" and "${file}"` });
    }
    seen.set(key, file);
    return name;
  });
}

/** The catalogue as JSON: 2-space indent, key order as parsed, values JSON can hold. */
export function catalogueJson(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue.root, (_k, v: unknown) => _jsonSafe(v), 2)}\n`;
}

// --- internal ---

function _payload(input: PlanInput): BagFile[] {
  const { reports } = input;
  const ctx = (rules: readonly AnyRuleBase[]) => ({ locale: 'en' as const, color: false, cwd: '/', rules, toolVersion: input.toolVersion, profile: input.profile });
  const files: BagFile[] = [
    { path: PAYLOAD.catalogue, bytes: input.catalogueBytes },
    { path: PAYLOAD.normalized, bytes: _utf8(catalogueJson(reports.catalogue)) },
    { path: PAYLOAD.lintReport, bytes: _utf8(json([reports.lint], ctx(reports.lintRules))) },
  ];
  if ((input.previousBytes === undefined) !== (reports.diff === undefined)) throw new Error('planBag: previous catalogue and diff report go together');
  if (input.previousBytes && reports.diff) {
    files.push({ path: PAYLOAD.previous, bytes: input.previousBytes });
    files.push({ path: PAYLOAD.diffReport, bytes: _utf8(json(reports.diff, ctx(reports.diffRules ?? []))) });
  }
  const names = attachmentNames(input.attachments.map((a) => a.path));
  input.attachments.forEach((a, i) => files.push({ path: PAYLOAD.attachments + names[i], bytes: a.bytes }));
  return files.sort((a, b) => _compare(a.path, b.path));
}

/** A label value on one line: strings, numbers and booleans only, line breaks and controls folded to spaces. */
function _value(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint') return undefined;
  const s = String(v).replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return s || undefined;
}

function _jsonSafe(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

/** Code-unit order: the same on every machine and locale. */
function _compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function _utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
