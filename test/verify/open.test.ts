// openBundle on every kind of hostile bundle: the right BundleError code, quickly, and nothing written anywhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { openBundle } from '../../src/verify/open.js';
import { BundleError, DEFAULT_LIMITS, type BundleProblemCode, type OpenLimits } from '../../src/verify/types.js';
import {
  listTree, makeBag, tarGzBytes, tarGzOf, tarGzZeros, writeDir, zerosCrc, zerosDeflated, zipBytes, zipOf,
} from './bundles.js';

// Bundles live three levels below `base`, so that even `../../x` resolved from a bag root stays inside `base`,
// whose listing must not change while a bundle is opened.
const base = mkdtempSync(join(tmpdir(), 'govcat-open-'));
const work = join(base, 'a', 'b', 'work');
mkdirSync(work, { recursive: true });
writeFileSync(join(base, 'secret.txt'), 'outside the bundle\n');

const BAG = makeBag({ 'data/catalogue.yaml': readFileSync('samples/catalogue.yaml') });
let n = 0;
const put = (name: string, bytes: Buffer) => {
  const p = join(work, `${n++}-${name}`);
  writeFileSync(p, bytes);
  return p;
};
const dir = (name: string) => {
  const p = join(work, `${n++}-${name}`);
  mkdirSync(p, { recursive: true });
  return p;
};

