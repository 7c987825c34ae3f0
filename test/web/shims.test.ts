// The browser build's stand-ins for node:crypto (SHA-256) and node:path (POSIX names) agree with Node's own.
import { createHash as nodeHash } from 'node:crypto';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from '../../src/web/shims/crypto.js';
import * as path from '../../src/web/shims/path.js';

describe('sha256 stand-in', () => {
  const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), 'entry-required-fields\u0000missing\u0000entries[3].provider\u0000violations.yaml', '政务数据目录'.repeat(50)];
  it.each(inputs.map((s) => [s.length, s]))('%i characters: the same hex digest as node:crypto', (_, s) => {
    expect(createHash('sha256').update(s as string).digest('hex')).toBe(nodeHash('sha256').update(s as string).digest('hex'));
  });
});

describe('POSIX path stand-in', () => {
  const names = ['violations.yaml', './a/b.yaml', 'a/../b.yaml', 'a//b/./c.csv', '/x/y/../z.yaml', '../up.yaml', '.', ''];
  it.each(names)('normalize(%j)', (p) => expect(path.normalize(p)).toBe(posix.normalize(p)));
  it.each([['/', 'violations.yaml'], ['/work', 'a/b.yaml'], ['', 'x.yaml']])('join(%j, %j)', (a, b) => expect(path.join(a, b)).toBe(posix.join(a, b)));
  it.each([['/', '/violations.yaml'], ['/work/a', '/work/b/c.yaml'], ['/a/b', '/a/b']])('relative(%j, %j)', (a, b) => expect(path.relative(a, b)).toBe(posix.relative(a, b)));
});
