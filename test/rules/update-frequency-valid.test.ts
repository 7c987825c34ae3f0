import rule from '../../src/rules/update-frequency-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const uf = (update_frequency: string, extra: Record<string, string | null> = {}) => doc({ entries: [{ update_frequency, ...extra }] });
const unknown = uf('每两周');
const typoEn = uf('dialy');
const typoZh = uf('每季度度');
const remark = uf('每月15日前');
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
    { name: '其他 with a detail that contains 无', yaml: uf('其他', { update_frequency_detail: '无变化时不更新，有变化时实时更新' }).yaml },
    { name: 'missing frequency is entry-required-fields’ finding', yaml: doc({ entries: [{ update_frequency: null }] }).yaml },
  ],
  invalid: [
    {
      name: 'unknown period',
      yaml: unknown.yaml,
      errors: [{ messageId: 'invalid', ...unknown.entry(0, 'update_frequency'), zh: '“每两周”无效，应为实时、每日、每周、每月、每季度、每半年、每年、不定期、其他之一；其他周期写“其他”', en: 'write other and explain it in update_frequency_detail' }],
    },
    { name: 'English transposition', yaml: typoEn.yaml, errors: [{ messageId: 'invalidSuggest', ...typoEn.entry(0, 'update_frequency'), zh: '是否指“每日”', en: 'did you mean "daily"' }] },
    { name: 'Chinese typo', yaml: typoZh.yaml, errors: [{ messageId: 'invalidSuggest', ...typoZh.entry(0, 'update_frequency'), zh: '是否指“每季度”' }] },
    { name: 'a term with a remark', yaml: remark.yaml, errors: [{ messageId: 'invalidSuggest', ...remark.entry(0, 'update_frequency'), en: 'did you mean "monthly"' }] },
    { name: 'a number', yaml: numeric.yaml, errors: [{ messageId: 'invalid', ...numeric.entry(0, 'update_frequency'), en: '"12"' }] },
    { name: 'a list', yaml: listed.yaml, errors: [{ messageId: 'notText', ...listed.entry(0, 'update_frequency'), zh: '实际为列表' }] },
    { name: 'other without a detail: at the entry', yaml: other.yaml, errors: [{ messageId: 'otherNeedsDetail', ...other.entry(0), zh: '为“其他”，但未在 update_frequency_detail 中写明具体周期', en: 'has update frequency other' }] },
    { name: '其他 with a blank detail', yaml: otherZh.yaml, errors: [{ messageId: 'otherNeedsDetail', ...otherZh.entry(0, 'update_frequency_detail') }] },
    { name: 'variant 其它 with a placeholder detail', yaml: otherPh.yaml, errors: [{ messageId: 'detailPlaceholder', ...otherPh.entry(0, 'update_frequency_detail'), zh: '更新频率说明“待定”是占位内容' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'invalid', ...second.entry(1, 'update_frequency'), zh: '条目“企业登记基本信息2”' }] },
  ],
});
