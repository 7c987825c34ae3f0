// BagIt manifests (RFC 8493 §2.1.3, §2.2.1, §2.4, §3): every payload and tag manifest of any algorithm node:crypto has. Pure: no I/O.
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { SIGNATURE } from '../package/layout.js';
import { decodeManifestPath } from '../package/plan.js';
import * as R from './rules.js';
import { tagLines } from './tag-lines.js';
import type { MessageData, RuleBase, Severity } from '../core/types.js';

/** What the manifest checks need of the bag being verified. */
export interface ManifestContext {
  readonly files: Map<string, Uint8Array>;
  report<M extends string>(rule: RuleBase<unknown, M>, messageId: M, data?: MessageData, at?: { file?: string; line?: number; severity?: Severity }): void;
}

/**
 * The algorithms checked, by the name a manifest file carries: RFC 8493 §2.4's (sha512, sha256; md5 and sha1 for
 * backwards compatibility) and the rest of what bagit-python offers (Python's hashlib names), as node:crypto calls them.
 */
export const ALGORITHMS: ReadonlyMap<string, { hash: string; hexLength: number; weak?: true }> = new Map([
  ['md5', { hash: 'md5', hexLength: 32, weak: true as const }],
  ['sha1', { hash: 'sha1', hexLength: 40, weak: true as const }],
  ['sha224', { hash: 'sha224', hexLength: 56 }],
  ['sha256', { hash: 'sha256', hexLength: 64 }],
  ['sha384', { hash: 'sha384', hexLength: 96 }],
  ['sha512', { hash: 'sha512', hexLength: 128 }],
  ['sha3_224', { hash: 'sha3-224', hexLength: 56 }],
  ['sha3_256', { hash: 'sha3-256', hexLength: 64 }],
  ['sha3_384', { hash: 'sha3-384', hexLength: 96 }],
  ['sha3_512', { hash: 'sha3-512', hexLength: 128 }],
  ['blake2b', { hash: 'blake2b512', hexLength: 128 }],
  ['blake2s', { hash: 'blake2s256', hexLength: 64 }],
]);

/** Checks every manifest of the bag; `version` is bagit.txt's BagIt-Version (0.97 lets payload manifests differ, RFC 8493 §3). */
export function checkManifests(ctx: ManifestContext, version: string | undefined): void {
  const manifests: _Manifest[] = [];
  const unencoded: _Unencoded[] = [];
  const weak = new Map<string, string[]>();
  let payloadNamed = false;
  for (const name of [...ctx.files.keys()].sort()) {
    const m = /^(tag)?manifest-([A-Za-z0-9_]+)\.txt$/.exec(name);
    if (!m) continue;
    const kind = m[1] ? 'tag' : 'payload';
    payloadNamed ||= kind === 'payload';
    const algorithm = ALGORITHMS.get(m[2]);
    if (!algorithm) {
      ctx.report(R.manifestFormat, 'unsupported', { manifest: name, algorithm: m[2] }, { file: name, severity: 'warning' });
      continue;
    }
    if (algorithm.weak) weak.set(m[2], [...(weak.get(m[2]) ?? []), name]);
    manifests.push(_parseManifest(ctx, name, m[2], kind, unencoded));
  }
  if (!payloadNamed) ctx.report(R.manifestFormat, 'noManifest', { found: _rootFiles(ctx) });
  for (const [algorithm, names] of weak) {
    ctx.report(R.manifestFormat, 'weakAlgorithm', { manifests: names.join(', '), algorithm: algorithm.toUpperCase() }, { file: names[0], severity: 'warning' });
  }
  if (unencoded.length) _reportUnencoded(ctx, unencoded);
  const payload = manifests.filter((m) => m.kind === 'payload');
  _checkListed(ctx, manifests);
  _checkUnlistedPayload(ctx, payload, version);
  _checkUnlistedTags(ctx, manifests.filter((m) => m.kind === 'tag'));
}

// --- internal ---

interface _Manifest {
  name: string;
  algorithm: string;
  kind: 'payload' | 'tag';
  /** Path as matched in the bag → line of its first listing and the checksum (lower case). */
  entries: Map<string, { line: number; checksum: string }>;
}

