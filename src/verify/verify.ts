// verifyBag(files) → the bundle's summary: BagIt completeness and fixity, signature, re-lint, deadlines. Pure: no I/O.
import type { KeyObject } from 'node:crypto';
import { Buffer, isUtf8 } from 'node:buffer';
import { addWorkingDays, compareDates, parseIsoDate, yearOf } from '../calendar/index.js';
import { decodeSource } from '../core/decode.js';
import { InputError } from '../core/errors.js';
import { lintDocument, milder } from '../core/lint.js';
import { loadYaml, type LoadedDocument } from '../core/load.js';
import { render } from '../core/messages.js';
import { compareDocuments } from '../diff/engine.js';
import { diffRules } from '../diff/rules/index.js';
import { parseSignatureFile, verifySignature } from '../package/sign.js';
import { departmentLabel, judgeKey, type KeyRegistry } from './key-registry.js';
import { BAGIT_TXT, BAG_INFO_TXT, LABELS, PAYLOAD, SIGNATURE, TAG_MANIFEST } from '../package/layout.js';
import { builtinProfiles, resolveProfile } from '../profiles/index.js';
import { rules } from '../rules/index.js';
import { checkManifests } from './manifests.js';
import * as R from './rules.js';
import { tagLines } from './tag-lines.js';
import type { Calendar } from '../calendar/working-days.js';
import type { AnyDiffRule, AnyRule, Catalogue, Finding, MessageData, Profile, ResolvedProfile, RuleBase, Severity } from '../core/types.js';
import type { BundleFiles, BundleSummary, SignatureState } from './types.js';

export interface VerifyOptions {
  /** Department public keys by key id (`verify --keys`); without them signatures are 'not-checked'. */
  keys?: Map<string, KeyObject>;
  /** keys.yaml: which department may use which key, when; without it any key of `keys` signs for anyone. */
  registry?: KeyRegistry;
  /** An unsigned bundle fails (`--require-signature`, config verify.requireSignature); else it is a warning. */
  requireSignature?: boolean;
  /** When the authority received the bundle (ISO date): adds its own Art. 17(3) review deadline. */
  received?: string;
  /** Today for date checks. */
  asOf: string;
  calendar: Calendar;
  /** Profile for bundles whose bag-info names none (default national); a profile named in bag-info wins. */
  profile?: string;
  /** The authority's rule settings (govcat.config.yaml `rules:`), applied over the profile for re-lint and diff. */
  overrides?: Profile['rules'];
}

/** Everything `govcat verify` checks inside one opened bundle, in order; never throws for bad bundle content. */
export function verifyBag(files: BundleFiles, opts: VerifyOptions): BundleSummary {
  const ctx = new _Context(files);
  const version = _checkDeclaration(ctx);
  const info = _checkBagInfo(ctx);
  _checkOxum(ctx, info);
  checkManifests(ctx, version);
  const signature = _checkSignature(ctx, info, opts);
  const calendar = _bundleCalendar(opts.calendar);
  const profile = _profileName(ctx, info, opts.profile);
  const lint = _relint(ctx, _lintProfile(profile, opts.overrides), opts.asOf);
  if (lint) _checkInfoAgainstCatalogue(ctx, info, lint.catalogue);
  if (lint) _recheckDeadlines(ctx, lint.doc, _diffProfile(profile, opts.overrides), opts.asOf, calendar);
  if (opts.received !== undefined) _checkReview(ctx, opts.received, opts.asOf, calendar);
  return summarize(files.path, ctx.findings, {
    signature,
    profile,
    ..._identity(info, lint?.catalogue),
    ...(lint ? { entries: _entries(lint.catalogue) } : {}),
  });
}

/** A summary from findings: counts and status (failed when any finding is an error). */
export function summarize(bundle: string, findings: Finding[], rest: Partial<BundleSummary> = {}): BundleSummary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return { bundle, signature: 'not-checked', ...rest, status: errors ? 'failed' : 'passed', errors, warnings: count('warning'), infos: count('info'), findings };
}

