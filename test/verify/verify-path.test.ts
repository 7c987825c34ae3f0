// verifyPath end to end: packages round-trip in every format, any changed byte fails naming its file, hostile bundles fail cleanly.
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveProfile } from '../../src/profiles/index.js';
import { rules } from '../../src/rules/index.js';
import { lintForBag, planBag, type Signer } from '../../src/package/plan.js';
import { keyIdOf } from '../../src/package/sign.js';
import { writeBag } from '../../src/package/write.js';
import { officialCalendar } from '../../src/calendar/official.js';
import { verifyBag } from '../../src/verify/verify.js';
import { unreadableSummary, verifyPath, type VerifyPathOptions } from '../../src/verify/verify-path.js';
import { BundleError, type BundleSummary } from '../../src/verify/types.js';
import { listTree, makeBag, tarGzBytes, tarGzOf, tarGzZeros, writeDir, zerosDeflated, zipBytes, zipOf, type Files } from './bundles.js';

const base = mkdtempSync(join(tmpdir(), 'govcat-verify-'));
const work = join(base, 'a', 'b', 'work');
mkdirSync(work, { recursive: true });
const DATE = '2026-03-06';
const SAMPLE = readFileSync('samples/catalogue.yaml');
const dept = generateKeyPairSync('ed25519');
const keyId = keyIdOf(dept.publicKey);
const signer: Signer = { keyId, sign: (data) => sign(null, data, dept.privateKey) };
const keys = new Map([[keyId, dept.publicKey]]);
const OPTS: VerifyPathOptions = { asOf: DATE, keys };

let n = 0;
const at = (name: string) => join(work, `${n++}-${name}`);
const put = (name: string, bytes: Buffer) => {
  const p = at(name);
  writeFileSync(p, bytes);
  return p;
};

/** A bag as `govcat package` plans it (signed), as BagFiles. */
function planned(): { path: string; bytes: Uint8Array }[] {
  const { catalogue, lint } = lintForBag(SAMPLE.toString('utf8'), resolveProfile('national', rules), rules, DATE);
  return planBag({
    catalogueBytes: SAMPLE, reports: { catalogue, lint, lintRules: rules }, attachments: [{ path: '评估报告.pdf', bytes: Buffer.from('%PDF-1.7\n') }],
    date: DATE, toolVersion: '9.9.9', profile: 'national', allowErrors: false, signer,
  }).files;
}

/** verifyPath with `base` listed before and after: nothing may be written. */
async function check(path: string, opts: VerifyPathOptions = OPTS): Promise<BundleSummary> {
  const before = listTree(base);
  const s = await verifyPath(path, opts);
  expect(listTree(base)).toEqual(before);
  return s;
}

