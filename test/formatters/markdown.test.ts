import { describe, expect, it } from 'vitest';
import markdown, { escapeMarkdown } from '../../src/formatters/markdown.js';
import { CLEAN, CLEAN_DIFF, CN_FILE, DIFFED, FINDINGS, PREVIOUS_FILE, RESULTS, ctx, hostile } from './fixtures.js';

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

  it('adds a Changes table and an Events table per file, before the findings under their own heading', () => {
    const out = markdown([DIFFED], ctx());
    expect(out).toContain(`### ${CN_FILE}\n\n#### Changes from ${PREVIOUS_FILE} (1 changed, 1 added, 1 removed, 1 header field)\n\n| Entry | Field | Before | After | Line (old → new) |\n| --- | --- | --- | --- | --- |\n`);
    const rows = out.split('\n').filter((l) => l.startsWith('| '));
    const change = (field: string) => cells(rows.find((r) => cells(r)[1] === field)!);
    expect(change('share\\_type')).toEqual(['E1 企业登记信息', 'share\\_type', 'unconditional', 'conditional', '5 → 5']);
    expect(change('share\\_method')).toEqual(['E1 企业登记信息', 'share\\_method', 'api', 'api, file\\_download', '5 → 6']);
    expect(change('**+ added**')).toEqual(['E3 食品经营许可', '**+ added**', '', '', '— → 20']);
    expect(change('**− removed**')[4]).toBe('30 → —');
    expect(out).toContain('#### Change events (Art. 17)\n\n| Event | Kind | Effective | Due | Submitted | Status | Line |\n| --- | --- | --- | --- | --- | --- | --- |\n');
    expect(out).toContain('| EV-2026-01 | law change | 2026-09-30 | 2026-10-20 | 2026-10-19 | on time | 12 |');
    expect(out).toContain('| EV-2026-02 | change of duties | 2026-02-10 | 2026-03-10 (+5 extension) | 2026-03-13 | **late by 3 working days** | 16 |');
    expect(out).toContain('| due in 4 working days |');
    expect(out).toContain('| **overdue by 2 working days** |');
    expect(out).toContain('| EV-2026-05 | — | — | — | — | dates missing | 28 |');
    expect(out).toContain('\n\n#### Findings\n\n| Line | Severity | Rule | Article | Message |\n');
    expect(out.indexOf('#### Changes')).toBeLessThan(out.indexOf('#### Change events'));
    expect(out.indexOf('#### Change events')).toBeLessThan(out.indexOf('#### Findings'));
  });

  it('speaks Chinese in the change and event tables', () => {
    const out = markdown([DIFFED], ctx({ locale: 'zh' }));
    expect(out).toContain(`#### 相对 ${PREVIOUS_FILE} 的变更（修改 1 条，新增 1 条，删除 1 条，表头 1 项）`);
    expect(out).toContain('| 条目 | 字段 | 变更前 | 变更后 | 行号（旧 → 新） |');
    expect(out).toContain('| E1 企业登记信息 | share\\_type | 无条件共享 | 有条件共享 | 5 → 5 |');
    expect(out).toContain('| E3 食品经营许可 | **+ 新增** |  |  | — → 20 |');
    expect(out).toContain('#### 变更事件（第十七条）\n\n| 事件 | 类型 | 生效日期 | 更新期限 | 报送日期 | 状态 | 行 |');
    expect(out).toContain('| EV-2026-02 | 部门职责变化 | 2026-02-10 | 2026-03-10（延期 5 个工作日） | 2026-03-13 | **逾期 3 个工作日** | 16 |');
    expect(out).toContain('| 还有 4 个工作日到期 |');
    expect(out).toContain('| **已逾期 2 个工作日** |');
    expect(out).toContain('| 日期缺失 |');
    expect(out).toContain('#### 检查发现');
  });

  it('shows the changes of a clean file, keeps values in one cell, and says when nothing changed', () => {
    const out = markdown([CLEAN_DIFF], ctx());
    expect(out.startsWith('## govcat report\n\n✔ No problems found\n\n### clean.yaml\n\n#### Changes from')).toBe(true);
    expect(out).not.toContain('#### Findings');
    const long = out.split('\n').find((l) => l.includes('usage\\_conditions'))!;
    expect(cells(long)[3].endsWith('…')).toBe(true);
    const piped = { ...CLEAN_DIFF, changes: { previous: 'v1.yaml', header: [], entries: [{ kind: 'changed' as const, id: 'E|1', name: '<b>', fields: [{ field: 'a|b', before: 'x | y', after: 'line\nbreak' }] }] }, events: [] };
    const md = markdown([piped], ctx());
    const row = md.split('\n').find((l) => l.startsWith('| E\\|1'))!;
    expect(cells(row)).toEqual(['E\\|1 \\<b\\>', 'a\\|b', 'x \\| y', 'line break']);
    expect(md).toContain('#### Change events (Art. 17)\n\nNo change events\n');
    const none = markdown([{ ...CLEAN, changes: { previous: 'v1.yaml', header: [], entries: [] } }], ctx({ locale: 'zh' }));
    expect(none).toBe('## govcat 检查报告\n\n✔ 未发现问题\n\n### clean.yaml\n\n#### 相对 v1.yaml 的变更（修改 0 条，新增 0 条，删除 0 条）\n\n无变更\n');
  });
});
