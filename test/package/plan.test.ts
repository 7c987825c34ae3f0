// The planned bag, file by file: the RFC 8493 tag files' exact format, Payload-Oxum, bag-info labels, reports.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { officialCalendar } from '../../src/calendar/official.js';
import { UsageError } from '../../src/core/errors.js';
import { diffRules } from '../../src/diff/rules/index.js';
import { resolveProfile } from '../../src/profiles/index.js';
import { rules } from '../../src/rules/index.js';
import { BAGIT_TXT, BAG_INFO_TXT, LABELS, MANIFEST, PAYLOAD, SIGNATURE, TAG_MANIFEST } from '../../src/package/layout.js';
import {
  attachmentNames, decodeManifestPath, diffForBag, encodeManifestPath, humanSize, lintForBag, planBag, type BagFile, type PlanInput,
} from '../../src/package/plan.js';
import { sha256 } from './archive.js';

const SAMPLE = readFileSync('samples/catalogue.yaml');
const VIOLATIONS = readFileSync('samples/violations.yaml');
const PREVIOUS = readFileSync('samples/history/2026.1.yaml');
const DATE = '2026-03-06';
const profile = resolveProfile('national', rules);

function input(bytes: Buffer = SAMPLE, extra: Partial<PlanInput> = {}): PlanInput {
  const { catalogue, lint } = lintForBag(bytes.toString('utf8').replace(/^\uFEFF/, ''), profile, rules, DATE);
  return {
    catalogueBytes: bytes, reports: { catalogue, lint, lintRules: rules }, attachments: [],
    date: DATE, toolVersion: '9.9.9', profile: 'national', allowErrors: false, ...extra,
  };
}

const text = (files: BagFile[], path: string) => Buffer.from(files.find((f) => f.path === path)!.bytes).toString('utf8');
const lines = (s: string) => s.split('\n').slice(0, -1);

