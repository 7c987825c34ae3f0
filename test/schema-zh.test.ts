// The schemas editors use, made from the canonical schema and the key vocabulary: in step with them, and they accept
// what officers write (editors then complete and explain Chinese keys) while lint reads such files the same way.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { convertCatalogue } from '../src/authoring/convert.js';
import { editorSchema } from '../src/core/keys-schema.js';

const canonical = JSON.parse(readFileSync('schemas/catalogue.canonical.schema.json', 'utf8'));
const en = JSON.parse(readFileSync('schemas/catalogue.schema.json', 'utf8'));
const zh = JSON.parse(readFileSync('schemas/catalogue.zh.schema.json', 'utf8'));
// yaml-language-server's own keywords: completion and hover text.
const ajv = () => new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, keywords: ['markdownDescription', 'markdownEnumDescriptions'] });
const validate = ajv().compile(zh);
const errors = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('catalogue.schema.json and catalogue.zh.schema.json', () => {
  it('are what the build makes of the canonical schema and the key vocabulary, and compile in strict mode', () => {
    expect(en).toEqual(editorSchema(canonical, 'en'));
    expect(zh).toEqual(editorSchema(canonical, 'zh'));
    expect(en.$id).toBe('https://govcat.dev/schemas/catalogue.schema.json');
    expect(zh.$id).toBe('https://govcat.dev/schemas/catalogue.zh.schema.json');
    expect(() => ajv().compile(en)).not.toThrow();
  });

  it('accepts the samples converted to Chinese keys, and the samples as they are', () => {
    for (const file of ['samples/catalogue.yaml', 'samples/history/2026.2.yaml']) {
      const text = readFileSync(file, 'utf8');
      expect(errors(load(convertCatalogue(text, file, 'zh').output)), file).toEqual([]);
      expect(errors(load(text)), file).toEqual([]);
    }
  });

  it('accepts the flat forms officers write: the header at the top level, plain names, 共享范围 beside 使用条件', () => {
    const flat = load([
      '目录编号: CAT-1', '编制部门: 某局', '版本: "1"', '编制日期: 2026-03-02', '部门负责人审核: {审批人: 张三, 审批日期: 2026-03-05}',
      '目录条目:', '  - 条目编号: A', '    数据目录名称: 甲', '    提供单位: 某局', '    数据项: [姓名]', '    数据格式: 数据库表',
      '    更新周期: 每日', '    共享属性: 有条件共享', '    共享方式: [服务接口]', '    使用条件: 仅限履职使用', '    共享范围: 省内', '    使用用途: 核验',
      '    数据分类: 社会保障', '    数据分级: 一般', '    不予共享依据: 《中华人民共和国统计法》第三十九条',
    ].join('\n'));
    expect(errors(flat)).toEqual([]);
  });

  it('leaves unknown keys to lint (a warning there), and gives each Chinese key a title and a description', () => {
    expect(errors({ 目录条目: [{ 数据更新频律: '每日' }] })).toEqual([]);
    const entry = zh.$defs.entry.properties;
    expect(entry['数据目录名称']).toMatchObject({ title: '数据目录名称' });
    expect(entry['数据目录名称'].description).toContain('“name”的中文键名');
    expect(entry['资源名称'].description).toContain('“数据目录名称”（name）的同义写法');
  });
});
