import { describe, expect, it } from 'vitest';
import { eventStatus } from '../../src/formatters/_changes.js';
import { displayWidth } from '../../src/formatters/_text.js';
import stylish from '../../src/formatters/stylish.js';
import type { ChangeList } from '../../src/formatters/types.js';
import { CLEAN, CLEAN_DIFF, CN_FILE, DIFFED, EVENTS, FATAL, LINTED, LONG_CONDITIONS, PREVIOUS_FILE, RESULTS, SOURCE, ctx, hostile } from './fixtures.js';

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

describe('stylish: change table and events (govcat diff / deadlines)', () => {
  const section = (out: string, heading: RegExp) => {
    const lines = out.split('\n');
    const start = lines.findIndex((l) => heading.test(l));
    expect(start).toBeGreaterThan(0);
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '));
    return lines.slice(start + 1, end);
  };

  it('prints the change table, then the events, then the findings, under the file name', () => {
    const out = stylish([DIFFED], ctx());
    const lines = out.split('\n');
    expect(lines[0]).toBe(CN_FILE);
    expect(lines[1]).toBe(`  Changes from ${PREVIOUS_FILE} (1 changed, 1 added, 1 removed, 1 header field)`);
    const changes = lines.findIndex((l) => l.startsWith('  Changes from'));
    const events = lines.findIndex((l) => l === '  Change events (Art. 17)');
    const firstFinding = lines.findIndex((l) => /^ {2}\d+:\d+ /.test(l));
    expect(changes).toBeLessThan(events);
    expect(events).toBeLessThan(firstFinding);
    expect(lines[events - 1]).toBe('');
    expect(lines[firstFinding - 1]).toBe('');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 1 warning, 1 info)');
  });

  it('shows entry, field, before → after and the old and new line of each change, in English', () => {
    const rows = section(stylish([DIFFED], ctx()), /^ {2}Changes from/);
    expect(rows[0]).toMatch(/^ {4}Entry +Field +Before +After +Line \(old → new\)$/);
    expect(rows[1]).toMatch(/^ {4}catalogue header +version +1\.0 +→ +1\.1 +3 → 3$/);
    expect(rows[2]).toMatch(/^ {4}E1 企业登记信息 +share_type +unconditional +→ +conditional +5 → 5$/);
    expect(rows[3]).toMatch(/ share_method +api +→ +api, file_download +5 → 6$/);
    expect(rows[4]).toMatch(/ usage_conditions +— +→ +仅限用于市场监管执法.*… +— → 7$/);
    expect(rows[5]).toMatch(/ format +kind: database_table; detail: MySQL +→ +kind: file +8 → 9$/);
    expect(rows[6]).toMatch(/^ {4}E3 食品经营许可 +\+ added +— → 20$/);
    expect(rows[7]).toMatch(/^ {4}E9 Retired entry +− removed +30 → —$/);
    expect(rows).toHaveLength(8);
  });

  it('speaks Chinese: headings, vocabulary terms, list separator, added / removed', () => {
    const out = stylish([DIFFED], ctx({ locale: 'zh' }));
    expect(out.split('\n')[1]).toBe(`  相对 ${PREVIOUS_FILE} 的变更（修改 1 条，新增 1 条，删除 1 条，表头 1 项）`);
    const rows = section(out, /^ {2}相对 /);
    expect(rows[0]).toMatch(/^ {4}条目 +字段 +变更前 +变更后 +行号（旧 → 新）$/);
    expect(rows[1]).toMatch(/^ {4}目录表头 +version +1\.0 +→ +1\.1/);
    expect(rows[2]).toMatch(/share_type +无条件共享 +→ +有条件共享 +5 → 5$/);
    expect(rows[3]).toMatch(/share_method +服务接口 +→ +服务接口、文件下载 /);
    expect(rows[5]).toMatch(/format +kind: 数据库表；detail: MySQL +→ +kind: 文件 /);
    expect(rows[6]).toMatch(/E3 食品经营许可 +\+ 新增 +— → 20$/);
    expect(rows[7]).toMatch(/E9 Retired entry +− 删除 +30 → —$/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 共 4 个问题（2 个错误，1 个警告，1 个提示）');
  });

  it('lists each event with kind, dates, extension and status, in English', () => {
    const rows = section(stylish([DIFFED], ctx()), /^ {2}Change events/);
    expect(rows[0]).toMatch(/^ {4}Event +Kind +Effective +Due +Submitted +Status +Line$/);
    expect(rows[1]).toMatch(/^ {4}EV-2026-01 +law change +2026-09-30 +2026-10-20 +2026-10-19 +on time +12$/);
    expect(rows[2]).toMatch(/^ {4}EV-2026-02 +change of duties +2026-02-10 +2026-03-10 \(\+5 extension\) +2026-03-13 +late by 3 working days +16$/);
    expect(rows[3]).toMatch(/^ {4}EV-2026-03 +State Council decision change +2026-11-02 +2026-11-16 +— +due in 4 working days +20$/);
    expect(rows[4]).toMatch(/^ {4}EV-2026-04 +administrative regulation change +2026-10-01 +2026-10-21 +— +overdue by 2 working days +24$/);
    expect(rows[5]).toMatch(/^ {4}EV-2026-05 +— +— +— +— +dates missing +28$/);
  });

  it('lists each event in Chinese', () => {
    const rows = section(stylish([DIFFED], ctx({ locale: 'zh' })), /^ {2}变更事件（第十七条）$/);
    expect(rows[0]).toMatch(/^ {4}事件 +类型 +生效日期 +更新期限 +报送日期 +状态 +行$/);
    expect(rows[1]).toMatch(/EV-2026-01 +法律调整 +2026-09-30 +2026-10-20 +2026-10-19 +按时 +12$/);
    expect(rows[2]).toMatch(/EV-2026-02 +部门职责变化 +2026-02-10 +2026-03-10（延期 5 个工作日） +2026-03-13 +逾期 3 个工作日 +16$/);
    expect(rows[3]).toMatch(/EV-2026-03 +国务院决定调整 .* +还有 4 个工作日到期 +20$/);
    expect(rows[4]).toMatch(/EV-2026-04 +行政法规调整 .* +已逾期 2 个工作日 +24$/);
    expect(rows[5]).toMatch(/EV-2026-05 .* +日期缺失 +28$/);
  });

  it('aligns both tables by display width, CJK counting two columns', () => {
    for (const locale of ['zh', 'en'] as const) {
      const out = stylish([DIFFED], ctx({ locale }));
      const changes = section(out, locale === 'zh' ? /^ {2}相对 / : /^ {2}Changes from/);
      const fieldRows = changes.filter((l) => l.includes('  →  '));
      expect(fieldRows).toHaveLength(5);
      // the arrow between before and after, and the line column, start at one screen column in every row
      expect(new Set(fieldRows.map((l) => displayWidth(l.slice(0, l.indexOf('  →  ')))))).toHaveProperty('size', 1);
      const lineCol = changes.map((l) => displayWidth(l.slice(0, l.search(/(\d+|—) → (\d+|—)$|(Line|行号)/))));
      expect(new Set(lineCol).size).toBe(1);
      const events = section(out, /^ {2}(Change events|变更事件)/);
      const status = EVENTS.map((e, i) => {
        const row = events[i + 1];
        return displayWidth(row.slice(0, row.lastIndexOf(eventStatus(e)[locale])));
      });
      expect(new Set(status).size).toBe(1);
      // rows with a kind: the effective date starts after a kind cell of differing CJK / Latin width
      const effective = events.slice(1, 5).map((row) => displayWidth(row.slice(0, row.search(/ (\d{4}-\d{2}-\d{2}|—)/) + 1)));
      expect(new Set(effective).size).toBe(1);
    }
  });

  it('truncates long values to 40 display columns with …, and never lets values inject escapes or line breaks', () => {
    const row = stylish([DIFFED], ctx({ locale: 'zh' })).split('\n').find((l) => l.includes('usage_conditions'))!;
    const value = row.split('→')[1].trim().split(/ {2,}/)[0];
    expect(value.endsWith('…')).toBe(true);
    expect(displayWidth(value)).toBeLessThanOrEqual(40);
    expect(LONG_CONDITIONS.startsWith(value.slice(0, -1))).toBe(true);
    const hostileChange: ChangeList = {
      previous: 'old\u001b[2J.yaml',
      header: [],
      entries: [{ kind: 'changed', id: 'E1\u0007', name: 'x\ny', fields: [{ field: 'title', before: 'a\u001b[31mred', after: 'line1\nline2' }] }],
    };
    const out = stylish([{ ...CLEAN, changes: hostileChange, events: [{ id: 'EV\u001b[1m', state: 'unknown', effective: '2026\n01' }] }], ctx());
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('E1 x y');
    expect(out).toMatch(/title +a\[31mred +→ +line1 line2$/m);
  });

  it('colours event status green / red / yellow, and added / removed, only when ctx.color', () => {
    const out = stylish([DIFFED], ctx({ color: true }));
    expect(out).toContain(`${ESC}[32mon time${ESC}[39m`);
    expect(out).toContain(`${ESC}[31mlate by 3 working days${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mdue in 4 working days${ESC}[39m`);
    expect(out).toContain(`${ESC}[31moverdue by 2 working days${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mdates missing${ESC}[39m`);
    expect(out).toContain(`${ESC}[32m+ added${ESC}[39m`);
    expect(out).toContain(`${ESC}[31m− removed${ESC}[39m`);
    expect(out).toContain(`  ${ESC}[1mChanges from ${PREVIOUS_FILE}`);
    // padding stays outside the colour, so the columns line up exactly as without colour
    const plain = stylish([DIFFED], ctx());
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(plain);
    expect(plain).not.toContain(ESC);
    const zh = stylish([DIFFED], ctx({ locale: 'zh', color: true }));
    expect(zh).toContain(`${ESC}[32m按时${ESC}[39m`);
    expect(zh).toContain(`${ESC}[31m逾期 3 个工作日${ESC}[39m`);
    expect(zh).toContain(`${ESC}[33m还有 4 个工作日到期${ESC}[39m`);
    expect(zh).toContain(`${ESC}[31m已逾期 2 个工作日${ESC}[39m`);
  });

  it('still shows the change table and events of a clean file, then "no problems"', () => {
    for (const locale of ['en', 'zh'] as const) {
      const out = stylish([CLEAN_DIFF], ctx({ locale }));
      expect(out.split('\n')[0]).toBe('clean.yaml');
      expect(out).toContain(locale === 'zh' ? '相对 catalogues/市级目录.v1.yaml 的变更' : 'Changes from catalogues/市级目录.v1.yaml');
      expect(out).toContain(locale === 'zh' ? '按时' : 'on time');
      expect(out.endsWith(locale === 'zh' ? '\n\n✔ 未发现问题\n' : '\n\n✔ No problems found\n')).toBe(true);
    }
    expect(stylish([CLEAN_DIFF], ctx({ color: true })).endsWith(`${ESC}[32m✔${ESC}[39m No problems found\n`)).toBe(true);
  });

  it('says so when nothing changed or there are no events, and drops the line column when no line is known', () => {
    const none = stylish([{ ...CLEAN, changes: { previous: 'v1.yaml', header: [], entries: [] }, events: [] }], ctx());
    expect(none).toBe('clean.yaml\n  Changes from v1.yaml (0 changed, 0 added, 0 removed)\n    No changes\n\n  Change events (Art. 17)\n    No change events\n\n✔ No problems found\n');
    const zh = stylish([{ ...CLEAN, changes: { previous: 'v1.yaml', header: [], entries: [] }, events: [] }], ctx({ locale: 'zh' }));
    expect(zh).toContain('    无变更\n');
    expect(zh).toContain('    无变更事件\n');
    const unlocated: ChangeList = { previous: 'v1.yaml', header: [], entries: [{ kind: 'changed', id: 'E1', name: '', fields: [{ field: 'share_type', before: 'conditional' }] }] };
    const out = stylish([{ ...CLEAN, changes: unlocated, events: [{ id: 'EV', state: 'open' }] }], ctx());
    expect(out).toContain('    Entry  Field       Before          After\n');
    expect(out).toContain('    E1     share_type  conditional  →  —\n');
    expect(out).toContain('    Event  Kind  Effective  Due  Submitted  Status\n');
    expect(out).toContain('    EV     —     —          —    —          open\n');
  });

  it('leaves the lint report unchanged when a result has neither changes nor events', () => {
    const out = stylish([LINTED], ctx());
    expect(out).not.toMatch(/Changes from|Change events/);
    expect(out.split('\n')[1]).toMatch(/^ {2}5:/);
  });
});
