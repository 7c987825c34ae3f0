// Catalogues as officers write them → the canonical shape, with the path each node was written at.
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { shapeCatalogue } from '../../src/core/shape.js';
import { KEYS, lookupKey } from '../../src/core/keys.js';
import type { JsonObject } from '../../src/core/types.js';

const shape = (yaml: string) => shapeCatalogue(load(yaml) as JsonObject);

describe('shapeCatalogue', () => {
  it('leaves a canonical catalogue as it is: same objects, same paths', () => {
    const raw = load('govcat: 1\ncatalogue: {id: C, department: {name: 某局}}\nentries: [{id: A, name: 甲, provider: {name: 某局}}]\n') as JsonObject;
    const s = shapeCatalogue(raw);
    expect(s.data).toBe(raw);
    expect(s.keyStyle).toBe('en');
    expect(s.sourcePath(['entries', 0, 'provider', 'name'])).toEqual(['entries', 0, 'provider', 'name']);
    expect(s.sourcePath(['entries', 0, 'share_type'])).toEqual(['entries', 0, 'share_type']);
  });

  it('reads a flat, Chinese-keyed header and entries under 目录条目', () => {
    const s = shape('目录编号: C\n编制部门: 某局\n版本: "1"\n编制日期: 2026-03-02\n部门负责人审核: {审批人: 张三, 审批人职务: 局长, 审批日期: 2026-03-05}\n目录条目:\n  - 条目编号: A\n    数据目录名称: 甲\n');
    expect(s.keyStyle).toBe('zh');
    expect(s.data).toEqual({
      catalogue: { id: 'C', department: { name: '某局' }, version: '1', compiled_at: '2026-03-02', approval: { approver: '张三', title: '局长', date: '2026-03-05' } },
      entries: [{ id: 'A', name: '甲' }],
    });
    expect(s.sourcePath(['catalogue', 'department', 'name'])).toEqual(['编制部门']);
    expect(s.sourcePath(['catalogue', 'approval', 'date'])).toEqual(['部门负责人审核', '审批日期']);
    expect(s.sourcePath(['entries', 0, 'name'])).toEqual(['目录条目', 0, '数据目录名称']);
    // A missing field points at the mapping that lacks it, as written.
    expect(s.sourcePath(['entries', 0, 'share_type'])).toEqual(['目录条目', 0]);
    expect(s.sourcePath(['catalogue'])).toEqual([]);
  });

  it('wraps plain values where a mapping belongs', () => {
    const s = shape('目录条目:\n  - 提供单位: 某局\n    数据格式: 数据库表\n    数据分类分级: 一般数据\n    数据项: [姓名, 证件号码]\n  - 数据分类分级: 市场监管/市场主体\n');
    const [a, b] = (s.data.entries as JsonObject[]);
    expect(a).toEqual({ provider: { name: '某局' }, format: { kind: '数据库表' }, classification: { level: '一般数据' }, items: [{ name: '姓名' }, { name: '证件号码' }] });
    expect(b).toEqual({ classification: { category: '市场监管/市场主体' } });
    expect(s.sourcePath(['entries', 0, 'provider', 'name'])).toEqual(['目录条目', 0, '提供单位']);
    expect(s.sourcePath(['entries', 0, 'provider', 'code'])).toEqual(['目录条目', 0, '提供单位']);
    expect(s.sourcePath(['entries', 0, 'items', 1, 'name'])).toEqual(['目录条目', 0, '数据项', 1]);
  });

  it('nests flat fields: 共享范围 and 使用用途 beside the entry, 使用条件 as text becomes the requirements, in either order', () => {
    for (const yaml of [
      '目录条目:\n  - 使用条件: 仅限履职使用\n    共享范围: 省内各级部门\n    使用用途: 资格核验\n',
      '目录条目:\n  - 共享范围: 省内各级部门\n    使用用途: 资格核验\n    使用条件: 仅限履职使用\n',
    ]) {
      const s = shape(yaml);
      expect((s.data.entries as JsonObject[])[0]).toEqual({ usage_conditions: { scope: '省内各级部门', purpose: '资格核验', requirements: '仅限履职使用' } });
      expect(s.sourcePath(['entries', 0, 'usage_conditions', 'purpose'])).toEqual(['目录条目', 0, '使用用途']);
      expect(s.sourcePath(['entries', 0, 'usage_conditions', 'requirements'])).toEqual(['目录条目', 0, '使用条件']);
    }
  });

  it('nests 不予共享理由 and 不予共享依据, 数据分类 and 数据分级, flat assessments', () => {
    const s = shape('保密风险评估: {评估状态: 已完成, 完成日期: 2026-02-20, 评估结论: 风险可控, 报告文号: 某评〔2026〕1号}\n目录条目:\n  - 不予共享理由: 涉及隐私\n    不予共享依据: [《中华人民共和国统计法》第三十九条]\n    数据分类: 统计/调查\n    数据分级: 重要\n');
    expect(s.data.catalogue).toEqual({ assessments: { confidentiality_risk: { status: '已完成', date: '2026-02-20', conclusion: '风险可控', report: '某评〔2026〕1号' } } });
    expect((s.data.entries as JsonObject[])[0]).toEqual({ non_share: { reason: '涉及隐私', legal_basis: ['《中华人民共和国统计法》第三十九条'] }, classification: { category: '统计/调查', level: '重要' } });
    expect(s.sourcePath(['entries', 0, 'non_share', 'legal_basis', 0])).toEqual(['目录条目', 0, '不予共享依据', 0]);
    expect(s.sourcePath(['catalogue', 'assessments', 'confidentiality_risk', 'date'])).toEqual(['保密风险评估', '完成日期']);
  });

  it('mixes English and Chinese keys freely, at every level, and merges flat header fields into a written catalogue', () => {
    const s = shape('govcat: 1\ncatalogue:\n  id: C\n  编制部门: {name: 某局, 统一社会信用代码: X}\n版本: "2"\nentries:\n  - id: A\n    共享属性: conditional\n    usage_conditions: {scope: 甲, 使用用途: 乙}\n');
    expect(s.data).toEqual({
      govcat: 1,
      catalogue: { id: 'C', department: { name: '某局', code: 'X' }, version: '2' },
      entries: [{ id: 'A', share_type: 'conditional', usage_conditions: { scope: '甲', purpose: '乙' } }],
    });
    expect(s.sourcePath(['catalogue', 'version'])).toEqual(['版本']);
    expect(s.sourcePath(['catalogue', 'id'])).toEqual(['catalogue', 'id']);
    expect(s.sourcePath(['catalogue', 'department', 'code'])).toEqual(['catalogue', '编制部门', '统一社会信用代码']);
    expect(s.sourcePath(['entries', 0, 'usage_conditions', 'purpose'])).toEqual(['entries', 0, 'usage_conditions', '使用用途']);
  });

  it('keeps a field written twice under two names aside, and says so', () => {
    const s = shape('entries:\n  - name: 甲\n    数据目录名称: 乙\n');
    expect((s.data.entries as JsonObject[])[0]).toEqual({ name: '甲', 数据目录名称: '乙' });
    expect(s.duplicates).toEqual([{ path: ['entries', 0, '数据目录名称'], key: 'name', first: ['entries', 0, 'name'], written: '数据目录名称' }]);
  });

  it('leaves unknown keys (typos) where they are, for unknown-field', () => {
    const s = shape('目录条目:\n  - 数据更新频律: 每日\n    数据目录名称: 甲\n');
    expect((s.data.entries as JsonObject[])[0]).toEqual({ 数据更新频律: '每日', name: '甲' });
    expect(s.sourcePath(['entries', 0, '数据更新频律'])).toEqual(['目录条目', 0, '数据更新频律']);
  });

  it('keys are matched without spaces, full-width forms or notes in brackets', () => {
    expect(lookupKey('entry', '数据目录名称（必填）')?.key).toBe('name');
    expect(lookupKey('entry', ' 数据 目录名称 ')?.key).toBe('name');
    expect(lookupKey('entry', 'name')?.key).toBe('name');
    expect(lookupKey('entry', '__proto__')).toBeUndefined();
  });
});

