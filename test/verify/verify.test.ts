// verifyBag on bags built in memory: BagIt completeness and fixity, signature, re-lint, deadlines, the authority's review.
import { generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { officialCalendar } from '../../src/calendar/official.js';
import { keyIdOf } from '../../src/package/sign.js';
import { rules } from '../../src/rules/index.js';
import { diffRules } from '../../src/diff/rules/index.js';
import { verifyBag, type VerifyOptions } from '../../src/verify/verify.js';
import type { Finding, Severity } from '../../src/core/types.js';
import type { KeyRegistry } from '../../src/verify/key-registry.js';
import type { BundleFiles, BundleSummary } from '../../src/verify/types.js';
import { makeBag, manifest, rebag, SAMPLE_INFO, sha, type Files } from './bundles.js';

const SAMPLE = readFileSync('samples/catalogue.yaml');
const calendar = officialCalendar();
const OPTS: VerifyOptions = { asOf: '2026-03-06', calendar };
const B = 'in/b.zip';

const verify = (files: Files, opts: Partial<VerifyOptions> = {}): BundleSummary =>
  verifyBag({ path: B, kind: 'zip', files: new Map(files) } as BundleFiles, { ...OPTS, ...opts });
const valid = () => makeBag({ 'data/catalogue.yaml': SAMPLE, 'data/attachments/评估报告.pdf': '%PDF-1.7\n' });
const by = (s: BundleSummary, ruleId: string, messageId?: string): Finding[] =>
  s.findings.filter((f) => f.ruleId === ruleId && (messageId === undefined || f.messageId === messageId));
const only = (s: BundleSummary, ruleId: string, messageId?: string): Finding => {
  const hits = by(s, ruleId, messageId);
  expect(hits.map((f) => `${f.ruleId}/${f.messageId}`), JSON.stringify(s.findings.map((f) => f.message.en))).toHaveLength(1);
  return hits[0];
};
const edit = (files: Files, path: string, text: string | ((s: string) => string)) => {
  const copy = new Map(files);
  copy.set(path, Buffer.from(typeof text === 'string' ? text : text(copy.get(path)!.toString('utf8'))));
  return copy;
};
const lineOf = (files: Files, manifestName: string, path: string) => files.get(manifestName)!.toString('utf8').split('\n').findIndex((l) => l.endsWith(`  ${path}`)) + 1;

describe('a valid bag', () => {
  const s = verify(valid());

  it('passes with no findings', () => {
    expect(s.findings).toEqual([]);
    expect(s).toMatchObject({ bundle: B, status: 'passed', errors: 0, warnings: 0, infos: 0, signature: 'not-checked', profile: 'national' });
  });

  it('names department, code, catalogue and version from bag-info', () => {
    expect(s).toMatchObject({ department: '北京市市场监督管理局', departmentCode: '11110000MB1957J40W', catalogueId: 'CAT-110000-SCJGJ', version: '2026.2' });
  });

  it('falls back to the catalogue header when bag-info lacks the labels', () => {
    const t = verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { info: {} }));
    expect(t).toMatchObject({ status: 'passed', department: '北京市市场监督管理局', departmentCode: '11110000MB1957J40W', catalogueId: 'CAT-110000-SCJGJ', version: '2026.2' });
  });

  it('lists the entries with sorted item names for the cross-bundle check', () => {
    expect(s.entries!.length).toBeGreaterThan(3);
    const first = s.entries![0];
    expect(first).toMatchObject({ id: 'SCJG-0001', name: '市场主体登记基本信息' });
    expect(first.items).toEqual([...first.items].sort());
    expect(first.items).toContain('统一社会信用代码');
  });

  it('accepts BagIt 0.97, CRLF line endings and continuation lines in bag-info', () => {
    let files = edit(valid(), 'bagit.txt', 'BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n');
    files = edit(files, 'bag-info.txt', (t) => t.replace('Source-Organization: 北京市市场监督管理局', 'Source-Organization: 北京市市场\n  监督管理局').replace(/\n/g, '\r\n'));
    files = rebagTags(files);
    const t = verify(files);
    expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('decodes %25, %0A and %0D in manifest paths (RFC 8493 §2.1.3)', () => {
    const files = makeBag({ 'data/catalogue.yaml': SAMPLE, 'data/attachments/100%.txt': 'a', 'data/attachments/a\nb\rc.txt': 'b' });
    const payload = [...files].filter(([p]) => p.startsWith('data/'));
    const lines = payload.sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, b]) => `${sha('sha256', b)}  ${p.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0d')}\n`);
    files.set('manifest-sha256.txt', Buffer.from(lines.join('')));
    expect(lines.join('')).toContain('100%25.txt');
    expect(lines.join('')).toContain('a%0Ab%0dc.txt');
    expect(verify(rebagTags(files)).findings).toEqual([]);
  });
});

