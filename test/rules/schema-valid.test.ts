import rule from '../../src/rules/schema-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const itemsText = doc({ entries: [{ items: '企业名称、统一社会信用代码' }] });
const providerList = doc({ entries: [{ provider: '[北京市测试局]' }] });
const ITEMS = '[{name: 企业名称, type: string, personal_info: 是的}]';
const boolText = doc({ entries: [{ items: ITEMS }] });
const LEN = '[{name: 企业名称, type: string, length: 0}]';
const badLength = doc({ entries: [{ items: LEN }] });
const versionNumber = doc({ header: { version: '2026.1' } });

testRule(rule, {
  valid: [
    { name: 'well-typed catalogue', yaml: doc().yaml },
    { name: 'share_method as a single string is accepted', yaml: doc({ entries: [{ share_method: 'api' }] }).yaml },
    { name: 'a missing field is another rule’s finding', yaml: doc({ entries: [{ format: null }] }).yaml },
    { name: 'an unknown key is another rule’s finding', yaml: doc({ entries: [{ colour: 'red' }] }).yaml },
    { name: 'a wrong enum value is another rule’s finding', yaml: doc({ entries: [{ share_type: 'sometimes' }] }).yaml },
  ],
  invalid: [
    { name: 'text where a list belongs', yaml: itemsText.yaml, errors: [{ messageId: 'type', ...itemsText.entry(0, 'items'), en: '"items" should be a list, not a string', zh: '“items”应为列表，实际为文本' }] },
    { name: 'a list where a mapping belongs', yaml: providerList.yaml, errors: [{ messageId: 'type', ...providerList.entry(0, 'provider'), en: 'should be a mapping (key: value), not a list' }] },
    { name: 'text where a boolean belongs', yaml: boolText.yaml, errors: [{ messageId: 'type', ...within(boolText.entry(0, 'items'), ITEMS, '是的'), en: '"personal_info" should be a boolean' }] },
    { name: 'a number out of range', yaml: badLength.yaml, errors: [{ messageId: 'other', ...within(badLength.entry(0, 'items'), LEN, '0'), en: '"length" does not match', zh: '不得小于 1' }] },
    { name: 'an unquoted version number', yaml: versionNumber.yaml, errors: [{ messageId: 'type', ...versionNumber.header('version'), en: '"version" should be a string, not a number' }] },
  ],
});
