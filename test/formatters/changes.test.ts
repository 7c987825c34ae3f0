import { describe, expect, it } from 'vitest';
import { changeRows, changesHeading, compactValue, eventCells, eventKindLabel, eventStatus, pathString } from '../../src/formatters/_changes.js';
import { displayWidth, truncateDisplay } from '../../src/formatters/_text.js';
import type { EventRow } from '../../src/formatters/types.js';
import { CHANGES, LONG_CONDITIONS } from './fixtures.js';

describe('compact values for the change table', () => {
  it('shows strings as-is, lists joined, mappings as k: v pairs, absent as —', () => {
    expect(compactValue('有条件共享', 'en')).toBe('有条件共享');
    expect(compactValue(undefined, 'en')).toBe('—');
    expect(compactValue(null, 'zh')).toBe('—');
    expect(compactValue('', 'en')).toBe('""');
    expect(compactValue(12, 'en')).toBe('12');
    expect(compactValue(false, 'en')).toBe('false');
    expect(compactValue(['a', 'b', 'c'], 'en')).toBe('a, b, c');
    expect(compactValue(['甲', '乙'], 'zh')).toBe('甲、乙');
    expect(compactValue([], 'en')).toBe('[]');
    expect(compactValue({}, 'en')).toBe('{}');
    expect(compactValue({ name: '企业名称', type: 'string' }, 'en')).toBe('name: 企业名称; type: string');
    expect(compactValue({ name: '企业名称', type: 'string' }, 'zh')).toBe('name: 企业名称；type: string');
    expect(compactValue([{ a: 1 }, { a: 2, b: [1, 2] }], 'en')).toBe('{a: 1}, {a: 2; b: [1, 2]}');
    expect(compactValue(new Date('2026-10-20T00:00:00Z'), 'en')).toBe('2026-10-20');
  });

  it('writes canonical vocabulary terms in Chinese for zh, by field', () => {
    expect(compactValue('conditional', 'zh', 'share_type')).toBe('有条件共享');
    expect(compactValue('conditional', 'en', 'share_type')).toBe('conditional');
    expect(compactValue(['api', 'batch_exchange'], 'zh', 'share_method')).toBe('服务接口、批量交换');
    expect(compactValue('monthly', 'zh', 'update_frequency')).toBe('每月');
    expect(compactValue('string', 'zh', 'items[企业名称].type')).toBe('字符型');
    expect(compactValue({ kind: 'file', detail: 'file' }, 'zh', 'format')).toBe('kind: 文件；detail: file');
    expect(compactValue('law_change', 'zh', 'change_events[0].kind')).toBe('法律调整');
    // a term of another vocabulary, or an unknown value, stays as written
    expect(compactValue('conditional', 'zh', 'name')).toBe('conditional');
    expect(compactValue('toString', 'zh', 'share_type')).toBe('toString');
  });

  it('cuts to the display width with …, CJK counting two columns', () => {
    const cut = compactValue(LONG_CONDITIONS, 'zh');
    expect(cut.endsWith('…')).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(40);
    expect(displayWidth(cut)).toBeGreaterThanOrEqual(39);
    expect(compactValue('x'.repeat(40), 'en')).toBe('x'.repeat(40));
    expect(compactValue('x'.repeat(41), 'en')).toBe(`${'x'.repeat(39)}…`);
    expect(truncateDisplay('中文字符', 5)).toBe('中文…');
    expect(truncateDisplay('中文字符', 8)).toBe('中文字符');
    expect(truncateDisplay('ab中', 3)).toBe('ab…');
  });

  it('drops control characters and flattens line breaks', () => {
    expect(compactValue('a\u001b[31m\nb\u0007', 'en')).toBe('a[31m b');
  });
});

