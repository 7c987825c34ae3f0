// govcat package and govcat keygen end to end: the built CLI, real files, byte-identical archives, signatures, refusals.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { BAG_INFO_TXT, MANIFEST, PAYLOAD, SIGNATURE, TAG_MANIFEST } from '../../src/package/layout.js';
import { readPublicKeys, verifySignature } from '../../src/package/sign.js';
import { govcat, NO_STACK } from '../cli/run.js';
import { bagFiles, readTarGz, readTree, readZip, sha256, type Entry } from './archive.js';

const SAMPLE = 'samples/catalogue.yaml';
const fresh = () => mkdtempSync(join(tmpdir(), 'govcat-package-'));
const pkg = (args: string[], env?: Record<string, string>) => govcat(['package', ...args], { env });
const digest = (file: string) => sha256(readFileSync(file));
const meta = (entries: Entry[]) => entries.map((e) => [e.name, e.mode, e.mtime, sha256(e.bytes)]);

describe('govcat package: deterministic output', () => {
  it('two runs with the same --date give byte-identical .zip and .tar.gz, whatever the time zone', () => {
    const [a, b] = [fresh(), fresh()];
    for (const name of ['bag.zip', 'bag.tar.gz', 'bag.tgz']) {
      expect(pkg([SAMPLE, '--date', '2026-03-06', '--attach', 'README.md', '-o', join(a, name)]).code).toBe(0);
      expect(pkg([SAMPLE, '--date', '2026-03-06', '--attach', 'README.md', '-o', join(b, name)], { TZ: 'America/New_York' }).code).toBe(0);
      expect(digest(join(a, name))).toBe(digest(join(b, name)));
    }
  });

  it('two directory bags are identical trees (names, modes, times, bytes)', () => {
    const [a, b] = [fresh(), fresh()];
    expect(pkg([SAMPLE, '--date', '2026-03-06', '-o', join(a, 'bag')]).code).toBe(0);
    expect(pkg([SAMPLE, '--date', '2026-03-06', '-o', join(b, 'bag')], { TZ: 'Asia/Tokyo' }).code).toBe(0);
    expect(meta(readTree(join(a, 'bag'), 'bag'))).toEqual(meta(readTree(join(b, 'bag'), 'bag')));
  });

  it('SOURCE_DATE_EPOCH stands in for --date; a different date changes the bytes', () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    pkg([SAMPLE, '--date', '2026-03-06', '-o', join(a, 'bag.zip')]);
    // 2026-03-06 02:00 UTC is 10:00 in China: the same bagging date.
    pkg([SAMPLE, '-o', join(b, 'bag.zip')], { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 6, 2) / 1000) });
    pkg([SAMPLE, '--date', '2026-03-07', '-o', join(c, 'bag.zip')]);
    expect(digest(join(b, 'bag.zip'))).toBe(digest(join(a, 'bag.zip')));
    expect(digest(join(c, 'bag.zip'))).not.toBe(digest(join(a, 'bag.zip')));
    expect(pkg([SAMPLE, '-o', join(c, 'd.zip')], { SOURCE_DATE_EPOCH: 'yesterday' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/SOURCE_DATE_EPOCH/) });
  });
});

