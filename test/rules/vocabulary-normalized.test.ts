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

testRule(rule, {
  valid: [
    { name: 'canonical English terms', yaml: doc().yaml },
    { name: 'canonical Chinese terms are equivalents, not variants', yaml: doc({ entries: [{ share_type: '有条件共享', update_frequency: '每日', share_method: '[服务接口]' }] }).yaml },
    { name: 'unknown values are other rules’ findings', yaml: doc({ entries: [{ update_frequency: '每两周' }] }).yaml },
    { name: 'open-data wording is not read as a share type', yaml: doc({ entries: [{ share_type: '依申请开放' }] }).yaml },
    { name: 'canonical open-data classes', yaml: doc({ entries: [{ open_type: 'conditional_open' }, { open_type: '无条件开放' }] }).yaml },
  ],
  invalid: [
    { name: 'frequency variant with spaces', yaml: freq.yaml, errors: [{ messageId: 'mapped', ...freq.entry(0, 'update_frequency'), zh: '“每 3 月”按“每季度”理解', en: 'read "每 3 月" as "quarterly"' }] },
    { name: 'share type variant', yaml: share.yaml, errors: [{ messageId: 'mapped', ...share.entry(0, 'share_type'), zh: '“依申请共享”按“有条件共享”理解', en: 'read "依申请共享" as "conditional"' }] },
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
