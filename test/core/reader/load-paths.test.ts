// loadYaml end to end, with the fast reader and without it: the same data, the same yaml-typo findings (the typo
// repair runs before either path), the same range for every path, and the same errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadYaml, type LoadedDocument } from '../../../src/core/load.js';
import { InputError } from '../../../src/core/errors.js';
import { readerSwitch } from '../../../src/core/reader/index.js';
import { allPaths, sameStrict } from './harness.js';

type Outcome = { doc: LoadedDocument } | { error: string };

function load(text: string, repair: boolean, reader: boolean): Outcome {
  readerSwitch.enabled = reader;
  try {
    return { doc: loadYaml(text, 't.yaml', { repair }) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: `${e.line}:${e.column} ${e.text.en}` };
  } finally {
    readerSwitch.enabled = true;
  }
}

function agree(text: string, repair: boolean): void {
  const a = load(text, repair, true);
  const b = load(text, repair, false);
  const label = `${JSON.stringify(text.slice(0, 300))} (repair: ${repair})`;
  if ('error' in a || 'error' in b) {
    expect('error' in a ? a.error : 'accepted', label).toBe('error' in b ? b.error : 'accepted');
    return;
  }
  expect(sameStrict(a.doc.data, b.doc.data), `data of ${label}`).toBe(true);
  expect(a.doc.typos, `typos of ${label}`).toEqual(b.doc.typos);
  for (const path of allPaths(b.doc.data)) {
    for (const key of [false, true]) {
      const ra = a.doc.locate(path, { key });
      const rb = b.doc.locate(path, { key });
      if (JSON.stringify(ra) !== JSON.stringify(rb)) expect(ra, `locate ${JSON.stringify(path)} in ${label}`).toEqual(rb);
    }
  }
}

const files = ['samples', 'test/fixtures', 'law'].flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => join(e.parentPath, e.name)),
);

describe('loadYaml reads alike with and without the fast reader', () => {
  afterEach(() => void (readerSwitch.enabled = true));

  it.each(files.sort())('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    agree(text, false);
    agree(text, true);
  });

  it('with typos repaired in memory and random text spliced into the sample', () => {
    const sample = readFileSync('samples/catalogue.yaml', 'utf8');
    // The typos officers make (test/fuzz.test.ts): full-width colon, comma and space, curly quotes, tabs.
    const typoish = fc.string({ unit: fc.constantFrom(...'ab: -[]{}\n\'"#&*|>,01 \t中：，\u3000“”‘’'.split('')), maxLength: 60 });
    fc.assert(fc.property(fc.nat(sample.length), fc.nat(10), typoish, fc.boolean(), (at, cut, s, repair) => agree(sample.slice(0, at) + s + sample.slice(at + cut), repair)), { numRuns: 150 });
    fc.assert(fc.property(typoish, (s) => agree(s, true)), { numRuns: 1000 });
  });
});
