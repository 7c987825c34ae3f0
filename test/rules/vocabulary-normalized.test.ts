import rule from '../../src/rules/vocabulary-normalized.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const freq = doc({ entries: [{ update_frequency: '每 3 月' }] });
const share = doc({ entries: [{ share_type: '依申请共享' }] });
const open = doc({ entries: [{ open_type: '依申请开放' }] });
const openOld = doc({ entries: [{ open_type: 'non_open' }] });
const ITEMS = '[{name: 企业名称, type: 字符型C}, {name: 成立日期, type: 日期型D}]';
const types = doc({ entries: [{ items: ITEMS }] });
const method = doc({ entries: [{ share_method: '[接口调用, 库表交换]' }] });
const PI_ITEMS = '[{name: 姓名, type: string, personal_info: yes}]';
const yes = doc({ entries: [{ items: PI_ITEMS }] });
const na = doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'N/A' }] });
const notApplicable = doc({ entries: [{ share_type: 'non_shareable', share_method: '[none]', usage_conditions: '不适用', non_share: '{reason: 涉及个人隐私, legal_basis: 《中华人民共和国个人信息保护法》}' }] });

testRule(rule, {
  valid: [
    { name: 'canonical English terms', yaml: doc().yaml },
    { name: 'canonical Chinese terms are equivalents, not variants', yaml: doc({ entries: [{ share_type: '有条件共享', update_frequency: '每日', share_method: '[服务接口]' }] }).yaml },
    { name: 'unknown values are other rules’ findings', yaml: doc({ entries: [{ update_frequency: '每两周' }] }).yaml },
    { name: 'open-data wording is not read as a share type', yaml: doc({ entries: [{ share_type: '依申请开放' }] }).yaml },
    { name: 'canonical open-data classes', yaml: doc({ entries: [{ open_type: 'conditional_open' }, { open_type: '无条件开放' }] }).yaml },
    { name: '是 and 否 are the Chinese yes and no', yaml: doc({ entries: [{ personal_info: '是', items: '[{name: 姓名, type: string, personal_info: 是, sensitive: 否}]' }] }).yaml },
    { name: 'N/A stays a placeholder for a conditional entry (another rule’s finding)', yaml: doc({ entries: [{ usage_conditions: 'N/A' }] }).yaml },
  ],
  invalid: [
    { name: 'frequency variant with spaces', yaml: freq.yaml, errors: [{ messageId: 'mapped', ...freq.entry(0, 'update_frequency'), zh: '“每 3 月”按“每季度”理解', en: 'read "每 3 月" as "quarterly"' }] },
    { name: 'share type variant', yaml: share.yaml, errors: [{ messageId: 'mapped', ...share.entry(0, 'share_type'), zh: '“依申请共享”按“有条件共享”理解', en: 'read "依申请共享" as "conditional"' }] },
    { name: 'a yes written in English', yaml: yes.yaml, errors: [{ messageId: 'mapped', ...within(yes.entry(0, 'items'), PI_ITEMS, 'yes'), zh: '“yes”按“是”理解', en: 'read "yes" as "true"' }] },
    { name: 'N/A as the conditions of an unconditional entry: there are none', yaml: na.yaml, errors: [{ messageId: 'mapped', ...na.entry(0, 'usage_conditions'), zh: '“N/A”按“无”理解', en: 'read "N/A" as "none"' }] },
    { name: '不适用 as the conditions of a non-shareable entry', yaml: notApplicable.yaml, errors: [{ messageId: 'mapped', ...notApplicable.entry(0, 'usage_conditions'), zh: '“不适用”按“无”理解' }] },
    { name: 'open-data class variant 依申请开放', yaml: open.yaml, errors: [{ messageId: 'mapped', ...open.entry(0, 'open_type'), zh: '“依申请开放”按“有条件开放”理解', en: 'read "依申请开放" as "conditional_open"' }] },
    { name: 'open-data class in the former spelling non_open', yaml: openOld.yaml, errors: [{ messageId: 'mapped', ...openOld.entry(0, 'open_type'), zh: '按“不予开放”理解', en: '"not_open"' }] },
    {
      name: 'data types with their letter codes',
      yaml: types.yaml,
      errors: [
        { messageId: 'mapped', ...within(types.entry(0, 'items'), ITEMS, '字符型C'), en: 'read "字符型C" as "string"' },
        { messageId: 'mapped', ...within(types.entry(0, 'items'), ITEMS, '日期型D'), zh: '按“日期型”理解' },
      ],
    },
    {
      name: 'each listed share method',
      yaml: method.yaml,
      errors: [
        { messageId: 'mapped', ...within(method.entry(0, 'share_method'), '[接口调用, 库表交换]', '接口调用'), en: '"api"' },
        { messageId: 'mapped', ...within(method.entry(0, 'share_method'), '[接口调用, 库表交换]', '库表交换'), en: '"batch_exchange"' },
      ],
    },
  ],
});