describe('govcat package: contents', () => {
  it('the zip, the tar.gz and the directory hold the same bag under one folder named after OUT', async () => {
    const dir = fresh();
    const args = [SAMPLE, '--previous', 'samples/history/2026.1.yaml', '--attach', 'README.md', '--date', '2026-03-06'];
    for (const out of ['CAT-2026.2.zip', 'CAT-2026.2.tar.gz', 'CAT-2026.2']) expect(pkg([...args, '-o', join(dir, out)]).code).toBe(0);
    const zip = await readZip(join(dir, 'CAT-2026.2.zip'));
    const tgz = await readTarGz(join(dir, 'CAT-2026.2.tar.gz'));
    const tree = readTree(join(dir, 'CAT-2026.2'), 'CAT-2026.2');
    expect(new Set(zip.map((e) => e.name.split('/')[0]))).toEqual(new Set(['CAT-2026.2']));
    expect(meta(zip).map((m) => [m[0], m[1], m[3]])).toEqual(meta(tgz).map((m) => [m[0], m[1], m[3]]));
    expect(meta(tree)).toEqual(meta(tgz));
    const files = bagFiles(zip, 'CAT-2026.2');
    expect([...files.keys()].filter((p) => p.startsWith('data/')).sort()).toEqual([
      'data/attachments/README.md', PAYLOAD.normalized, PAYLOAD.catalogue, PAYLOAD.diffReport, PAYLOAD.lintReport, PAYLOAD.previous,
    ]);
    expect(files.get(PAYLOAD.catalogue)).toEqual(readFileSync(SAMPLE));
    expect(files.get(PAYLOAD.previous)).toEqual(readFileSync('samples/history/2026.1.yaml'));
    for (const line of files.get(MANIFEST)!.toString().trimEnd().split('\n')) {
      const [hash, path] = line.split('  ');
      expect(sha256(files.get(path)!)).toBe(hash);
    }
  });

  it('prints a one-line summary in English or Chinese', () => {
    const dir = fresh();
    const en = pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'a.zip'), '--lang', 'en']);
    expect(en.stdout).toMatch(/^Wrote .*a\.zip \(zip\): 3 payload files, \d+\.\d KB; lint passed, 0 warnings\n$/);
    const zh = pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'b.zip'), '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^已写入 .*b\.zip（zip）：3 个数据文件，\d+\.\d KB；检查通过，0 个警告\n$/);
  });

  it('"%" in payload names: written %25 in the manifest (RFC 8493 §2.1.3), read back by govcat verify with no finding, and a note', () => {
    const dir = fresh();
    const src = join(dir, 'src');
    mkdirSync(src);
    for (const name of ['100%.csv', 'a%25b.csv']) writeFileSync(join(src, name), name);
    for (const out of ['bag', 'bag.zip', 'bag.tar.gz']) {
      const r = pkg([SAMPLE, '--attach', join(src, '100%.csv'), join(src, 'a%25b.csv'), '--date', '2026-03-06', '-o', join(dir, out)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('govcat: note: data/attachments/100%.csv, data/attachments/a%25b.csv: "%" in a file name is written %25 in the manifest as RFC 8493 §2.1.3 requires; bagit-python (1.9.0) and other tools that do not decode it will report the file missing, so rename it and package again if the bag must pass them\n');
      const v = govcat(['verify', join(dir, out), '--as-of', '2026-03-06', '--format', 'json', '--jobs', '1']);
      expect(JSON.parse(v.stdout).bundles[0].findings).toEqual([]);
      expect(v.code).toBe(0);
    }
    const manifest = readFileSync(join(dir, 'bag', MANIFEST), 'utf8');
    expect(manifest).toContain('  data/attachments/100%25.csv\n');
    expect(manifest).toContain('  data/attachments/a%2525b.csv\n');
    expect(readFileSync(join(dir, 'bag/data/attachments/a%25b.csv'), 'utf8')).toBe('a%25b.csv');
    const zh = pkg([SAMPLE, '--attach', join(src, '100%.csv'), '--date', '2026-03-06', '-o', join(dir, 'zh'), '--lang', 'zh']);
    expect(zh.stderr).toMatch(/^govcat: 提示：data\/attachments\/100%\.csv 的文件名含“%”，清单中按 RFC 8493 第 2\.1\.3 节写作 %25；/);
    expect(pkg([SAMPLE, '--attach', 'README.md', '--date', '2026-03-06', '-o', join(dir, 'plain')]).stderr).toBe('');
  });
});

describe('govcat package: refusals', () => {
  it('refuses a catalogue with lint errors: exit 1, the findings shown, nothing written', () => {
    const dir = fresh();
    const r = pkg(['samples/violations.yaml', '--date', '2026-03-06', '-o', join(dir, 'v.zip')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/samples\/violations\.yaml/);
    expect(r.stderr).toMatch(/not packaged: the catalogue has \d+ lint errors/);
    expect(readdirSync(dir)).toEqual([]);
    const zh = pkg(['samples/violations.yaml', '--date', '2026-03-06', '-o', join(dir, 'v.zip'), '--lang', 'zh', '-f', 'json']);
    expect(JSON.parse(zh.stdout).summary.errors).toBeGreaterThan(0);
    expect(zh.stderr).toMatch(/未打包：目录有 \d+ 个错误/);
  });

  it('--allow-errors packages it and records that in bag-info.txt', async () => {
    const dir = fresh();
    const r = pkg(['samples/violations.yaml', '--date', '2026-03-06', '-o', join(dir, 'v.zip'), '--allow-errors']);
    expect(r.code).toBe(0);
    const info = bagFiles(await readZip(join(dir, 'v.zip')), 'v').get(BAG_INFO_TXT)!.toString();
    expect(info).toMatch(/\nGovcat-Lint-Status: errors-allowed\n/);
    expect(info).toContain('\nGovcat-Allow-Errors: true\n');
  });

  it('never overwrites OUT without --force; --force replaces it; no temporary file is left either way', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'b.zip'), 'precious');
    const r = pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'b.zip')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; use --force/);
    expect(readFileSync(join(dir, 'b.zip'), 'utf8')).toBe('precious');
    expect(pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'b.zip'), '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'b.zip')).subarray(0, 2).toString()).toBe('PK');
    expect(pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'bag')]).code).toBe(0);
    expect(pkg([SAMPLE, '--date', '2026-03-07', '-o', join(dir, 'bag'), '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'bag', BAG_INFO_TXT), 'utf8')).toContain('Bagging-Date: 2026-03-07');
    expect(readdirSync(dir).sort()).toEqual(['b.zip', 'bag']);
  });

  it('bad input: exit 2 with a clear message, no stack, nothing written', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'bad.yaml'), 'govcat: 1\ncatalogue: [\n');
    const cases: [string[], RegExp][] = [
      [[SAMPLE, '--attach', join(dir, 'missing.pdf')], /missing\.pdf: no such file/],
      [[SAMPLE, '--attach', 'README.md', join(dir, '..', 'x', '..', 'README.md')], /same name/],
      [[SAMPLE, '--attach', 'README.md', '--attach', 'samples/history/README.md'], /same name/],
      [[join(dir, 'bad.yaml')], /bad\.yaml:\d+:\d+: /],
      [[SAMPLE, '--previous', join(dir, 'bad.yaml')], /bad\.yaml:\d+:\d+: /],
      [[SAMPLE, '--date', '2026-02-30'], /--date must be a real date/],
      [[SAMPLE, '--sign', join(dir, 'none.key')], /none\.key: no such file/],
      [['samples/violations.yaml', '--attach', join(dir, 'missing.pdf')], /missing\.pdf/],
    ];
    for (const [args, message] of cases) {
      const date = args.includes('--date') ? [] : ['--date', '2026-03-06'];
      const r = pkg([...args, ...date, '-o', join(dir, 'out.zip')]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(NO_STACK);
    }
    expect(pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'nowhere', 'out.zip')]).stderr).toMatch(/output folder does not exist/);
    expect(readdirSync(dir)).toEqual(['bad.yaml']);
  });
});

