// The key registry (keys.yaml): its shape as valid/invalid tables, judging a key for a department on a date, and the
// folder reader's file:line:column errors in both languages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { readKeyFolder } from '../../src/io/keys.js';
import { generateKeys } from '../../src/package/sign.js';
import { checkKeyRegistry, judgeKey, type KeyRegistry } from '../../src/verify/key-registry.js';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const FILES = [{ file: 'a.pub', keyId: A }, { file: 'b.pub', keyId: B }];
const CODE = '11110000MB1957J40W';

// prettier-ignore
const VALID: [string, unknown, KeyRegistry['departments']][] = [
  ['name and file',              { departments: [{ name: '甲局', keys: [{ file: 'a.pub' }] }] },                                [{ name: '甲局', keys: [{ keyId: A, file: 'a.pub' }] }]],
  ['code and id, both dates',    { departments: [{ code: CODE, keys: [{ id: B, valid_from: '2026-01-01', valid_to: '2026-12-31' }] }] }, [{ code: CODE, keys: [{ keyId: B, file: 'b.pub', validFrom: '2026-01-01', validTo: '2026-12-31' }] }]],
  ['shorthand file and id',      { departments: [{ name: '甲局', code: CODE, keys: ['a.pub', B] }] },                           [{ name: '甲局', code: CODE, keys: [{ keyId: A, file: 'a.pub' }, { keyId: B, file: 'b.pub' }] }]],
  ['one key, two departments',   { departments: [{ name: '甲局', keys: ['a.pub'] }, { name: '乙局', keys: ['a.pub'] }] },       [{ name: '甲局', keys: [{ keyId: A, file: 'a.pub' }] }, { name: '乙局', keys: [{ keyId: A, file: 'a.pub' }] }]],
  ['one day of validity',        { departments: [{ name: '甲局', keys: [{ file: 'a.pub', valid_from: '2026-03-06', valid_to: '2026-03-06' }] }] }, [{ name: '甲局', keys: [{ keyId: A, file: 'a.pub', validFrom: '2026-03-06', validTo: '2026-03-06' }] }]],
];

// prettier-ignore
const INVALID: [string, unknown, (string | number)[], RegExp][] = [
  ['not a mapping',              ['a.pub'],                                                                   [],                                        /must be departments/],
  ['departments not a list',     { departments: { name: '甲局' } },                                          ['departments'],                           /must be departments/],
  ['unknown top-level key',      { departments: [], keys: [] },                                              ['keys'],                                  /unknown setting "keys"/],
  ['department not a mapping',   { departments: ['甲局'] },                                                  ['departments', 0],                        /must be a mapping/],
  ['neither name nor code',      { departments: [{ keys: ['a.pub'] }] },                                     ['departments', 0],                        /needs a name or a code/],
  ['bad credit code',            { departments: [{ code: '11110000MB1957J40X', keys: ['a.pub'] }] },         ['departments', 0, 'code'],                /check|校验|character/i],
  ['code not quoted (a number)', { departments: [{ code: 123, keys: ['a.pub'] }] },                          ['departments', 0, 'code'],                /in quotes/],
  ['no keys',                    { departments: [{ name: '甲局', keys: [] }] },                              ['departments', 0, 'keys'],                /non-empty list/],
  ['unknown key file',           { departments: [{ name: '甲局', keys: [{ file: 'c.pub' }] }] },             ['departments', 0, 'keys', 0, 'file'],     /no public key file "c\.pub".*a\.pub, b\.pub/],
  ['unknown key file, shorthand',{ departments: [{ name: '甲局', keys: ['c.pub'] }] },                       ['departments', 0, 'keys', 0],             /no public key file "c\.pub"/],
  ['unknown key id',             { departments: [{ name: '甲局', keys: [{ id: 'cccccccccccccccc' }] }] },    ['departments', 0, 'keys', 0, 'id'],       /no \.pub file of this folder has the key id/],
  ['file and id',                { departments: [{ name: '甲局', keys: [{ file: 'a.pub', id: A }] }] },      ['departments', 0, 'keys', 0],             /one of them/],
  ['impossible date',            { departments: [{ name: '甲局', keys: [{ file: 'a.pub', valid_to: '2026-02-30' }] }] }, ['departments', 0, 'keys', 0, 'valid_to'], /valid_to must be a date/],
  ['date not yyyy-mm-dd',        { departments: [{ name: '甲局', keys: [{ file: 'a.pub', valid_from: '2026/1/1' }] }] },  ['departments', 0, 'keys', 0, 'valid_from'], /valid_from must be a date/],
  ['dates the wrong way round',  { departments: [{ name: '甲局', keys: [{ file: 'a.pub', valid_from: '2026-06-01', valid_to: '2026-01-01' }] }] }, ['departments', 0, 'keys', 0, 'valid_to'], /before valid_from/],
  ['unknown key setting',        { departments: [{ name: '甲局', keys: [{ file: 'a.pub', expires: '2026-01-01' }] }] }, ['departments', 0, 'keys', 0, 'expires'], /unknown setting "expires"/],
  ['department twice by code',   { departments: [{ code: CODE, keys: ['a.pub'] }, { code: CODE, keys: ['b.pub'] }] }, ['departments', 1, 'code'], /repeats item 1/],
];

