// The fast reader against js-yaml on every YAML file of the repository's samples and fixtures, the law profiles
// and a generated benchmark catalogue: wherever it reads a file, data and every position agree; and it does read
// the catalogues (otherwise the fast path would be useless).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differential, sampleOffsets, type Verdict } from './harness.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const corpus = [...yamlFiles('samples'), ...yamlFiles('test/fixtures'), ...yamlFiles('law')];
const verdicts = new Map<string, Verdict>();

describe('reader and js-yaml agree on the repository corpus', () => {
  it.each(corpus)('%s', (file) => {
    verdicts.set(file, differential(readFileSync(file, 'utf8'), file));
  });

  it('reads every catalogue sample and the law profiles itself', () => {
    const fellBack = [...verdicts].filter(([f, v]) => v === 'fallback' && (f.startsWith('samples/') || f.startsWith('law/'))).map(([f]) => f);
    expect(fellBack).toEqual([]);
  });

  afterAll(() => {
    const fellBack = [...verdicts].filter(([, v]) => v === 'fallback').map(([f]) => f);
    console.log(`reader fallback rate on the corpus: ${fellBack.length}/${verdicts.size}${fellBack.length ? ` (${fellBack.join(', ')})` : ''}`);
  });
});

describe('reader and js-yaml agree on a generated benchmark catalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-reader-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('300 entries, read by the reader, every position equal', async () => {
    // @ts-expect-error -- a plain .mjs script without types
    const { generateCatalogue } = (await import('../../../bench/generate.mjs')) as { generateCatalogue: (n: number, out: string) => unknown };
    const file = join(dir, 'catalogue-300.yaml');
    generateCatalogue(300, file);
    const text = readFileSync(file, 'utf8');
    // pathAt where lint asks it (each line's start and first content character) and at every 97th offset.
    const offsets = sampleOffsets(text);
    for (let i = 0; i <= text.length; i += 97) offsets.push(i);
    expect(differential(text, file, offsets)).toBe('read');
    // CRLF line ends and a byte order mark read the same way.
    const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
    expect(differential(crlf, `${file} (CRLF, BOM)`)).toBe('read');
  });
});
