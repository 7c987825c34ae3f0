// What an officer sees while typing: yaml-language-server's completion and hover with the shipped schemas carry each
// field's Chinese name (completion shows a field's description, not its title, so the description leads with it).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';
import { YamlLanguageServer, type CompletionItem } from './lsp.js';

let server: YamlLanguageServer;

beforeAll(async () => {
  server = await YamlLanguageServer.start(ROOT, {});
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

const doc = (schema: string, lines: string[]) => [`# yaml-language-server: $schema=${join(ROOT, 'schemas', schema)}`, ...lines].join('\n');
const docText = (item: CompletionItem) => (typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? ''));

describe('completion and hover in Chinese', () => {
  it('a new key in an entry: every field, each documented under its Chinese name first', async () => {
    const text = doc('catalogue.schema.json', ['catalogue:', '  id: C', 'entries:', '  - id: E-1', '    name: 甲', '    ']);
    const items = await server.complete(join(ROOT, 'c.yaml'), text, 6, 4);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    expect(docText(byLabel.get('update_frequency')!)).toMatch(/^\*\*数据更新频率\*\*（`update_frequency`）/);
    expect(docText(byLabel.get('share_type')!)).toContain('**共享属性**');
    expect(docText(byLabel.get('share_type')!)).toContain('Sharing class: unconditional, conditional or non-shareable');
    for (const key of ['provider', 'items', 'format', 'share_method', 'usage_conditions', 'classification']) expect(byLabel.has(key), key).toBe(true);
  });

  it('a value: the terms in both languages, each with its other-language term', async () => {
    const text = doc('catalogue.schema.json', ['catalogue:', '  id: C', 'entries:', '  - id: E-1', '    share_type: ']);
    const items = await server.complete(join(ROOT, 'c.yaml'), text, 5, 16);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    expect([...byLabel.keys()]).toEqual(expect.arrayContaining(['unconditional', 'conditional', 'non_shareable', '无条件共享', '有条件共享', '不予共享']));
    expect(docText(byLabel.get('conditional')!)).toBe('conditional（有条件共享）');
    expect(docText(byLabel.get('不予共享')!)).toBe('不予共享（non_shareable）');
  });

  it('the Chinese-keyed schema completes Chinese keys, synonyms included', async () => {
    const text = doc('catalogue.zh.schema.json', ['目录编号: C', '目录条目:', '  - 条目编号: E-1', '    ']);
    const items = await server.complete(join(ROOT, 'c.yaml'), text, 4, 4);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['数据目录名称', '数据更新频率', '共享属性', '提供单位', '资源名称']));
    expect(docText(items.find((i) => i.label === '资源名称')!)).toContain('“数据目录名称”（name）的同义写法');
  });

  it('hover names the field in Chinese', async () => {
    const text = doc('catalogue.schema.json', ['catalogue:', '  id: C', 'entries:', '  - id: E-1', '    update_frequency: 每 3 月']);
    expect(await server.hover(join(ROOT, 'c.yaml'), text, 5, 8)).toContain('数据更新频率');
  });
});
