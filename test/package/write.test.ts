// writeBag: the format from OUT's name, one top-level folder, fixed times and modes, atomic replace, no leftovers.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { InputError, UsageError } from '../../src/core/errors.js';
import { archiveEntries, bagMtime, checkOutput, outputTarget, writeBag } from '../../src/package/write.js';
import { readTarGz, readTree, readZip } from './archive.js';
import type { BagFile } from '../../src/package/plan.js';

const FILES: BagFile[] = [
  { path: 'bag-info.txt', bytes: Buffer.from('Bagging-Date: 2026-03-06\n') },
  { path: 'bagit.txt', bytes: Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n') },
  { path: 'data/attachments/审核意见.pdf', bytes: Buffer.from('%PDF') },
  { path: 'data/catalogue.yaml', bytes: Buffer.from('govcat: 1\n') },
];
const DATE = '2026-03-06';
const MIDNIGHT = Date.UTC(2026, 2, 6);
const fresh = () => mkdtempSync(join(tmpdir(), 'govcat-write-'));

describe('outputTarget', () => {
  it('chooses the format by the name and strips the extension for the bag folder', () => {
    expect(outputTarget('out/sub.zip')).toMatchObject({ format: 'zip', root: 'sub' });
    expect(outputTarget('x/CAT-1.tar.gz')).toMatchObject({ format: 'tar.gz', root: 'CAT-1' });
    expect(outputTarget('b.TGZ')).toMatchObject({ format: 'tar.gz', root: 'b' });
    expect(outputTarget('bag-2026/')).toMatchObject({ format: 'directory', root: 'bag-2026' });
    expect(() => outputTarget('.zip')).toThrow(UsageError);
  });
});

describe('writeBag', () => {
  it('a .zip: one top-level folder, every directory, sorted, 0644/0755, the bagging date, no extra fields', async () => {
    const dir = fresh();
    await writeBag(FILES, join(dir, 'sub.zip'), { date: DATE, force: false });
    const entries = await readZip(join(dir, 'sub.zip'));
    expect(entries.map((e) => e.name)).toEqual(archiveEntries('sub', FILES).map((e) => e.name));
    expect(entries.map((e) => e.name)).toEqual(['sub/', 'sub/bag-info.txt', 'sub/bagit.txt', 'sub/data/', 'sub/data/attachments/', 'sub/data/attachments/审核意见.pdf', 'sub/data/catalogue.yaml']);
    for (const e of entries) {
      expect(e.mode).toBe(e.dir ? 0o755 : 0o644);
      expect(e.extraLength).toBe(0);
      // DOS time fields carry no zone: they read as 2026-03-06 00:00:00 wherever they are read.
      const d = new Date(e.mtime);
      expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 2, 6, 0, 0]);
    }
    expect(entries.find((e) => e.name === 'sub/data/catalogue.yaml')!.bytes.toString()).toBe('govcat: 1\n');
    expect(readdirSync(dir)).toEqual(['sub.zip']);
  });

  it('a .tar.gz: the same entries, uid/gid 0, mtime the bagging date 00:00:00 UTC', async () => {
    const dir = fresh();
    await writeBag(FILES, join(dir, 'sub.tar.gz'), { date: DATE, force: false });
    const entries = await readTarGz(join(dir, 'sub.tar.gz'));
    expect(entries.map((e) => e.name)).toEqual(archiveEntries('sub', FILES).map((e) => e.name));
    for (const e of entries) expect([e.mode, e.mtime, e.uid, e.gid]).toEqual([e.dir ? 0o755 : 0o644, MIDNIGHT, 0, 0]);
    expect(bagMtime(DATE).getTime()).toBe(MIDNIGHT);
  });

  it('a directory: the files, 0644/0755, every time set to the bagging date', async () => {
    const dir = fresh();
    await writeBag(FILES, join(dir, 'bag'), { date: DATE, force: false });
    const tree = readTree(join(dir, 'bag'), 'bag');
    expect(tree.map((e) => e.name)).toEqual(archiveEntries('bag', FILES).map((e) => e.name));
    for (const e of tree) expect([e.mode, e.mtime]).toEqual([e.dir ? 0o755 : 0o644, MIDNIGHT]);
  });

  it('never replaces an existing OUT without force; with force replaces a file or a directory, either way round', async () => {
    const dir = fresh();
    const zip = join(dir, 'b.zip');
    writeFileSync(zip, 'old');
    await expect(writeBag(FILES, zip, { date: DATE, force: false })).rejects.toThrow(/already exists/);
    expect(readFileSync(zip, 'utf8')).toBe('old');
    await writeBag(FILES, zip, { date: DATE, force: true });
    expect((await readZip(zip)).length).toBe(7);

    const bag = join(dir, 'bag');
    mkdirSync(join(bag, 'junk'), { recursive: true });
    await expect(writeBag(FILES, bag, { date: DATE, force: false })).rejects.toThrow(InputError);
    await writeBag(FILES, bag, { date: DATE, force: true });
    expect(readdirSync(bag).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data']);

    const odd = join(dir, 'odd.zip');
    mkdirSync(odd);
    await writeBag(FILES, odd, { date: DATE, force: true });
    expect(statSync(odd).isFile()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['b.zip', 'bag', 'odd.zip']);
  });

  it('leaves no temporary file or folder behind when writing fails', async () => {
    const dir = fresh();
    const clash: BagFile[] = [...FILES, { path: 'data/catalogue.yaml/x', bytes: Buffer.from('') }];
    await expect(writeBag(clash, join(dir, 'bag'), { date: DATE, force: false })).rejects.toThrow(InputError);
    await expect(writeBag([{ path: '../escape', bytes: Buffer.from('') }], join(dir, 'e.zip'), { date: DATE, force: false })).rejects.toThrow(InputError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('checkOutput', () => {
  it('refuses a missing folder, an existing OUT, and an OUT that would replace an input or the working directory', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'cat.yaml'), 'x');
    expect(() => checkOutput(join(dir, 'no/b.zip'), false, [], dir)).toThrow(/does not exist/);
    expect(() => checkOutput(join(dir, 'cat.yaml'), false, [], dir)).toThrow(/already exists/);
    expect(() => checkOutput('cat.yaml', true, ['cat.yaml'], dir)).toThrow(/replace an input/);
    expect(() => checkOutput(dir, true, [], join(dir, 'sub'))).toThrow(UsageError);
    expect(() => checkOutput('b.zip', false, ['cat.yaml'], dir)).not.toThrow();
  });
});