/** A verify-rule finding; `file` inside the bundle (shown as `bundle!file`), 1:1 unless a line is given. */
export function bundleFinding<M extends string>(
  bundle: string, rule: RuleBase<unknown, M>, messageId: M, data: MessageData = {},
  at: { file?: string; line?: number; column?: number; severity?: Severity } = {},
): Finding {
  const line = at.line ?? 1;
  const column = at.column ?? 1;
  const severity = milder(at.severity, rule.severity);
  return {
    ruleId: rule.id, messageId, severity, articles: rule.articles, message: render(rule.messages[messageId], data),
    file: at.file ? `${bundle}!${at.file}` : bundle, path: at.file ?? '', line, column, endLine: line, endColumn: column,
  };
}

// --- internal ---

class _Context {
  readonly findings: Finding[] = [];
  constructor(readonly bag: BundleFiles) {}

  get files(): Map<string, Uint8Array> {
    return this.bag.files;
  }

  report<M extends string>(rule: RuleBase<unknown, M>, messageId: M, data: MessageData = {}, at?: Parameters<typeof bundleFinding>[4]): void {
    // Manifest paths may decode to line breaks (%0A): shown escaped, so a message stays one line.
    const shown = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\u0000-\u001f\u007f]/g, _escape) : v]));
    this.findings.push(bundleFinding(this.bag.path, rule, messageId, shown, at));
  }

  /** Where a finding inside the bundle's catalogue points: `bundle!data/catalogue.yaml`. */
  label(file: string): string {
    return `${this.bag.path}!${file}`;
  }
}

function _escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// --- bagit.txt ---