/** A manifest line whose path only names a file when read as written, "%" unencoded. */
interface _Unencoded {
  manifest: string;
  line: number;
  path: string;
}

function _parseManifest(ctx: ManifestContext, name: string, algorithm: string, kind: _Manifest['kind'], unencoded: _Unencoded[]): _Manifest {
  const manifest: _Manifest = { name, algorithm, kind, entries: new Map() };
  const bytes = ctx.files.get(name)!;
  if (!isUtf8(bytes)) ctx.report(R.manifestFormat, 'notUtf8', { manifest: name }, { file: name });
  for (const { text, line } of tagLines(bytes)) {
    if (text.trim() === '') continue;
    const at = { file: name, line };
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(text);
    if (!m || m[1].length !== ALGORITHMS.get(algorithm)!.hexLength) {
      ctx.report(R.manifestFormat, 'malformedLine', { manifest: name, line, algorithm: algorithm.toUpperCase() }, at);
      continue;
    }
    const path = _resolve(ctx, manifest, m[2], line, unencoded);
    if (!_acceptPath(ctx, manifest, path, line)) continue;
    const first = manifest.entries.get(path);
    if (first) ctx.report(R.manifestFormat, 'duplicate', { manifest: name, line, path, first: first.line }, at);
    else manifest.entries.set(path, { line, checksum: m[1].toLowerCase() });
  }
  return manifest;
}

/**
 * The file a manifest path names. RFC 8493 §2.1.3 writes "%" as %25 (CR, LF as %0D, %0A), but bagit-python and other
 * tools write "%" as it is: a path that names a file only when read as written is taken so, and reported once per bag.
 * When both readings name files, the RFC's wins.
 */
function _resolve(ctx: ManifestContext, manifest: _Manifest, written: string, line: number, unencoded: _Unencoded[]): string {
  const decoded = decodeManifestPath(written);
  const bare = /%(?!0[AaDd]|25)/.test(written);
  if (decoded === written && !bare) return decoded;
  const rfc = ctx.files.has(decoded);
  if (rfc && decoded !== written && ctx.files.has(written)) {
    ctx.report(R.manifestFormat, 'ambiguousPercent', { manifest: manifest.name, line, written, decoded }, { file: manifest.name, line, severity: 'warning' });
    return decoded;
  }
  const path = rfc ? decoded : ctx.files.has(written) ? written : undefined;
  if (path === undefined) return decoded;
  if (bare || path === written) unencoded.push({ manifest: manifest.name, line, path });
  return path;
}

function _reportUnencoded(ctx: ManifestContext, found: _Unencoded[]): void {
  const manifests = [...new Set(found.map((u) => u.manifest))].join(', ');
  const paths = _list([...new Set(found.map((u) => u.path))]);
  ctx.report(R.manifestFormat, 'unencodedPercent', { manifests, count: found.length, paths }, { file: found[0].manifest, line: found[0].line, severity: 'warning' });
}

/** A listed path must be relative, stay inside the bag, and belong to the manifest's kind (payload vs tag). */
function _acceptPath(ctx: ManifestContext, manifest: _Manifest, path: string, line: number): boolean {
  const at = { file: manifest.name, line };
  const segments = path.split('/');
  const reason = path.startsWith('/') || /^[A-Za-z]:/.test(path)
    ? { zh: '不得为绝对路径', en: 'it must not be absolute' }
    : segments.some((s) => s === '..' || s === '.' || s === '')
      ? { zh: '不得含“.”“..”或空路径段', en: 'it must not contain ".", ".." or empty segments' }
      : undefined;
  if (reason) {
    ctx.report(R.manifestFormat, 'badPath', { manifest: manifest.name, line, path, reason }, at);
    return false;
  }
  const inPayload = path.startsWith('data/');
  if (manifest.kind === 'payload' ? !inPayload : inPayload || /^tagmanifest-[^/]+\.txt$/.test(path)) {
    const scope = manifest.kind === 'payload'
      ? { zh: '只能列出 data/ 下的载荷文件', en: 'may only list payload files under data/' }
      : { zh: '只能列出标签文件，且不能列出标签清单', en: 'may only list tag files, and no tag manifest' };
    ctx.report(R.manifestFormat, 'outside', { manifest: manifest.name, line, path, scope }, at);
    return false;
  }
  return true;
}