describe('a package round-trips: package, then verify passes', () => {
  it.each(['bag', 'bag.zip', 'bag.tar.gz'])('written by writeBag as %s', async (name) => {
    const out = at(name);
    await writeBag(planned(), out, { date: DATE, force: false });
    const s = await check(out);
    expect(s.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(s).toMatchObject({ status: 'passed', signature: 'valid', department: '北京市市场监督管理局', catalogueId: 'CAT-110000-SCJGJ', version: '2026.2', profile: 'national' });
    expect(s.entries!.length).toBeGreaterThan(0);
  });

  it('written by hand as a directory, a zip and a tar.gz', async () => {
    const files: Files = new Map(planned().map((f) => [f.path, Buffer.from(f.bytes)]));
    for (const path of [writeDir(at('hand'), files), put('hand.zip', zipOf(files)), put('hand.tar.gz', await tarGzOf(files))]) {
      expect((await check(path)).status).toBe('passed');
    }
  });
});

describe('changing any byte of any file fails the bundle, naming that file', () => {
  const files = planned();
  const calendar = officialCalendar();
  it.each(files.map((f) => f.path))('%s', (path) => {
    const changed = new Map(files.map((f) => [f.path, Buffer.from(f.bytes)]));
    const bytes = changed.get(path)!;
    // A byte in the middle, changed to another printable character, so the file stays readable text.
    const i = Math.floor(bytes.length / 2);
    bytes[i] = bytes[i] === 0x41 ? 0x42 : 0x41;
    const s = verifyBag({ path: 'b', kind: 'directory', files: changed }, { asOf: DATE, calendar, keys });
    expect(s.status).toBe('failed');
    const named = s.findings.filter((f) => f.severity === 'error' && (f.file === `b!${path}` || f.message.en.includes(path)));
    expect(named.length, JSON.stringify(s.findings.map((f) => f.message.en))).toBeGreaterThan(0);
  });
});

describe('hostile bundles: a failed summary with one bundle-unreadable finding, never a throw, nothing written', () => {
  const bag = makeBag({ 'data/catalogue.yaml': SAMPLE });
  const cases: [string, () => Promise<string> | string, string][] = [
    ['traversal name', () => put('t.zip', zipBytes([{ name: '../../x', data: Buffer.from('x') }])), 'traversal'],
    ['absolute path', async () => put('abs.tar.gz', await tarGzBytes([{ name: '/tmp/x', data: Buffer.from('x') }])), 'absolute-path'],
    ['symlink pointing outside (zip)', () => put('l.zip', zipBytes([{ name: 'bag/data/x', data: Buffer.from('/etc/passwd'), mode: 0o120777 }])), 'link'],
    ['symlink pointing outside (tar)', async () => put('l.tar.gz', await tarGzBytes([{ name: 'bag/data/x', type: 'symlink', linkname: '../../../x' }])), 'link'],
    ['symlink pointing outside (directory)', () => {
      const root = writeDir(at('ldir'), bag);
      symlinkSync('/etc/passwd', join(root, 'data', 'x'));
      return root;
    }, 'link'],
    ['zip bomb (1 GiB of zeros)', () => put('bomb.zip', zipBytes([{ name: 'bag/data/z', deflated: zerosDeflated(1024), size: 2 ** 30, crc: 0 }])), 'ratio'],
    ['tar.gz bomb (1 GiB of zeros, refused on its declared size)', () => put('bomb.tar.gz', tarGzZeros(1024)), 'too-large'],
    ['truncated archive', () => put('cut.zip', zipOf(bag).subarray(0, 300)), 'truncated'],
    ['non-archive with a .zip name', () => put('fake.zip', Buffer.from('hello')), 'not-an-archive'],
    ['empty directory', () => {
      const p = at('empty');
      mkdirSync(p);
      return p;
    }, 'empty'],
    ['missing path', () => join(work, 'no-such.zip'), 'not-found'],
  ];

  it.each(cases)('%s', async (_, make, code) => {
    const path = await make();
    const s = await check(path);
    expect(s).toMatchObject({ bundle: path, status: 'failed', errors: 1, warnings: 0, signature: 'not-checked' });
    expect(s.findings).toHaveLength(1);
    expect(s.findings[0]).toMatchObject({ ruleId: 'bundle-unreadable', messageId: code, file: path, line: 1, column: 1 });
    expect(s.findings[0].message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a missing bagit.txt → failed with bagit-declaration', async () => {
    const files = new Map(bag);
    files.delete('bagit.txt');
    const s = await check(writeDir(at('nobagit'), files));
    expect(s.status).toBe('failed');
    expect(s.findings.map((f) => `${f.ruleId}/${f.messageId}`)).toContain('bagit-declaration/missing');
  });

  it('a bundle whose catalogue is malformed YAML → failed, with the YAML error position', async () => {
    const files = makeBag({ 'data/catalogue.yaml': 'govcat: 1\ncatalogue:\n  id: [unclosed\n' }, { info: {} });
    const path = put('yaml.zip', zipOf(files));
    const s = await check(path);
    expect(s.status).toBe('failed');
    const f = s.findings.find((x) => x.ruleId === 'catalogue-unreadable')!;
    expect(f).toMatchObject({ file: `${path}!data/catalogue.yaml` });
    expect(f.line).toBeGreaterThan(1);
    expect(f.message.en).toMatch(/YAML syntax error/);
  });

  it('an unexpected error becomes bundle-unreadable/internal', () => {
    const s = unreadableSummary('x.zip', new TypeError('boom'));
    expect(s).toMatchObject({ status: 'failed', errors: 1, findings: [{ ruleId: 'bundle-unreadable', messageId: 'internal', message: { en: 'internal error while verifying: boom' } }] });
    expect(unreadableSummary('y', new BundleError('ratio', { zh: '炸弹', en: 'bomb' })).findings[0].message.en).toBe('likely decompression bomb: bomb');
  });
});

describe('options as the worker pool passes them', () => {
  it('public keys as PEM text, the config profile, rule settings and calendar', async () => {
    const files = planned();
    const dir = at('opts');
    await writeBag(files, dir, { date: DATE, force: false });
    const pem = dept.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const s = await check(dir, { asOf: DATE, keys: new Map([[keyId, pem]]), config: { rules: {}, calendar: {} } });
    expect(s).toMatchObject({ status: 'passed', signature: 'valid' });
  });

  it("the authority's rule settings apply to the re-lint", async () => {
    const files = makeBag({ 'data/catalogue.yaml': readFileSync('samples/violations.yaml') }, { info: {} });
    const path = writeDir(at('violations'), files);
    const strict = await check(path, { asOf: DATE });
    const ruleIds = [...new Set(strict.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
    const off = Object.fromEntries(ruleIds.map((id) => [id, 'off' as const]));
    const relaxed = await check(path, { asOf: DATE, config: { rules: off } });
    expect(strict.status).toBe('failed');
    expect(relaxed.errors).toBe(0);
  });
});
