import { describe, expect, it } from 'vitest';
import markdown, { escapeMarkdown } from '../../src/formatters/markdown.js';
import { CLEAN, CN_FILE, FINDINGS, RESULTS, ctx, hostile } from './fixtures.js';

const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('markdown', () => {
  it('renders a table per file with line, severity, rule, article and message', () => {
    const out = markdown(RESULTS, ctx());
    expect(out.startsWith('## govcat report\n\n**✖ 5 problems (3 errors, 1 warning, 1 info)**\n')).toBe(true);
    expect(out).toContain(`### ${CN_FILE}\n\n| Line | Severity | Rule | Article | Message |\n| ---: | --- | --- | --- | --- |\n`);
    const rows = out.split('\n').filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(FINDINGS.length);
    expect(cells(rows[0])).toEqual([`5:${FINDINGS[0].column}`, 'error', '`share-type-valid`', 'Art. 14', 'share\\_type "开放" is not one of the three classes']);
    expect(cells(rows[1])[3]).toBe('—');
    expect(out).toContain('### broken.yaml\n\n> **Could not be linted** (3:7): YAML syntax error: bad indentation');
    expect(out).not.toContain('clean.yaml');
  });

  it('speaks Chinese', () => {
    const out = markdown(RESULTS, ctx({ locale: 'zh' }));
    expect(out).toContain('## govcat 检查报告');
    expect(out).toContain('**✖ 共 5 个问题（3 个错误，1 个警告，1 个提示）**');
    expect(out).toContain('| 行 | 级别 | 规则 | 条款 | 说明 |');
    expect(out).toContain('| 错误 | `conditional-usage-conditions` | 第十五条第二款 | 使用条件为占位符“待定” |');
    expect(out).toContain('> **无法检查**（3:7）：YAML 语法错误：缩进不一致');
  });

  it('escapes pipes and markup so a message cannot break the table', () => {
    const out = markdown([hostile('a|b.yaml')], ctx());
    const row = out.split('\n').find((l) => /^\| \d/.test(l))!;
    expect(cells(row)).toHaveLength(5);
    expect(cells(row)[4]).toBe('a\\|b \\<tag\\> \\& "q" \'s\' 100% x:y,z next linebell\\[31mred');
    expect(out).toContain('### a\\|b.yaml');
    expect(escapeMarkdown('x\\|y')).toBe('x\\\\\\|y');
  });

  it('says so when clean', () => {
    expect(markdown([CLEAN], ctx())).toBe('## govcat report\n\n✔ No problems found\n');
    expect(markdown([CLEAN], ctx({ locale: 'zh' }))).toBe('## govcat 检查报告\n\n✔ 未发现问题\n');
  });
});