/** Presence and fixity of every listed file: one finding per file, at the first manifest that finds the problem. */
function _checkListed(ctx: ManifestContext, manifests: _Manifest[]): void {
  const hashes = new Map<string, string>();
  const hash = (algorithm: string, path: string) => {
    const key = `${algorithm}\u0000${path}`;
    let hex = hashes.get(key);
    if (hex === undefined) hashes.set(key, (hex = createHash(ALGORITHMS.get(algorithm)!.hash).update(ctx.files.get(path)!).digest('hex')));
    return hex;
  };
  const missing = new Map<string, _Manifest[]>();
  const changed = new Map<string, _Manifest[]>();
  for (const manifest of manifests) {
    for (const [path, { checksum }] of manifest.entries) {
      const bad = !ctx.files.has(path) ? missing : hash(manifest.algorithm, path) !== checksum ? changed : undefined;
      bad?.set(path, [...(bad.get(path) ?? []), manifest]);
    }
  }
  for (const [path, [first, ...more]] of missing) {
    ctx.report(R.manifestMissingFile, 'missing', { manifest: _names([first, ...more]), path }, { file: first.name, line: first.entries.get(path)!.line });
  }
  for (const [path, by] of changed) {
    const algorithm = by.map((m) => m.algorithm.toUpperCase()).join(', ');
    ctx.report(R.manifestChecksum, 'mismatch', { manifest: _names(by), path, algorithm }, { file: by[0].name, line: by[0].entries.get(path)!.line });
  }
}

/**
 * RFC 8493 §3: a payload file listed in no payload manifest was added after bagging (one finding per file); for
 * BagIt 1.0 every payload manifest lists every payload file, so one that leaves out files others list is one finding.
 */
function _checkUnlistedPayload(ctx: ManifestContext, payload: _Manifest[], version: string | undefined): void {
  if (!payload.length) return;
  const files = [...ctx.files.keys()].filter((p) => p.startsWith('data/')).sort();
  for (const path of files) {
    if (!payload.some((m) => m.entries.has(path))) ctx.report(R.manifestUnlistedFile, 'payload', { manifest: _names(payload), path }, { file: path });
  }
  if (version === '0.97') return;
  for (const manifest of payload) {
    const left = files.filter((p) => !manifest.entries.has(p) && payload.some((m) => m.entries.has(p)));
    if (!left.length) continue;
    const others = _names(payload.filter((m) => m !== manifest && left.some((p) => m.entries.has(p))));
    ctx.report(R.manifestUnlistedFile, 'disagree', { manifest: manifest.name, others, count: left.length, paths: _list(left) }, { file: manifest.name });
  }
}

/**
 * RFC 8493 §2.2.1: each tag manifest MUST list every payload manifest (an error when it does not) and SHOULD list the
 * other tag files (a warning); the signature and the tag manifests themselves stay unlisted. One finding per file.
 */
function _checkUnlistedTags(ctx: ManifestContext, tags: _Manifest[]): void {
  for (const path of [...ctx.files.keys()].sort()) {
    if (path.startsWith('data/') || path === SIGNATURE || /^tagmanifest-[^/]+\.txt$/.test(path)) continue;
    const without = tags.filter((m) => !m.entries.has(path));
    if (!without.length) continue;
    const payloadManifest = /^manifest-[A-Za-z0-9_]+\.txt$/.test(path);
    ctx.report(R.manifestUnlistedFile, 'tag', { manifest: _names(without), path }, { file: path, severity: payloadManifest ? 'error' : 'warning' });
  }
}

/** The files at the bag root, for a bag with no payload manifest: what was found instead. */
function _rootFiles(ctx: ManifestContext): string {
  const root = [...ctx.files.keys()].filter((p) => !p.includes('/')).sort();
  return root.length ? _list(root) : '—';
}

function _names(manifests: _Manifest[]): string {
  return manifests.map((m) => m.name).join(', ');
}

/** At most five names, then how many more: a finding stays one readable line. */
function _list(names: string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} (+${names.length - 5})`;
}
