// Opens a submitted bundle (bag directory, .zip or .tar.gz) into memory, never extracting, within hard limits.
import { closeSync, constants, createReadStream, fstatSync, lstatSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip, crc32, inflateRawSync } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import tar from 'tar-stream';
import { BundleError, DEFAULT_LIMITS, type BundleFiles, type BundleProblemCode, type OpenLimits } from './types.js';
import type { Bilingual } from '../core/types.js';

/**
 * Below this many expanded bytes the compression ratio is not judged: a small, very repetitive text file can
 * legitimately compress 500:1, while a bomb has to expand far beyond this to do harm.
 */
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** Reads a bundle's files into memory; rejects with a BundleError for anything unsafe, unreadable or over the limits. */
export async function openBundle(path: string, limits: OpenLimits = DEFAULT_LIMITS): Promise<BundleFiles> {
  // The operator named this path, so it may be a link; links *inside* the bundle are never followed.
  const st = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw _ioError(e, path);
  });
  if (st.isDirectory()) return { path, kind: 'directory', files: _bagRoot(_readDirectory(path, limits), path) };
  if (!st.isFile()) throw _error('special-file', path, { zh: '不是普通文件或目录', en: 'is neither a regular file nor a directory' });
  if (st.size === 0) throw _error('empty', path, { zh: '文件为空', en: 'the file is empty' });
  if (st.size > limits.maxTotalBytes) throw _error('too-large', path, { zh: `归档文件超过 ${limits.maxTotalBytes} 字节`, en: `the archive is larger than ${limits.maxTotalBytes} bytes` });
  const kind = await _sniff(path);
  if (kind === 'zip') return { path, kind, files: _bagRoot(await _readZip(path, limits), path) };
  if (kind === 'tar.gz') return { path, kind, files: _bagRoot(await _readTarGz(path, limits), path) };
  throw _error('not-an-archive', path, {
    zh: '不是 zip 或 tar.gz 归档（按文件头判断，与扩展名无关）',
    en: 'is not a zip or tar.gz archive (judged by its first bytes, whatever its name says)',
  });
}

/**
 * An entry name made safe: forward slashes, no `.`/empty segments. Throws for absolute paths (also `C:` and
 * leading backslashes), `..` segments, backslashes and control characters.
 */
export function safeEntryName(raw: string): string {
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw _error('bad-name', raw, { zh: '条目名称含控制字符', en: 'the entry name contains control characters' });
  if (/^[\\/]/.test(raw) || /^[A-Za-z]:/.test(raw)) throw _error('absolute-path', raw, { zh: '条目使用绝对路径', en: 'the entry has an absolute path' });
  if (raw.split(/[\\/]/).includes('..')) throw _error('traversal', raw, { zh: '条目名称含“..”，试图跳出提交包', en: 'the entry name contains "..", reaching outside the bundle' });
  if (raw.includes('\\')) throw _error('bad-name', raw, { zh: '条目名称含反斜杠（\\）；路径分隔符须为“/”', en: 'the entry name contains a backslash (\\); the path separator must be "/"' });
  return raw.split('/').filter((s) => s !== '' && s !== '.').join('/');
}

// --- internal ---

type FileMap = Map<string, Uint8Array>;

// Zero where the platform lacks them (Windows), which has neither FIFOs nor the same link semantics.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** What both node streams (yauzl) and streamx streams (tar-stream) offer; enough to buffer an entry. */
interface _Source {
  on(event: 'data' | 'end' | 'error', listener: (arg: any) => void): unknown;
  destroy(): void;
  resume(): unknown;
}

/** Running totals shared by every reader, so the same limits mean the same thing for all three kinds. */
class _Budget {
  entries = 0;
  total = 0;
  readonly files: FileMap = new Map();
  constructor(readonly limits: OpenLimits, readonly bundle: string) {}

  entry(name: string): void {
    if (++this.entries > this.limits.maxEntries) {
      throw _error('too-many-entries', name, { zh: `条目超过 ${this.limits.maxEntries} 个`, en: `more than ${this.limits.maxEntries} entries` });
    }
  }

