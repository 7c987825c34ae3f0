import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import json from '../../src/formatters/json.js';
import { CN_FILE, FATAL, FINDINGS, RESULTS, ctx, hostile } from './fixtures.js';

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
});