describe('planBag: tag files', () => {
  const plan = planBag(input(SAMPLE, { attachments: [{ path: 'x/评估报告.pdf', bytes: Buffer.from('%PDF-1.7\n') }] }));

  it('bagit.txt is exactly the two RFC 8493 lines', () => {
    expect(text(plan.files, BAGIT_TXT)).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });

  it('the manifest lists every payload file exactly once, as `<sha256>  data/…`, with the right checksums', () => {
    const manifest = lines(text(plan.files, MANIFEST));
    for (const l of manifest) expect(l).toMatch(/^[0-9a-f]{64} {2}data\/\S/);
    const payload = plan.files.filter((f) => f.path.startsWith('data/'));
    expect(manifest.map((l) => l.slice(66)).sort()).toEqual(payload.map((f) => f.path).sort());
    for (const f of payload) expect(manifest).toContain(`${sha256(f.bytes)}  ${f.path}`);
    expect(payload.map((f) => f.path)).toEqual([PAYLOAD.attachments + '评估报告.pdf', PAYLOAD.normalized, PAYLOAD.catalogue, PAYLOAD.lintReport]);
  });

  it('the tag manifest lists bagit.txt, bag-info.txt and manifest-sha256.txt with their checksums', () => {
    const tm = lines(text(plan.files, TAG_MANIFEST));
    const tags = [BAG_INFO_TXT, BAGIT_TXT, MANIFEST].map((p) => plan.files.find((f) => f.path === p)!);
    expect(tm).toEqual(tags.map((f) => `${sha256(f.bytes)}  ${f.path}`));
  });

  it('Payload-Oxum is the real octet and file count; Bag-Size is readable', () => {
    const payload = plan.files.filter((f) => f.path.startsWith('data/'));
    const octets = payload.reduce((n, f) => n + f.bytes.length, 0);
    const info = text(plan.files, BAG_INFO_TXT);
    expect(info).toContain(`\nPayload-Oxum: ${octets}.${payload.length}\n`);
    expect(info).toMatch(/\nBag-Size: \d+\.\d (KB|MB)\n/);
    expect([plan.payloadOctets, plan.payloadCount]).toEqual([octets, payload.length]);
  });

  it('bag-info.txt: one well-formed `Label: value` line per label, in this order', () => {
    const info = lines(text(plan.files, BAG_INFO_TXT));
    for (const l of info) expect(l).toMatch(/^[A-Za-z][A-Za-z0-9-]*: \S(.*\S)?$/);
    const labels = info.map((l) => l.split(':')[0]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual([
      'Source-Organization', 'External-Identifier', 'External-Description', 'Bagging-Date', 'Bag-Software-Agent', 'Payload-Oxum', 'Bag-Size',
      LABELS.profile, LABELS.toolVersion, LABELS.lintStatus, LABELS.lintErrors, LABELS.lintWarnings,
      LABELS.catalogueId, LABELS.catalogueVersion, LABELS.departmentCode, LABELS.submittedAt,
    ]);
    expect(info).toEqual(expect.arrayContaining([
      'Source-Organization: 北京市市场监督管理局', 'External-Identifier: CAT-110000-SCJGJ 2026.2', 'External-Description: 北京市市场监督管理局政务数据目录',
      'Bagging-Date: 2026-03-06', 'Bag-Software-Agent: govcat 9.9.9', 'Govcat-Lint-Status: passed', 'Govcat-Lint-Errors: 0',
      'Govcat-Department-Code: 11110000MB1957J40W', 'Govcat-Submitted-At: 2026-03-06', 'Govcat-Version: 9.9.9', 'Govcat-Profile: national',
    ]));
  });

  it('files come sorted by path; the same input gives the same bytes', () => {
    const paths = plan.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    const again = planBag(input(SAMPLE, { attachments: [{ path: 'x/评估报告.pdf', bytes: Buffer.from('%PDF-1.7\n') }] }));
    expect(again.files.map((f) => [f.path, sha256(f.bytes)])).toEqual(plan.files.map((f) => [f.path, sha256(f.bytes)]));
  });
});

describe('planBag: payload', () => {
  it('keeps the authored bytes (BOM, comments) and writes the normalised catalogue as JSON', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE]);
    const plan = planBag(input(withBom));
    expect(Buffer.compare(plan.files.find((f) => f.path === PAYLOAD.catalogue)!.bytes, withBom)).toBe(0);
    const json = text(plan.files, PAYLOAD.normalized);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "govcat": 1,\n');
    expect(Object.keys(JSON.parse(json))).toEqual(['govcat', 'catalogue', 'entries']);
  });

  it('the lint report is the json report of catalogue.yaml: tool version, no clock, no absolute path', () => {
    const plan = planBag(input(VIOLATIONS, { allowErrors: true }));
    const report = text(plan.files, PAYLOAD.lintReport);
    const parsed = JSON.parse(report);
    expect(parsed.tool).toEqual({ name: 'govcat', version: '9.9.9' });
    expect(parsed.results[0].file).toBe('catalogue.yaml');
    expect(parsed.results[0].findings.every((f: { file: string }) => f.file === 'catalogue.yaml')).toBe(true);
    expect(report).not.toContain(process.cwd());
    expect(report).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('with a previous version: data/previous/catalogue.yaml and the diff report, as of the bagging date', () => {
    const base = input();
    const diff = diffForBag(PREVIOUS.toString('utf8'), SAMPLE.toString('utf8'), resolveProfile('national', diffRules), officialCalendar(), DATE);
    const plan = planBag({ ...base, previousBytes: PREVIOUS, reports: { ...base.reports, diff, diffRules } });
    expect(Buffer.compare(plan.files.find((f) => f.path === PAYLOAD.previous)!.bytes, PREVIOUS)).toBe(0);
    const report = JSON.parse(text(plan.files, PAYLOAD.diffReport));
    const result = report.results.find((r: { file: string }) => r.file === 'catalogue.yaml');
    expect(result.changes.previous).toBe('previous/catalogue.yaml');
    expect(result.changes.header.some((h: { field: string }) => h.field === 'version')).toBe(true);
    expect(plan.payloadCount).toBe(5);
  });
});