describe('the key vocabulary', () => {
  it('gives every key a Chinese name, and no name means two fields of one place', () => {
    for (const [context, specs] of Object.entries(KEYS)) {
      const seen = new Map<string, string>();
      for (const s of specs) {
        expect(s.zh.length, `${context}.${s.key}`).toBeGreaterThan(0);
        for (const name of s.zh) {
          const other = seen.get(name);
          expect(other === undefined || other === s.key, `${context}: ${name} names ${other} and ${s.key}`).toBe(true);
          seen.set(name, s.key);
        }
      }
    }
  });
});

describe('shapeCatalogue, whatever the order officers write fields in', () => {
  it('a flat field first, then the plain value of its mapping: one mapping, no duplicate', () => {
    for (const [yaml, want] of [
      ['目录条目:\n  - 格式说明: REST\n    数据格式: 接口\n', { format: { detail: 'REST', kind: '接口' } }],
      ['目录条目:\n  - 数据分类: 统计\n    数据分类分级: 一般数据\n', { classification: { category: '统计', level: '一般数据' } }],
      ['目录条目:\n  - 不予共享依据: [《中华人民共和国统计法》]\n    不予共享: 涉及隐私\n', { non_share: { legal_basis: ['《中华人民共和国统计法》'], reason: '涉及隐私' } }],
    ] as const) {
      const s = shape(yaml);
      expect((s.data.entries as JsonObject[])[0], yaml).toEqual(want);
      expect(s.duplicates, yaml).toEqual([]);
    }
    // A mapping written out in full and the same field again: written twice, the first kept.
    expect(shape('目录条目:\n  - format: {detail: REST}\n    数据格式: 接口\n').duplicates.map((d) => d.written)).toEqual(['数据格式']);
    const s = shape('目录条目:\n  - 格式说明: REST\n    数据格式: 接口\n');
    expect(s.sourcePath(['entries', 0, 'format', 'kind'])).toEqual(['目录条目', 0, '数据格式']);
    expect(s.sourcePath(['entries', 0, 'format', 'detail'])).toEqual(['目录条目', 0, '格式说明']);
  });

  it('the English key written after its Chinese name: the first is kept, the second set aside', () => {
    const s = shape('目录条目:\n  - 更新周期: 每月\n    update_frequency: 每两周\n');
    expect((s.data.entries as JsonObject[])[0]).toEqual({ update_frequency: '每月', 'update_frequency (2)': '每两周' });
    expect(s.duplicates).toEqual([{ path: ['目录条目', 0, 'update_frequency (2)'], key: 'update_frequency', first: ['目录条目', 0, '更新周期'], written: 'update_frequency' }]);
    expect(s.sourcePath(['entries', 0, 'update_frequency (2)'])).toEqual(['目录条目', 0, 'update_frequency']);
  });
});