/** Tag manifest recomputed after editing tag files, so only the intended problem remains. */
function rebagTags(files: Files): Files {
  const copy = new Map(files);
  copy.set('tagmanifest-sha256.txt', Buffer.from(manifest([...copy].filter(([p]) => !p.startsWith('data/') && !p.startsWith('tagmanifest-') && p !== 'govcat-signature.txt'))));
  return copy;
}

describe('bagit.txt', () => {
  it('missing → bagit-declaration/missing, failed', () => {
    const files = valid();
    files.delete('bagit.txt');
    const s = verify(files);
    expect(s.status).toBe('failed');
    expect(only(s, 'bagit-declaration', 'missing')).toMatchObject({ severity: 'error', file: B, line: 1, column: 1 });
  });

  it.each([
    ['BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n', 'version', 1],
    ['BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n', 'encoding', 2],
    ['BagIt-Version:1.0\nTag-File-Character-Encoding: UTF-8\n', 'malformed', 1],
    ['\ufeffBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n', 'malformed', 1],
    ['BagIt-Version: 1.0\n', 'malformed', 2],
    ['Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n', 'malformed', 1],
    ['BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nExtra: line\n', 'malformed', 3],
  ])('%j → %s at line %i', (text, messageId, line) => {
    const f = only(verify(rebagTags(edit(valid(), 'bagit.txt', text))), 'bagit-declaration');
    expect(f).toMatchObject({ messageId, file: `${B}!bagit.txt`, line });
  });
});

describe('bag-info.txt and Payload-Oxum', () => {
  it('missing → bag-info/missing (Payload-Oxum is not reported again)', () => {
    const files = valid();
    files.delete('bag-info.txt');
    const s = verify(rebagTags(files));
    only(s, 'bag-info', 'missing');
    expect(by(s, 'payload-oxum')).toEqual([]);
  });

  it('a line that is not "Label: value" → bag-info/malformed at that line', () => {
    const f = only(verify(rebagTags(edit(valid(), 'bag-info.txt', (t) => `${t}no colon here\n`))), 'bag-info', 'malformed');
    expect(f).toMatchObject({ file: `${B}!bag-info.txt`, line: Object.keys(SAMPLE_INFO).length + 2 });
  });

  it('an unknown Govcat-Profile → error, linted with national instead', () => {
    const s = verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { info: { ...SAMPLE_INFO, 'Govcat-Profile': 'lenient' } }));
    expect(only(s, 'bag-info', 'unknownProfile').message.en).toMatch(/"lenient".*"national"/);
    expect(s.profile).toBe('national');
  });

  it('a label that contradicts the catalogue → bag-info/mismatch at its line', () => {
    const s = verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { info: { ...SAMPLE_INFO, 'Govcat-Catalogue-Version': '2026.9' } }));
    const f = only(s, 'bag-info', 'mismatch');
    expect(f).toMatchObject({ line: 4, file: `${B}!bag-info.txt` });
    expect(f.message.en).toBe('Govcat-Catalogue-Version is "2026.9" but the catalogue says "2026.2"');
  });

  it('Payload-Oxum missing, malformed or wrong → payload-oxum', () => {
    only(verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { oxum: null })), 'payload-oxum', 'missing');
    only(verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { oxum: '12 bytes' })), 'payload-oxum', 'malformed');
    const f = only(verify(makeBag({ 'data/catalogue.yaml': SAMPLE }, { oxum: '999.1' })), 'payload-oxum', 'mismatch');
    expect(f.message.en).toBe(`Payload-Oxum says 999.1 but the payload is ${SAMPLE.length}.1 (octets.count)`);
    expect(f).toMatchObject({ file: `${B}!bag-info.txt`, line: Object.keys(SAMPLE_INFO).length + 1 });
  });
});