  /** Called before reading (declared sizes) and while reading (real sizes). */
  bytes(name: string, fileBytes: number, extra: number): void {
    const { maxFileBytes, maxTotalBytes } = this.limits;
    if (fileBytes > maxFileBytes) throw _error('too-large', name, { zh: `单个文件超过 ${maxFileBytes} 字节`, en: `a single file larger than ${maxFileBytes} bytes` });
    if (this.total + extra > maxTotalBytes) throw _error('too-large', name, { zh: `展开后总大小超过 ${maxTotalBytes} 字节`, en: `more than ${maxTotalBytes} bytes in all once expanded` });
  }

  add(name: string, data: Uint8Array): void {
    if (!name) return;
    if (this.files.has(name)) throw _error('duplicate-entry', name, { zh: '同名条目出现多次', en: 'the same name appears more than once' });
    this.bytes(name, data.length, data.length);
    this.total += data.length;
    this.files.set(name, data);
  }

  done(): FileMap {
    if (!this.files.size) throw _error('empty', this.bundle, { zh: '提交包中没有任何文件', en: 'the bundle holds no files' });
    return this.files;
  }
}

function _ratioExceeded(expanded: number, compressed: number, limits: OpenLimits): boolean {
  return expanded > RATIO_GRACE_BYTES && expanded > compressed * limits.maxRatio;
}

function _ratioError(name: string, limits: OpenLimits): BundleError {
  return _error('ratio', name, {
    zh: `压缩比超过 ${limits.maxRatio}:1，疑为压缩炸弹，已停止读取`,
    en: `expands more than ${limits.maxRatio}:1, a likely decompression bomb; reading stopped`,
  });
}

async function _sniff(path: string): Promise<'zip' | 'tar.gz' | undefined> {
  const fh = await open(path, constants.O_RDONLY | NONBLOCK).catch((e: NodeJS.ErrnoException) => {
    throw _ioError(e, path);
  });
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    if (bytesRead >= 4 && head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(head.readUInt16BE(2))) return 'zip';
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
    return undefined;
  } finally {
    await fh.close();
  }
}

/** RFC 8493 §4: a serialized bag holds one top-level folder; strip it unless the bag sits at the root already. */
function _bagRoot(files: FileMap, bundle: string): FileMap {
  if (files.has('bagit.txt')) return files;
  const names = [...files.keys()];
  const top = names[0].split('/')[0];
  if (!names.every((n) => n.startsWith(top + '/'))) return files;
  const stripped: FileMap = new Map();
  for (const [n, data] of files) stripped.set(n.slice(top.length + 1), data);
  if (!stripped.size) throw _error('empty', bundle, { zh: '提交包中没有任何文件', en: 'the bundle holds no files' });
  return stripped;
}

// --- directories ---

// Synchronous on purpose: each worker thread opens one bundle at a time, and a directory of small files costs
// several times more in promise round trips than in system calls.
function _readDirectory(root: string, limits: OpenLimits): FileMap {
  const budget = new _Budget(limits, root);
  _walk(root, '', budget);
  return budget.done();
}

function _walk(abs: string, rel: string, budget: _Budget): void {
  let names: string[];
  try {
    names = readdirSync(abs).sort();
  } catch (e) {
    throw _ioError(e as NodeJS.ErrnoException, rel || abs);
  }
  for (const name of names) {
    const relName = safeEntryName(rel ? `${rel}/${name}` : name);
    budget.entry(relName);
    const st = lstatSync(join(abs, name));
    if (st.isSymbolicLink()) throw _linkError(relName);
    if (st.isDirectory()) _walk(join(abs, name), relName, budget);
    else if (st.isFile()) budget.add(relName, _readRegular(join(abs, name), relName, budget));
    else throw _specialError(relName);
  }
}

/** O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after lstat fails instead of being followed or hanging. */
function _readRegular(abs: string, rel: string, budget: _Budget): Uint8Array {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw err.code === 'ELOOP' ? _linkError(rel) : _ioError(err, rel);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw _specialError(rel);
    budget.bytes(rel, st.size, st.size);
    const data = readFileSync(fd);
    budget.bytes(rel, data.length, data.length);
    return data;
  } finally {
    closeSync(fd);
  }
}

// --- zip ---

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

