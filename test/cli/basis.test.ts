// govcat basis, end to end: a reviewer checks citations one at a time, in either language, as a table or JSON.
import { describe, expect, it } from 'vitest';
import { govcat, NO_STACK } from './run.js';

const CITATIONS = ['《统计法实施条例》（国务院令第681号）第三十条', '《工伤认定办法》（人力资源和社会保障部令第8号）', '根据相关法律法规', '《某某数据保护条例》'];

describe('govcat basis', () => {
  it('prints each citation\'s title, article, number, level, confidence, verdict and evidence in Chinese', () => {
    const r = govcat(['basis', ...CITATIONS, '--lang', 'zh']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^引用\s+名称\s+条款\s+文号\s+层级\s+把握\s+可作不予共享依据\s+判断依据$/);
    expect(lines[1]).toMatch(/《统计法实施条例》\s+第三十条\s+国务院令第681号\s+行政法规\s+确定\s+可以\s+《中华人民共和国统计法实施条例》在现行有效的行政法规目录中（截至 \d{4}-\d{2}-\d{2}）/);
    expect(lines[2]).toMatch(/人力资源和社会保障部令第8号\s+部门规章\s+确定\s+不可以\s+由人力资源和社会保障部令第8号公布/);
    expect(lines[3]).toMatch(/^根据相关法律法规\s.*未指明文件\s+确定\s+不可以（未指明文件）/);
    expect(lines[4]).toMatch(/行政法规或地方性法规\s+不确定\s+待核实/);
    expect(r.stdout).toMatch(/所用目录（截至）：现行有效的行政法规 \d{4}-\d{2}-\d{2}；现行有效的法律 \d{4}-\d{2}-\d{2}/);
  });

  it('speaks English with --lang en', () => {
    const r = govcat(['basis', '国办发〔2022〕3号', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^citation\s+title\s+article\s+number\s+level\s+confidence\s+non-shareable basis\s+evidence/);
    expect(r.stdout).toContain('policy document of the Party Central Committee or the State Council  high        no');
  });

  it('gives every instrument a citation text names, and JSON with the lists\' sources and dates', () => {
    const r = govcat(['basis', '《中华人民共和国统计法》第二十五条、《北京市数字经济促进条例》', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.profile).toBe('national');
    expect(json.lists.map((l: { level: string }) => l.level).sort()).toEqual(['administrative_regulation', 'law']);
    for (const l of json.lists) expect(l.sources[0].url).toBe('https://github.com/LawRefBook/Laws');
    const [c] = json.citations;
    expect(c.instruments.map((i: { title: string; level: string; nonShareableBasis: string }) => [i.title, i.level, i.nonShareableBasis])).toEqual([
      ['中华人民共和国统计法', 'law', 'yes'],
      ['北京市数字经济促进条例', 'local_regulation', 'no'],
    ]);
    expect(c.instruments[0].evidence[0]).toMatchObject({ signal: 'list' });
    expect(c.instruments[0].levelName).toEqual({ zh: '法律', en: 'law' });
  });

  it('reads one citation per line from standard input with -', () => {
    const r = govcat(['basis', '-', '--format', 'json'], { input: '《中华人民共和国个人信息保护法》第十三条\n\n公安部令第160号\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).citations.map((c: { input: string; instruments: { level: string }[] }) => [c.input, c.instruments[0].level])).toEqual([
      ['《中华人民共和国个人信息保护法》第十三条', 'law'],
      ['公安部令第160号', 'departmental_rule'],
    ]);
  });

  it('the profile decides the verdict column: a config that accepts local regulations', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'govcat-basis-'));
    writeFileSync(join(dir, 'govcat.config.yaml'), 'rules:\n  non-shareable-legal-basis:\n    options:\n      allowedTypes: [law, administrative_regulation, local_regulation]\n');
    const r = govcat(['basis', '《湖北省数据条例》第三十一条', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).citations[0].instruments[0].nonShareableBasis).toBe('yes');
  });

  it('no citation, or - at a terminal-less empty input: exit 2 with a message in the user\'s language, no stack', () => {
    const zh = govcat(['basis', '-', '--lang', 'zh'], { input: '\n' });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('没有要检查的引用');
    expect(zh.stderr).not.toMatch(NO_STACK);
    const en = govcat(['basis', '-', '--lang', 'en'], { input: '' });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('no citation to check');
    const bad = govcat(['basis', 'x', '--format', 'xml']);
    expect(bad.code).toBe(2);
  });
});
