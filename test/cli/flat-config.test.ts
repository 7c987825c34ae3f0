// govcat.config.yaml like ESLint's flat config, end to end: discovery from each file's folder, extends (built-in, file,
// chain, cycle, missing), overrides by glob, vocabularies, --print-config, --rule, --no-config, .govcatignore and
// --ignore-pattern, --max-warnings saying why, several formats in one run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { govcat, NO_STACK } from './run.js';
import { SAMPLE, VIOLATIONS, tree } from './_tree.js';

const AS_OF = ['--as-of', '2026-06-01'];

interface Report {
  results: { file: string; findings: { ruleId: string; severity: string; message: string }[] }[];
  profile: string;
}

function lintJson(cwd: string, args: string[]): { code: number | null; report: Report; stderr: string } {
  const r = govcat(['lint', ...args, '-f', 'json', ...AS_OF], { cwd });
  return { code: r.code, report: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

const rulesOf = (report: Report, file: string) => new Set(report.results.find((r) => r.file === file)!.findings.map((f) => f.ruleId));

describe('discovery', () => {
  const dir = tree({
    'govcat.config.yaml': 'rules:\n  placeholder-value: warning\n',
    'a/cat.yaml': VIOLATIONS,
    'b/govcat.config.yaml': 'rules:\n  unknown-field: off\n',
    'b/cat.yaml': VIOLATIONS,
    'b/c/cat.yaml': VIOLATIONS,
  });

  it('gives each file the nearest config above its folder, with no merging across files', () => {
    const { report } = lintJson(dir, ['a', 'b']);
    const sev = (file: string, rule: string) => report.results.find((r) => r.file === file)!.findings.filter((f) => f.ruleId === rule).map((f) => f.severity);
    expect(sev('a/cat.yaml', 'placeholder-value')).toEqual(['warning']);
    expect(rulesOf(report, 'a/cat.yaml').has('unknown-field')).toBe(true);
    for (const f of ['b/cat.yaml', 'b/c/cat.yaml']) {
      expect(rulesOf(report, f).has('unknown-field')).toBe(false);
      expect(sev(f, 'placeholder-value')).toEqual(['error']);
    }
  });

  it('--config serves every file; --no-config none', () => {
    const one = lintJson(dir, ['a', 'b', '--config', 'b/govcat.config.yaml']).report;
    for (const r of one.results) expect(rulesOf(one, r.file).has('unknown-field')).toBe(false);
    const none = lintJson(dir, ['a', 'b', '--no-config']).report;
    for (const r of none.results) {
      expect(rulesOf(none, r.file).has('unknown-field')).toBe(true);
      expect(r.findings.filter((f) => f.ruleId === 'placeholder-value').every((f) => f.severity === 'error')).toBe(true);
    }
  });

  it('does not break diff, deadlines or package: a config naming lint rules is read by them too', () => {
    const d = tree({ 'govcat.config.yaml': 'rules:\n  unknown-field: off\n  update-deadline: warning\n', 'cat.yaml': SAMPLE });
    expect(govcat(['diff', 'cat.yaml', 'cat.yaml', ...AS_OF], { cwd: d }).code).toBe(0);
    expect(govcat(['deadlines', 'cat.yaml', ...AS_OF], { cwd: d }).code).toBe(0);
    expect(govcat(['diff', 'cat.yaml', 'cat.yaml', '--no-config', ...AS_OF], { cwd: d }).code).toBe(0);
    const p = govcat(['package', 'cat.yaml', '-o', 'out.zip', '--date', '2026-06-01'], { cwd: d });
    expect(p.code, p.stderr).toBe(0);
  });
});

describe('extends', () => {
  const city = 'id: city\ntitle: {zh: 本市方案, en: City profile}\nextends: national\nrules:\n  unknown-field: off\n  placeholder-value: {options: {placeholders: [某某局]}}\n';
  it.each([
    ['a built-in profile by name', 'extends: national\n', (r: Set<string>) => r.has('unknown-field')],
    ['the older profile: key, the same thing', 'profile: national\n', (r: Set<string>) => r.has('unknown-field')],
    ['a profile file, relative to the config', 'extends: ./profiles/city.yaml\n', (r: Set<string>) => !r.has('unknown-field')],
    ['a chain of profile files', 'extends: profiles/district.yaml\n', (r: Set<string>) => !r.has('unknown-field') && !r.has('credit-code-valid')],
  ])('%s', (_, config, check) => {
    const dir = tree({
      'govcat.config.yaml': config,
      'profiles/city.yaml': city,
      'profiles/district.yaml': 'id: district\ntitle: {zh: 区方案, en: District}\nextends: ./city.yaml\nrules: {credit-code-valid: off}\n',
      'cat.yaml': VIOLATIONS,
    });
    const { code, report } = lintJson(dir, ['cat.yaml']);
    expect(code).toBe(1);
    expect(check(rulesOf(report, 'cat.yaml'))).toBe(true);
  });

  it('the profile file sets options (the placeholder list is an option) and its id names the report’s profile', () => {
    const dir = tree({ 'govcat.config.yaml': 'extends: ./city.yaml\n', 'city.yaml': city, 'cat.yaml': SAMPLE.replace('  title: 北京市市场监督管理局政务数据目录', '  title: 某某局') });
    const { report } = lintJson(dir, ['cat.yaml']);
    expect(report.profile).toBe('city');
    expect(report.results[0].findings.map((f) => f.ruleId)).toContain('placeholder-value');
  });

  it.each([
    ['a cycle', { 'govcat.config.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'id: a\ntitle: {zh: 甲, en: a}\nextends: ./b.yaml\nrules: {}\n', 'b.yaml': 'id: b\ntitle: {zh: 乙, en: b}\nextends: ./a.yaml\nrules: {}\n' }, /^govcat: b\.yaml:3:10: profile files extend each other in a cycle: a\.yaml → b\.yaml → a\.yaml$/m],
    ['a missing file', { 'govcat.config.yaml': 'extends: ./nope.yaml\n' }, /^govcat: govcat\.config\.yaml:1:10: profile file "\.\/nope\.yaml" not found \(nope\.yaml\)$/m],
    ['an unknown built-in name, with a suggestion', { 'govcat.config.yaml': 'extends: nationl\n' }, /govcat\.config\.yaml:1:10: unknown profile "nationl"; did you mean "national"\?/],
    ['a config file named as a profile', { 'govcat.config.yaml': 'extends: ./sub/govcat.config.yaml\n', 'sub/govcat.config.yaml': 'rules: {}\n' }, /is a config file, not a profile file/],
    ['a profile file the schema rejects', { 'govcat.config.yaml': 'extends: ./p.yaml\n', 'p.yaml': 'id: p\ntitle: {zh: 甲, en: p}\nrules: {}\ncolour: red\n' }, /^govcat: p\.yaml:4:1: unknown setting "colour" in a profile$/m],
    ['an unknown rule in a profile file', { 'govcat.config.yaml': 'extends: ./p.yaml\n', 'p.yaml': 'id: p\ntitle: {zh: 甲, en: p}\nrules: {unknown-feld: off}\n' }, /p\.yaml:3:9: unknown rule "unknown-feld"; did you mean "unknown-field"\?/],
    ['both extends and profile', { 'govcat.config.yaml': 'extends: national\nprofile: national\n' }, /govcat\.config\.yaml:2:1: extends and profile mean the same: give one of them/],
  ])('rejects %s with exit 2 and its position', (_, files, message) => {
    const dir = tree({ ...files, 'cat.yaml': SAMPLE });
    const r = govcat(['lint', 'cat.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('speaks Chinese with --lang zh', () => {
    const r = govcat(['lint', 'cat.yaml', '--lang', 'zh'], { cwd: tree({ 'govcat.config.yaml': 'extends: ./nope.yaml\n', 'cat.yaml': SAMPLE }) });
    expect(r.stderr).toMatch(/govcat\.config\.yaml:1:10: 找不到配置方案文件“\.\/nope\.yaml”/);
  });
});

describe('vocabularies in a profile file', () => {
  const profile = (vocab: string) => `id: city\ntitle: {zh: 本市, en: City}\nextends: national\nvocabularies:\n${vocab}rules: {}\n`;
  const cat = SAMPLE.replace('update_frequency: daily', 'update_frequency: 每个交易日');

  it('adds variants that normalisation reads (a vocabulary-normalized notice, no error)', () => {
    const without = lintJson(tree({ 'cat.yaml': cat }), ['cat.yaml']).report;
    expect([...rulesOf(without, 'cat.yaml')]).toContain('update-frequency-valid');
    const dir = tree({ 'govcat.config.yaml': 'extends: ./city.yaml\n', 'city.yaml': profile('  update_frequency: {每个交易日: daily}\n'), 'cat.yaml': cat });
    const { code, report } = lintJson(dir, ['cat.yaml']);
    expect(code).toBe(0);
    expect(report.results[0].findings.map((f) => [f.ruleId, f.severity])).toEqual([['vocabulary-normalized', 'info']]);
  });

  it('accepts the Chinese term as the canonical value', () => {
    const dir = tree({ 'govcat.config.yaml': 'extends: ./city.yaml\n', 'city.yaml': profile('  update_frequency: {每个交易日: 每日}\n'), 'cat.yaml': cat });
    expect(lintJson(dir, ['cat.yaml']).code).toBe(0);
  });

  it.each([
    ['an unknown vocabulary', '  update_frequncy: {每个交易日: daily}\n', /city\.yaml:5:3: unknown vocabulary "update_frequncy"; did you mean "update_frequency"\?/],
    ['a value that is no term', '  update_frequency: {每个交易日: fortnightly}\n', /city\.yaml:5:29: "fortnightly" is no term of vocabulary update_frequency/],
  ])('rejects %s', (_, vocab, message) => {
    const r = govcat(['lint', 'cat.yaml'], { cwd: tree({ 'govcat.config.yaml': 'extends: ./city.yaml\n', 'city.yaml': profile(vocab), 'cat.yaml': cat }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('overrides', () => {
  const dir = tree({
    'govcat.config.yaml': [
      'rules:\n  unknown-field: off\n',
      'overrides:',
      '  - files: "archive/**"',
      '    rules: {placeholder-value: off}',
      '  - files: ["*-draft.yaml"]',
      '    rules: {placeholder-value: warning, unknown-field: warning}',
      '  - files: archive/old-draft.yaml',
      '    rules: {placeholder-value: info}',
      '',
    ].join('\n'),
    'cat.yaml': VIOLATIONS,
    'archive/cat.yaml': VIOLATIONS,
    'archive/old-draft.yaml': VIOLATIONS,
    'dept/new-draft.yaml': VIOLATIONS,
  });

  it.each([
    ['cat.yaml', undefined, false],
    ['archive/cat.yaml', 'off', false],
    ['dept/new-draft.yaml', 'warning', true],
    ['archive/old-draft.yaml', 'info', true],
  ])('%s: placeholder-value %s (later entries win; a glob without "/" matches the name in any folder)', (file, severity, unknownField) => {
    const { report } = lintJson(dir, [file]);
    const placeholders = report.results[0].findings.filter((f) => f.ruleId === 'placeholder-value').map((f) => f.severity);
    expect(placeholders).toEqual(severity === undefined ? ['error'] : severity === 'off' ? [] : [severity]);
    expect(rulesOf(report, file).has('unknown-field')).toBe(unknownField);
  });

  it.each([
    ['an override without files', 'overrides:\n  - rules: {unknown-field: off}\n', /govcat\.config\.yaml:2:5: files must be a glob or a list of globs/],
    ['an unknown key in an override', 'overrides:\n  - files: "*.yaml"\n    rule: {unknown-field: off}\n', /govcat\.config\.yaml:3:5: unknown setting "rule" in overrides/],
    ['an unknown rule in an override', 'overrides:\n  - files: "*.yaml"\n    rules: {unknown-feld: off}\n', /govcat\.config\.yaml:3:13: unknown rule "unknown-feld"/],
  ])('rejects %s', (_, config, message) => {
    const r = govcat(['lint', 'cat.yaml'], { cwd: tree({ 'govcat.config.yaml': config, 'cat.yaml': SAMPLE }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('an override may extend another profile', () => {
    const d = tree({ 'govcat.config.yaml': 'overrides:\n  - files: "x/**"\n    extends: ./p.yaml\n', 'p.yaml': 'id: p\ntitle: {zh: 甲, en: p}\nextends: national\nrules: {unknown-field: off}\n', 'x/cat.yaml': VIOLATIONS, 'cat.yaml': VIOLATIONS });
    const { report } = lintJson(d, ['x/cat.yaml', 'cat.yaml']);
    expect(rulesOf(report, 'x/cat.yaml').has('unknown-field')).toBe(false);
    expect(rulesOf(report, 'cat.yaml').has('unknown-field')).toBe(true);
    expect(report.profile).toBe('p, national');
  });
});

describe('--print-config', () => {
  const dir = tree({
    'govcat.config.yaml': 'extends: ./city.yaml\nrules:\n  unknown-field: warning\noverrides:\n  - files: "drafts/**"\n    rules: {placeholder-value: warning}\n',
    'city.yaml': 'id: city\ntitle: {zh: 本市, en: City}\nextends: national\nvocabularies:\n  update_frequency: {每个交易日: daily}\nrules: {credit-code-valid: off}\n',
    '.govcatignore': 'old/\n',
    'drafts/cat.yaml': SAMPLE,
  });

  it('prints the settings in force for a file as YAML, exit 0', () => {
    const r = govcat(['lint', '--print-config', 'drafts/cat.yaml', '--rule', 'unique-ids: warning'], { cwd: dir });
    expect(r.code).toBe(0);
    const s = parse(r.stdout);
    expect(s.config).toBe('govcat.config.yaml');
    expect(s.extends).toEqual(['national', 'city.yaml']);
    expect(s.profile).toBe('city');
    expect(s.overrides).toEqual([{ files: ['drafts/**'] }]);
    expect(s.rules['placeholder-value']).toMatchObject({ severity: 'warning', options: { placeholders: expect.arrayContaining(['待定']) } });
    expect(s.rules['credit-code-valid']).toEqual({ severity: 'off' });
    expect(s.rules['unique-ids'].severity).toBe('warning');
    expect(s.rules['unknown-field'].severity).toBe('warning');
    expect(s.rules['conditional-usage-conditions'].articles).toEqual(['Art. 15(2)']);
    expect(s.vocabularies).toEqual({ update_frequency: { 每个交易日: 'daily' } });
    expect(s.ignore).toEqual({ file: '.govcatignore', patterns: [], ignored: false });
    expect(s.inlineConfig).toBe(true);
    expect(s.reportUnusedDisableDirectives).toBe(false);
  });

  it('as JSON with -f json, and says when a file is ignored', () => {
    const r = govcat(['lint', '--print-config', 'old/x.yaml', '-f', 'json', '--no-inline-config'], { cwd: dir });
    const s = JSON.parse(r.stdout);
    expect(s.ignore.ignored).toBe(true);
    expect(s.inlineConfig).toBe(false);
    expect(s.rules['placeholder-value'].severity).toBe('error');
  });

  it('without a config: the national profile', () => {
    const s = parse(govcat(['lint', '--print-config', 'x.yaml', '--no-config'], { cwd: dir }).stdout);
    expect(s).toMatchObject({ config: null, extends: ['national'], profile: 'national' });
  });
});

describe('--rule', () => {
  const dir = tree({ 'govcat.config.yaml': 'rules:\n  unknown-field: off\n', 'cat.yaml': VIOLATIONS });
  it('wins over the config, repeatable', () => {
    const { report } = lintJson(dir, ['cat.yaml', '--rule', 'unknown-field: error', '--rule', 'placeholder-value:off']);
    const f = report.results[0].findings;
    expect(f.filter((x) => x.ruleId === 'unknown-field').map((x) => x.severity)).toEqual(['error']);
    expect(f.some((x) => x.ruleId === 'placeholder-value')).toBe(false);
  });

  it.each([
    ['an unknown rule, with a suggestion', 'unknown-feld: off', /--rule: unknown rule "unknown-feld"; did you mean "unknown-field"\?/],
    ['a severity that is none', 'unknown-field: loud', /--rule takes 'ID: SEVERITY'/],
    ['options (they go in the config)', 'unknown-field: {severity: warning}', /rule options go in the config file/],
    ['a plugin rule no plugin defines', 'dept/x: off', /--rule: no plugin defines rule "dept\/x"/],
  ])('rejects %s with exit 2', (_, value, message) => {
    const r = govcat(['lint', 'cat.yaml', '--rule', value], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('ignoring files', () => {
  const dir = tree({
    'govcat.config.yaml': 'rules: {}\n',
    '.govcatignore': '# drafts are not submitted\ndrafts/\n*.bak.yaml\n!keep.bak.yaml\n',
    'cat.yaml': SAMPLE,
    'drafts/a.yaml': VIOLATIONS,
    'x.bak.yaml': VIOLATIONS,
    'keep.bak.yaml': SAMPLE,
    'sub/b.yaml': SAMPLE,
  });
  const files = (args: string[], cwd = dir) => {
    const r = govcat(['lint', ...args, '-f', 'json', ...AS_OF], { cwd });
    return { files: (JSON.parse(r.stdout) as Report).results.map((x) => x.file).sort(), stderr: r.stderr, code: r.code };
  };

  it('.govcatignore (gitignore syntax) applies to directory walks and globs', () => {
    expect(files(['.']).files).toEqual(['cat.yaml', 'keep.bak.yaml', 'sub/b.yaml']);
    expect(files(['**/*.yaml']).files).toEqual(['cat.yaml', 'keep.bak.yaml', 'sub/b.yaml']);
  });

  it('is found beside the config in force, also from a subfolder', () => {
    expect(files(['..'], join(dir, 'sub')).files).toEqual(['../cat.yaml', '../keep.bak.yaml', '../sub/b.yaml']);
  });

  it('a file named on the command line and ignored is left out with a note', () => {
    const r = files(['drafts/a.yaml', 'cat.yaml']);
    expect(r.files).toEqual(['cat.yaml']);
    expect(r.stderr).toBe('govcat: drafts/a.yaml: ignored by .govcatignore\n');
    expect(r.code).toBe(0);
    expect(govcat(['lint', 'drafts/a.yaml', '--lang', 'zh'], { cwd: dir }).stderr).toBe('govcat: drafts/a.yaml: 已按 .govcatignore 忽略\n');
  });

  it('--ignore-pattern, repeatable, relative to the working directory', () => {
    expect(files(['.', '--ignore-pattern', 'sub/', '--ignore-pattern', 'keep.*']).files).toEqual(['cat.yaml']);
  });
});

describe('--max-warnings', () => {
  it('on stderr, when the warnings alone fail the run', () => {
    const d = tree({ 'cat.yaml': SAMPLE.replace('  submitted_at:', '  colour: red\n  flavour: sweet\n  submitted_at:') });
    const en = govcat(['lint', 'cat.yaml', '--max-warnings', '1', '-f', 'json'], { cwd: d });
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('govcat: 2 warnings exceed --max-warnings 1\n');
    expect(govcat(['lint', 'cat.yaml', '--max-warnings', '1', '--lang', 'zh'], { cwd: d }).stderr).toBe('govcat: 警告 2 个，超过 --max-warnings 1\n');
    expect(govcat(['lint', 'cat.yaml', '--max-warnings', '2'], { cwd: d }).code).toBe(0);
  });
});

describe('several formats in one run', () => {
  it('-f stylish -f sarif:FILE -f json:FILE: one to stdout, the others to their files', () => {
    const dir = tree({ 'cat.yaml': VIOLATIONS });
    const r = govcat(['lint', 'cat.yaml', '-f', 'stylish', '-f', 'sarif:out/report.sarif'.replace('out/', ''), '-f', 'json:out.json', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ \d+ problems/);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).results[0].file).toBe('cat.yaml');
  });

  it('-o takes the format given without a file', () => {
    const dir = tree({ 'cat.yaml': SAMPLE });
    const r = govcat(['lint', 'cat.yaml', '-f', 'json', '-f', 'junit:j.xml', '-o', 'r.json'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'r.json')) && existsSync(join(dir, 'j.xml'))).toBe(true);
  });

  it.each([
    [['-f', 'json', '-f', 'sarif'], /only one format can go to stdout \(json, sarif\)/],
    [['-f', 'xml:out.xml'], /unknown output format "xml"/],
    [['-f', 'json:a.json', '-f', 'sarif:a.json'], /two formats write to the same file "a\.json"/],
  ])('rejects %j with exit 2', (args, message) => {
    const r = govcat(['lint', 'samples/catalogue.yaml', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
