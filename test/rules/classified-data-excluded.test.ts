import rule from '../../src/rules/classified-data-excluded.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const at = (classification: string) => doc({ entries: [{ classification }] });
const C1 = '{category: 公安/案件, level: 涉密}';
const shemi = at(C1);
const C2 = '{category: 公安/案件, level: 工作秘密}';
const work = at(C2);
const C3 = '{category: 公安/案件, level: 机密}';
const jimi = at(C3);
const C4 = '{category: 公安/案件, level: state_secret}';
const en = at(C4);
const C5 = '{category: 公安/案件, level: important, secrecy: 国家秘密}';
const mark = at(C5);
const C6 = '{category: 公安/案件, level: general, secrecy: work_secret}';
const markEn = at(C6);
const C7 = '{category: 公安/案件, level: 绝密, secrecy: 涉密}';
const both = at(C7);
const bare = at('涉密');
const second = doc({ entries: [{}, { classification: '{category: 公安, level: 秘密}' }] });

testRule(rule, {
  valid: [
    { name: 'ordinary grade', yaml: doc().yaml },
    { name: 'secrecy none', yaml: at('{category: 公安, level: general, secrecy: none}').yaml },
    { name: 'secrecy 非涉密 and 不涉密', yaml: doc({ entries: [{ classification: '{category: 公安, level: 一般, secrecy: 非涉密}' }, { classification: '{category: 公安, level: 一般, secrecy: 不涉密}' }] }).yaml },
    { name: 'a category that merely mentions secrets', yaml: at('{category: 保密管理/涉密人员培训统计, level: general}').yaml },
    { name: 'unknown grade is classification-valid’s finding', yaml: at('{category: 公安, level: 三级}').yaml },
    { name: 'classification a non-secret string', yaml: at('一般').yaml },
  ],
  invalid: [
    { name: '涉密 as the level', yaml: shemi.yaml, errors: [{ messageId: 'secretLevel', ...within(shemi.entry(0, 'classification'), C1, '涉密'), zh: '数据级别为“涉密”，属于国家秘密；此类数据不属于政务数据', en: 'graded "涉密", i.e. a state secret' }] },
    { name: '工作秘密 as the level', yaml: work.yaml, errors: [{ messageId: 'secretLevel', ...within(work.entry(0, 'classification'), C2, '工作秘密'), zh: '属于工作秘密', en: 'a work secret' }] },
    { name: '机密 as the level', yaml: jimi.yaml, errors: [{ messageId: 'secretLevel', ...within(jimi.entry(0, 'classification'), C3, '机密'), zh: '“机密”' }] },
    { name: 'state_secret as the level', yaml: en.yaml, errors: [{ messageId: 'secretLevel', ...within(en.entry(0, 'classification'), C4, 'state_secret'), en: 'must not be catalogued for sharing' }] },
    { name: 'secrecy mark 国家秘密', yaml: mark.yaml, errors: [{ messageId: 'secretMark', ...within(mark.entry(0, 'classification'), C5, '国家秘密'), zh: '标记为国家秘密', en: 'marked as a state secret' }] },
    { name: 'secrecy mark work_secret', yaml: markEn.yaml, errors: [{ messageId: 'secretMark', ...within(markEn.entry(0, 'classification'), C6, 'work_secret'), zh: '标记为工作秘密' }] },
    {
      name: 'level and mark both: two findings',
      yaml: both.yaml,
      errors: [
        { messageId: 'secretLevel', ...within(both.entry(0, 'classification'), C7, '绝密') },
        { messageId: 'secretMark', ...within(both.entry(0, 'classification'), C7, '涉密}') },
      ],
    },
    { name: 'a bare secrecy word as the classification', yaml: bare.yaml, errors: [{ messageId: 'secretLevel', ...bare.entry(0, 'classification'), zh: '“涉密”' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'secretLevel', ...within(second.entry(1, 'classification'), '{category: 公安, level: 秘密}', '秘密'), zh: '条目“企业登记基本信息2”' }] },
  ],
});
