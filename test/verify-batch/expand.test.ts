// Operands to bundles: files, bag directories, directories of bundles (sorted), quoted globs; nothing found is a usage error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { expandBundles } from '../../src/verify/batch.js';
import { makeBag } from './make-bag.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govcat-expand-'));
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  makeBag(batch, 'c-bag');
  makeBag(batch, 'a-bag', { after: (root) => rmSync(join(root, 'data', 'catalogue.yaml')) });
  // A bag that lost its bagit.txt is still listed, so that it is reported rather than silently skipped.
  makeBag(batch, 'd-broken', { after: (root) => rmSync(join(root, 'bagit.txt')) });
  writeFileSync(join(batch, 'b.zip'), 'not really a zip');
  writeFileSync(join(batch, 'e.tar.gz'), '');
  writeFileSync(join(batch, 'f.tgz'), '');
  writeFileSync(join(batch, 'notes.txt'), 'ignored');
  writeFileSync(join(batch, '.g.zip'), 'a hidden copy');
  makeBag(batch, '.trash');
  mkdirSync(join(batch, 'unrelated'));
  writeFileSync(join(batch, 'unrelated', 'x.txt'), 'ignored');
  mkdirSync(join(dir, 'empty'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandBundles', () => {
  it('lists a directory of bundles: bundle files and bag subdirectories, sorted by name', () => {
    expect(expandBundles(['batch'], dir)).toEqual(['a-bag', 'b.zip', 'c-bag', 'd-broken', 'e.tar.gz', 'f.tgz'].map((n) => join('batch', n)));
  });

  it('skips hidden bundles and bags in a directory and in a glob, but takes one named explicitly', () => {
    expect(expandBundles(['batch'], dir).some((p) => p.includes('.g.zip') || p.includes('.trash'))).toBe(false);
    expect(expandBundles(['batch/*.zip'], dir)).toEqual(['batch/b.zip']);
    expect(expandBundles(['batch/.g.zip', 'batch/.trash'], dir)).toEqual(['batch/.g.zip', 'batch/.trash']);
  });

  it('takes a bag directory and a bundle file as they are, in the order given, once each', () => {
    expect(expandBundles(['batch/c-bag', 'batch/b.zip', 'batch/c-bag/', './batch/b.zip'], dir)).toEqual(['batch/c-bag', 'batch/b.zip']);
  });

  it('takes any file named explicitly (verify then says what is wrong with it)', () => {
    expect(expandBundles(['batch/notes.txt'], dir)).toEqual(['batch/notes.txt']);
  });

  it('expands a quoted glob to bundle files and bags, not to the files inside the bags', () => {
    expect(expandBundles(['batch/*.{zip,tgz}'], dir)).toEqual(['batch/b.zip', 'batch/f.tgz']);
    expect(expandBundles(['batch/**'], dir)).toEqual(['a-bag', 'b.zip', 'c-bag', 'd-broken', 'e.tar.gz', 'f.tgz'].map((n) => `batch/${n}`));
    expect(expandBundles(['batch/?-bag'], dir)).toEqual(['batch/a-bag', 'batch/c-bag']);
  });

  it('checks an empty directory as a bag (it fails as one) rather than finding nothing', () => {
    expect(expandBundles(['empty'], dir)).toEqual(['empty']);
  });

  it('throws an InputError for a missing operand or a glob without bundles', () => {
    expect(() => expandBundles(['nope.zip'], dir)).toThrow(InputError);
    expect(() => expandBundles(['batch/*.rar'], dir)).toThrow(/no bundles match/);
  });
});
