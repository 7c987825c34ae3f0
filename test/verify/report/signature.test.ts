// Every signature state in words in every batch report (table, CSV, JUnit, JSON and back through --merge), the run's
// unbound-keys warning said once, the warnings of passed bundles, and the table cut only to a terminal's width.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/formatters/_text.js';
import { mergeParts, readPart } from '../../../src/verify/merge.js';
import csv from '../../../src/verify/report/csv.js';
import { SIGNATURE_TEXT, UNBOUND_KEYS_TEXT } from '../../../src/verify/report/index.js';
import verifyJson from '../../../src/verify/report/json.js';
import junit from '../../../src/verify/report/junit.js';
import table, { fitColumns } from '../../../src/verify/report/table.js';
import { SIGNATURE_STATES, type BundleSummary, type SignatureState } from '../../../src/verify/types.js';
import { ctx, finding } from '../../verify-batch/fixtures.js';
import { validateReport } from '../../verify-batch/schema.js';

const summary = (signature: SignatureState, extra: Partial<BundleSummary> = {}): BundleSummary => ({
  bundle: `in/${signature}.zip`, status: signature === 'valid' || signature === 'unsigned' ? 'passed' : 'failed', department: '北京市市场监督管理局',
  catalogueId: 'CAT-110000-SCJGJ', version: '2026.2', signature, errors: 0, warnings: 0, infos: 0, findings: [], ...extra,
});

// prettier-ignore
const WORDS: [SignatureState, string, string][] = [
  ['valid',             'valid',                                                  '有效'],
  ['payload-altered',   'signature valid over the tag manifest; payload altered', '签名对标签清单有效；载荷已被改动'],
  ['unsigned',          'unsigned',                                               '未签名'],
  ['unknown-key',       'unknown key',                                            '未知密钥'],
  ['other-department',  "another department's key",                              '其他部门的密钥'],
  ['key-expired',       'key expired',                                            '密钥已过期'],
  ['key-not-yet-valid', 'key not yet valid',                                      '密钥尚未生效'],
  ['bad-signature',     'bad signature',                                          '签名无效'],
  ['not-checked',       'not checked',                                            '未核验'],
];

describe('signature states in words', () => {
  it('every state has its words, in both languages', () => {
    expect(WORDS.map((w) => w[0]).sort()).toEqual([...SIGNATURE_STATES].sort());
    for (const [state, en, zh] of WORDS) expect(SIGNATURE_TEXT[state]).toEqual({ en, zh });
  });

  it.each(WORDS)('%s: table, CSV and JUnit say "%s"; JSON keeps the state and merges back', (state, en, zh) => {
    const b = [summary(state)];
    for (const [locale, words] of [['en', en], ['zh', zh]] as const) {
      const row = table(b, ctx(locale)).split('\n')[1];
      expect(row).toContain(words);
      expect(csv(b, ctx(locale)).split('\r\n')[1]).toContain(words.includes(',') || words.includes('"') ? `"${words.replace(/"/g, '""')}"` : words);
      expect(junit(b, ctx(locale))).toContain(`${locale === 'zh' ? '签名：' : 'Signature: '}${words.replace(/'/g, '&apos;')}`);
    }
    const text = verifyJson(b, ctx('en', { keys: 'registry' }));
    const report = JSON.parse(text);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.bundles[0].signature).toBe(state);
    expect(mergeParts([readPart('part.json', text)])).toMatchObject({ keys: 'registry', bundles: [{ signature: state }] });
  });
});

describe('keys not bound to departments (no keys.yaml): said once per run', () => {
  const bundles = [summary('valid'), summary('valid', { bundle: 'in/b.zip' }), summary('unsigned', { bundle: 'in/c.zip' })];

  it('the table says it once, under the rows', () => {
    for (const locale of ['en', 'zh'] as const) {
      const text = table(bundles, ctx(locale, { keys: 'folder' }));
      expect(text.split(UNBOUND_KEYS_TEXT[locale])).toHaveLength(2);
    }
    expect(table(bundles, ctx('en', { keys: 'registry' }))).not.toContain(UNBOUND_KEYS_TEXT.en);
  });

  it('JSON records how signatures were judged; a merge with one unbound part is unbound', () => {
    const part = (keys: 'registry' | 'folder') => readPart(`${keys}.json`, verifyJson([summary('valid', { bundle: `in/${keys}.zip` })], ctx('en', { keys })));
    expect(JSON.parse(verifyJson(bundles, ctx('en', { keys: 'folder' }))).keys).toBe('folder');
    expect(JSON.parse(verifyJson(bundles, ctx('en'))).keys).toBeUndefined();
    expect(mergeParts([part('registry'), part('folder')]).keys).toBe('folder');
  });

  it('JUnit carries it as a suite property', () => {
    expect(junit(bundles, ctx('en', { keys: 'folder' }))).toContain('<property name="signature-keys" value="folder: the key folder has no keys.yaml');
    expect(junit(bundles, ctx('en', { keys: 'registry' }))).toContain('<property name="signature-keys" value="registry"/>');
  });
});

