// End to end on the bundled samples: the built CLI, its exit codes, and every output format checked by a real validator.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { govcat, NO_STACK } from './run.js';

const require = createRequire(import.meta.url);
const SPEC_RULES = [
  'header-required', 'approval-required', 'confidentiality-assessment-required', 'pi-impact-assessment-required', 'assessment-chronology',
  'entry-required-fields', 'share-type-valid', 'conditional-usage-conditions', 'non-shareable-legal-basis', 'unconditional-extra-conditions',
  'placeholder-value', 'share-method-valid', 'update-frequency-valid', 'classification-valid', 'sensitive-unconditional', 'unique-ids',
  'credit-code-valid', 'region-code-valid', 'unknown-field', 'classified-data-excluded', 'vocabulary-normalized',
];
const CJK = /[\u4e00-\u9fff]/;

function lintJson(file: string, extra: string[] = []) {
  const r = govcat(['lint', file, '--format', 'json', '--as-of', '2026-06-01', ...extra]);
  return { ...r, report: JSON.parse(r.stdout) };
}

describe('govcat lint on the samples', () => {
  it('the realistic sample lints clean: exit 0', () => {
    const r = govcat(['lint', 'samples/catalogue.yaml', '--as-of', '2026-06-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('the violations sample triggers every rule of SPEC §3 with exact positions: exit 1', () => {
    const { code, report } = lintJson('samples/violations.yaml');
    expect(code).toBe(1);
    const findings = report.results[0].findings as { ruleId: string; line: number; column: number }[];
    const fired = new Set(findings.map((f) => f.ruleId));
    for (const id of SPEC_RULES) expect(fired, id).toContain(id);
    // Each finding points at the line whose comment names its rule (where the sample marks one).
    const lines = readFileSync('samples/violations.yaml', 'utf8').split('\n');
    const marked = findings.filter((f) => lines[f.line - 1].includes(`# ${f.ruleId}`));
    expect(marked.length).toBeGreaterThanOrEqual(18);
    const at = (rule: string) => findings.find((f) => f.ruleId === rule)!;
    expect(at('credit-code-valid')).toMatchObject({ line: 13, column: 11 });
    expect(at('date-valid')).toMatchObject({ line: 25, column: 17 });
    expect(at('unknown-field')).toMatchObject({ line: 26, column: 3 });
    expect(at('share-type-valid')).toMatchObject({ line: 75, column: 17 });
  });

  it.each(['en', 'zh'] as const)('speaks %s throughout', (lang) => {
    const { report } = lintJson('samples/violations.yaml', ['--lang', lang]);
    for (const f of report.results[0].findings) {
      expect(f.message).toBe(f.messages[lang]);
      if (lang === 'zh') expect(f.message).toMatch(CJK);
      expect(f.message).not.toMatch(/\{\{|undefined|\[object/);
    }
    const text = govcat(['lint', 'samples/violations.yaml', '--lang', lang, '--as-of', '2026-06-01']).stdout;
    expect(text).toMatch(lang === 'zh' ? /共 \d+ 个问题/ : /\d+ problems/);
    expect(text).toMatch(lang === 'zh' ? /错误/ : /error/);
  });

  it('takes the language from LANG when --lang is absent', () => {
    const r = govcat(['lint', 'samples/violations.yaml'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toMatch(/共 \d+ 个问题/);
  });

  it('json output validates against schemas/report.schema.json', () => {
    const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    for (const file of ['samples/violations.yaml', 'samples/catalogue.yaml']) {
      expect(validate(lintJson(file).report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('sarif output validates against the SARIF 2.1.0 schema and carries rule help with the article', () => {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const ajv = new Ajv04.default({ allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const r = govcat(['lint', 'samples/violations.yaml', '--format', 'sarif', '--as-of', '2026-06-01']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'conditional-usage-conditions');
    expect(rule.help.text).toMatch(/Art\. 15\(2\)/);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('junit output is well-formed XML with a testcase per file and rule', () => {
    const r = govcat(['lint', 'samples/violations.yaml', 'samples/catalogue.yaml', '--format', 'junit', '--as-of', '2026-06-01']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(r.stdout);
    const suites = xml.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    const rulesCount = JSON.parse(govcat(['rules', '--format', 'json']).stdout).rules.length;
    for (const s of suites) expect(s.testcase).toHaveLength(rulesCount);
  });

  it('github annotations point at file, line and column', () => {
    const r = govcat(['lint', 'samples/violations.yaml', '--format', 'github', '--as-of', '2026-06-01']);
    expect(r.stdout).toMatch(/^::error file=samples\/violations\.yaml,line=13,col=11,/m);
  });

  it('--quiet keeps errors only; --max-warnings and --fail-on set the exit code', () => {
    const quiet = lintJson('samples/violations.yaml', ['--quiet']).report.results[0].findings;
    expect(quiet.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    const warnOnly = 'samples/catalogue.yaml';
    expect(govcat(['lint', warnOnly, '--fail-on', 'info', '--as-of', '2026-06-01']).code).toBe(0);
    expect(govcat(['lint', 'samples/violations.yaml', '--max-warnings', 'x']).code).toBe(2);
  });

  it('reads a catalogue from stdin with -', () => {
    const r = govcat(['lint', '-', '--format', 'json', '--as-of', '2026-06-01'], { input: readFileSync('samples/violations.yaml') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].file).toBe('<stdin>');
  });

  it('lints a directory recursively and a quoted glob', () => {
    const dir = lintJson('samples');
    expect(dir.report.results.map((x: { file: string }) => x.file)).toEqual(expect.arrayContaining(['samples/catalogue.yaml', 'samples/violations.yaml']));
    const glob = lintJson('samples/**/*.yaml');
    expect(glob.report.results.length).toBe(dir.report.results.length);
  });

  it('skips submission packages (BagIt bags) in a directory or glob; a file named inside one is linted', () => {
    const bagged = 'samples/bundles/04-tampered/data/catalogue.yaml';
    for (const operand of ['samples', 'samples/**/*.yaml']) expect(lintJson(operand).report.results.map((x: { file: string }) => x.file)).not.toContain(bagged);
    expect(lintJson(bagged).report.results.map((x: { file: string }) => x.file)).toEqual([bagged]);
  });

  it('lints a catalogue under the profile its header names, unless a flag or config chooses one', () => {
    const ids = ([file, ...extra]: string[]) => lintJson(file, extra).report.results[0].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    const own = ids(['samples/miit/violations.yaml']);
    expect(own).toEqual(ids(['samples/miit/violations.yaml', '--profile', 'miit']));
    expect(own).toContain('share-approval-recorded');
    expect(ids(['samples/miit/violations.yaml', '--profile', 'national'])).not.toContain('share-approval-recorded');
    // A config that names a profile chooses for the files under it.
    const dir = mkdtempSync(join(tmpdir(), 'govcat-own-profile-'));
    writeFileSync(join(dir, 'govcat.config.yaml'), 'extends: national\n');
    writeFileSync(join(dir, 'c.yaml'), readFileSync('samples/miit/violations.yaml', 'utf8'));
    const r = govcat(['lint', join(dir, 'c.yaml'), '--format', 'json', '--as-of', '2026-06-01']);
    expect(JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('share-approval-recorded');
  });

  it('writes the report atomically with -o and leaves no temporary file', () => {
    const out = `/tmp/govcat-report-${process.pid}.sarif`;
    const r = govcat(['lint', 'samples/violations.yaml', '--format', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});

describe('govcat rules, explain, schema', () => {
  it('lists every rule with its article', () => {
    const r = govcat(['rules', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/conditional-usage-conditions\s+错误\s+第十五条第二款/);
    expect(r.stdout).toMatch(/^规则\s+级别\s+条款\s+说明$/m);
    expect(r.stdout).not.toMatch(/\s(error|warning|info)\s/);
    expect(govcat(['rules']).stdout).toMatch(/conditional-usage-conditions\s+error\s+Art\. 15/);
    const json = JSON.parse(govcat(['rules', '--lang', 'zh', '--format', 'json']).stdout) as { rules: { severity: string }[] };
    expect(new Set(json.rules.map((x) => x.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('rules --format json is the versioned interface schemas/rules.schema.json describes, for every profile, lint and diff', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schemas/rules.schema.json', 'utf8')));
    for (const profile of ['national', 'miit', 'hubei']) {
      for (const extra of [[], ['--diff'], ['--lang', 'zh']]) {
        const out = JSON.parse(govcat(['rules', '--profile', profile, '--format', 'json', ...extra]).stdout);
        expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
        expect([out.version, out.profile, out.kind]).toEqual([1, profile, extra[0] === '--diff' ? 'diff' : 'lint']);
      }
    }
    const national = JSON.parse(govcat(['rules', '--format', 'json']).stdout);
    const cuc = national.rules.find((r: { id: string }) => r.id === 'conditional-usage-conditions');
    expect(cuc.articles[0]).toEqual({ source: 'decree-809', article: 15, paragraph: 2, label: { zh: '第十五条第二款', en: 'Art. 15(2)' } });
  });

  it('explain quotes the article from law/ and shows both examples', () => {
    const r = govcat(['explain', 'conditional-usage-conditions', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/对属于有条件共享类的政务数据，|对属于有条件共享类的政务数据,/);
    expect(r.stdout).toMatch(/不符合的示例/);
    expect(r.stdout).toMatch(/→ /);
    const en = govcat(['explain', 'non-shareable-legal-basis', '--lang', 'en']);
    expect(en.stdout).toMatch(/Art\. 14 item 3/);
    expect(en.stdout).toMatch(/第十四条/);
    expect(en.stdout).not.toMatch(NO_STACK);
  });

  it('prints the catalogue schema', () => {
    const r = govcat(['schema']);
    expect(JSON.parse(r.stdout).$schema).toMatch(/2020-12/);
  });

  it('prints its version', () => {
    expect(govcat(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
