// govcat convert: Chinese keys ↔ the canonical English form, with the same findings at the same lines, comments kept.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCatalogue } from '../../src/authoring/convert.js';
import { formatCatalogue } from '../../src/authoring/format.js';
import { lint } from '../../src/index.js';
import { govcat } from '../cli/run.js';

const AS_OF = '2026-12-05';
// Keys change length between the languages, so columns move; lines, rules and paths do not.
const brief = (text: string, file = 'c.yaml') =>
  lint(text, { file, asOf: AS_OF }).findings.map((f) => `${f.line} ${f.ruleId}/${f.messageId} ${f.path} ${f.severity}`).sort();
const unplaced = (text: string) => lint(text, { file: 'c.yaml', asOf: AS_OF }).findings.map((f) => `${f.ruleId}/${f.messageId} ${f.path} ${f.severity}`).sort();

const corpus = [
  ['samples/catalogue.yaml', readFileSync('samples/catalogue.yaml', 'utf8')],
  ['samples/violations.yaml', readFileSync('samples/violations.yaml', 'utf8')],
  ...readdirSync('test/fixtures/realistic').filter((f) => f.endsWith('.yaml') && !f.endsWith('.key.yaml')).map((f) => [f, readFileSync(`test/fixtures/realistic/${f}`, 'utf8')]),
] as const;