/** Opens `path` expecting a BundleError with `code` (and `entry` when given); `base` is listed before and after. */
async function rejects(path: string, code: BundleProblemCode, entry?: string, limits?: OpenLimits): Promise<BundleError> {
  const before = listTree(base);
  const err = await openBundle(path, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(listTree(base)).toEqual(before);
  expect(err, `${path} should be rejected`).toBeInstanceOf(BundleError);
  const e = err as BundleError;
  expect({ code: e.code, entry: entry === undefined ? undefined : e.entry }).toEqual({ code, entry });
  expect(e.text.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(e.text.en).toContain(e.entry ?? '');
  return e;
}


describe('valid bundles open in every form', () => {
  it('a bag directory, read with every file and nothing else', async () => {
    const b = await openBundle(writeDir(dir('bag'), BAG));
    expect(b.kind).toBe('directory');
    expect([...b.files.keys()].sort()).toEqual([...BAG.keys()].sort());
    expect(Buffer.from(b.files.get('data/catalogue.yaml')!)).toEqual(BAG.get('data/catalogue.yaml'));
  });

  it('a zip with one top-level folder (stripped), and one with the bag at its root', async () => {
    for (const top of ['bag-1', '']) {
      const b = await openBundle(put('bag.zip', zipOf(BAG, top)));
      expect(b.kind).toBe('zip');
      expect([...b.files.keys()].sort()).toEqual([...BAG.keys()].sort());
      expect(Buffer.from(b.files.get('bag-info.txt')!)).toEqual(BAG.get('bag-info.txt'));
    }
  });

  it('a .tar.gz and a .tgz, with directory entries and a ./ prefix', async () => {
    const entries = [{ name: './bag/', type: 'directory' as const }, ...[...BAG].map(([p, data]) => ({ name: `./bag/${p}`, data }))];
    for (const name of ['bag.tar.gz', 'bag.tgz']) {
      const b = await openBundle(put(name, await tarGzBytes(entries)));
      expect(b.kind).toBe('tar.gz');
      expect([...b.files.keys()].sort()).toEqual([...BAG.keys()].sort());
    }
  });

  it('a directory holding one folder with the bag, as an unpacked archive would be', async () => {
    const root = dir('unpacked');
    writeDir(join(root, 'bag'), BAG);
    expect((await openBundle(root)).files.has('bagit.txt')).toBe(true);
  });

  it('the kind comes from the bytes, not the name', async () => {
    expect((await openBundle(put('really-a-zip.tar.gz', zipOf(BAG)))).kind).toBe('zip');
    expect((await openBundle(put('really-a-tgz.zip', await tarGzOf(BAG)))).kind).toBe('tar.gz');
  });
});

describe('paths that do not lead to a bundle', () => {
  it('a missing path → not-found', () => rejects(join(work, 'nope.zip'), 'not-found'));
  it('an empty directory → empty', () => rejects(dir('empty-dir'), 'empty'));
  it('a directory holding only empty folders → empty', () => {
    const root = dir('hollow');
    mkdirSync(join(root, 'bag', 'data'), { recursive: true });
    return rejects(root, 'empty');
  });
  it('a text file named .zip → not-an-archive', () => rejects(put('notes.zip', Buffer.from('this is not a zip\n')), 'not-an-archive'));
  it('a text file named .tar.gz → not-an-archive', () => rejects(put('notes.tar.gz', Buffer.from('PK but not really\n')), 'not-an-archive'));
  it('a zero-byte .zip → empty', () => rejects(put('zero.zip', Buffer.alloc(0)), 'empty'));
  it('a zip with no entries → empty', () => rejects(put('none.zip', zipBytes([])), 'empty'));
  it('a tar.gz with only directories → empty', async () => rejects(put('dirs.tar.gz', await tarGzBytes([{ name: 'bag/', type: 'directory' }])), 'empty'));
  it('a FIFO given as the bundle → special-file (never opened, so no hang)', () => {
    const fifo = join(work, `${n++}-fifo.zip`);
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return;
    }
    return rejects(fifo, 'special-file');
  });
});

describe('entry names', () => {
  const zipNamed = (name: string) => put('names.zip', zipBytes([...[...BAG].map(([p, data]) => ({ name: `bag/${p}`, data })), { name, data: Buffer.from('x') }]));
  const tarNamed = async (name: string) => put('names.tar.gz', await tarGzBytes([...[...BAG].map(([p, data]) => ({ name: `bag/${p}`, data })), { name, data: Buffer.from('x') }]));

  it.each([
    ['../../x', 'traversal'],
    ['bag/data/../../../x', 'traversal'],
    ['..\\..\\x', 'traversal'],
    ['/etc/cron.d/x', 'absolute-path'],
    ['C:/Windows/x', 'absolute-path'],
    ['C:x', 'absolute-path'],
    ['\\\\server\\share\\x', 'absolute-path'],
    ['bag\\data\\x', 'bad-name'],
    ['bag/data/a\u0007b', 'bad-name'],
  ] as const)('zip entry %j → %s', (name, code) => rejects(zipNamed(name), code, name.replace('\u0007', '\\u0007')));

  it.each([
    ['../../x', 'traversal'],
    ['/etc/cron.d/x', 'absolute-path'],
    ['C:/x', 'absolute-path'],
  ] as const)('tar entry %j → %s', async (name, code) => rejects(await tarNamed(name), code, name));

  it('the same name twice → duplicate-entry', async () => {
    await rejects(put('dup.zip', zipBytes([{ name: 'bag/a', data: Buffer.from('1') }, { name: 'bag/./a', data: Buffer.from('2') }])), 'duplicate-entry', 'bag/a');
    await rejects(put('dup.tar.gz', await tarGzBytes([{ name: 'a', data: Buffer.from('1') }, { name: 'a', data: Buffer.from('2') }])), 'duplicate-entry', 'a');
  });
});

describe('links and special files', () => {
  it('a zip symlink pointing outside → link', () =>
    rejects(put('link.zip', zipBytes([{ name: 'bag/bagit.txt', data: BAG.get('bagit.txt') }, { name: 'bag/data/x', data: Buffer.from('../../../../secret.txt'), mode: 0o120777 }])), 'link', 'bag/data/x'));

  it('a zip device entry → special-file', () =>
    rejects(put('dev.zip', zipBytes([{ name: 'bag/data/tty', data: Buffer.alloc(0), mode: 0o020644 }])), 'special-file', 'bag/data/tty'));

  it.each([
    ['symlink', 'link'],
    ['link', 'link'],
    ['character-device', 'special-file'],
    ['fifo', 'special-file'],
  ] as const)('a tar %s entry → %s', async (type, code) => {
    const bytes = await tarGzBytes([{ name: 'bag/bagit.txt', data: BAG.get('bagit.txt') }, { name: 'bag/data/x', type, linkname: '../../../../secret.txt' }]);
    return rejects(put(`${type}.tar.gz`, bytes), code, 'bag/data/x');
  });

  it('a symlink inside a directory bundle pointing outside → link (never followed)', () => {
    const root = writeDir(dir('linked'), BAG);
    symlinkSync(join(base, 'secret.txt'), join(root, 'data', 'secret.txt'));
    return rejects(root, 'link', 'data/secret.txt');
  });

  it('a symlinked folder inside a directory bundle → link', () => {
    const root = writeDir(dir('linked-dir'), BAG);
    symlinkSync(base, join(root, 'data', 'up'));
    return rejects(root, 'link', 'data/up');
  });

  it('a FIFO inside a directory bundle → special-file', () => {
    const root = writeDir(dir('fifo-inside'), BAG);
    try {
      execFileSync('mkfifo', [join(root, 'data', 'pipe')]);
    } catch {
      return;
    }
    return rejects(root, 'special-file', 'data/pipe');
  });
});

describe('limits and bombs', () => {
  const small: OpenLimits = { maxEntries: 4, maxTotalBytes: 64 * 1024, maxFileBytes: 16 * 1024, maxRatio: 200 };

  it('more entries than maxEntries → too-many-entries (zip, tar.gz, directory)', async () => {
    const many = makeBag({ 'data/a': 'a', 'data/b': 'b' });
    await rejects(put('many.zip', zipOf(many)), 'too-many-entries', undefined, small);
    await rejects(put('many.tar.gz', await tarGzOf(many)), 'too-many-entries', undefined, small);
    await rejects(writeDir(dir('many'), many), 'too-many-entries', undefined, small);
  });

  it('a file over maxFileBytes → too-large (zip, tar.gz, directory)', async () => {
    const big = new Map([['data/big.bin', Buffer.alloc(20 * 1024, 7)]]);
    await rejects(put('big.zip', zipOf(big)), 'too-large', 'bag/data/big.bin', small);
    await rejects(put('big.tar.gz', await tarGzOf(big)), 'too-large', 'bag/data/big.bin', small);
    await rejects(writeDir(dir('big'), big), 'too-large', 'data/big.bin', small);
  });

  it('more than maxTotalBytes in all → too-large', async () => {
    const limits = { ...small, maxEntries: 100 };
    const files = new Map(Array.from({ length: 6 }, (_, i) => [`data/${i}.bin`, Buffer.alloc(15 * 1024, i)] as [string, Buffer]));
    await rejects(put('total.zip', zipOf(files)), 'too-large', undefined, limits);
    await rejects(put('total.tar.gz', await tarGzOf(files)), 'too-large', undefined, limits);
  });

  it('a zip bomb (1 GiB of zeros, honest header) → ratio, before inflating anything', async () => {
    const bytes = zipBytes([{ name: 'bag/data/zeros.bin', deflated: zerosDeflated(1024), size: 1024 * 1024 * 1024, crc: zerosCrc(1024) }]);
    const t = Date.now();
    await rejects(put('bomb.zip', bytes), 'ratio', 'bag/data/zeros.bin');
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a zip bomb whose header lies about its size → stopped at the declared size', async () => {
    const bytes = zipBytes([{ name: 'bag/data/zeros.bin', deflated: zerosDeflated(1024), size: 1000, crc: 0 }]);
    const t = Date.now();
    const e = await rejects(put('liar.zip', bytes), 'corrupt', 'bag/data/zeros.bin');
    expect(e.text.en).toMatch(/beyond its declared size/);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a tar.gz bomb (1 GiB of zeros) → too-large from its header under the default limits', async () => {
    await rejects(put('bomb.tar.gz', tarGzZeros(1024)), 'too-large', 'bag/data/zeros.bin');
  });

  it('a tar.gz bomb (1 GiB of zeros) under size limits it fits → ratio, stopped early in the stream', async () => {
    const roomy = { ...DEFAULT_LIMITS, maxFileBytes: 2 ** 31, maxTotalBytes: 2 ** 31 };
    const t = Date.now();
    await rejects(put('bomb2.tar.gz', tarGzZeros(1024)), 'ratio', 'bag/data/zeros.bin', roomy);
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it('a tight maxRatio also applies to honest, merely repetitive data past the grace size', async () => {
    const files = new Map([['data/zeros.bin', Buffer.alloc(4 * 1024 * 1024)]]);
    await rejects(put('repetitive.zip', zipOf(files)), 'ratio', 'bag/data/zeros.bin', { ...DEFAULT_LIMITS, maxRatio: 100 });
    // Under the grace size, the ratio is not judged: a small very repetitive file is fine.
    const tiny = new Map([['data/zeros.bin', Buffer.alloc(512 * 1024)]]);
    await expect(openBundle(put('tiny.zip', zipOf(tiny)), { ...DEFAULT_LIMITS, maxRatio: 100 })).resolves.toBeTruthy();
  });
});

describe('truncated and corrupt archives', () => {
  it('a zip cut short → truncated', () => {
    const full = zipOf(BAG);
    return rejects(put('cut.zip', full.subarray(0, Math.floor(full.length / 2))), 'truncated');
  });

  it('a zip missing only its last bytes → truncated', () => {
    const full = zipOf(BAG);
    return rejects(put('cut-end.zip', full.subarray(0, full.length - 5)), 'truncated');
  });

  it('a tar.gz cut short → truncated', async () => {
    const full = await tarGzOf(BAG);
    return rejects(put('cut.tar.gz', full.subarray(0, Math.floor(full.length / 2))), 'truncated');
  });

  it('a zip whose compressed data is damaged → corrupt', () => {
    const bytes = zipBytes([{ name: 'bag/data/a.txt', data: Buffer.from('hello hello hello hello hello hello hello\n'.repeat(50)) }]);
    for (let i = 40; i < 60; i++) bytes[i] ^= 0xff;
    return rejects(put('damaged.zip', bytes), 'corrupt');
  });

  it('a stored zip entry changed after zipping (CRC-32 mismatch) → corrupt', () => {
    const bytes = zipBytes([{ name: 'bag/data/a.txt', data: Buffer.from('original'), stored: true }]);
    bytes[30 + 'bag/data/a.txt'.length] ^= 0x20;
    return rejects(put('crc.zip', bytes), 'corrupt', 'bag/data/a.txt');
  });

  it('a gzip of something that is not a tar → corrupt', async () => {
    const { gzipSync } = await import('node:zlib');
    return rejects(put('text.tar.gz', gzipSync(Buffer.from('just some text, not a tar archive\n'.repeat(40)))), 'corrupt');
  });

  it('a gzip with a damaged deflate stream → corrupt', async () => {
    const bytes = await tarGzOf(BAG);
    for (let i = 12; i < 40; i++) bytes[i] ^= 0x55;
    return rejects(put('damaged.tar.gz', bytes), 'corrupt');
  });
});

describe('nothing outside the bundle is ever touched', () => {
  it('after every case above, the only things under the temporary directory are the bundles themselves', () => {
    const tree = listTree(base);
    expect(tree.filter((p) => !p.startsWith('a/b/work') && !['a', 'a/b'].includes(p))).toEqual(['secret.txt']);
    expect(tree.filter((p) => /(^|\/)x$/.test(p))).toEqual([]);
  });
});