/** Checks bagit.txt; the BagIt-Version it declares, when it can be read. */
function _checkDeclaration(ctx: _Context): string | undefined {
  const bytes = ctx.files.get(BAGIT_TXT);
  if (!bytes) {
    ctx.report(R.bagitDeclaration, 'missing');
    return undefined;
  }
  const expected = ['BagIt-Version: 1.0', 'Tag-File-Character-Encoding: UTF-8'];
  const bad = (line: number): undefined => void ctx.report(R.bagitDeclaration, 'malformed', { line, expected: expected[line - 1] ?? '' }, { file: BAGIT_TXT, line });
  // A byte order mark is forbidden (RFC 8493 §2.1.1), and so is anything that is not UTF-8.
  if (!isUtf8(bytes) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return bad(1);
  const lines = tagLines(bytes);
  const version = /^BagIt-Version: (\S+)$/.exec(lines[0]?.text ?? '');
  if (!version) return bad(1);
  if (!['1.0', '0.97'].includes(version[1])) ctx.report(R.bagitDeclaration, 'version', { version: version[1] }, { file: BAGIT_TXT, line: 1 });
  const encoding = /^Tag-File-Character-Encoding: (\S+)$/.exec(lines[1]?.text ?? '');
  if (!encoding) bad(2);
  else if (encoding[1].toUpperCase() !== 'UTF-8') ctx.report(R.bagitDeclaration, 'encoding', { encoding: encoding[1] }, { file: BAGIT_TXT, line: 2 });
  if (encoding && lines.length > 2) bad(3);
  return version[1];
}

// --- bag-info.txt ---

interface _Info {
  /** Label (lower-cased) → first value and its line. */
  labels: Map<string, { value: string; line: number }>;
}

function _checkBagInfo(ctx: _Context): _Info {
  const labels: _Info['labels'] = new Map();
  const bytes = ctx.files.get(BAG_INFO_TXT);
  if (!bytes) {
    ctx.report(R.bagInfo, 'missing');
    return { labels };
  }
  let last: { value: string; line: number } | undefined;
  for (const { text, line } of tagLines(bytes)) {
    if (text.trim() === '') continue;
    // RFC 8493 §2.2.2: a line starting with whitespace continues the value above.
    if (/^[ \t]/.test(text) && last) {
      last.value = `${last.value} ${text.trim()}`;
      continue;
    }
    const m = /^([^:\s][^:]*?)[ \t]*:[ \t]*(.*)$/.exec(text);
    if (!m) {
      ctx.report(R.bagInfo, 'malformed', { line }, { file: BAG_INFO_TXT, line });
      last = undefined;
      continue;
    }
    last = { value: m[2].trim(), line };
    if (!labels.has(m[1].toLowerCase())) labels.set(m[1].toLowerCase(), last);
  }
  return { labels };
}

function _label(info: _Info, label: string): { value: string; line: number } | undefined {
  return info.labels.get(label.toLowerCase());
}

function _checkOxum(ctx: _Context, info: _Info): void {
  if (!ctx.files.has(BAG_INFO_TXT)) return;
  const oxum = _label(info, 'Payload-Oxum');
  if (!oxum) return ctx.report(R.payloadOxum, 'missing', {}, { file: BAG_INFO_TXT });
  const at = { file: BAG_INFO_TXT, line: oxum.line };
  const m = /^(\d+)\.(\d+)$/.exec(oxum.value);
  if (!m) return ctx.report(R.payloadOxum, 'malformed', { value: oxum.value }, at);
  let octets = 0;
  let count = 0;
  for (const [path, bytes] of ctx.files) {
    if (!path.startsWith('data/')) continue;
    octets += bytes.length;
    count++;
  }
  const actual = `${octets}.${count}`;
  if (`${BigInt(m[1])}.${BigInt(m[2])}` !== actual) ctx.report(R.payloadOxum, 'mismatch', { declared: oxum.value, actual }, at);
}

/** bag-info must describe the catalogue it carries; checked once the catalogue is read. */
function _checkInfoAgainstCatalogue(ctx: _Context, info: _Info, catalogue: Catalogue): void {
  const header = _headerIdentity(catalogue);
  const pairs: [string, string | undefined][] = [
    ['Source-Organization', header.department],
    [LABELS.departmentCode, header.departmentCode],
    [LABELS.catalogueId, header.catalogueId],
    [LABELS.catalogueVersion, header.version],
  ];
  for (const [label, fromCatalogue] of pairs) {
    const given = _label(info, label);
    // Whitespace ignored: a long value folded onto continuation lines gains a space where it was folded.
    if (!given || fromCatalogue === undefined || given.value.replace(/\s+/g, '') === fromCatalogue.replace(/\s+/g, '')) continue;
    ctx.report(R.bagInfo, 'mismatch', { label, info: given.value, catalogue: fromCatalogue }, { file: BAG_INFO_TXT, line: given.line });
  }
}

// --- signature ---

function _checkSignature(ctx: _Context, info: _Info, opts: VerifyOptions): SignatureState {
  if (!opts.keys) return 'not-checked';
  const bytes = ctx.files.get(SIGNATURE);
  const text = bytes ? Buffer.from(bytes).toString('utf8') : undefined;
  const state = verifySignature(text, ctx.files.get(TAG_MANIFEST) ?? new Uint8Array(0), opts.keys);
  const keyId = (text !== undefined && parseSignatureFile(text)?.keyId) || '?';
  const at = { file: bytes ? SIGNATURE : undefined };
  if (state === 'unsigned') {
    ctx.report(R.signature, opts.requireSignature ? 'required' : 'unsigned', {}, opts.requireSignature ? {} : { severity: 'warning' });
    return state;
  }
  if (state === 'unknown-key') ctx.report(R.signature, 'unknownKey', { keyId }, at);
  if (state === 'bad-signature') ctx.report(R.signature, 'bad', {}, at);
  if (state !== 'valid') return state;
  const bound = opts.registry ? _checkRegistered(ctx, info, opts, keyId, at) : undefined;
  if (bound && bound.state !== 'valid') return bound.state;
  // The signature vouches for the tag manifest only: the words must not claim more than fixity confirms.
  if (ctx.findings.some((f) => f.severity === 'error' && _FIXITY.has(f.ruleId))) {
    ctx.report(R.signature, 'payloadAltered', { keyId }, { ...at, severity: 'info' });
    return 'payload-altered';
  }
  if (bound) ctx.report(R.signature, 'validRegistered', { keyId, file: bound.file, department: bound.department, date: bound.date }, { ...at, severity: 'info' });
  else ctx.report(R.signature, 'valid', { keyId }, { ...at, severity: 'info' });
  return 'valid';
}

const _FIXITY = new Set([R.manifestChecksum.id, R.manifestMissingFile.id, R.manifestUnlistedFile.id, R.payloadOxum.id]);

/**
 * keys.yaml's say on a verified key. The signing date is bag-info's Bagging-Date, which the signature covers; a
 * rotated key (valid_to) keeps vouching for what it signed while valid, a revoked one is removed from the registry.
 */
function _checkRegistered(
  ctx: _Context, info: _Info, opts: VerifyOptions, keyId: string, at: { file?: string },
): { state: SignatureState; file: string; department: string; date: string } {
  const who = { department: _label(info, 'Source-Organization')?.value || undefined, departmentCode: _label(info, LABELS.departmentCode)?.value || undefined };
  const bagged = _label(info, 'Bagging-Date')?.value;
  const [date, source] = bagged && parseIsoDate(bagged).ok
    ? [bagged, { zh: 'bag-info.txt 的 Bagging-Date', en: "bag-info.txt's Bagging-Date" }]
    : opts.received !== undefined && parseIsoDate(opts.received).ok
      ? [opts.received, { zh: '收到日期', en: 'the date received' }]
      : [opts.asOf, { zh: '核验日期', en: 'the verification date' }];
  const judged = judgeKey(opts.registry!, keyId, who, date);
  const department = departmentLabel({ name: who.department, code: who.departmentCode });
  if (judged.state === 'valid') return { state: 'valid', file: judged.key.file, department, date };
  const none = { file: '', department, date };
  if (judged.state === 'unregistered') {
    ctx.report(R.signature, 'unregistered', { keyId, file: _fileOf(opts.registry!, keyId) }, at);
    return { state: 'unknown-key', ...none };
  }
  if (judged.state === 'other-department') {
    const owner = judged.owners.map(departmentLabel).join('; ');
    if (department) ctx.report(R.signature, 'otherDepartment', { keyId, owner, department }, at);
    else ctx.report(R.signature, 'noDepartment', { keyId, owner }, at);
    return { state: 'other-department', ...none };
  }
  const { file, validFrom = '', validTo = '' } = judged.key;
  ctx.report(R.signature, judged.state === 'key-expired' ? 'expired' : 'notYetValid', { keyId, file, validFrom, validTo, date, source }, at);
  return { state: judged.state, ...none };
}

/** The .pub file of a key of the folder, for messages. */
function _fileOf(registry: KeyRegistry, keyId: string): string {
  return registry.files.find((k) => k.keyId === keyId)?.file ?? keyId;
}

// --- catalogue: re-lint and deadlines ---

// Resolved once per worker and settings: the rule modules never change between bundles.
const _profiles = new Map<string, ResolvedProfile<AnyRule>>();
const _diffProfiles = new Map<string, ResolvedProfile<AnyDiffRule>>();

function _lintProfile(name: string, overrides: Profile['rules'] = {}): ResolvedProfile<AnyRule> {
  const key = `${name}\u0000${JSON.stringify(overrides)}`;
  let resolved = _profiles.get(key);
  if (!resolved) _profiles.set(key, (resolved = resolveProfile(name, rules, overrides)));
  return resolved;
}

function _diffProfile(name: string, overrides: Profile['rules'] = {}): ResolvedProfile<AnyDiffRule> {
  const key = `${name}\u0000${JSON.stringify(overrides)}`;
  let resolved = _diffProfiles.get(key);
  if (!resolved) _diffProfiles.set(key, (resolved = resolveProfile(name, diffRules, overrides)));
  return resolved;
}

/** The profile named in bag-info, else the caller's default; an unknown name is reported and replaced. */
function _profileName(ctx: _Context, info: _Info, fallback = 'national'): string {
  const named = _label(info, LABELS.profile);
  const used = Object.hasOwn(builtinProfiles, fallback) ? fallback : 'national';
  if (!named) return used;
  if (Object.hasOwn(builtinProfiles, named.value)) return named.value;
  ctx.report(R.bagInfo, 'unknownProfile', { profile: named.value, used }, { file: BAG_INFO_TXT, line: named.line });
  return used;
}

function _relint(ctx: _Context, profile: ResolvedProfile<AnyRule>, asOf: string): { doc: LoadedDocument; catalogue: Catalogue } | undefined {
  const doc = _load(ctx, PAYLOAD.catalogue);
  if (!doc) return undefined;
  try {
    const { catalogue, findings } = lintDocument(doc, profile, { asOf }, rules);
    ctx.findings.push(...findings);
    return { doc, catalogue };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    _unreadable(ctx, PAYLOAD.catalogue, e);
    return undefined;
  }
}

function _recheckDeadlines(ctx: _Context, doc: LoadedDocument, profile: ResolvedProfile<AnyDiffRule>, asOf: string, calendar: Calendar): void {
  if (!ctx.files.has(PAYLOAD.previous)) return;
  const oldDoc = _load(ctx, PAYLOAD.previous);
  if (!oldDoc) return;
  try {
    // No `review` here: the authority's own deadline is review-deadline-authority, from --received.
    ctx.findings.push(...compareDocuments(oldDoc, doc, profile, { asOf, calendar }).findings);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    _unreadable(ctx, PAYLOAD.previous, e);
  }
}

/** A catalogue file of the bag, decoded and parsed; a problem becomes a catalogue-unreadable finding at its position. */
function _load(ctx: _Context, path: string): LoadedDocument | undefined {
  const bytes = ctx.files.get(path);
  if (!bytes) {
    ctx.report(R.catalogueUnreadable, 'missing', { path });
    return undefined;
  }
  try {
    return loadYaml(decodeSource(bytes, ctx.label(path)), ctx.label(path));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    _unreadable(ctx, path, e);
    return undefined;
  }
}

function _unreadable(ctx: _Context, path: string, e: InputError): void {
  ctx.report(R.catalogueUnreadable, 'unreadable', { path, problem: e.text }, { file: path, line: e.line, column: e.column });
}

// --- the authority's review deadline ---

/** Art. 17(3): due 2 working days after receipt; an info finding with the date, an error once asOf is past it. */
function _checkReview(ctx: _Context, received: string, asOf: string, calendar: Calendar): void {
  const parsed = parseIsoDate(received);
  if (!parsed.ok) return ctx.report(R.reviewDeadlineAuthority, 'invalidDate', { received });
  const due = addWorkingDays(parsed.date, 2, calendar);
  if (compareDates(asOf, due) > 0) ctx.report(R.reviewDeadlineAuthority, 'overdue', { received: parsed.date, due, asOf });
  else ctx.report(R.reviewDeadlineAuthority, 'due', { received: parsed.date, due }, { severity: 'info' });
  for (const notice of calendar.notices()) {
    if (notice.year >= yearOf(parsed.date) && notice.year <= yearOf(due)) {
      ctx.report(R.reviewDeadlineAuthority, 'calendar', { year: notice.year }, { severity: 'warning' });
    }
  }
}

/**
 * The caller's calendar seen through this bundle only: official calendars collect notices for every year they
 * were asked about, and one calendar serves many bundles in a worker.
 */
function _bundleCalendar(calendar: Calendar): Calendar {
  const years = new Set<number>();
  return {
    isWorkingDay(date) {
      years.add(yearOf(date));
      return calendar.isWorkingDay(date);
    },
    notices: () => calendar.notices().filter((n) => years.has(n.year)),
  };
}

// --- summary fields ---

interface _Identity {
  department?: string;
  departmentCode?: string;
  catalogueId?: string;
  version?: string;
}

/** bag-info first (what the department declared), the catalogue header as fallback. */
function _identity(info: _Info, catalogue: Catalogue | undefined): _Identity {
  const header = catalogue ? _headerIdentity(catalogue) : {};
  const pick = (label: string, fallback: string | undefined) => _label(info, label)?.value || fallback;
  const out: _Identity = {
    department: pick('Source-Organization', header.department),
    departmentCode: pick(LABELS.departmentCode, header.departmentCode),
    catalogueId: pick(LABELS.catalogueId, header.catalogueId),
    version: pick(LABELS.catalogueVersion, header.version),
  };
  for (const k of Object.keys(out) as (keyof _Identity)[]) if (out[k] === undefined) delete out[k];
  return out;
}

function _headerIdentity(catalogue: Catalogue): _Identity {
  const h = catalogue.header;
  const dept = h.department && typeof h.department === 'object' ? (h.department as Record<string, unknown>) : {};
  return { department: _text(dept.name), departmentCode: _text(dept.code), catalogueId: _text(h.id), version: _text(h.version) };
}

/** A scalar as bag-info would carry it: one line, whitespace folded (as `govcat package` writes labels). */
function _text(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint') return undefined;
  const s = String(v).replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return s || undefined;
}

function _entries(catalogue: Catalogue): NonNullable<BundleSummary['entries']> {
  return catalogue.entries.flatMap((e) => {
    const id = _text(e.id);
    const name = _text(e.name);
    if (id === undefined || name === undefined) return [];
    const items = Array.isArray(e.items) ? e.items : [];
    const names = items.map((i) => (i && typeof i === 'object' ? _text((i as Record<string, unknown>).name) : undefined)).filter((n): n is string => n !== undefined);
    return [{ id, name, items: names.sort() }];
  });
}