describe('govcat keygen and package --sign', () => {
  it('keygen writes NAME.key and NAME.pub, and refuses to overwrite them', () => {
    const dir = fresh();
    const r = govcat(['keygen', '-o', join(dir, 'dept')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Key id: [0-9a-f]{16}\n/);
    expect(readdirSync(dir).sort()).toEqual(['dept.key', 'dept.pub']);
    const again = govcat(['keygen', '-o', join(dir, 'dept'), '--lang', 'zh']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/文件已存在；keygen 不会覆盖已有密钥/);
  });

  it('a signed package verifies with the department key; one changed byte of the tag manifest breaks it', async () => {
    const dir = fresh();
    const keys = join(dir, 'keys');
    govcat(['keygen', '-o', join(dir, 'dept')]);
    const r = pkg([SAMPLE, '--date', '2026-03-06', '--sign', join(dir, 'dept.key'), '-o', join(dir, 'signed.tar.gz')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/signed with key [0-9a-f]{16}/);
    const files = bagFiles(await readTarGz(join(dir, 'signed.tar.gz')), 'signed');
    const signature = files.get(SIGNATURE)!.toString();
    const tagManifest = files.get(TAG_MANIFEST)!;
    expect(files.get(BAG_INFO_TXT)!.toString()).toContain(`Govcat-Signing-Key: ${/Key-Id: (\w+)/.exec(signature)![1]}`);

    govcat(['keygen', '-o', join(dir, 'other')]);
    expect(verifySignature(signature, tagManifest, readPublicKeys(dir))).toBe('valid');
    const changed = Buffer.from(tagManifest);
    changed[10] ^= 0x20;
    expect(verifySignature(signature, changed, readPublicKeys(dir))).toBe('bad-signature');
    mkdirSync(keys);
    copyFileSync(join(dir, 'other.pub'), join(keys, 'other.pub'));
    expect(verifySignature(signature, tagManifest, readPublicKeys(keys))).toBe('unknown-key');
    pkg([SAMPLE, '--date', '2026-03-06', '-o', join(dir, 'u.zip')]);
    const unsigned = bagFiles(await readZip(join(dir, 'u.zip')), 'u');
    expect(verifySignature(unsigned.get(SIGNATURE)?.toString(), unsigned.get(TAG_MANIFEST)!, readPublicKeys(dir))).toBe('unsigned');
  });

  it('signing twice with the same key and date gives the same bytes (Ed25519 is deterministic)', () => {
    const dir = fresh();
    govcat(['keygen', '-o', join(dir, 'k')]);
    pkg([SAMPLE, '--date', '2026-03-06', '--sign', join(dir, 'k.key'), '-o', join(dir, 's.zip')]);
    const first = digest(join(dir, 's.zip'));
    pkg([SAMPLE, '--date', '2026-03-06', '--sign', join(dir, 'k.key'), '-o', join(dir, 's.zip'), '--force']);
    expect(digest(join(dir, 's.zip'))).toBe(first);
  });
});

describe('govcat package: input that is not UTF-8', () => {
  it('is refused with exit 2 and told to save as UTF-8 (package keeps the authored bytes, so it offers no --encoding)', () => {
    const dir = fresh();
    const file = join(dir, 'gb.yaml');
    writeFileSync(file, Buffer.from([0x67, 0x6f, 0x76, 0x63, 0x61, 0x74, 0x3a, 0x20, 0x31, 0x0a, 0x74, 0x3a, 0x20, 0xd5, 0xfe, 0xce, 0xf1, 0x0a]));
    const r = pkg([file, '--date', '2026-03-06', '-o', join(dir, 'out.zip')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gb\.yaml:2:4: not valid UTF-8.*save it as UTF-8/);
    expect(r.stderr).not.toMatch(/--encoding/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});