describe('planBag: lint errors, values, names, signature', () => {
  it('refuses a catalogue with lint errors unless allowErrors, which bag-info records', () => {
    expect(() => planBag(input(VIOLATIONS))).toThrow(UsageError);
    const info = text(planBag(input(VIOLATIONS, { allowErrors: true })).files, BAG_INFO_TXT);
    expect(info).toMatch(/\nGovcat-Lint-Status: errors-allowed\n/);
    expect(info).toMatch(/\nGovcat-Lint-Errors: [1-9]\d*\n/);
    expect(info).toContain('\nGovcat-Allow-Errors: true\n');
    expect(text(planBag(input()).files, BAG_INFO_TXT)).not.toContain('Govcat-Allow-Errors');
  });

  it('folds line breaks in values so that every label stays on one line', () => {
    const yaml = SAMPLE.toString('utf8').replace('title: 北京市市场监督管理局政务数据目录', 'title: "第一行\\n第二行\\r\\n第三行"');
    const info = text(planBag(input(Buffer.from(yaml), { allowErrors: true })).files, BAG_INFO_TXT);
    expect(info).toContain('\nExternal-Description: 第一行 第二行 第三行\n');
  });

  it('percent-encodes CR, LF and % in manifest paths (RFC 8493 §2.1.3) and decodes them back', () => {
    expect(encodeManifestPath('data/a%b\r\nc')).toBe('data/a%25b%0D%0Ac');
    expect(decodeManifestPath('data/a%25b%0D%0Ac%250A')).toBe('data/a%b\r\nc%0A');
    const plan = planBag(input(SAMPLE, { attachments: [{ path: '100%.txt', bytes: Buffer.from('x') }] }));
    expect(text(plan.files, MANIFEST)).toContain('  data/attachments/100%25.txt\n');
  });

  it('refuses duplicate attachment names (also differing only in case) and names that cannot be files', () => {
    expect(() => attachmentNames(['a/r.pdf', 'b/r.pdf'])).toThrow(UsageError);
    expect(() => attachmentNames(['a/R.pdf', 'b/r.pdf'])).toThrow(/same name/);
    expect(() => attachmentNames(['bad\nname.pdf'])).toThrow(UsageError);
    expect(attachmentNames(['a/r.pdf', 's.pdf'])).toEqual(['r.pdf', 's.pdf']);
  });

  it('signing adds govcat-signature.txt over the tag manifest, outside it, and the key id to bag-info', () => {
    const signed: Uint8Array[] = [];
    const plan = planBag(input(SAMPLE, { signer: { keyId: '0123456789abcdef', sign: (b) => (signed.push(b), new Uint8Array(64)) } }));
    expect(Buffer.compare(signed[0], plan.files.find((f) => f.path === TAG_MANIFEST)!.bytes)).toBe(0);
    expect(text(plan.files, SIGNATURE)).toBe(`Algorithm: Ed25519\nKey-Id: 0123456789abcdef\nSigned-File: tagmanifest-sha256.txt\nSignature: ${'A'.repeat(86)}==\n`);
    expect(text(plan.files, TAG_MANIFEST)).not.toContain(SIGNATURE);
    expect(text(plan.files, BAG_INFO_TXT)).toContain('\nGovcat-Signing-Key: 0123456789abcdef\n');
  });

  it('Bag-Size in readable units', () => {
    expect([humanSize(0), humanSize(1023), humanSize(12_595), humanSize(1_048_575), humanSize(5 * 1024 ** 3)]).toEqual(['0 bytes', '1023 bytes', '12.3 KB', '1.0 MB', '5.0 GB']);
  });
});
