import rule from '../../src/rules/open-type-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const share = doc({ entries: [{ open_type: '有条件共享' }] });
const typo = doc({ entries: [{ open_type: '有条件开发' }] });
const other = doc({ entries: [{ open_type: '半公开' }] });
const list = doc({ entries: [{ open_type: '[无条件开放, 有条件开放]' }] });

testRule(rule, {
  valid: [
    { name: 'canonical', yaml: doc({ entries: [{ open_type: 'conditional_open' }] }).yaml },
    { name: 'Chinese', yaml: doc({ entries: [{ open_type: '不予开放' }] }).yaml },
    { name: 'a variant (依申请开放)', yaml: doc({ entries: [{ open_type: '依申请开放' }] }).yaml },
    { name: 'absent: entry-required-fields’ finding where a profile needs it', yaml: doc().yaml },
  ],
  invalid: [
    { name: 'a share class as the open attribute', yaml: share.yaml, errors: [{ messageId: 'shareClass', ...share.entry(0, 'open_type'), zh: '是共享属性，不是开放属性' }] },
    { name: 'a typo', yaml: typo.yaml, errors: [{ messageId: 'invalidSuggest', ...typo.entry(0, 'open_type'), zh: '是否指“有条件开放”' }] },
    { name: 'an unknown class', yaml: other.yaml, errors: [{ messageId: 'invalid', ...other.entry(0, 'open_type') }] },
    { name: 'a list', yaml: list.yaml, errors: [{ messageId: 'notText', ...list.entry(0, 'open_type'), en: 'not a list' }] },
  ],
});