describe('warnings of passed bundles (--show-warnings)', () => {
  const warned = summary('unsigned', { warnings: 1, findings: [finding('signature', 'warning', 'in/unsigned.zip', 'the bundle is not signed')] });
  const failed = summary('bad-signature', { errors: 1, findings: [finding('signature', 'error', 'in/bad-signature.zip', 'bad signature')] });

  it('listed under the table when asked, with the failed bundles\' findings kept apart', () => {
    const text = table([warned, failed], ctx('en', { showWarnings: true }));
    const [, passedPart] = text.split('Warnings of the passed bundles');
    expect(passedPart).toMatch(/in\/unsigned\.zip\n\s+warning\s+signature .*the bundle is not signed/);
    expect(text.indexOf('Findings of the failed bundles')).toBeLessThan(text.indexOf('Warnings of the passed bundles'));
  });

  it('not listed otherwise; the signature column still says "unsigned"', () => {
    const text = table([warned], ctx('en'));
    expect(text).not.toContain('Warnings of the passed bundles');
    expect(text).not.toContain('the bundle is not signed');
    expect(text.split('\n')[1]).toMatch(/unsigned\s+passed/);
  });
});

describe('the table: complete when piped, fitted on a terminal', () => {
  const long = summary('payload-altered', {
    bundle: `submissions/2026/一季度/${'北京市市场监督管理局-'.repeat(4)}CAT-110000-SCJGJ-2026.2.zip`,
    department: '北京市市场监督管理局（北京市知识产权局）综合执法总队第一支队',
    catalogueId: 'CAT-110000-SCJGJ-EXTRAORDINARILY-LONG-IDENTIFIER',
    errors: 1,
    findings: [finding('manifest-checksum', 'error', `x!data/attachments/${'很长的附件名称'.repeat(8)}.pdf`, 'checksum mismatch')],
  });

  it('without a width (piped, a file) nothing is cut', () => {
    const text = table([long], ctx('en'));
    expect(text).not.toContain('…');
    for (const cell of [long.bundle, long.department!, long.catalogueId!, 'signature valid over the tag manifest; payload altered']) expect(text).toContain(cell);
  });

  it.each([80, 120])('at a terminal %i columns wide every row of the table fits, bundle names keep their end', (width) => {
    const text = table([long], ctx('en', { width }));
    const rows = text.split('\n').slice(0, 2);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(width);
    expect(rows[1]).toMatch(/^…\S*\.zip /);
    expect(rows[1]).toMatch(/2026\.2\s+\S.*\s+failed\s+1\s+0$/);
  });

  it('a terminal too narrow for the floors: rows stay as wide as the floors make them', () => {
    const rows = table([long], ctx('en', { width: 40 })).split('\n').slice(0, 2);
    expect(rows[1]).toMatch(/^…\S{7} /);
  });

  it('fitColumns shrinks the widest shrinkable column first and never below its floor', () => {
    const shrink = new Map([[0, { keepEnd: true }], [1, { keepEnd: false }]]);
    expect(fitColumns(['a', 'b'], [['abcdefghijkl', 'xyz']], 12, shrink)).toEqual([['…fghijkl', 'xyz']]);
    expect(fitColumns(['a', 'b'], [['abcdefghijkl', 'xyz']], 14, shrink)).toEqual([['…efghijkl', 'xyz']]);
    expect(fitColumns(['a', 'b'], [['abcdefghijkl', 'xyz']], 17, shrink)).toEqual([['abcdefghijkl', 'xyz']]);
    expect(fitColumns(['a', 'b'], [['abcdefghijkl', 'xyz']], 3, shrink)).toEqual([['…fghijkl', 'xyz']]);
    expect(fitColumns(['a', 'b'], [['abcdefghijkl', 'xyz']], 100, shrink)).toEqual([['abcdefghijkl', 'xyz']]);
  });
});
