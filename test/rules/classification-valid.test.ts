import rule from '../../src/rules/classification-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const cls = (classification: string) => doc({ entries: [{ classification }] });
const C1 = '{level: general}';
const noCategory = cls(C1);
const C2 = "{category: '  ', level: }";
const blanks = cls(C2);
const noLevel = cls('{category: 市场监管/市场主体}');
const C3 = '{category: 市场监管/市场主体, level: 三级}';
const grade = cls(C3);
const C4 = '{category: 市场监管/市场主体, level: importnat}';
const typo = cls(C4);
const C5 = '{category: 市场监管/市场主体, level: 2}';
const numeric = cls(C5);
const C6 = '{category: 市场监管/市场主体, level: 非涉密}';
const notSecret = cls(C6);
const text = cls('一般');
const listed = cls('[市场监管, general]');
const second = doc({ entries: [{}, { classification: '{category: 市场监管, level: 低}' }] });

testRule(rule, {
  valid: [
    { name: 'category and general', yaml: doc().yaml },
    { name: 'Chinese levels', yaml: doc({ entries: [{ classification: '{category: 市场监管, level: 重要}' }, { classification: '{category: 市场监管, level: 核心}' }] }).yaml },
    { name: 'variant 一般数据', yaml: cls('{category: 市场监管, level: 一般数据}').yaml },
    { name: 'secrecy words are classified-data-excluded’s findings', yaml: doc({ entries: [{ classification: '{category: 公安, level: 涉密}' }, { classification: '{category: 公安, level: 工作秘密}' }, { classification: '{category: 公安, level: state_secret}' }, { classification: '{category: 公安, level: 绝密}' }] }).yaml },
    { name: 'secrecy mark beside a valid level', yaml: cls('{category: 公安, level: general, secrecy: none}').yaml },
    { name: 'missing classification is entry-required-fields’ finding', yaml: doc({ entries: [{ classification: null }] }).yaml },
    { name: 'a numeric category is real text', yaml: cls('{category: 1001, level: general}').yaml },
  ],
  invalid: [
    { name: 'category missing: at the mapping', yaml: noCategory.yaml, errors: [{ messageId: 'noCategory', ...noCategory.entry(0, 'classification'), zh: '未写明数据类别', en: 'does not state its data category' }] },
    {
      name: 'blank category and empty level: at the values',
      yaml: blanks.yaml,
      errors: [
        { messageId: 'noCategory', ...within(blanks.entry(0, 'classification'), C2, "'  '") },
        { messageId: 'noLevel', ...within(blanks.entry(0, 'classification'), C2, 'level'), zh: '应为一般、重要、核心之一' },
      ],
    },
    { name: 'level missing', yaml: noLevel.yaml, errors: [{ messageId: 'noLevel', ...noLevel.entry(0, 'classification'), en: 'expected one of general, important, core' }] },
    { name: 'a grade from another scheme', yaml: grade.yaml, errors: [{ messageId: 'invalidLevel', ...within(grade.entry(0, 'classification'), C3, '三级'), zh: '数据级别“三级”无效，应为一般、重要、核心之一' }] },
    { name: 'English typo', yaml: typo.yaml, errors: [{ messageId: 'invalidLevelSuggest', ...within(typo.entry(0, 'classification'), C4, 'importnat'), zh: '是否指“重要”', en: 'did you mean "important"' }] },
    { name: 'a number', yaml: numeric.yaml, errors: [{ messageId: 'invalidLevel', ...within(numeric.entry(0, 'classification'), C5, '2}'), en: '"2"' }] },
    { name: '非涉密 is a secrecy mark, not a level', yaml: notSecret.yaml, errors: [{ messageId: 'invalidLevel', ...within(notSecret.entry(0, 'classification'), C6, '非涉密') }] },
    // A plain grade is read as the level (数据分类分级: 一般); the category (分类) is still due.
    { name: 'a bare level is the level; the category is missing', yaml: text.yaml, errors: [{ messageId: 'noCategory', ...text.entry(0, 'classification'), zh: '未写明数据类别' }] },
    { name: 'a list instead of a mapping', yaml: listed.yaml, errors: [{ messageId: 'notMapping', ...listed.entry(0, 'classification'), en: 'not a list' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'invalidLevel', ...within(second.entry(1, 'classification'), '{category: 市场监管, level: 低}', '低'), zh: '条目“企业登记基本信息2”' }] },
  ],
});
