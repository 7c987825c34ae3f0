import { describe, it, expect } from 'vitest';
import rule from '../../src/rules/update-frequency-valid.js';
import { runRule, testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const uf = (update_frequency: string, extra: Record<string, string | null> = {}) => doc({ entries: [{ update_frequency, ...extra }] });
const biweekly = uf('每两周');
const schoolYear = uf('每学年');
const threeDays = uf('每 3 日');
const workingDays = uf('每10个工作日');
const semester = uf('每学期');
const twiceAYear = uf('一年两次');
const flood = uf('汛期每日');
const everyTwoWeeks = uf('every 2 weeks');
const biweeklyEn = uf('biweekly');
const sevenDays = uf('每7天');
const onceAYear = uf('一年一次');
const remark = uf('每月15日前');
const pending = uf('待定');
const none = uf('无');
const dash = uf("'-'");
const na = uf('N/A');
const depends = uf('看情况');
const abc = uf('abc');
const typoEn = uf('dialy');
const typoZh = uf('每季度度');
const notPeriodButTerm = uf('每月看情况');
const numeric = uf('12');
const listed = uf('[daily, weekly]');
const other = uf('other');
const otherZh = uf('其他', { update_frequency_detail: "''" });
const otherPh = uf('其它', { update_frequency_detail: '待定' });
const second = doc({ entries: [{}, { update_frequency: 'hourly' }] });

testRule(rule, {
  valid: [
    { name: 'daily', yaml: doc().yaml },
    { name: 'Chinese term', yaml: uf('每季度').yaml },
    { name: 'variant 每 3 月', yaml: uf('每 3 月').yaml },
    { name: 'variant 按需', yaml: uf('按需').yaml },
    { name: 'other with a detail', yaml: uf('other', { update_frequency_detail: '每10个工作日' }).yaml },
    { name: 'other with a period as detail', yaml: uf('其他', { update_frequency_detail: '每两周' }).yaml },
    { name: '其他 with a detail that contains 无', yaml: uf('其他', { update_frequency_detail: '无变化时不更新，有变化时实时更新' }).yaml },
    { name: 'missing frequency is entry-required-fields’ finding', yaml: doc({ entries: [{ update_frequency: null }] }).yaml },
  ],
  invalid: [
    {
      name: 'a period outside the vocabulary: 每两周',
      yaml: biweekly.yaml,
      errors: [{ messageId: 'period', ...biweekly.entry(0, 'update_frequency'), zh: '数据更新频率“每两周”（每 2 周）不在词表中：请写“其他”，并在 update_frequency_detail 中写明“每两周”', en: 'the update frequency "每两周" (every 2 weeks) is not a term of the vocabulary; write other and put "每两周" in update_frequency_detail' }],
    },
    { name: 'a period: 每学年', yaml: schoolYear.yaml, errors: [{ messageId: 'period', ...schoolYear.entry(0, 'update_frequency'), zh: '（每学年）', en: '(every school year)' }] },
    { name: 'a period: 每 3 日', yaml: threeDays.yaml, errors: [{ messageId: 'period', ...threeDays.entry(0, 'update_frequency'), zh: '“每 3 日”（每 3 日）', en: 'every 3 days' }] },
    { name: 'a period: 每10个工作日', yaml: workingDays.yaml, errors: [{ messageId: 'period', ...workingDays.entry(0, 'update_frequency'), en: 'every 10 working days' }] },
    { name: 'a period: 每学期', yaml: semester.yaml, errors: [{ messageId: 'period', ...semester.entry(0, 'update_frequency'), en: 'every semester' }] },
    { name: 'a period: 一年两次', yaml: twiceAYear.yaml, errors: [{ messageId: 'period', ...twiceAYear.entry(0, 'update_frequency'), zh: '每年 2 次', en: '2 times a year' }] },
    { name: 'a period with a season: 汛期每日', yaml: flood.yaml, errors: [{ messageId: 'period', ...flood.entry(0, 'update_frequency'), zh: '（汛期每日）', en: 'every day (汛期)' }] },
    { name: 'a period in English: every 2 weeks', yaml: everyTwoWeeks.yaml, errors: [{ messageId: 'period', ...everyTwoWeeks.entry(0, 'update_frequency'), en: '"every 2 weeks" (every 2 weeks)' }] },
    { name: 'a period in English: biweekly', yaml: biweeklyEn.yaml, errors: [{ messageId: 'period', ...biweeklyEn.entry(0, 'update_frequency'), en: 'every 2 weeks' }] },
    { name: 'a period that is a term: 每7天', yaml: sevenDays.yaml, errors: [{ messageId: 'periodTerm', ...sevenDays.entry(0, 'update_frequency'), zh: '“每7天”即“每周”，请直接写“每周”', en: '"每7天" is weekly; write weekly' }] },
    { name: 'a period that is a term: 一年一次', yaml: onceAYear.yaml, errors: [{ messageId: 'periodTerm', ...onceAYear.entry(0, 'update_frequency'), zh: '即“每年”' }] },
    { name: 'a term with a day: 每月15日前', yaml: remark.yaml, errors: [{ messageId: 'periodTerm', ...remark.entry(0, 'update_frequency'), zh: '即“每月”', en: 'a day or time can go in update_frequency_detail' }] },
    { name: 'placeholder 待定', yaml: pending.yaml, errors: [{ messageId: 'placeholder', ...pending.entry(0, 'update_frequency'), zh: '数据更新频率“待定”是占位内容，未写明更新频率（第十三条第二款要求明确数据更新频率）', en: 'the update frequency "待定" is a placeholder and states no frequency (Art. 13(2)' }] },
    { name: 'placeholder 无', yaml: none.yaml, errors: [{ messageId: 'placeholder', ...none.entry(0, 'update_frequency'), zh: '“无”是占位内容' }] },
    { name: 'placeholder -', yaml: dash.yaml, errors: [{ messageId: 'placeholder', ...dash.entry(0, 'update_frequency'), en: '"-" is a placeholder' }] },
    { name: 'placeholder N/A', yaml: na.yaml, errors: [{ messageId: 'placeholder', ...na.entry(0, 'update_frequency'), en: '"N/A" is a placeholder' }] },
    { name: 'neither a period nor a placeholder: 看情况', yaml: depends.yaml, errors: [{ messageId: 'invalid', ...depends.entry(0, 'update_frequency'), zh: '“看情况”无效，应为实时、每日、每周、每月、每季度、每半年、每年、不定期、其他之一；其他周期写“其他”', en: 'write other and explain it in update_frequency_detail' }] },
    { name: 'neither a period nor a placeholder: abc', yaml: abc.yaml, errors: [{ messageId: 'invalid', ...abc.entry(0, 'update_frequency'), en: '"abc"' }] },
    { name: 'English transposition', yaml: typoEn.yaml, errors: [{ messageId: 'invalidSuggest', ...typoEn.entry(0, 'update_frequency'), zh: '是否指“每日”', en: 'did you mean "daily"' }] },
    { name: 'Chinese typo', yaml: typoZh.yaml, errors: [{ messageId: 'invalidSuggest', ...typoZh.entry(0, 'update_frequency'), zh: '是否指“每季度”' }] },
    { name: 'a term with text that is no period', yaml: notPeriodButTerm.yaml, errors: [{ messageId: 'invalidSuggest', ...notPeriodButTerm.entry(0, 'update_frequency'), en: 'did you mean "monthly"' }] },
    { name: 'a number', yaml: numeric.yaml, errors: [{ messageId: 'invalid', ...numeric.entry(0, 'update_frequency'), en: '"12"' }] },
    { name: 'a list', yaml: listed.yaml, errors: [{ messageId: 'notText', ...listed.entry(0, 'update_frequency'), zh: '实际为列表' }] },
    { name: 'other without a detail: at the other', yaml: other.yaml, errors: [{ messageId: 'otherNeedsDetail', ...other.entry(0, 'update_frequency'), zh: '为“其他”，但未在 update_frequency_detail 中写明具体周期', en: 'has update frequency other' }] },
    { name: '其他 with a blank detail', yaml: otherZh.yaml, errors: [{ messageId: 'otherNeedsDetail', ...otherZh.entry(0, 'update_frequency_detail') }] },
    { name: 'variant 其它 with a placeholder detail', yaml: otherPh.yaml, errors: [{ messageId: 'detailPlaceholder', ...otherPh.entry(0, 'update_frequency_detail'), zh: '更新频率说明“待定”是占位内容' }] },
    { name: 'second entry only: hourly is a period', yaml: second.yaml, errors: [{ messageId: 'period', ...second.entry(1, 'update_frequency'), zh: '条目“企业登记基本信息2”', en: 'every hour' }] },
  ],
});

describe('update-frequency-valid severities', () => {
  const severity = (yaml: string) => runRule(rule, yaml).map((f) => f.severity);
  it('a stated period outside the vocabulary is a warning (the vocabulary is ours, not the law’s)', () => {
    for (const d of [biweekly, schoolYear, twiceAYear, flood, everyTwoWeeks, sevenDays, remark]) expect(severity(d.yaml)).toEqual(['warning']);
  });
  it('a frequency not stated (placeholder, or text that is no period) is an error', () => {
    for (const d of [pending, none, dash, na, depends, abc, typoEn, numeric]) expect(severity(d.yaml)).toEqual(['error']);
  });
  it('a profile that sets the rule to warning makes no finding harsher', () => {
    const found = runRule({ ...rule, severity: 'warning' }, pending.yaml);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