describe('govcat convert', () => {
  it.each(corpus)('%s: to Chinese keys and back — the same findings, the two forms line for line, and back to the same text', (_, text) => {
    const zh = convertCatalogue(text, 'c.yaml', 'zh').output;
    expect(zh).toMatch(/目录条目:/);
    expect(unplaced(zh)).toEqual(unplaced(text));
    const en = convertCatalogue(zh, 'c.yaml', 'en').output;
    expect(brief(en)).toEqual(brief(zh));
    expect(convertCatalogue(en, 'c.yaml', 'zh').output).toBe(zh);
    // Both forms come out in the canonical key order: a file already in it keeps every finding on its line.
    expect(formatCatalogue(en, 'c.yaml').output).toBe(en);
    if (formatCatalogue(text, 'c.yaml').output === text) expect(brief(zh)).toEqual(brief(text));
  });

  it('writes the canonical key order, to either form', () => {
    const text = 'entries:\n  - share_type: unconditional\n    id: A-1\ncatalogue:\n  approval: {date: 2026-03-05, approver: 张三}\n  assessments: {}\n  id: C\n';
    const en = convertCatalogue(text, 'c.yaml', 'en').output;
    expect(en).toBe('govcat: 1\ncatalogue:\n  id: C\n  assessments: {}\n  approval: {approver: 张三, date: 2026-03-05}\nentries:\n  - id: A-1\n    share_type: unconditional\n');
    expect(convertCatalogue(text, 'c.yaml', 'zh').output.split('\n').map((l) => l.replace(/[^ -].*/, ''))).toEqual(en.split('\n').slice(1).map((l) => l.replace(/[^ -].*/, '')));
  });

  it('keeps comments, and swaps the schema modeline', () => {
    const text = readFileSync('samples/catalogue.yaml', 'utf8');
    const zh = convertCatalogue(text, 'c.yaml', 'zh').output;
    expect(zh).toContain('$schema=../schemas/catalogue.zh.schema.json');
    expect(zh).toContain('# 第十三条第一款：开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。');
    expect(zh).toContain('统一社会信用代码: "11110000MB1957J40W" # 统一社会信用代码加引号');
    expect(convertCatalogue(zh, 'c.yaml', 'en').output).toContain('$schema=../schemas/catalogue.schema.json');
  });

  it('a header field above catalogue: joins it; one field written under two names is refused, naming it (exit 2)', () => {
    const en = convertCatalogue('govcat: 1\nprofile: hubei\ncatalogue:\n  id: C\nentries: []\n', 'c.yaml', 'en').output;
    expect(en).toBe('govcat: 1\ncatalogue:\n  id: C\n  profile: hubei\nentries: []\n');
    const twice = '目录编号: C\n目录条目:\n  - 条目编号: A\n    更新周期: 每月\n    update_frequency: daily\n';
    expect(() => convertCatalogue(twice, 'c.yaml', 'en')).toThrow('converted, "update_frequency" would appear twice in one mapping');
    const r = govcat(['convert', 'test/fixtures/zh/fj-yjglt.yaml', '--to', 'zh', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govcat: test/fixtures/zh/fj-yjglt.yaml: 转换后“数据目录名称”会在同一映射中出现两次（同一字段用两个名称各写了一次），未写出；请先删去其中一个\n');
  });

  it('nests a flat catalogue as officers write it, with the same findings', () => {
    const flat = [
      '# 湖北省某厅政务数据目录',
      '目录编号: CAT-420000-X', '编制部门: 湖北省某厅', '版本: "1"', '编制日期: 2026-03-02',
      '部门负责人审核: {审批人: 张三, 审批日期: 2026-03-05}',
      '保密风险评估: {评估状态: 已完成, 完成日期: 2026-02-20, 评估结论: 经评估风险可控}',
      '目录条目:',
      '  - 条目编号: A-1', '    数据目录名称: 甲', '    提供单位: 湖北省某厅', '    数据项: [姓名, 单位]',
      '    数据格式: 数据库表', '    更新周期: 每两周', '    共享属性: 有条件共享', '    共享方式: 服务接口',
      '    使用条件: 仅限履职使用', '    共享范围: 省内各级部门', '    使用用途: 待定', '    数据分类: 社会保障', '    数据分级: 一般', '',
    ].join('\n');
    const en = convertCatalogue(flat, 'c.yaml', 'en').output;
    expect(en).toContain('catalogue:\n  # 湖北省某厅政务数据目录\n  id: CAT-420000-X');
    expect(en).toMatch(/usage_conditions:\n\s+scope: 省内各级部门\n\s+purpose: 待定\n\s+requirements: 仅限履职使用/);
    expect(unplaced(en)).toEqual(unplaced(flat));
    const zh = convertCatalogue(en, 'c.yaml', 'zh').output;
    expect(unplaced(zh)).toEqual(unplaced(flat));
    expect(brief(zh)).toEqual(brief(en));
  });

  it('on random mixes of English and Chinese keys: the same findings, to either form', () => {
    const FIELDS: [string, string, string[]][] = [
      ['name', '数据目录名称', ['甲', '待定', '企业登记信息']],
      ['provider', '提供单位', ['某局', '{name: 某局}', '{提供单位名称: 某局, 统一社会信用代码: "11110000000013127H"}']],
      ['update_frequency', '数据更新频率', ['daily', '每日', '每两周', '每 3 月', '待定']],
      ['share_type', '共享属性', ['conditional', '有条件共享', 'non_shareable', '依申请开放', 'unconditional']],
      ['share_method', '共享方式', ['[api]', '[服务接口, 批量交换]', 'none', '无']],
      ['usage_conditions', '使用条件', ['none', '无', 'N/A', '{scope: 甲, purpose: 乙}', '{共享范围: 甲, 使用用途: 待定}']],
      ['format', '数据格式', ['{kind: file}', '数据库表', '{格式类型: 接口, 格式说明: REST}']],
      ['classification', '数据分类分级', ['{category: 甲, level: general}', '一般数据', '{数据类别: 乙, 数据级别: 重要}']],
      ['items', '数据项', ['[{name: 姓名, type: string, personal_info: true}]', '[姓名]', '[{数据项名称: 单位, 数据类型: 字符型}]']],
    ];
    const entry = fc.tuple(...FIELDS.map(([en, zh, values]) => fc.tuple(fc.boolean(), fc.constantFrom(...values), fc.boolean()).map(([chinese, v, present]) => (present ? `    ${chinese ? zh : en}: ${v}` : ''))));
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), fc.boolean(), (entries, flatHeader) => {
      const header = flatHeader ? '目录编号: C\n编制部门: 某局\n版本: "1"\n编制日期: 2026-03-02\n' : 'govcat: 1\ncatalogue:\n  id: C\n  department: {name: 某局}\n  version: "1"\n  compiled_at: 2026-03-02\n';
      const text = `${header}${flatHeader ? '目录条目' : 'entries'}:\n${entries.map((lines, i) => `  - id: E${i}\n${lines.filter(Boolean).join('\n')}`).join('\n')}\n`.replace(/\n\n+/g, '\n');
      const want = unplaced(text);
      const en = convertCatalogue(text, 'c.yaml', 'en').output;
      const zh = convertCatalogue(text, 'c.yaml', 'zh').output;
      expect(unplaced(en)).toEqual(want);
      expect(unplaced(zh)).toEqual(want);
      expect(brief(convertCatalogue(en, 'c.yaml', 'zh').output)).toEqual(brief(en));
    }), { numRuns: 200 });
  });
});
