// govcat's JUnit reports as CI servers take them: valid against the Jenkins JUnit schema (xmllint), and read by a
// JUnit consumer from npm (junit2json) as failing exactly when govcat exits non-zero.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type TestCase } from 'junit2json';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';
import { makeBundles, reports, type Report } from './reports.js';

const XSD = join(ROOT, 'test/fixtures/junit/junit-10.xsd');

let cases: Report[] = [];

beforeAll(() => {
  cases = reports('junit', makeBundles());
}, 480_000);

describe('JUnit reports and real clients', () => {
  it('xmllint is installed (Debian package libxml2-utils, installed by .ci/run)', () => {
    const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    expect(r.error, 'xmllint not found: apt-get install libxml2-utils').toBeUndefined();
  });

  it('every report is valid against the Jenkins JUnit schema (junit-10.xsd)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-junit-xsd-'));
    const files = cases.map((c, i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, c.text);
      return file;
    });
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, ...files], { encoding: 'utf8' });
    const invalid = r.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'));
    expect(invalid).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.endsWith(' validates'))).toHaveLength(cases.length);
  });

  it('xmllint does reject a report that breaks the schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'govcat-junit-xsd-')), 'bad.xml');
    writeFileSync(file, cases[0].text.replace('<testcase ', '<testcase file="x" '));
    expect(() => execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' })).toThrow();
  });

  it('junit2json sees failures exactly when govcat exits non-zero, and the counts govcat wrote (lint, diff, deadlines, verify)', async () => {
    const seen = [];
    for (const c of cases) {
      const doc = await parse(c.text);
      const suites = 'testsuite' in doc && Array.isArray(doc.testsuite) ? doc.testsuite : [];
      const testcases: TestCase[] = suites.flatMap((s) => s.testcase ?? []);
      const failed = testcases.filter((t) => t.failure?.length).length;
      const errored = testcases.filter((t) => t.error?.length).length;
      const written = { tests: (doc as { tests?: number }).tests, failures: (doc as { failures?: number }).failures, errors: (doc as { errors?: number }).errors };
      expect(written, c.name).toEqual({ tests: testcases.length, failures: failed, errors: errored });
      seen.push([c.name, c.code, failed + errored > 0 ? 'red' : 'green']);
    }
    expect(seen).toEqual(cases.map((c) => [c.name, c.code, c.code === 0 ? 'green' : 'red']));
    // The cases cover both verdicts in lint and in verify.
    expect(new Set(seen.map(([name, , verdict]) => `${String(name).split(' ')[0]} ${verdict}`))).toEqual(
      new Set(['lint green', 'lint red', 'diff green', 'diff red', 'deadlines green', 'deadlines red', 'verify green', 'verify red']),
    );
  });

  it('a passing report still carries its notes and warnings, as output', async () => {
    const passing = cases.filter((c) => c.code === 0);
    for (const c of passing) {
      const doc = await parse(c.text);
      const suites = 'testsuite' in doc && Array.isArray(doc.testsuite) ? doc.testsuite : [];
      const out = suites.flatMap((s) => s.testcase ?? []).flatMap((t) => t['system-out'] ?? []).join('\n');
      if (c.name.startsWith('verify')) expect(out, c.name).toMatch(/signature|签名/);
    }
    expect(passing.length).toBeGreaterThanOrEqual(3);
  });
});
