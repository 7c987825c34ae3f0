// govcat.config.yaml: found by walking up, or --config; every problem reported with its position; settings take effect.
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { govcat, NO_STACK, ROOT } from './run.js';

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-config-'));
  writeFileSync(join(dir, 'govcat.config.yaml'), config);
  mkdirSync(join(dir, 'catalogues'));
  copyFileSync(join(ROOT, 'samples/violations.yaml'), join(dir, 'catalogues/violations.yaml'));
  return dir;
}

const lintIn = (dir: string, extra: string[] = []) => govcat(['lint', 'catalogues/violations.yaml', '--format', 'json', '--as-of', '2026-06-01', ...extra], { cwd: join(dir, 'catalogues') });

describe('govcat.config.yaml', () => {
  it('is found by walking up from the working directory and turns rules off or down', () => {
    const dir = project('rules:\n  unknown-field: off\n  placeholder-value: warning\n');
    const r = govcat(['lint', 'violations.yaml', '--format', 'json', '--as-of', '2026-06-01'], { cwd: join(dir, 'catalogues') });
    const findings = JSON.parse(r.stdout).results[0].findings as { ruleId: string; severity: string }[];
    expect(findings.some((f) => f.ruleId === 'unknown-field')).toBe(false);
    expect(findings.filter((f) => f.ruleId === 'placeholder-value').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('sets rule options, checked against the rule’s own schema', () => {
    const dir = project('rules:\n  placeholder-value:\n    options:\n      placeholders: [某某局]\n');
    const r = govcat(['lint', 'violations.yaml', '--format', 'json', '--as-of', '2026-06-01'], { cwd: join(dir, 'catalogues') });
    expect(r.code).toBe(1);
    const bad = project('rules:\n  placeholder-value:\n    options:\n      placeholders: 某某局\n');
    const e = govcat(['lint', 'violations.yaml'], { cwd: join(bad, 'catalogues') });
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/govcat\.config\.yaml:4:21: invalid option of rule "placeholder-value": must be array/);
  });

  it('sets the language and the format', () => {
    const dir = project('lang: zh\nformat: markdown\n');
    const r = govcat(['lint', 'violations.yaml', '--as-of', '2026-06-01'], { cwd: join(dir, 'catalogues') });
    expect(r.stdout).toMatch(/^\|/m);
    expect(r.stdout).toMatch(/错误/);
  });

  it.each([
    ['an unknown setting', 'colour: red\n', /govcat\.config\.yaml:1:1: unknown setting "colour"/],
    ['an unknown rule, with a suggestion', 'rules:\n  placeholder-valu: off\n', /2:3: unknown rule "placeholder-valu"; did you mean "placeholder-value"/],
    ['a wrong severity', 'rules:\n  unknown-field: loud\n', /2:18: the setting of rule "unknown-field" must be error, warning, info, off/],
    ['an invalid calendar override', 'calendar:\n  2027:\n    holidays: [2027-02-30]\n', /govcat\.config\.yaml:3:\d+: .*2027-02-30/],
    ['malformed YAML', 'rules: [\n', /govcat\.config\.yaml:\d+:\d+: YAML syntax error/],
  ])('rejects %s with exit 2 and its position', (_, config, message) => {
    const r = lintIn(project(config));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('reports every problem, not just the first', () => {
    const r = lintIn(project('colour: red\nrules:\n  nope: off\n'));
    expect(r.stderr.match(/govcat\.config\.yaml:\d+:\d+:/g)).toHaveLength(2);
  });

  it('--config names the file explicitly', () => {
    const dir = project('rules:\n  unknown-field: off\n');
    const r = govcat(['lint', 'samples/violations.yaml', '--config', join(dir, 'govcat.config.yaml'), '--format', 'json', '--as-of', '2026-06-01']);
    expect(JSON.parse(r.stdout).results[0].findings.some((f: { ruleId: string }) => f.ruleId === 'unknown-field')).toBe(false);
    expect(govcat(['lint', 'samples/violations.yaml', '--config', join(dir, 'missing.yaml')]).code).toBe(2);
  });
});