describe('manifests: completeness and fixity', () => {
  it('a payload file changed after bagging → manifest-checksum naming it, at its manifest line', () => {
    const files = edit(valid(), 'data/catalogue.yaml', (t) => t.replace('daily', 'DAILY'));
    const f = only(verify(files), 'manifest-checksum');
    expect(f.message.en).toContain('"data/catalogue.yaml"');
    expect(f).toMatchObject({ file: `${B}!manifest-sha256.txt`, line: lineOf(files, 'manifest-sha256.txt', 'data/catalogue.yaml'), column: 1 });
  });

  it('a payload file missing from the manifest → manifest-unlisted-file naming it', () => {
    const files = new Map(valid()).set('data/attachments/extra.pdf', Buffer.from('added later'));
    const s = verify(files);
    const f = only(s, 'manifest-unlisted-file', 'payload');
    expect(f).toMatchObject({ severity: 'error', file: `${B}!data/attachments/extra.pdf`, path: 'data/attachments/extra.pdf' });
    only(s, 'payload-oxum', 'mismatch');
    expect(s.status).toBe('failed');
  });

  it('a manifest line for a missing file → manifest-missing-file naming it, at that line', () => {
    const files = valid();
    const line = lineOf(files, 'manifest-sha256.txt', 'data/attachments/评估报告.pdf');
    files.delete('data/attachments/评估报告.pdf');
    const f = only(verify(files), 'manifest-missing-file');
    expect(f.message.en).toContain('"data/attachments/评估报告.pdf"');
    expect(f).toMatchObject({ file: `${B}!manifest-sha256.txt`, line });
  });

  it('no manifest-sha256.txt → manifest-format/noManifest, and every payload file unlisted only through the tag manifest', () => {
    const files = valid();
    files.delete('manifest-sha256.txt');
    only(verify(rebagTags(files)), 'manifest-format', 'noManifest');
  });

  it('malformed lines, raw percent signs, unsafe paths, paths outside data/ and duplicates → manifest-format at their lines', () => {
    const files = valid();
    const text = files.get('manifest-sha256.txt')!.toString('utf8');
    const h = sha('sha256', Buffer.from('x'));
    const extra = [`not-a-checksum  data/x`, `${h}  data/50%off.txt`, `${h}  data/../../etc/passwd`, `${h}  bagit.txt`, text.split('\n')[0]];
    const s = verify(rebagTags(edit(files, 'manifest-sha256.txt', text + extra.join('\n') + '\n')));
    const base = text.split('\n').length - 1;
    const at = (id: string) => by(s, 'manifest-format', id).map((f) => f.line);
    expect(at('malformedLine')).toEqual([base + 1]);
    // A bare "%" that names no file of the bag either way is just a missing file (test/verify/manifests.test.ts has the rest).
    expect(at('unencodedPercent')).toEqual([]);
    expect(at('badPath')).toEqual([base + 3]);
    expect(at('outside')).toEqual([base + 4]);
    expect(at('duplicate')).toEqual([base + 5]);
    // "data/50%off.txt" is taken literally and is not in the bag.
    expect(by(s, 'manifest-missing-file').map((f) => f.line)).toEqual([base + 2]);
  });

  it('manifest-sha512.txt is checked too; unknown algorithms are a warning and not checked', () => {
    const files = valid();
    const payload = [...files].filter(([p]) => p.startsWith('data/'));
    files.set('manifest-sha512.txt', Buffer.from(manifest(payload, 'sha512')));
    files.set('manifest-whirlpool.txt', Buffer.from('0123  data/catalogue.yaml\n'));
    const ok = verify(rebagTags(files));
    expect(ok.errors).toBe(0);
    expect(only(ok, 'manifest-format', 'unsupported')).toMatchObject({ severity: 'warning', file: `${B}!manifest-whirlpool.txt` });
    const tampered = verify(rebagTags(edit(files, 'manifest-sha512.txt', (t) => t.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0')))));
    expect(only(tampered, 'manifest-checksum').message.en).toMatch(/SHA512 checksum of ".*" does not match manifest-sha512\.txt/);
  });

  it('a tag file changed after bagging → manifest-checksum naming it, from the tag manifest', () => {
    const files = edit(valid(), 'bag-info.txt', (t) => t.replace('北京市', '天津市'));
    const s = verify(files);
    const f = only(s, 'manifest-checksum');
    expect(f.message.en).toContain('"bag-info.txt"');
    expect(f).toMatchObject({ file: `${B}!tagmanifest-sha256.txt`, line: lineOf(files, 'tagmanifest-sha256.txt', 'bag-info.txt') });
  });

  it('a tag file missing from the tag manifest → warning; a tag manifest listing payload → manifest-format/outside', () => {
    const files = new Map(valid()).set('notes.txt', Buffer.from('hello'));
    const f = only(verify(files), 'manifest-unlisted-file', 'tag');
    expect(f).toMatchObject({ severity: 'warning', path: 'notes.txt' });
    const tm = files.get('tagmanifest-sha256.txt')!.toString('utf8') + `${sha('sha256', files.get('data/catalogue.yaml')!)}  data/catalogue.yaml\n`;
    only(verify(edit(valid(), 'tagmanifest-sha256.txt', tm)), 'manifest-format', 'outside');
  });
});

describe('signature', () => {
  const dept = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const keyId = keyIdOf(dept.publicKey);
  const keys = new Map([[keyId, dept.publicKey]]);
  const signed = () => makeBag({ 'data/catalogue.yaml': SAMPLE }, { signer: { keyId, key: dept.privateKey } });

  it('without keys: not checked, no finding', () => {
    const s = verify(signed());
    expect(s.signature).toBe('not-checked');
    expect(by(s, 'signature')).toEqual([]);
  });

  it('valid → info naming the key', () => {
    const s = verify(signed(), { keys });
    expect(s).toMatchObject({ signature: 'valid', status: 'passed' });
    expect(only(s, 'signature', 'valid')).toMatchObject({ severity: 'info', message: { en: `valid signature (key ${keyId})` } });
  });

  it('unsigned → warning, still passed', () => {
    const s = verify(valid(), { keys });
    expect(s).toMatchObject({ signature: 'unsigned', status: 'passed' });
    expect(only(s, 'signature', 'unsigned').severity).toBe('warning');
  });

  it('signed with a key not given → unknown-key, error', () => {
    const s = verify(signed(), { keys: new Map([[keyIdOf(other.publicKey), other.publicKey]]) });
    expect(s).toMatchObject({ signature: 'unknown-key', status: 'failed' });
    expect(only(s, 'signature', 'unknownKey').message.en).toContain(keyId);
  });

  it('tag manifest changed after signing → bad-signature, error', () => {
    const files = signed();
    // Re-bagging with a changed payload rewrites both manifests consistently, yet the old signature no longer fits.
    const resigned = rebag(edit(files, 'data/catalogue.yaml', (t) => t.replace('daily', 'weekly')));
    resigned.set('govcat-signature.txt', files.get('govcat-signature.txt')!);
    const s = verify(resigned, { keys });
    expect(s).toMatchObject({ signature: 'bad-signature', status: 'failed' });
    expect(only(s, 'signature', 'bad')).toMatchObject({ severity: 'error', file: `${B}!govcat-signature.txt` });
    expect(by(s, 'manifest-checksum')).toEqual([]);
  });
});

describe('signature against the key registry (keys.yaml)', () => {
  const dept = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const stray = generateKeyPairSync('ed25519');
  const [deptId, otherId, strayId] = [dept, other, stray].map((k) => keyIdOf(k.publicKey));
  const keys = new Map([[deptId, dept.publicKey], [otherId, other.publicKey], [strayId, stray.publicKey]]);
  const registry: KeyRegistry = {
    files: [{ file: 'dept.pub', keyId: deptId }, { file: 'other.pub', keyId: otherId }, { file: 'stray.pub', keyId: strayId }],
    departments: [
      { name: '北京市市场监督管理局', code: '11110000MB1957J40W', keys: [{ keyId: deptId, file: 'dept.pub', validFrom: '2026-01-01', validTo: '2026-06-30' }] },
      { name: '北京市卫生健康委员会', keys: [{ keyId: otherId, file: 'other.pub' }] },
    ],
  };
  const info = (date?: string) => ({ ...SAMPLE_INFO, ...(date ? { 'Bagging-Date': date } : {}) });
  const bag = (key: KeyPairKeyObjectResult | undefined, date = '2026-03-06') =>
    makeBag({ 'data/catalogue.yaml': SAMPLE }, { info: info(date), ...(key ? { signer: { keyId: keyIdOf(key.publicKey), key: key.privateKey } } : {}) });
  // The signature stays over an intact tag manifest; only the payload changes (a real tamperer cannot re-sign).
  const altered = () => edit(bag(dept), 'data/catalogue.yaml', (t) => t.replace('daily', 'weekly'));
  const badSig = () => {
    const files = bag(dept);
    const resigned = rebag(edit(files, 'data/catalogue.yaml', (t) => t.replace('daily', 'weekly')), { info: info('2026-03-06') });
    resigned.set('govcat-signature.txt', files.get('govcat-signature.txt')!);
    return resigned;
  };

  // prettier-ignore
  const CASES: [string, () => Files, Partial<VerifyOptions>, string, string, Severity, 'passed' | 'failed', RegExp][] = [
    ['registered key, in validity',       () => bag(dept),                    {},                          'valid',             'validRegistered', 'info',    'passed', /valid signature \(key \w+, dept\.pub, registered for 北京市市场监督管理局 \(11110000MB1957J40W\), signed on 2026-03-06\)/],
    ['valid signature, payload altered',  altered,                            {},                          'payload-altered',   'payloadAltered',  'info',    'failed', /signature valid over the tag manifest .*payload was altered/],
    ['unsigned',                          () => bag(undefined),               {},                          'unsigned',          'unsigned',        'warning', 'passed', /not signed/],
    ['unsigned, signatures required',     () => bag(undefined),               { requireSignature: true },  'unsigned',          'required',        'error',   'failed', /requires signatures/],
    ['key not in the folder',             () => bag(generateKeyPairSync('ed25519')), {},                   'unknown-key',       'unknownKey',      'error',   'failed', /not among the given public keys/],
    ['key in the folder, registered for nobody', () => bag(stray),            {},                          'unknown-key',       'unregistered',    'error',   'failed', /stray\.pub\), which keys\.yaml registers for no department/],
    ["another department's key",          () => bag(other),                   {},                          'other-department',  'otherDepartment', 'error',   'failed', /registered for 北京市卫生健康委员会, not for the submitting department 北京市市场监督管理局/],
    ['expired on the Bagging-Date',       () => bag(dept, '2026-07-01'),      {},                          'key-expired',       'expired',         'error',   'failed', /valid until 2026-06-30, but the signing date 2026-07-01 \(bag-info.txt's Bagging-Date\)/],
    ['not yet valid on the Bagging-Date', () => bag(dept, '2025-12-31'),      {},                          'key-not-yet-valid', 'notYetValid',     'error',   'failed', /valid from 2026-01-01, but the signing date 2025-12-31/],
    ['no Bagging-Date: --received',       () => bag(dept, ''),                { received: '2026-07-02' },  'key-expired',       'expired',         'error',   'failed', /signing date 2026-07-02 \(the date received\)/],
    ['no Bagging-Date: the as-of date',   () => bag(dept, ''),                { asOf: '2026-03-06' },      'valid',             'validRegistered', 'info',    'passed', /signed on 2026-03-06/],
    ['bad signature',                     badSig,                             {},                          'bad-signature',     'bad',             'error',   'failed', /bad signature/],
  ];

  it.each(CASES)('%s', (_, files, opts, state, messageId, severity, status, message) => {
    const s = verify(files(), { keys, registry, ...opts });
    expect(s).toMatchObject({ signature: state, status });
    const f = only(s, 'signature');
    expect(f).toMatchObject({ messageId, severity });
    expect(f.message.en).toMatch(message);
    expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a bag naming no department: the key is whose it is, and not the bundle\'s', () => {
    const files = makeBag({ 'data/catalogue.yaml': SAMPLE }, { info: { 'Bagging-Date': '2026-03-06' }, signer: { keyId: otherId, key: other.privateKey } });
    const s = verify(files, { keys, registry });
    expect(s.signature).toBe('other-department');
    expect(only(s, 'signature', 'noDepartment').message.en).toMatch(/registered for 北京市卫生健康委员会, but bag-info.txt names no submitting department/);
  });

  it('the payload alteration itself is the fixity rule\'s error, once; the signature finding only says what it covers', () => {
    const s = verify(altered(), { keys, registry });
    expect(by(s, 'manifest-checksum')).toHaveLength(1);
    expect(s.errors).toBe(by(s, 'manifest-checksum').length + by(s, 'payload-oxum').length);
  });

  it('without a registry a verified key is valid for any department (the run says so once, not the bundle)', () => {
    const s = verify(bag(other), { keys });
    expect(s.signature).toBe('valid');
    expect(only(s, 'signature', 'valid').severity).toBe('info');
  });
});

describe('the catalogue inside: re-lint and deadlines', () => {
  it('lint findings keep their rule ids and positions, in bundle!data/catalogue.yaml', () => {
    const s = verify(makeBag({ 'data/catalogue.yaml': readFileSync('samples/violations.yaml') }, { info: {} }));
    expect(s.status).toBe('failed');
    const lint = s.findings.filter((f) => rules.some((r) => r.id === f.ruleId));
    expect(lint.length).toBeGreaterThan(5);
    for (const f of lint) {
      expect(f.file).toBe(`${B}!data/catalogue.yaml`);
      expect(f.line).toBeGreaterThan(1);
    }
  });

  it('malformed YAML → catalogue-unreadable at the YAML error position, failed', () => {
    const s = verify(makeBag({ 'data/catalogue.yaml': 'govcat: 1\ncatalogue:\n  id: [unclosed\n' }, { info: {} }));
    expect(s.status).toBe('failed');
    const f = only(s, 'catalogue-unreadable', 'unreadable');
    expect(f.file).toBe(`${B}!data/catalogue.yaml`);
    expect(f.line).toBeGreaterThan(1);
    expect(f.message.en).toMatch(/^cannot read data\/catalogue\.yaml: YAML syntax error/);
    expect(f.message.zh).toMatch(/YAML 语法错误/);
  });

  it('not UTF-8 → catalogue-unreadable with the byte position', () => {
    const f = only(verify(makeBag({ 'data/catalogue.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xd5, 0xfe, 0x0a]) }, { info: {} })), 'catalogue-unreadable');
    expect(f).toMatchObject({ line: 1, column: 4 });
  });

  it('no data/catalogue.yaml → catalogue-unreadable/missing', () => {
    only(verify(makeBag({ 'data/other.yaml': 'a: 1\n' }, { info: {} })), 'catalogue-unreadable', 'missing');
  });

  it('with data/previous/catalogue.yaml, the update deadlines are checked again (diff rules, rule ids kept)', () => {
    const files = makeBag({
      'data/catalogue.yaml': readFileSync('samples/history/2026.2.yaml'),
      'data/previous/catalogue.yaml': readFileSync('samples/history/2026.1.yaml'),
    });
    const s = verify(files);
    const f = only(s, 'update-deadline', 'late');
    expect(diffRules.some((r) => r.id === f.ruleId)).toBe(true);
    expect(f).toMatchObject({ file: `${B}!data/catalogue.yaml`, severity: 'error' });
    expect(f.message.en).toMatch(/due by 2026-02-27.*late by 3 working days/);
  });

  it('a malformed previous version → catalogue-unreadable for that file', () => {
    const s = verify(makeBag({ 'data/catalogue.yaml': SAMPLE, 'data/previous/catalogue.yaml': 'a: [\n' }));
    expect(only(s, 'catalogue-unreadable').file).toBe(`${B}!data/previous/catalogue.yaml`);
  });
});

describe("the authority's review deadline (Art. 17 ¶3)", () => {
  // 2026-03-06 is a Friday: due Tuesday 2026-03-10.
  it('received, not yet due → info with the due date', () => {
    const s = verify(valid(), { received: '2026-03-06', asOf: '2026-03-10' });
    expect(s.status).toBe('passed');
    expect(only(s, 'review-deadline-authority', 'due')).toMatchObject({ severity: 'info', message: { en: 'received on 2026-03-06: the authority must review and publish it by 2026-03-10' } });
  });

  it('asOf past the due date → error', () => {
    const s = verify(valid(), { received: '2026-03-06', asOf: '2026-03-11' });
    expect(s.status).toBe('failed');
    expect(only(s, 'review-deadline-authority', 'overdue').message.en).toBe('received on 2026-03-06: the review was due by 2026-03-10 and is overdue as of 2026-03-11');
  });

  it('an invalid receipt date → error', () => {
    only(verify(valid(), { received: '2026-02-30' }), 'review-deadline-authority', 'invalidDate');
  });

  it('a year without an official schedule → warning, for that bundle only (shared calendar)', () => {
    const shared = officialCalendar();
    const s = verify(valid(), { received: '2031-01-06', asOf: '2031-01-06', calendar: shared });
    expect(only(s, 'review-deadline-authority', 'calendar').message.en).toMatch(/2031/);
    const t = verify(valid(), { received: '2026-03-06', asOf: '2026-03-06', calendar: shared });
    expect(by(t, 'review-deadline-authority', 'calendar')).toEqual([]);
  });
});

describe('findings are located', () => {
  it('every finding has a file inside the bundle and a 1-based position', () => {
    const files = new Map(valid()).set('data/x', Buffer.from('x'));
    files.delete('bagit.txt');
    for (const f of verify(files, { received: '2026-03-06', asOf: '2026-03-20' }).findings) {
      expect(f.file.startsWith(B)).toBe(true);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
