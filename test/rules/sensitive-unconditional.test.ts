import { describe, it, expect } from 'vitest';
import rule from '../../src/rules/sensitive-unconditional.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const UN = { share_type: 'unconditional', usage_conditions: 'none' };
const important = doc({ entries: [{ ...UN, classification: '{category: 市场监管, level: important}' }] });
const core = doc({ entries: [{ ...UN, share_type: '无条件共享', classification: '{category: 市场监管, level: 核心数据}' }] });
const PI = '[{name: 统一社会信用代码, type: string}, {name: 法定代表人姓名, type: string, personal_info: true}, {name: 身份证号, type: string, personal_info: true}]';
const pi = doc({ entries: [{ ...UN, items: PI }] });
const MANY = '[{name: 姓名, personal_info: true}, {name: 身份证号, personal_info: true}, {personal_info: true}, {name: 住址, personal_info: true}, {name: 电话, personal_info: true}]';
const many = doc({ entries: [{ ...UN, items: MANY }] });
const bothPi = doc({ entries: [{ ...UN, items: PI, classification: '{category: 市场监管, level: 重要}' }] });
const variant = doc({ entries: [{ ...UN, share_type: '普遍共享', classification: '{category: 市场监管, level: core}' }] });
const second = doc({ entries: [{}, { ...UN, classification: '{category: 市场监管, level: important}' }] });
const entryFlag = doc({ entries: [{ ...UN, personal_info: 'true' }] });
const entryYes = doc({ entries: [{ ...UN, personal_info: '是' }] });
const entryAndItems = doc({ entries: [{ ...UN, personal_info: 'true', items: PI }] });

testRule(rule, {
  valid: [
    { name: 'general data, unconditional', yaml: doc({ entries: [UN] }).yaml },
    { name: 'important data, conditional', yaml: doc({ entries: [{ classification: '{category: 市场监管, level: important}' }] }).yaml },
    { name: 'personal information, conditional', yaml: doc({ entries: [{ items: PI }] }).yaml },
    { name: 'personal_info false or not a boolean', yaml: doc({ entries: [{ ...UN, items: "[{name: 姓名, personal_info: false}, {name: 电话, personal_info: 'no'}]" }] }).yaml },
    { name: 'items not a list', yaml: doc({ entries: [{ ...UN, items: '{name: 姓名, personal_info: true}' }] }).yaml },
    { name: 'entry personal_info, conditional', yaml: doc({ entries: [{ personal_info: 'true' }] }).yaml },
    { name: 'entry personal_info false', yaml: doc({ entries: [{ ...UN, personal_info: 'false' }] }).yaml },
    { name: 'option levels: core only', options: { levels: ['core'] }, yaml: doc({ entries: [{ ...UN, classification: '{category: 市场监管, level: important}' }] }).yaml },
  ],
  invalid: [
    { name: 'important data unconditional', yaml: important.yaml, errors: [{ messageId: 'graded', ...important.entry(0, 'share_type'), zh: '为重要数据，却标为无条件共享', en: 'holds important data yet is marked unconditional' }] },
    { name: 'core data in Chinese', yaml: core.yaml, errors: [{ messageId: 'graded', ...core.entry(0, 'share_type'), zh: '为核心数据' }] },
    { name: 'personal information items', yaml: pi.yaml, errors: [{ messageId: 'personalInfo', ...pi.entry(0, 'share_type'), zh: '含个人信息数据项（法定代表人姓名、身份证号）', en: '(法定代表人姓名, 身份证号)' }] },
    { name: 'many personal information items are abbreviated', yaml: many.yaml, errors: [{ messageId: 'personalInfo', ...many.entry(0, 'share_type'), zh: '（姓名、身份证号、#3等 5 项）', en: '(姓名, 身份证号, #3 and 2 more)' }] },
    {
      name: 'both reasons: two findings',
      yaml: bothPi.yaml,
      errors: [
        { messageId: 'graded', ...bothPi.entry(0, 'share_type') },
        { messageId: 'personalInfo', ...bothPi.entry(0, 'share_type') },
      ],
    },
    { name: 'personal_info: true on the entry', yaml: entryFlag.yaml, errors: [{ messageId: 'personalInfoEntry', ...entryFlag.entry(0, 'share_type'), zh: '条目“企业登记基本信息”标注涉及个人信息，却标为无条件共享；请核实共享属性，一般应为有条件共享', en: 'entry "企业登记基本信息" is marked as involving personal information yet is marked unconditional' }] },
    { name: 'personal_info: 是 on the entry', yaml: entryYes.yaml, errors: [{ messageId: 'personalInfoEntry', ...entryYes.entry(0, 'share_type') }] },
    { name: 'entry flag and items: one finding, naming the items', yaml: entryAndItems.yaml, errors: [{ messageId: 'personalInfo', ...entryAndItems.entry(0, 'share_type'), en: '(法定代表人姓名, 身份证号)' }] },
    { name: 'share type variant 普遍共享', yaml: variant.yaml, errors: [{ messageId: 'graded', ...variant.entry(0, 'share_type'), en: 'core' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'graded', ...second.entry(1, 'share_type'), zh: '条目“企业登记基本信息2”' }] },
  ],
});

describe('sensitive-unconditional is a warning, and says why', () => {
  it('is a warning: the Decree has no outright ban on sharing important data or personal information unconditionally', () => {
    expect(rule.severity).toBe('warning');
    expect(rule.docs.details.zh).toMatch(/为什么只是警告：条例没有禁止无条件共享重要数据或个人信息/);
    expect(rule.docs.details.en).toMatch(/Why only a warning: the Decree does not forbid sharing important data or personal information unconditionally/);
  });
});

// MIIT: only an entry unconditional both ways is "unconditional"; the finding points at the first attribute.
const MIIT = ['internal_share_type', 'external_share_type'];
const importantBoth = doc({ entries: [{ share_type: null, internal_share_type: 'unconditional', external_share_type: 'unconditional', usage_conditions: 'none', classification: '{category: 运行监测, level: important}' }] });

testRule(rule, {
  valid: [
    { name: 'MIIT: important data unconditional inside only', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'unconditional', external_share_type: 'conditional', classification: '{category: 运行监测, level: important}' }] }).yaml },
  ],
  invalid: [
    { name: 'MIIT: important data unconditional both ways', shareAttributes: MIIT, yaml: importantBoth.yaml, errors: [{ messageId: 'graded', ...importantBoth.entry(0, 'internal_share_type') }] },
  ],
});
