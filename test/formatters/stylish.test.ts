import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/formatters/_text.js';
import stylish from '../../src/formatters/stylish.js';
import { CLEAN, CN_FILE, FATAL, LINTED, RESULTS, SOURCE, ctx, hostile } from './fixtures.js';

const ESC = '\u001b';

describe('stylish', () => {
  it('groups findings under the file and ends with an English summary', () => {
    const out = stylish(RESULTS, ctx());
    const lines = out.split('\n');
    expect(lines[0]).toBe(CN_FILE);
    expect(out).toMatch(/ {2}5:\d+ +error +share_type "开放" is not one of the three classes +share-type-valid \(Art\. 14\)/);
    expect(out).toMatch(/7:\d+ +error +usage_conditions is the placeholder "待定" +conditional-usage-conditions \(Art\. 15\(2\)\)/);
    expect(out).toMatch(/6:5 +warning +.*unconditional-extra-conditions \(Art\. 15\(1\)\)/);
    expect(out).toMatch(/5:\d+ +info +"开放" read as unconditional +vocabulary-normalized$/m);
    expect(out).toContain('broken.yaml:3:7  error  YAML syntax error: bad indentation');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 5 problems (3 errors, 1 warning, 1 info)');
    expect(out).not.toContain(ESC);
  });

  it('speaks Chinese with zh locale', () => {
    const out = stylish(RESULTS, ctx({ locale: 'zh' }));
    expect(out).toMatch(/5:\d+ +错误 +共享属性“开放”不是三类之一 +share-type-valid \(第十四条\)/);
    expect(out).toMatch(/警告 .*unconditional-extra-conditions \(第十五条第一款\)/);
    expect(out).toMatch(/提示 .*vocabulary-normalized$/m);
    expect(out).toContain('broken.yaml:3:7  错误  YAML 语法错误：缩进不一致');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 共 5 个问题（3 个错误，1 个警告，1 个提示）');
  });

  it('aligns severity and message columns by display width', () => {
    const rows = stylish([LINTED], ctx({ locale: 'zh' })).split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    const ruleStart = rows.map((r) => displayWidth(r.slice(0, r.search(/ [a-z-]+( \(.*\))?$/))));
    expect(new Set(ruleStart).size).toBe(1);
  });

  it('draws a three-line code frame with the caret under CJK text at the right display column', () => {
    const lines = stylish([LINTED], ctx()).split('\n');
    const target = lines.findIndex((l) => l.startsWith('  > 5 | '));
    expect(lines[target - 1]).toBe('    4 | entries:');
    expect(lines[target + 2]).toBe('    6 |   - id: E2');
    const caretLine = lines[target + 1];
    const bar = caretLine.indexOf('| ') + 2;
    const sourceLine = SOURCE.split('\n')[4];
    const indent = displayWidth(sourceLine.slice(0, sourceLine.indexOf('开放')));
    expect(caretLine.slice(bar)).toBe(' '.repeat(indent) + '^^^^');
    // the caret sits exactly under 开放 on screen
    expect(displayWidth(lines[target].slice(0, lines[target].indexOf('开放')))).toBe(displayWidth(caretLine.slice(0, caretLine.indexOf('^'))));
  });

  it('underlines to the end of the line when a range spans lines, and a single caret for an empty range', () => {
    const multi = { ...LINTED, findings: [{ ...LINTED.findings[2], endLine: 7, endColumn: 5 }] };
    const caret = stylish([multi], ctx()).split('\n').find((l) => l.includes('^'))!;
    expect(caret.trim()).toBe('|     ' + '^'.repeat('id: E2'.length));
    const point = { ...LINTED, findings: [{ ...LINTED.findings[2], endColumn: LINTED.findings[2].column }] };
    expect(stylish([point], ctx()).match(/\^+/g)).toEqual(['^']);
  });

  it('colours only when ctx.color is true', () => {
    const out = stylish(RESULTS, ctx({ color: true }));
    expect(out).toContain(`${ESC}[31merror`);
    expect(out).toContain(`${ESC}[33mwarning`);
    expect(out).toContain(`${ESC}[4m${CN_FILE}${ESC}[24m`);
    expect(stylish([CLEAN], ctx({ color: true }))).toContain(`${ESC}[32m✔`);
  });

  it('prints a single short line when clean', () => {
    expect(stylish([CLEAN], ctx())).toBe('✔ No problems found\n');
    expect(stylish([CLEAN], ctx({ locale: 'zh' }))).toBe('✔ 未发现问题\n');
    expect(stylish([], ctx())).toBe('✔ No problems found\n');
  });

  it('prints a fatal error without position as file  error  message', () => {
    const out = stylish([{ ...FATAL, fatal: { message: FATAL.fatal!.message } }], ctx());
    expect(out.split('\n')[0]).toBe('broken.yaml  error  YAML syntax error: bad indentation');
    expect(out).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('never lets catalogue text inject terminal escapes or break lines', () => {
    const out = stylish([hostile('x.yaml')], ctx());
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('a|b <tag> & "q" \'s\' 100% x:y,z next line');
  });

  it('skips the code frame when there is no source', () => {
    const out = stylish([{ ...LINTED, source: undefined }], ctx());
    expect(out).not.toContain(' | ');
  });
});
