// Test helper: bags built in memory and written as directories, hand-built zips and tar.gz — hostile ones included.
import { createHash, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readdirSync, lstatSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { formatSignatureFile } from '../../src/package/sign.js';

export type Files = Map<string, Buffer>;

export const sha = (alg: string, b: Uint8Array) => createHash(alg).update(b).digest('hex');

/** bag-info labels matching samples/catalogue.yaml's header. */
export const SAMPLE_INFO: Record<string, string> = {
  'Source-Organization': '北京市市场监督管理局',
  'Govcat-Profile': 'national',
  'Govcat-Catalogue-Id': 'CAT-110000-SCJGJ',
  'Govcat-Catalogue-Version': '2026.2',
  'Govcat-Department-Code': '11110000MB1957J40W',
};

export interface BagOptions {
  info?: Record<string, string>;
  /** Replaces the computed Payload-Oxum (null: leave it out). */
  oxum?: string | null;
  signer?: { keyId: string; key: KeyObject };
}

/** A complete BagIt 1.0 bag: bagit.txt, bag-info.txt (with Payload-Oxum), manifest and tag manifest, optional signature. */
export function makeBag(payload: Record<string, string | Buffer>, opts: BagOptions = {}): Files {
  const files: Files = new Map();
  let octets = 0;
  for (const [path, data] of Object.entries(payload)) {
    const b = Buffer.from(data);
    files.set(path, b);
    octets += b.length;
  }
  const oxum = opts.oxum === undefined ? `${octets}.${files.size}` : opts.oxum;
  const info = { ...(opts.info ?? SAMPLE_INFO), ...(oxum === null ? {} : { 'Payload-Oxum': oxum }) };
  files.set('bagit.txt', Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'));
  files.set('bag-info.txt', Buffer.from(Object.entries(info).map(([k, v]) => `${k}: ${v}\n`).join('')));
  files.set('manifest-sha256.txt', Buffer.from(manifest([...files].filter(([p]) => p.startsWith('data/')))));
  files.set('tagmanifest-sha256.txt', Buffer.from(manifest([...files].filter(([p]) => !p.startsWith('data/')))));
  if (opts.signer) {
    const sig = sign(null, files.get('tagmanifest-sha256.txt')!, opts.signer.key);
    files.set('govcat-signature.txt', Buffer.from(formatSignatureFile(opts.signer.keyId, sig)));
  }
  return files;
}

export function manifest(entries: [string, Buffer][], alg = 'sha256'): string {
  return entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, b]) => `${sha(alg, b)}  ${p.replace(/%/g, '%25')}\n`).join('');
}

/** The same files with the manifests (and Payload-Oxum) recomputed after an edit, so only the intended problem remains. */
export function rebag(files: Files, opts: BagOptions = {}): Files {
  const payload = Object.fromEntries([...files].filter(([p]) => p.startsWith('data/')));
  return makeBag(payload, opts);
}

// --- writers ---

export function writeDir(root: string, files: Files): string {
  for (const [p, b] of files) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), b);
  }
  return root;
}

export interface ZipEntry {
  name: string;
  data?: Buffer;
  /** Raw deflate data to store as is (bombs); `size` and `crc` then describe what it inflates to. */
  deflated?: Buffer;
  size?: number;
  crc?: number;
  /** Unix mode with type bits, e.g. 0o120777 for a symlink. */
  mode?: number;
  stored?: boolean;
}

/** A zip written byte by byte (yazl refuses the hostile names and modes these tests need). */
export function zipBytes(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.data ?? Buffer.alloc(0);
    const body = e.deflated ?? (e.stored ? data : deflateRawSync(data));
    const method = e.stored && !e.deflated ? 0 : 8;
    const size = e.size ?? data.length;
    const crc = e.crc ?? crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? (e.name.endsWith('/') ? 0o40755 : 0o100644)) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Bag files as zip entries under one top-level folder (RFC 8493 serialization). */
export function zipOf(files: Files, top = 'bag'): Buffer {
  return zipBytes([...files].map(([p, data]) => ({ name: top ? `${top}/${p}` : p, data })));
}

export interface TarEntry {
  name: string;
  data?: Buffer;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'fifo';
  linkname?: string;
}

export async function tarGzBytes(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((ok, fail) => {
    pack.on('data', (c: Buffer) => chunks.push(c));
    pack.on('end', () => ok());
    pack.on('error', fail);
  });
  for (const e of entries) {
    const header = { name: e.name, type: e.type ?? 'file', linkname: e.linkname, mode: e.type === 'directory' ? 0o755 : 0o644, mtime: new Date(0) };
    await new Promise<void>((ok, fail) => {
      if (e.type && e.type !== 'file') pack.entry(header, (err) => (err ? fail(err) : ok()));
      else pack.entry(header, e.data ?? Buffer.alloc(0), (err) => (err ? fail(err) : ok()));
    });
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

export function tarGzOf(files: Files, top = 'bag'): Promise<Buffer> {
  return tarGzBytes([...files].map(([p, data]) => ({ name: top ? `${top}/${p}` : p, data })));
}

// --- bombs ---

/** 1 MiB of zeros as a non-final deflate block: repeating it n times and adding a final empty block inflates to n MiB. */
const ZERO_MIB = deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
const FINAL_EMPTY = Buffer.from([0x03, 0x00]);

export function zerosDeflated(mib: number): Buffer {
  return Buffer.concat([...Array<Buffer>(mib).fill(ZERO_MIB), FINAL_EMPTY]);
}

export function zerosCrc(mib: number): number {
  const z = Buffer.alloc(1 << 20);
  let c = 0;
  for (let i = 0; i < mib; i++) c = crc32(z, c);
  return c;
}

/** A .tar.gz holding one file of `mib` MiB of zeros, crafted without compressing it (trailer left wrong: never reached). */
export function tarGzZeros(mib: number, name = 'bag/data/zeros.bin'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write((mib * 1024 * 1024).toString(8).padStart(11, '0') + '\0', 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const gzHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  const head = deflateRawSync(header, { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([gzHeader, head, zerosDeflated(mib), Buffer.alloc(8)]);
}

// --- the "nothing written outside" check ---

/** Every path under `dir` (recursively, links not followed), sorted. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      out.push(r);
      if (lstatSync(join(d, name)).isDirectory()) walk(join(d, name), r);
    }
  };
  walk(dir, '');
  return out;
}
