import rule from '../../src/rules/unknown-field.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const typo = doc({ entries: [{ update_frequency: null, update_frequncy: 'daily' }] });
const byTitle = doc({ entries: [{ format: null, 数据格式: '{kind: file}' }] });
const twice = doc({ entries: [{ 数据格式: '{kind: file}' }] });
const zhTypo = doc({ entries: [{ 数据更新频律: '每日' }] });
const misplaced = doc({ header: { 数据格式: 'file' } });
const stranger = doc({ entries: [{ colour: 'red' }] });
const header = doc({ header: { departmnet: '{name: 测试局}' } });
const PROVIDER = '{name: 北京市测试局, code: 11110000000021235B, phone: 010-1234}';
const nested = doc({ entries: [{ provider: PROVIDER }] });
const ITEMS = '[{name: 企业名称, type: string, personal_inf: true}]';
const inItem = doc({ entries: [{ items: ITEMS }] });

testRule(rule, {
  valid: [
    { name: 'the Chinese title as key is that field', yaml: byTitle.yaml },
    { name: 'only defined keys', yaml: doc().yaml },
    { name: 'optional keys that exist', yaml: doc({ entries: [{ summary: "企业设立登记信息", change_event: 'EV-1' }] }).yaml },
  ],
  invalid: [
    { name: 'a typo suggests the key', yaml: typo.yaml, errors: [{ messageId: 'suggest', ...typo.entry(0, 'update_frequncy', { key: true }), en: 'did you mean "update_frequency" (数据更新频率)', zh: '是否应为“update_frequency”' }] },
    { name: 'a field written twice, in English and in Chinese', yaml: twice.yaml, errors: [{ messageId: 'duplicate', ...twice.entry(0, '数据格式', { key: true }), zh: '“数据格式”与“format”是同一字段，写了两次', en: 'is the same field as "format"' }] },
    { name: 'a mistyped Chinese key gets the Chinese name it most likely meant', yaml: zhTypo.yaml, errors: [{ messageId: 'suggest', ...zhTypo.entry(0, '数据更新频律', { key: true }), zh: '未定义的字段“数据更新频律”，是否应为“数据更新频率”（update_frequency）？' }] },
    { name: 'an entry field written in the header is unknown there', yaml: misplaced.yaml, errors: [{ messageId: 'unknown', ...misplaced.header('数据格式', { key: true }), zh: '未定义的字段“数据格式”' }] },
    { name: 'an unrelated key has no suggestion', yaml: stranger.yaml, errors: [{ messageId: 'unknown', ...stranger.entry(0, 'colour', { key: true }), en: 'unknown field "colour"' }] },
    { name: 'in the header', yaml: header.yaml, errors: [{ messageId: 'suggest', ...header.header('departmnet', { key: true }), en: '"department"' }] },
    { name: 'inside a nested mapping', yaml: nested.yaml, errors: [{ messageId: 'unknown', ...within(nested.entry(0, 'provider'), PROVIDER, 'phone'), en: '"phone"' }] },
    { name: 'inside a data item', yaml: inItem.yaml, errors: [{ messageId: 'suggest', ...within(inItem.entry(0, 'items'), ITEMS, 'personal_inf'), en: '"personal_info"' }] },
  ],
});