async function _readZip(path: string, limits: OpenLimits): Promise<FileMap> {
  // One read of the whole archive (already bounded by maxTotalBytes): far fewer system calls than yauzl's reads by entry.
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw _ioError(e, path);
  });
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    // Names decoded here, not by yauzl, so each kind of bad name gets its own code; sizes are checked by us.
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false }, (err, z) => {
      if (err) reject(_zipError(err, path));
      else resolve(z);
    });
  });
  try {
    const budget = new _Budget(limits, path);
    // The central directory states the count up front: refuse before reading any entry.
    if (zip.entryCount > limits.maxEntries) throw _error('too-many-entries', path, { zh: `条目超过 ${limits.maxEntries} 个`, en: `more than ${limits.maxEntries} entries` });
    await _eachZipEntry(zip, path, (entry) => _readZipEntry(bytes, entry, budget));
    return budget.done();
  } finally {
    zip.close();
  }
}

/** Visits entries one at a time; every error (ours or yauzl's) settles the promise exactly once. */
function _eachZipEntry(zip: ZipFile, path: string, visit: (e: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      reject(e instanceof BundleError ? e : _zipError(e as Error, path));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (!settled) (settled = true), resolve();
    });
    zip.on('entry', (entry: Entry) => {
      try {
        visit(entry);
      } catch (e) {
        return fail(e);
      }
      if (!settled) zip.readEntry();
    });
    zip.readEntry();
  });
}

function _readZipEntry(archive: Buffer, entry: Entry, budget: _Budget): void {
  // strictFileNames: backslashes are kept, so safeEntryName can refuse them.
  const raw = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
  const name = safeEntryName(raw);
  budget.entry(name);
  // Unix mode in the high 16 bits of the external attributes (zero when the archiver did not record one).
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK) throw _linkError(name);
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) throw _specialError(name);
  if (raw.endsWith('/') || type === S_IFDIR) return;
  if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
    throw _error('corrupt', name, { zh: '条目已加密或压缩方法不受支持', en: 'the entry is encrypted or uses an unsupported compression method' });
  }
  // Declared sizes first: an honest bomb is refused before a single byte is inflated.
  if (entry.uncompressedSize > 0 && _ratioExceeded(entry.uncompressedSize, entry.compressedSize, budget.limits)) throw _ratioError(name, budget.limits);
  budget.bytes(name, entry.uncompressedSize, entry.uncompressedSize);
  const data = _inflate(archive, entry, name);
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw _error('corrupt', name, { zh: '条目内容与其校验值（CRC-32）或声明的大小不符', en: 'the entry does not match its CRC-32 or declared size' });
  }
  budget.add(name, data);
}

/**
 * The entry's bytes, inflated in one call with the output capped one byte past the declared size: zlib stops
 * there, so a header that lies about its size cannot make us inflate a bomb (and the declared size is bounded).
 */
function _inflate(archive: Buffer, entry: Entry, name: string): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > archive.length || archive.readUInt32LE(at) !== 0x04034b50) {
    throw _error('corrupt', name, { zh: 'zip 归档已损坏：找不到条目的本地文件头', en: 'the zip archive is corrupt: the entry has no local file header' });
  }
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  if (start + entry.compressedSize > archive.length) {
    throw _error('corrupt', name, { zh: 'zip 归档已损坏：条目数据超出文件末尾', en: 'the zip archive is corrupt: the entry data runs past the end of the file' });
  }
  const raw = archive.subarray(start, start + entry.compressedSize);
  if (entry.compressionMethod === 0) return raw;
  try {
    return inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw _zipError(e as Error, name);
    throw _error('corrupt', name, { zh: `条目展开后超过其声明的大小（${entry.uncompressedSize} 字节），已停止读取`, en: `the entry expands beyond its declared size (${entry.uncompressedSize} bytes); reading stopped` });
  }
}

