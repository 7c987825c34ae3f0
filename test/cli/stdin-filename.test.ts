// lint - --stdin-filename PATH: what an editor or a hook pipes in is reported, configured and ignored as the file it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govcat, NO_STACK, ROOT } from './run.js';
import { tree } from './_tree.js';

const VIOLATIONS = readFileSync(join(ROOT, 'samples/violations.yaml'), 'utf8');
const CONFIG = ['overrides:', '  - files: "archive/**"', '    rules: {unknown-field: off}', ''].join('\n');

interface Report {
  results: { file: string; findings: { ruleId: string }[] }[];
}
const lint = (cwd: string, path: string, extra: string[] = []) => govcat(['lint', '-', '--stdin-filename', path, '-f', 'json', ...extra], { cwd, input: VIOLATIONS });
const rules = (stdout: string) => new Set((JSON.parse(stdout) as Report).results[0].findings.map((f) => f.ruleId));

describe('lint - --stdin-filename PATH', () => {
  const dir = tree({ 'govcat.config.yaml': CONFIG, '.govcatignore': 'drafts/\n' });

  it('names PATH in the findings (json and stylish), never <stdin>', () => {
    const json = lint(dir, 'dept/catalogue.yaml');
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as Report).results.map((r) => r.file)).toEqual(['dept/catalogue.yaml']);
    const stylish = govcat(['lint', '-', '--stdin-filename', 'dept/catalogue.yaml', '--no-color'], { cwd: dir, input: VIOLATIONS });
    expect(stylish.stdout).toContain('dept/catalogue.yaml');
    expect(stylish.stdout).not.toContain('<stdin>');
  });

  it('applies the settings PATH falls under (overrides by glob)', () => {
    expect(rules(lint(dir, 'dept/catalogue.yaml').stdout).has('unknown-field')).toBe(true);
    expect(rules(lint(dir, 'archive/2024/catalogue.yaml').stdout).has('unknown-field')).toBe(false);
  });

  it('does not lint an ignored PATH, and says so (.govcatignore and --ignore-pattern)', () => {
    for (const [path, extra] of [['drafts/a.yaml', []], ['dept/a.yaml', ['--ignore-pattern', 'dept/**']]] as const) {
      const r = lint(dir, path, [...extra]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(path);
      expect((JSON.parse(r.stdout) as Report).results).toEqual([]);
    }
  });

  it('without it, stdin is <stdin>', () => {
    const r = govcat(['lint', '-', '-f', 'json'], { cwd: dir, input: VIOLATIONS });
    expect((JSON.parse(r.stdout) as Report).results[0].file).toBe('<stdin>');
  });

  it.each([
    ['without "-" among the inputs', ['lint', 'x.yaml', '--stdin-filename', 'x.yaml'], 'give "-" among the inputs', '须同时以“-”作为输入'],
    ['empty', ['lint', '-', '--stdin-filename', ' '], 'cannot be empty', '不能为空'],
    ['naming a spreadsheet', ['lint', '-', '--stdin-filename', 'a.xlsx'], 'give a spreadsheet (a.xlsx) as a file operand', '请以文件名作为输入'],
  ])('refuses it %s (exit 2, both languages)', (_, args, en, zh) => {
    const e = govcat(args, { cwd: dir, input: '' });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(en);
    expect(e.stderr).not.toMatch(NO_STACK);
    const z = govcat(args, { cwd: dir, input: '', env: { LANG: 'zh_CN.UTF-8' } });
    expect(z.code).toBe(2);
    expect(z.stderr).toContain(zh);
  });
});
