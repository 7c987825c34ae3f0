// Test helper: every entry of a .zip / .tar.gz / directory bag, with the metadata the determinism tests compare.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import tar from 'tar-stream';
import yauzl from 'yauzl';

export interface Entry {
  name: string;
  dir: boolean;
  mode: number;
  mtime: number;
  bytes: Buffer;
  uid?: number;
  gid?: number;
  extraLength?: number;
}

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export function readZip(file: string): Promise<Entry[]> {
  return new Promise((ok, fail) => {
    yauzl.open(file, { lazyEntries: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out: Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        const base = { name: e.fileName, dir: e.fileName.endsWith('/'), mode: (e.externalFileAttributes >>> 16) & 0o7777, mtime: e.getLastModDate().getTime(), extraLength: e.extraFieldLength };
        if (base.dir) {
          out.push({ ...base, bytes: Buffer.alloc(0) });
          return zip.readEntry();
        }
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return fail(err2);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ ...base, bytes: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => ok(out));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

export async function readTarGz(file: string): Promise<Entry[]> {
  const extract = tar.extract();
  const out: Entry[] = [];
  const done = new Promise<void>((ok, fail) => {
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c) => chunks.push(c as Buffer));
      stream.on('end', () => {
        out.push({ name: h.name, dir: h.type === 'directory', mode: h.mode ?? 0, mtime: h.mtime?.getTime() ?? 0, bytes: Buffer.concat(chunks), uid: h.uid, gid: h.gid });
        next();
      });
    });
    extract.on('finish', () => ok());
    extract.on('error', fail);
  });
  extract.end(gunzipSync(readFileSync(file)));
  await done;
  return out;
}

/** A directory bag as entries named like an archive's (`ROOT/…`, directories with a trailing slash). */
export function readTree(dir: string, root: string): Entry[] {
  const out: Entry[] = [];
  const walk = (abs: string, rel: string) => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      out.push({ name: `${rel}/`, dir: true, mode: st.mode & 0o7777, mtime: st.mtimeMs, bytes: Buffer.alloc(0) });
      for (const n of readdirSync(abs).sort()) walk(join(abs, n), `${rel}/${n}`);
    } else out.push({ name: rel, dir: false, mode: st.mode & 0o7777, mtime: st.mtimeMs, bytes: readFileSync(abs) });
  };
  walk(dir, root);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The files of a bag entry list, keyed by their path inside the bag. */
export function bagFiles(entries: Entry[], root: string): Map<string, Buffer> {
  return new Map(entries.filter((e) => !e.dir).map((e) => [e.name.slice(root.length + 1), e.bytes]));
}
