import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import json from '../../src/formatters/json.js';
import { CHANGES, CLEAN_DIFF, CN_FILE, DIFFED, EVENTS, FATAL, FINDINGS, LONG_CONDITIONS, PREVIOUS_FILE, RESULTS, ctx, hostile } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function check(text: string) {
  const report = JSON.parse(text);
  const ok = validate(report);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return report;
}

describe('json', () => {
  it('produces a report that validates against schemas/report.schema.json, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) check(json(RESULTS, ctx({ locale })));
    check(json([], ctx()));
    check(json([hostile('x.yaml')], ctx()));
    check(json([{ ...FATAL, fatal: { message: FATAL.fatal!.message } }], ctx()));
  });

  it('keeps keys in a fixed, documented order and pretty-prints with two spaces', () => {
    const text = json(RESULTS, ctx());
    expect(text).toMatch(/^\{\n {2}"version": 1,\n {2}"tool": \{\n {4}"name": "govcat",/);
    expect(text.endsWith('}\n')).toBe(true);
    const report = JSON.parse(text);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'profile', 'results', 'summary']);
    expect(Object.keys(report.results[0])).toEqual(['file', 'errorCount', 'warningCount', 'infoCount', 'findings']);
    expect(Object.keys(report.results[1])).toEqual(['file', 'errorCount', 'warningCount', 'infoCount', 'fatal', 'findings']);
    expect(Object.keys(report.results[0].findings[0])).toEqual([
      'ruleId', 'messageId', 'severity', 'message', 'messages', 'articles', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'entryId',
    ]);
    expect(Object.keys(report.summary)).toEqual(['files', 'errors', 'warnings', 'infos', 'fatal']);
  });

  it('carries both languages and the locale message, with article labels', () => {
    const zh = JSON.parse(json(RESULTS, ctx({ locale: 'zh' })));
    const f = zh.results[0].findings[3];
    expect(f.message).toBe(FINDINGS[3].message.zh);
    expect(f.messages).toEqual(FINDINGS[3].message);
    expect(f.articles).toEqual([{ source: 'decree-809', article: 15, paragraph: 2, label: { zh: '第十五条第二款', en: 'Art. 15(2)' } }]);
    expect(zh.results[0].findings[1].articles).toEqual([]);
    expect(zh.results[0].file).toBe(CN_FILE);
    expect(zh.results[1].fatal).toEqual({ message: 'YAML 语法错误：缩进不一致', messages: FATAL.fatal!.message, line: 3, column: 7 });
  });

  it('counts per file and in total; a fatal file counts as an error', () => {
    const report = JSON.parse(json(RESULTS, ctx()));
    expect(report.results.map((r: { errorCount: number; warningCount: number; infoCount: number }) => [r.errorCount, r.warningCount, r.infoCount])).toEqual([[2, 1, 1], [1, 0, 0], [0, 0, 0]]);
    expect(report.summary).toEqual({ files: 3, errors: 3, warnings: 1, infos: 1, fatal: 1 });
    expect(report.tool).toEqual({ name: 'govcat', version: '0.1.0' });
    expect(report.profile).toBe('national-decree-809');
  });

  it('has a schema that describes every field and forbids unknown ones', () => {
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') expect(n.additionalProperties, where).toBe(false);
      if (n.properties) for (const [k, v] of Object.entries(n.properties)) expect((v as { description?: string }).description, `${where}.${k}`).toBeTruthy();
      for (const [k, v] of Object.entries(n)) walk(v, `${where}.${k}`);
    };
    walk(schema, '#');
    const report = JSON.parse(json(RESULTS, ctx()));
    report.results[0].findings[0].extra = true;
    expect(validate(report)).toBe(false);
  });

  it('adds the change list and the change events of a diff, validated by the schema, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      check(json([DIFFED, CLEAN_DIFF], ctx({ locale })));
      check(json([{ ...CLEAN_DIFF, changes: { previous: 'v1.yaml', header: [], entries: [] }, events: [] }], ctx({ locale })));
    }
    const report = check(json([DIFFED, CLEAN_DIFF], ctx()));
    const r = report.results[0];
    expect(Object.keys(r)).toEqual(['file', 'errorCount', 'warningCount', 'infoCount', 'findings', 'changes', 'events']);
    expect(Object.keys(r.changes)).toEqual(['previous', 'header', 'entries']);
    expect(r.changes.previous).toBe(PREVIOUS_FILE);
    expect(r.changes.header).toEqual([{ field: 'version', before: '1.0', after: '1.1', oldPath: 'catalogue.version', newPath: 'catalogue.version', oldLine: 3, newLine: 3 }]);
    const [changed, added, removed] = r.changes.entries;
    expect(Object.keys(changed)).toEqual(['kind', 'id', 'name', 'oldPath', 'newPath', 'oldLine', 'newLine', 'fields']);
    expect(changed.fields[0]).toEqual({ field: 'share_type', before: 'unconditional', after: 'conditional', oldPath: 'entries[0].share_type', newPath: 'entries[0].share_type', oldLine: 5, newLine: 5 });
    // values stay JSON, untruncated and untranslated: programs get the real data
    expect(changed.fields[1]).toMatchObject({ before: ['api'], after: ['api', 'file_download'] });
    expect(changed.fields[2]).toEqual({ field: 'usage_conditions', after: LONG_CONDITIONS, newPath: 'entries[0].usage_conditions', newLine: 7 });
    expect(changed.fields[3]).toEqual({ field: 'format', before: { kind: 'database_table', detail: 'MySQL' }, after: { kind: 'file' }, oldLine: 8, newLine: 9 });
    expect(added).toEqual({ kind: 'added', id: 'E3', name: '食品经营许可', newPath: 'entries[2]', newLine: 20, fields: [] });
    expect(removed).toEqual({ kind: 'removed', id: 'E9', name: 'Retired entry', oldPath: 'entries[4]', oldLine: 30, fields: [] });
    expect(r.events).toHaveLength(EVENTS.length);
    expect(r.events[1]).toEqual({
      id: 'EV-2026-02', kind: 'duty_change', effective: '2026-02-10', originalDue: '2026-03-03', due: '2026-03-10', extensionDays: 5, submitted: '2026-03-13',
      state: 'late', workingDays: 3, line: 16, message: 'late by 3 working days', messages: { zh: '逾期 3 个工作日', en: 'late by 3 working days' },
    });
    expect(r.events[4]).toEqual({ id: 'EV-2026-05', state: 'unknown', line: 28, message: 'dates missing', messages: { zh: '日期缺失', en: 'dates missing' } });
    expect(JSON.parse(json([DIFFED], ctx({ locale: 'zh' }))).results[0].events[2].message).toBe('还有 4 个工作日到期');
    // a clean diff still counts as clean
    expect(report.results[1]).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0, findings: [] });
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 1, infos: 1, fatal: 0 });
  });

  it('turns catalogue values into plain JSON and rejects unknown keys in changes and events', () => {
    const dated = { ...CLEAN_DIFF, changes: { ...CHANGES, header: [{ field: 'submitted_at', before: new Date('2026-03-01T00:00:00Z'), after: [undefined, 1n, Infinity] }] } };
    const r = check(json([dated], ctx())).results[0];
    expect(r.changes.header[0]).toEqual({ field: 'submitted_at', before: '2026-03-01', after: [null, 1, 'Infinity'] });
    for (const mutate of [
      (x: any) => (x.results[0].changes.extra = 1),
      (x: any) => (x.results[0].changes.entries[0].extra = 1),
      (x: any) => (x.results[0].changes.entries[0].fields[0].extra = 1),
      (x: any) => (x.results[0].events[0].extra = 1),
      (x: any) => (x.results[0].events[0].state = 'late-ish'),
      (x: any) => (x.results[0].changes.entries[0].kind = 'moved'),
    ]) {
      const report = JSON.parse(json([DIFFED], ctx()));
      mutate(report);
      expect(validate(report)).toBe(false);
    }
  });
});
