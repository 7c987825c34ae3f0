import rule from '../../src/rules/share-method-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const L1 = '[api, 光盘邮寄]';
const unknown = doc({ entries: [{ share_method: L1 }] });
const scalar = doc({ entries: [{ share_method: '邮件' }] });
const L2 = '[file-download, batch_exchang]';
const typos = doc({ entries: [{ share_method: L2 }] });
const numeric = doc({ entries: [{ share_method: '3' }] });
const mapped = doc({ entries: [{ share_method: '{api: true}' }] });
const L3 = '[api, {kind: ftp}]';
const nested = doc({ entries: [{ share_method: L3 }] });
const noneCond = doc({ entries: [{ share_method: '无' }] });
const noneUn = doc({ entries: [{ share_type: '无条件共享', usage_conditions: 'none', share_method: '[batch_exchange, none]' }] });
const NS = { share_type: 'non_shareable', usage_conditions: 'none' };
const shared = doc({ entries: [{ ...NS, share_method: '[服务接口, 文件下载]' }] });
const sharedScalar = doc({ entries: [{ ...NS, share_method: '接口调用' }] });
const L4 = "[api, '']";
const blankItem = doc({ entries: [{ share_method: L4 }] });
const second = doc({ entries: [{}, { share_method: 'ftp' }] });
const restricted = doc({ entries: [{ share_method: '[api, file_download]' }] });

testRule(rule, {
  valid: [
    { name: 'api', yaml: doc().yaml },
    { name: 'several methods in Chinese and English', yaml: doc({ entries: [{ share_method: '[服务接口, batch_exchange, 文件下载]' }] }).yaml },
    { name: 'a single value instead of a list', yaml: doc({ entries: [{ share_method: 'file_download' }] }).yaml },
    { name: 'variants 接口调用 and 库表交换', yaml: doc({ entries: [{ share_method: '[接口调用, 库表交换]' }] }).yaml },
    { name: 'none for a non-shareable entry', yaml: doc({ entries: [{ ...NS, share_method: '[none]' }] }).yaml },
    { name: '无 for a non-shareable entry (Chinese share type)', yaml: doc({ entries: [{ ...NS, share_type: '不予共享', share_method: '无' }] }).yaml },
    { name: 'none with an unknown share type is left to share-type-valid', yaml: doc({ entries: [{ share_type: '部分共享', share_method: '[none]' }] }).yaml },
    { name: 'missing share_method is entry-required-fields’ finding', yaml: doc({ entries: [{ share_method: null }] }).yaml },
    { name: 'empty list is entry-required-fields’ finding', yaml: doc({ entries: [{ share_method: '[]' }] }).yaml },
  ],
  invalid: [
    {
      name: 'unknown method in a list',
      yaml: unknown.yaml,
      errors: [{ messageId: 'invalid', ...within(unknown.entry(0, 'share_method'), L1, '光盘邮寄'), zh: '共享方式“光盘邮寄”无效，应为服务接口、批量交换、文件下载之一', en: 'expected one of api, batch_exchange, file_download' }],
    },
    { name: 'unknown single value', yaml: scalar.yaml, errors: [{ messageId: 'invalid', ...scalar.entry(0, 'share_method'), zh: '“邮件”' }] },
    {
      name: 'typos get suggestions',
      yaml: typos.yaml,
      errors: [
        { messageId: 'invalidSuggest', ...within(typos.entry(0, 'share_method'), L2, 'file-download'), zh: '是否指“文件下载”', en: 'did you mean "file_download"' },
        { messageId: 'invalidSuggest', ...within(typos.entry(0, 'share_method'), L2, 'batch_exchang'), en: 'did you mean "batch_exchange"' },
      ],
    },
    { name: 'a number', yaml: numeric.yaml, errors: [{ messageId: 'invalid', ...numeric.entry(0, 'share_method'), en: '"3"' }] },
    { name: 'a mapping', yaml: mapped.yaml, errors: [{ messageId: 'notList', ...mapped.entry(0, 'share_method'), zh: '实际为映射' }] },
    { name: 'a mapping inside the list', yaml: nested.yaml, errors: [{ messageId: 'invalid', ...within(nested.entry(0, 'share_method'), L3, '{kind'), en: '"{"kind":"ftp"}"' }] },
    { name: '无 on a conditional entry', yaml: noneCond.yaml, errors: [{ messageId: 'noneNotAllowed', ...noneCond.entry(0, 'share_method'), zh: '条目“企业登记基本信息”为有条件共享，共享方式不能为“无”', en: 'is conditional, so its share method cannot be none' }] },
    { name: 'none beside a real method on an unconditional entry', yaml: noneUn.yaml, errors: [{ messageId: 'noneNotAllowed', ...within(noneUn.entry(0, 'share_method'), '[batch_exchange, none]', 'none'), zh: '为无条件共享' }] },
    { name: 'non-shareable entry with real methods', yaml: shared.yaml, errors: [{ messageId: 'sharedNonShareable', ...shared.entry(0, 'share_method'), zh: '列有共享方式（服务接口、文件下载）', en: '(api, file_download)' }] },
    { name: 'non-shareable entry with a variant', yaml: sharedScalar.yaml, errors: [{ messageId: 'sharedNonShareable', ...sharedScalar.entry(0, 'share_method'), zh: '（服务接口）' }] },
    { name: 'a blank element', yaml: blankItem.yaml, errors: [{ messageId: 'invalid', ...within(blankItem.entry(0, 'share_method'), L4, "''"), en: 'invalid share method ""' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'invalid', ...second.entry(1, 'share_method'), zh: '条目“企业登记基本信息2”' }] },
    {
      name: 'option methods narrows the vocabulary',
      options: { methods: ['api', 'batch_exchange'] },
      yaml: restricted.yaml,
      errors: [{ messageId: 'invalid', ...within(restricted.entry(0, 'share_method'), '[api, file_download]', 'file_download'), zh: '应为服务接口、批量交换之一' }],
    },
  ],
});

// MIIT: none only when both attributes withhold the data; methods with one attribute shared are no contradiction.
const MIIT = ['internal_share_type', 'external_share_type'];
const noneShared = doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: 'non_shareable', share_method: '[none]' }] });
const withheld = doc({ entries: [{ share_type: null, internal_share_type: 'non_shareable', external_share_type: 'non_shareable', share_method: '[api]' }] });

testRule(rule, {
  valid: [
    { name: 'MIIT: shared inside, withheld outside, with a method', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: 'non_shareable', share_method: '[api]' }] }).yaml },
    { name: 'MIIT: withheld both ways, none', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'non_shareable', external_share_type: 'non_shareable', share_method: '[none]' }] }).yaml },
  ],
  invalid: [
    { name: 'MIIT: none while shared inside', shareAttributes: MIIT, yaml: noneShared.yaml, errors: [{ messageId: 'noneNotAllowed', ...within(noneShared.entry(0, 'share_method'), '[none]', 'none'), zh: '条目“企业登记基本信息”为部内有条件共享，共享方式不能为“无”' }] },
    { name: 'MIIT: methods while withheld both ways', shareAttributes: MIIT, yaml: withheld.yaml, errors: [{ messageId: 'sharedNonShareable', ...withheld.entry(0, 'share_method'), severity: 'warning' }] },
  ],
});