/** Buffers one tar entry, stopping at the first chunk past any limit. */
function _collect(stream: _Source, name: string, budget: _Budget, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    const fail = (e: unknown) => {
      stream.destroy();
      reject(e);
    };
    stream.on('data', (c: Buffer) => {
      got += c.length;
      try {
        if (got > limit) throw _error('corrupt', name, { zh: `条目超过其声明的大小（${limit} 字节），已停止读取`, en: `the entry is longer than its declared size (${limit} bytes); reading stopped` });
        budget.bytes(name, got, got);
      } catch (e) {
        return fail(e);
      }
      chunks.push(c);
    });
    stream.on('error', (e) => fail(e instanceof BundleError ? e : _tarError(e, name)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function _zipError(e: Error, where: string): BundleError {
  const msg = e.message ?? String(e);
  const truncated = /end of central directory record signature not found|unexpected EOF|unexpected end/i.test(msg);
  return _error(truncated ? 'truncated' : 'corrupt', where, truncated
    ? { zh: `zip 归档不完整（被截断）：${msg}`, en: `the zip archive is truncated: ${msg}` }
    : { zh: `zip 归档已损坏：${msg}`, en: `the zip archive is corrupt: ${msg}` });
}

// --- tar.gz ---

async function _readTarGz(path: string, limits: OpenLimits): Promise<FileMap> {
  const budget = new _Budget(limits, path);
  let current = path;
  const counts = { in: 0, out: 0 };
  const input = createReadStream(path, { highWaterMark: 64 * 1024 });
  const countIn = _counter((n) => void (counts.in += n));
  const gunzip = createGunzip();
  // The whole gzip stream is one compressed unit: judge the ratio of everything expanded so far.
  const countOut = _counter((n) => {
    counts.out += n;
    if (_ratioExceeded(counts.out, counts.in, limits)) throw _ratioError(current, limits);
    // Headers and padding come on top of the file data, which the budget counts itself.
    if (counts.out > limits.maxTotalBytes + (limits.maxEntries + 2) * 1024 + RATIO_GRACE_BYTES) budget.bytes(current, 0, Infinity);
  });
  const extract = tar.extract();
  const streams = [input, countIn, gunzip, countOut, extract] as const;
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      for (const s of streams) s.destroy();
      reject(e instanceof BundleError ? e : _tarError(e as Error, current));
    };
    for (const s of streams) (s as unknown as _Source).on('error', fail);
    extract.on('entry', (header, stream, next) => {
      current = header.name;
      _readTarEntry(header, stream as unknown as _Source, budget).then(() => next(), fail);
    });
    extract.on('finish', () => {
      if (!settled) (settled = true), resolve();
    });
    input.pipe(countIn).pipe(gunzip).pipe(countOut).pipe(extract);
  });
  return budget.done();
}

async function _readTarEntry(header: tar.Header, stream: _Source, budget: _Budget): Promise<void> {
  const name = safeEntryName(header.name);
  budget.entry(name);
  const type = header.type ?? 'file';
  if (type === 'symlink' || type === 'link') throw _linkError(name);
  if (type === 'directory') return void (await _drain(stream));
  if (type !== 'file' && type !== 'contiguous-file') throw _specialError(name);
  const size = header.size ?? 0;
  budget.bytes(name, size, size);
  const data = await _collect(stream, name, budget, size);
  budget.add(name, data);
}

function _drain(stream: _Source): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.on('error', reject);
    stream.resume();
  });
}

/** A pass-through that reports each chunk's size; a throw in `see` becomes a stream error. */
function _counter(see: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      try {
        see(chunk.length);
        cb(null, chunk);
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}

function _tarError(e: Error, where: string): BundleError {
  const msg = e.message ?? String(e);
  const truncated = /unexpected end|Z_BUF_ERROR/i.test(msg) || (e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR';
  return _error(truncated ? 'truncated' : 'corrupt', where, truncated
    ? { zh: `tar.gz 归档不完整（被截断）：${msg}`, en: `the tar.gz archive is truncated: ${msg}` }
    : { zh: `tar.gz 归档已损坏：${msg}`, en: `the tar.gz archive is corrupt: ${msg}` });
}

// --- errors ---

function _error(code: BundleProblemCode, entry: string, text: Bilingual): BundleError {
  const shown = _shown(entry);
  return new BundleError(code, { zh: `${shown}：${text.zh}`, en: `${shown}: ${text.en}` }, shown);
}

/** A hostile name as reports may show it: control characters escaped, length bounded. */
function _shown(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > 300 ? `${escaped.slice(0, 300)}…` : escaped;
}

function _linkError(name: string): BundleError {
  return _error('link', name, { zh: '条目是符号链接或硬链接，不予跟随', en: 'the entry is a symbolic or hard link, which is never followed' });
}

function _specialError(name: string): BundleError {
  return _error('special-file', name, { zh: '条目是设备文件、FIFO 或套接字', en: 'the entry is a device file, FIFO or socket' });
}

function _ioError(e: NodeJS.ErrnoException, where: string): BundleError {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return _error('not-found', where, { zh: '不存在', en: 'does not exist' });
  return _error('unreadable', where, { zh: `无法读取（${e.code ?? e.message}）`, en: `cannot be read (${e.code ?? e.message})` });
}