describe('keys.yaml shape', () => {
  it.each(VALID)('valid: %s', (_, data, departments) => {
    expect(checkKeyRegistry(data, FILES)).toEqual({ ok: true, registry: { departments, files: FILES } });
  });

  it.each(INVALID)('invalid: %s', (_, data, path, message) => {
    const r = checkKeyRegistry(data, FILES);
    expect(r.ok).toBe(false);
    const problem = !r.ok && r.problems.find((p) => message.test(p.en));
    expect(problem, JSON.stringify(!r.ok && r.problems)).toBeTruthy();
    expect((problem as { path: unknown }).path).toEqual(path);
    expect((problem as { zh: string }).zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('judging a key', () => {
  const registry: KeyRegistry = {
    files: FILES,
    departments: [
      { name: '甲局', code: CODE, keys: [{ keyId: A, file: 'a.pub', validFrom: '2026-01-01', validTo: '2026-06-30' }] },
      { name: '乙 局', keys: [{ keyId: B, file: 'b.pub' }] },
    ],
  };
  const jia = { department: '甲局', departmentCode: CODE };
  // prettier-ignore
  const CASES: [string, string, { department?: string; departmentCode?: string }, string, string][] = [
    ['registered, in validity',          A, jia,                                        '2026-03-06', 'valid'],
    ['first and last day count',         A, jia,                                        '2026-06-30', 'valid'],
    ['after valid_to',                   A, jia,                                        '2026-07-01', 'key-expired'],
    ['before valid_from',                A, jia,                                        '2025-12-31', 'key-not-yet-valid'],
    ['the code decides over the name',   A, { department: '甲局（更名后）', departmentCode: CODE }, '2026-03-06', 'valid'],
    ['same name, another code',          A, { department: '甲局', departmentCode: '91110000802100433B' }, '2026-03-06', 'other-department'],
    ['by name, whitespace ignored',      B, { department: '乙局' },                     '2030-01-01', 'valid'],
    ["another department's key",         B, jia,                                        '2026-03-06', 'other-department'],
    ['no department named',              A, {},                                         '2026-03-06', 'other-department'],
    ['registered for nobody',            'cccccccccccccccc', jia,                       '2026-03-06', 'unregistered'],
  ];
  it.each(CASES)('%s', (_, keyId, who, date, state) => {
    expect(judgeKey(registry, keyId, who, date).state).toBe(state);
  });
});

describe('readKeyFolder: the folder on disk', () => {
  const folder = (yaml?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-keys-'));
    writeFileSync(join(dir, 'dept.pub'), generateKeys().publicPem);
    if (yaml !== undefined) writeFileSync(join(dir, 'keys.yaml'), yaml);
    return dir;
  };
  const error = (dir: string): InputError => {
    try {
      readKeyFolder(dir);
    } catch (e) {
      return e as InputError;
    }
    throw new Error('no error');
  };

  it('without keys.yaml: the keys, no registry', () => {
    const r = readKeyFolder(folder());
    expect(r.registry).toBeUndefined();
    expect(r.pems.size).toBe(1);
  });

  it('with keys.yaml: the registry, its keys by the folder\'s key ids', () => {
    const r = readKeyFolder(folder('departments:\n  - name: 甲局\n    keys: [dept.pub]\n'));
    expect(r.registry!.departments[0].keys[0].keyId).toBe([...r.pems.keys()][0]);
  });

  it.each([
    ['unknown key file', 'departments:\n  - name: 甲局\n    keys:\n      - file: nope.pub\n', 4, 15, /no public key file "nope\.pub"/, /没有公钥文件“nope\.pub”/],
    ['bad date', 'departments:\n  - name: 甲局\n    keys:\n      - file: dept.pub\n        valid_to: 2026-13-01\n', 5, 19, /valid_to must be a date/, /valid_to 应为日期/],
    ['bad YAML', 'departments:\n  - name: 甲局\n   keys: [dept.pub\n', 3, 4, /./, /./],
  ])('%s → InputError at file:line:column, in zh and en', (_, yaml, line, column, en, zh) => {
    const dir = folder(yaml);
    const e = error(dir);
    expect(e).toBeInstanceOf(InputError);
    expect(e.render('en')).toMatch(new RegExp(`^${join(dir, 'keys.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
    expect(e.render('en')).toMatch(en);
    expect(e.render('zh')).toMatch(zh);
    if (!/YAML/.test(_)) expect([e.line, e.column]).toEqual([line, column]);
  });
});