describe('change rows', () => {
  it('lists header fields first, one row per field change, one per added / removed entry', () => {
    const rows = changeRows(CHANGES, 'en');
    expect(rows.map((r) => [r.kind, r.entry, r.field, r.lines])).toEqual([
      ['header', 'catalogue header', 'version', '3 → 3'],
      ['changed', 'E1 企业登记信息', 'share_type', '5 → 5'],
      ['changed', 'E1 企业登记信息', 'share_method', '5 → 6'],
      ['changed', 'E1 企业登记信息', 'usage_conditions', '— → 7'],
      ['changed', 'E1 企业登记信息', 'format', '8 → 9'],
      ['added', 'E3 食品经营许可', '+ added', '— → 20'],
      ['removed', 'E9 Retired entry', '− removed', '30 → —'],
    ]);
    expect(changeRows(CHANGES, 'zh').map((r) => r.field)).toEqual(['version', 'share_type', 'share_method', 'usage_conditions', 'format', '+ 新增', '− 删除']);
    expect(changeRows({ previous: 'x', header: [{ field: 'version', before: 1 }], entries: [] }, 'en')[0].lines).toBe('');
  });

  it('heads the table with the previous file and counts', () => {
    expect(changesHeading(CHANGES, 'en')).toBe('Changes from catalogues/市级目录.v1.yaml (1 changed, 1 added, 1 removed, 1 header field)');
    expect(changesHeading(CHANGES, 'zh')).toBe('相对 catalogues/市级目录.v1.yaml 的变更（修改 1 条，新增 1 条，删除 1 条，表头 1 项）');
    expect(changesHeading({ previous: 'a.yaml', header: [], entries: [] }, 'en')).toBe('Changes from a.yaml (0 changed, 0 added, 0 removed)');
  });

  it('writes paths the way findings do', () => {
    expect(pathString(['entries', 3, 'share_type'])).toBe('entries[3].share_type');
    expect(pathString(['catalogue', 'change_events', 0, 'date'])).toBe('catalogue.change_events[0].date');
  });
});

describe('event status', () => {
  const ev = (e: Partial<EventRow>): EventRow => ({ id: 'EV', state: 'unknown', ...e });

  it('says on time / late / due / overdue / dates missing in both languages, with singular and plural', () => {
    expect(eventStatus(ev({ state: 'on-time' }))).toEqual({ zh: '按时', en: 'on time' });
    expect(eventStatus(ev({ state: 'late', workingDays: 3 }))).toEqual({ zh: '逾期 3 个工作日', en: 'late by 3 working days' });
    expect(eventStatus(ev({ state: 'late', workingDays: 1 }))).toEqual({ zh: '逾期 1 个工作日', en: 'late by 1 working day' });
    expect(eventStatus(ev({ state: 'late' }))).toEqual({ zh: '逾期', en: 'late' });
    expect(eventStatus(ev({ state: 'open', workingDays: 4 }))).toEqual({ zh: '还有 4 个工作日到期', en: 'due in 4 working days' });
    expect(eventStatus(ev({ state: 'open', workingDays: 1 })).en).toBe('due in 1 working day');
    expect(eventStatus(ev({ state: 'open', workingDays: 0 }))).toEqual({ zh: '今日到期', en: 'due today' });
    expect(eventStatus(ev({ state: 'open' }))).toEqual({ zh: '待更新', en: 'open' });
    expect(eventStatus(ev({ state: 'overdue', workingDays: 2 }))).toEqual({ zh: '已逾期 2 个工作日', en: 'overdue by 2 working days' });
    expect(eventStatus(ev({ state: 'overdue' }))).toEqual({ zh: '已逾期', en: 'overdue' });
    expect(eventStatus(ev({ state: 'unknown' }))).toEqual({ zh: '日期缺失', en: 'dates missing' });
  });

  it('names every event kind in both languages and keeps unknown kinds as written', () => {
    expect(eventKindLabel('law_change')).toEqual({ zh: '法律调整', en: 'law change' });
    expect(eventKindLabel('administrative_regulation_change')).toEqual({ zh: '行政法规调整', en: 'administrative regulation change' });
    expect(eventKindLabel('state_council_decision_change')).toEqual({ zh: '国务院决定调整', en: 'State Council decision change' });
    expect(eventKindLabel('duty_change')).toEqual({ zh: '部门职责变化', en: 'change of duties' });
    expect(eventKindLabel('merger')).toEqual({ zh: 'merger', en: 'merger' });
    expect(eventKindLabel('constructor')).toEqual({ zh: 'constructor', en: 'constructor' });
  });

  it('shows an extension next to the due date, and — for missing dates', () => {
    const e = ev({ state: 'open', due: '2026-03-10', extensionDays: 5, workingDays: 2 });
    expect(eventCells(e, 'en').due).toBe('2026-03-10 (+5 extension)');
    expect(eventCells(e, 'zh').due).toBe('2026-03-10（延期 5 个工作日）');
    expect(eventCells(ev({}), 'en')).toEqual({ id: 'EV', kind: '—', effective: '—', due: '—', submitted: '—', status: 'dates missing', line: '' });
    expect(eventCells(ev({ due: '2026-03-10', extensionDays: 0 }), 'en').due).toBe('2026-03-10');
  });
});
