// Writes a planned bag as a directory, .zip or .tar.gz: deterministic bytes, a temporary sibling renamed into place.
import { randomBytes } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { chmodSync, createWriteStream, linkSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { GovcatError, InputError, UsageError } from '../core/errors.js';
import type { BagFile } from './plan.js';

export type BagFormat = 'directory' | 'zip' | 'tar.gz';

export interface OutputTarget {
  /** OUT as given. */
  path: string;
  format: BagFormat;
  /** The bag's folder name: OUT's base name without extension (the one top-level folder of an archive, RFC 8493 §4.2). */
  root: string;
}

const FILE_MODE = 0o644;
const DIR_MODE = 0o755;

/** The format chosen by OUT's name: `.zip`, `.tar.gz` / `.tgz`, anything else a directory. */
export function outputTarget(out: string): OutputTarget {
  const base = basename(resolve(out));
  const ext = /\.zip$/i.test(base) ? 4 : /\.tar\.gz$/i.test(base) ? 7 : /\.tgz$/i.test(base) ? 4 : 0;
  const format: BagFormat = ext === 0 ? 'directory' : /\.zip$/i.test(base) ? 'zip' : 'tar.gz';
  const root = base.slice(0, base.length - ext);
  if (!root || root === '.' || root === '..') {
    throw new UsageError({ zh: `输出名“${out}”不能作为包名`, en: `the output name "${out}" cannot name a package` });
  }
  return { path: out, format, root };
}

/** File times in the bag: the bagging date at 00:00:00 UTC. */
export function bagMtime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Refuses, before any work, an OUT that exists (without --force), whose folder is missing, or that would
 * replace one of the inputs or the working directory when forced.
 */
export function checkOutput(out: string, force: boolean, inputs: readonly string[], cwd = process.cwd()): void {
  const abs = resolve(cwd, out);
  const parent = _stat(dirname(abs));
  if (!parent?.isDirectory()) throw new InputError(dirname(out) || '.', { zh: '输出目录不存在', en: 'the output folder does not exist' });
  const inside = (p: string) => p === abs || p.startsWith(abs + sep);
  if ([cwd, ...inputs].some((p) => inside(resolve(cwd, p)))) {
    throw new UsageError({ zh: `输出“${out}”会覆盖输入文件或当前目录`, en: `the output "${out}" would replace an input file or the working directory` });
  }
  if (!force && _lstat(abs)) throw _exists(out);
}

/** Writes the bag to OUT through a temporary sibling; an existing OUT is replaced only with `force`. */
export async function writeBag(files: readonly BagFile[], out: string, opts: { date: string; force: boolean }): Promise<void> {
  const target = outputTarget(out);
  const tmp = _sibling(out, 'tmp');
  // An interrupted run must not leave a half-written package behind.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    if (target.format === 'directory') _writeDirectory(tmp, files, bagMtime(opts.date));
    else if (target.format === 'zip') await _writeZip(tmp, target.root, files, opts.date);
    else await _writeTarGz(tmp, target.root, files, opts.date);
    _commit(tmp, out, target.format === 'directory', opts.force);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (e instanceof GovcatError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError(out, { zh: `无法写入提交包（${code}）`, en: `cannot write the package (${code})` });
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

/** Archive entries under the root folder: every directory (with a trailing slash) and file, sorted by name. */
export function archiveEntries(root: string, files: readonly BagFile[]): { name: string; bytes?: Uint8Array }[] {
  const dirs = new Set<string>([`${root}/`]);
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${root}/${parts.slice(0, i).join('/')}/`);
  }
  const entries = [...[...dirs].map((name) => ({ name })), ...files.map((f) => ({ name: `${root}/${f.path}`, bytes: f.bytes }))];
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// --- internal ---

function _writeDirectory(dir: string, files: readonly BagFile[], mtime: Date): void {
  const dirs = new Set<string>(['']);
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of [...dirs].sort()) {
    mkdirSync(join(dir, d), { mode: DIR_MODE });
    chmodSync(join(dir, d), DIR_MODE); // the umask may have narrowed it
  }
  for (const f of files) {
    const p = join(dir, f.path);
    writeFileSync(p, f.bytes, { flag: 'wx', mode: FILE_MODE });
    chmodSync(p, FILE_MODE);
    utimesSync(p, mtime, mtime);
  }
  // Deepest first: setting a child's time would not change its parent's, but creating files did.
  for (const d of [...dirs].sort().reverse()) utimesSync(join(dir, d), mtime, mtime);
}

async function _writeZip(file: string, root: string, files: readonly BagFile[], date: string): Promise<void> {
  const zip = new yazl.ZipFile();
  // DOS times have no zone: a local-time Date with the bagging date's fields stores 00:00:00 whatever TZ is;
  // forceDosTimestamp leaves out the extended-timestamp field, so nothing in the archive depends on the machine.
  const [y, m, d] = date.split('-').map(Number);
  const mtime = new Date(y, m - 1, d, 0, 0, 0);
  for (const e of archiveEntries(root, files)) {
    if (e.bytes === undefined) zip.addEmptyDirectory(e.name, { mtime, mode: 0o040000 | DIR_MODE, forceDosTimestamp: true });
    else zip.addBuffer(Buffer.from(e.bytes), e.name, { mtime, mode: 0o100000 | FILE_MODE, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file, { flags: 'wx', mode: FILE_MODE }));
  chmodSync(file, FILE_MODE);
}

async function _writeTarGz(file: string, root: string, files: readonly BagFile[], date: string): Promise<void> {
  const pack = tar.pack();
  // gzip's own header carries no time or name when written by zlib streams: mtime 0, no FNAME.
  const done = pipeline(pack, createGzip({ level: 9 }), createWriteStream(file, { flags: 'wx', mode: FILE_MODE }));
  const mtime = bagMtime(date);
  for (const e of archiveEntries(root, files)) {
    const dir = e.bytes === undefined;
    const header = { name: e.name, type: dir ? ('directory' as const) : ('file' as const), mode: dir ? DIR_MODE : FILE_MODE, mtime, uid: 0, gid: 0, uname: '', gname: '' };
    await new Promise<void>((ok, fail) => {
      const cb = (err?: Error | null) => (err ? fail(err) : ok());
      if (dir) pack.entry(header, cb);
      else pack.entry(header, Buffer.from(e.bytes!), cb);
    });
  }
  pack.finalize();
  await done;
  chmodSync(file, FILE_MODE);
}

/** Moves the finished temporary into place; the no-clobber and replace steps are single OS calls where the OS has one. */
function _commit(tmp: string, out: string, isDir: boolean, force: boolean): void {
  const existing = _lstat(out);
  if (!existing) {
    if (isDir) return renameSync(tmp, out);
    try {
      linkSync(tmp, out); // fails with EEXIST if OUT appeared meanwhile, where rename would clobber it
      return unlinkSync(tmp);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw _exists(out);
      if (_lstat(out)) throw e;
      return renameSync(tmp, out); // file systems without hard links
    }
  }
  if (!force) throw _exists(out);
  if (!isDir && !existing.isDirectory()) return renameSync(tmp, out); // atomic replacement
  // A directory on either side cannot be swapped in one call: set the old aside, move the new in, then delete the old.
  const old = _sibling(out, 'old');
  renameSync(out, old);
  try {
    renameSync(tmp, out);
  } catch (e) {
    renameSync(old, out);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

function _sibling(out: string, kind: 'tmp' | 'old'): string {
  const abs = resolve(out);
  return join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);
}

function _exists(out: string): InputError {
  return new InputError(out, { zh: '已存在；如需替换，请加 --force', en: 'already exists; use --force to replace it' });
}

function _lstat(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function _stat(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
