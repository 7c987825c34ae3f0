// BagIt manifests as RFC 8493 has them: any algorithm, at least one payload manifest, payload manifests that agree,
// and "%" in paths read both ways. Only the manifest rules' findings are looked at here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../../src/calendar/official.js';
import { ALGORITHMS } from '../../src/verify/manifests.js';
import { verifyBag } from '../../src/verify/verify.js';
import type { Finding } from '../../src/core/types.js';
import type { BundleFiles } from '../../src/verify/types.js';
import { sha, type Files } from './bundles.js';

const SAMPLE = readFileSync('samples/catalogue.yaml');
const B = 'in/b';

type Encoding = 'rfc' | 'raw';

interface Spec {
  /** Payload files besides data/catalogue.yaml. */
  payload?: Record<string, string>;
  /** Payload manifests: algorithm → how paths are written, or the exact text. */
  manifests: Record<string, Encoding | { text: string } | { leaveOut: string[] }>;
  /** Tag manifest algorithms (default: the first payload manifest's, else sha256). */
  tags?: string[];
  version?: string;
  /** Files changed or removed after the manifests were written. */
  after?: (files: Files) => void;
}

/** A bag built to the spec, with tag manifests over every tag file. */
function bag(spec: Spec): Files {
  const files: Files = new Map([['data/catalogue.yaml', SAMPLE]]);
  for (const [p, text] of Object.entries(spec.payload ?? {})) files.set(p, Buffer.from(text));
  const payload = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  const octets = payload.reduce((n, [, b]) => n + b.length, 0);
  files.set('bagit.txt', Buffer.from(`BagIt-Version: ${spec.version ?? '1.0'}\nTag-File-Character-Encoding: UTF-8\n`));
  files.set('bag-info.txt', Buffer.from(`Payload-Oxum: ${octets}.${payload.length}\n`));
  for (const [alg, how] of Object.entries(spec.manifests)) {
    const text = typeof how === 'object' && 'text' in how
      ? how.text
      : payload
        .filter(([p]) => !(typeof how === 'object' && how.leaveOut.includes(p)))
        .map(([p, b]) => `${sha(ALGORITHMS.get(alg)?.hash ?? 'sha256', b)}  ${how === 'raw' ? p : _rfc(p)}\n`).join('');
    files.set(`manifest-${alg}.txt`, Buffer.from(text));
  }
  for (const alg of spec.tags ?? [Object.keys(spec.manifests).find((a) => ALGORITHMS.has(a)) ?? 'sha256']) {
    const tagFiles = [...files].filter(([p]) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')).sort(([a], [b]) => (a < b ? -1 : 1));
    files.set(`tagmanifest-${alg}.txt`, Buffer.from(tagFiles.map(([p, b]) => `${sha(ALGORITHMS.get(alg)!.hash, b)}  ${p}\n`).join('')));
  }
  spec.after?.(files);
  return files;
}

const _rfc = (p: string) => p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** The manifest rules' findings, as `rule/message severity`. */
function manifestFindings(files: Files): Finding[] {
  const s = verifyBag({ path: B, kind: 'directory', files } as BundleFiles, { asOf: '2026-03-06', calendar: officialCalendar() });
  return s.findings.filter((f) => f.ruleId.startsWith('manifest-'));
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.ruleId}/${f.messageId} ${f.severity}`);

describe('payload manifests of any RFC 8493 algorithm', () => {
  // prettier-ignore
  it.each<[string, Spec, string[]]>([
    ['only SHA-512 (bagit-python --sha512)', { manifests: { sha512: 'rfc' } }, []],
    ['only SHA-256', { manifests: { sha256: 'rfc' } }, []],
    ['SHA-256 and SHA-512 (bagit-python\'s default)', { manifests: { sha256: 'rfc', sha512: 'rfc' }, tags: ['sha256', 'sha512'] }, []],
    ['SHA-384', { manifests: { sha384: 'rfc' } }, []],
    ['SHA-224', { manifests: { sha224: 'rfc' } }, []],
    ['SHA3-256 (bagit-python\'s name sha3_256)', { manifests: { sha3_256: 'rfc' } }, []],
    ['BLAKE2b', { manifests: { blake2b: 'rfc' } }, []],
    ['only MD5: checked, one warning for both its manifests', { manifests: { md5: 'rfc' } }, ['manifest-format/weakAlgorithm warning']],
    ['only SHA-1', { manifests: { sha1: 'rfc' } }, ['manifest-format/weakAlgorithm warning']],
    ['MD5 beside SHA-256', { manifests: { md5: 'rfc', sha256: 'rfc' }, tags: ['sha256'] }, ['manifest-format/weakAlgorithm warning']],
    ['no payload manifest', { manifests: {}, tags: ['sha256'] }, ['manifest-format/noManifest error']],
    ['only an unknown algorithm: a warning, not checked', { manifests: { whirlpool: { text: '00  data/catalogue.yaml\n' } }, tags: ['sha256'] }, ['manifest-format/unsupported warning']],
    ['an MD5 line with a SHA-256 checksum', { manifests: { md5: { text: `${sha('sha256', SAMPLE)}  data/catalogue.yaml\n` } } }, ['manifest-format/malformedLine error', 'manifest-format/weakAlgorithm warning', 'manifest-unlisted-file/payload error']],
  ])('%s', (_name, spec, expected) => {
    expect(brief(manifestFindings(bag(spec)))).toEqual(expected);
  });

  it('every algorithm is one node:crypto computes, with the digest length it names', () => {
    for (const [name, { hash, hexLength }] of ALGORITHMS) expect(sha(hash, Buffer.from('x')), name).toHaveLength(hexLength);
  });

  it('the weak-algorithm warning names the algorithm and every manifest using it, and cites RFC 8493 §2.4', () => {
    const [f] = manifestFindings(bag({ manifests: { md5: 'rfc' } }));
    expect(f.message.en).toMatch(/^manifest-md5\.txt, tagmanifest-md5\.txt: MD5 is allowed by RFC 8493 §2\.4 for backwards compatibility only/);
    expect(f.message.zh).toContain('RFC 8493 第 2.4 节');
    expect(f.file).toBe(`${B}!manifest-md5.txt`);
  });

  it('a tampered file is caught through an MD5-only manifest too', () => {
    const fs = manifestFindings(bag({ manifests: { md5: 'rfc' }, after: (f) => f.set('data/catalogue.yaml', Buffer.from('changed')) }));
    expect(brief(fs)).toEqual(['manifest-format/weakAlgorithm warning', 'manifest-checksum/mismatch error']);
  });

  it('no payload manifest: the message cites RFC 8493 §2.1.3 and lists what the bag root holds', () => {
    const [f] = manifestFindings(bag({ manifests: {}, tags: ['sha256'] }));
    expect(f.message.en).toBe('no payload manifest: RFC 8493 §2.1.3 requires at least one manifest-<algorithm>.txt; the bag root holds bag-info.txt, bagit.txt, tagmanifest-sha256.txt');
    expect(f.message.zh).toContain('RFC 8493 第 2.1.3 节');
  });
});

describe('payload manifests must agree (RFC 8493 §3, BagIt 1.0)', () => {
  const payload = { 'data/a.csv': 'a', 'data/b.csv': 'b', 'data/c.csv': 'c' };

  it('a manifest that leaves out files the other lists: one finding naming them all, not one per file', () => {
    const fs = manifestFindings(bag({ payload, manifests: { sha256: 'rfc', sha512: { leaveOut: ['data/a.csv', 'data/c.csv'] } }, tags: ['sha256'] }));
    expect(brief(fs)).toEqual(['manifest-unlisted-file/disagree error']);
    expect(fs[0].message.en).toBe('manifest-sha512.txt leaves out 2 payload file(s) that manifest-sha256.txt list(s): data/a.csv, data/c.csv (RFC 8493 §3: every payload file must be listed in every payload manifest)');
    expect(fs[0].file).toBe(`${B}!manifest-sha512.txt`);
  });

  it('each manifest with gaps is its own finding', () => {
    const fs = manifestFindings(bag({ payload, manifests: { sha256: { leaveOut: ['data/a.csv'] }, sha512: { leaveOut: ['data/b.csv'] } }, tags: ['sha256'] }));
    expect(fs.map((f) => [f.messageId, f.file, f.message.en.split(':')[1]])).toEqual([
      ['disagree', `${B}!manifest-sha256.txt`, ' data/a.csv (RFC 8493 §3'],
      ['disagree', `${B}!manifest-sha512.txt`, ' data/b.csv (RFC 8493 §3'],
    ]);
  });

  it('a long list is cut after five names with how many more', () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`data/f${i}.csv`, String(i)]));
    const fs = manifestFindings(bag({ payload: many, manifests: { sha256: 'rfc', sha512: { leaveOut: Object.keys(many) } }, tags: ['sha256'] }));
    expect(fs).toHaveLength(1);
    expect(fs[0].message.en).toContain('leaves out 8 payload file(s) that manifest-sha256.txt list(s): data/f0.csv, data/f1.csv, data/f2.csv, data/f3.csv, data/f4.csv (+3)');
  });

  it('BagIt 0.97 allowed a file in just one manifest: no finding', () => {
    expect(manifestFindings(bag({ version: '0.97', payload, manifests: { sha256: 'rfc', sha512: { leaveOut: ['data/a.csv'] } }, tags: ['sha256'] }))).toEqual([]);
  });

  it('a file no payload manifest lists: one finding for the file, naming both manifests', () => {
    const fs = manifestFindings(bag({ payload, manifests: { sha256: 'rfc', sha512: 'rfc' }, tags: ['sha256'], after: (f) => f.set('data/new.csv', Buffer.from('n')) }));
    expect(brief(fs)).toEqual(['manifest-unlisted-file/payload error']);
    expect(fs[0].message.en).toBe('the payload file "data/new.csv" is not listed in manifest-sha256.txt, manifest-sha512.txt');
  });

  it('a file changed or deleted after bagging: one finding, whatever the number of manifests', () => {
    const changed = manifestFindings(bag({ payload, manifests: { sha256: 'rfc', sha512: 'rfc' }, tags: ['sha256'], after: (f) => f.set('data/a.csv', Buffer.from('A')) }));
    expect(brief(changed)).toEqual(['manifest-checksum/mismatch error']);
    expect(changed[0].message.en).toBe('the SHA256, SHA512 checksum of "data/a.csv" does not match manifest-sha256.txt, manifest-sha512.txt (the file changed after bagging)');
    const gone = manifestFindings(bag({ payload, manifests: { sha256: 'rfc', sha512: 'rfc' }, tags: ['sha256'], after: (f) => f.delete('data/a.csv') }));
    expect(brief(gone)).toEqual(['manifest-missing-file/missing error']);
  });

  it('a tag manifest must list every payload manifest (RFC 8493 §2.2.1 MUST: error) and should list other tag files (SHOULD: warning)', () => {
    const fs = manifestFindings(bag({ payload, manifests: { sha256: 'rfc', sha512: 'rfc' }, tags: ['sha256'], after: (f) => {
      const text = f.get('tagmanifest-sha256.txt')!.toString('utf8').split('\n').filter((l) => !/ (manifest-sha512|bag-info)\.txt$/.test(l)).join('\n');
      f.set('tagmanifest-sha256.txt', Buffer.from(text));
    } }));
    expect(fs.map((f) => [f.messageId, f.path, f.severity])).toEqual([['tag', 'bag-info.txt', 'warning'], ['tag', 'manifest-sha512.txt', 'error']]);
  });
});

describe('"%" in paths: RFC 8493 §2.1.3 encoding, and tools that write it raw', () => {
  const payload = { 'data/100%.csv': 'hundred', 'data/a%25b.csv': 'ab' };
  const unencoded = (fs: Finding[]) => fs.filter((f) => f.messageId === 'unencodedPercent');

  // prettier-ignore
  it.each<[string, Spec, string[]]>([
    ['encoded as the RFC says (%25)', { payload, manifests: { sha256: 'rfc' } }, []],
    ['written raw, as bagit-python does', { payload, manifests: { sha256: 'raw' } }, ['manifest-format/unencodedPercent warning']],
    ['written raw in two manifests: still one warning', { payload, manifests: { sha256: 'raw', sha512: 'raw' }, tags: ['sha256'] }, ['manifest-format/unencodedPercent warning']],
    ['written raw, a file changed: caught', { payload, manifests: { sha256: 'raw' }, after: (f) => f.set('data/100%.csv', Buffer.from('changed')) }, ['manifest-format/unencodedPercent warning', 'manifest-checksum/mismatch error']],
    ['one manifest raw, the other RFC: they agree', { payload, manifests: { sha256: 'rfc', sha512: 'raw' }, tags: ['sha256'] }, ['manifest-format/unencodedPercent warning']],
    ['a raw "%" naming no file: just the missing file', { manifests: { sha256: { text: `${sha('sha256', SAMPLE)}  data/catalogue.yaml\n${sha('sha256', Buffer.from('x'))}  data/50%off.csv\n` } } }, ['manifest-missing-file/missing error']],
  ])('%s', (_name, spec, expected) => {
    expect(brief(manifestFindings(bag(spec)))).toEqual(expected);
  });

  it('the warning counts the lines, names the paths and says why other validators may fail the bag', () => {
    const [f] = unencoded(manifestFindings(bag({ payload, manifests: { sha256: 'raw', sha512: 'raw' }, tags: ['sha256'] })));
    expect(f.message.en).toBe('manifest-sha256.txt, manifest-sha512.txt: 4 line(s) write "%" in a path as it is rather than %25 as RFC 8493 §2.1.3 requires (as bagit-python and other tools do): data/100%.csv, data/a%25b.csv; matched as written and checked, but validators that follow the RFC will not find these files');
    expect(f).toMatchObject({ file: `${B}!manifest-sha256.txt`, line: 1, severity: 'warning' });
  });

  it('both readings name files: the RFC reading is checked, with a warning at that line', () => {
    const files = bag({
      payload: { 'data/a%b.csv': 'decoded', 'data/a%25b.csv': 'as written' },
      manifests: { sha256: { text: '' } },
      after: (f) => {
        const text = `${sha('sha256', SAMPLE)}  data/catalogue.yaml\n${sha('sha256', Buffer.from('decoded'))}  data/a%25b.csv\n${sha('sha256', Buffer.from('as written'))}  data/a%2525b.csv\n`;
        f.set('manifest-sha256.txt', Buffer.from(text));
        f.set('tagmanifest-sha256.txt', Buffer.from([...f].filter(([p]) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')).map(([p, b]) => `${sha('sha256', b)}  ${p}\n`).join('')));
      },
    });
    const fs = manifestFindings(files);
    expect(brief(fs)).toEqual(['manifest-format/ambiguousPercent warning']);
    expect(fs[0]).toMatchObject({ line: 2 });
    expect(fs[0].message.en).toBe('manifest-sha256.txt line 2: "data/a%25b.csv" names "data/a%b.csv" read as RFC 8493 §2.1.3 encodes it, and another file read as written; checked as "data/a%b.csv"');
  });

  it('CR and LF encoded as %0D and %0A are decoded (lower-case hex too)', () => {
    const files = bag({ payload: { 'data/a\nb\rc.txt': 'x' }, manifests: { sha256: { text: '' } }, after: (f) => {
      f.set('manifest-sha256.txt', Buffer.from(`${sha('sha256', SAMPLE)}  data/catalogue.yaml\n${sha('sha256', Buffer.from('x'))}  data/a%0ab%0Dc.txt\n`));
      f.set('tagmanifest-sha256.txt', Buffer.from([...f].filter(([p]) => !p.startsWith('data/') && !p.startsWith('tagmanifest-')).map(([p, b]) => `${sha('sha256', b)}  ${p}\n`).join('')));
    } });
    expect(manifestFindings(files)).toEqual([]);
  });
});
