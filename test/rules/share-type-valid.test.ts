import rule from '../../src/rules/share-type-valid.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const unknown = doc({ entries: [{ share_type: '部分共享' }] });
const typoZh = doc({ entries: [{ share_type: '有条件分享' }] });
const typoEn = doc({ entries: [{ share_type: 'unconditonal' }] });
const hyphen = doc({ entries: [{ share_type: 'non-sharable' }] });
const decorated = doc({ entries: [{ share_type: '有条件共享（需申请）' }] });
const phrase = doc({ entries: [{ share_type: 'unconditional sharing' }] });
const both = doc({ entries: [{ share_type: '有条件共享/不予共享' }] });
const numeric = doc({ entries: [{ share_type: '1' }] });
const listed = doc({ entries: [{ share_type: '[conditional]' }] });
const mapped = doc({ entries: [{ share_type: '{zh: 有条件共享}' }] });
const second = doc({ entries: [{}, { share_type: 'open' }] });

testRule(rule, {
  valid: [
    { name: 'canonical English term', yaml: doc().yaml },
    { name: 'Chinese term', yaml: doc({ entries: [{ share_type: '无条件共享', usage_conditions: 'none' }] }).yaml },
    { name: 'variant 依申请开放', yaml: doc({ entries: [{ share_type: '依申请开放' }] }).yaml },
    { name: 'mixed case', yaml: doc({ entries: [{ share_type: 'Non_Shareable', share_method: '[none]', usage_conditions: 'none' }] }).yaml },
    { name: 'full-width letters', yaml: doc({ entries: [{ share_type: 'ｃｏｎｄｉｔｉｏｎａｌ' }] }).yaml },
    { name: 'missing share_type is entry-required-fields’ finding', yaml: doc({ entries: [{ share_type: null }] }).yaml },
    { name: 'blank share_type is entry-required-fields’ finding', yaml: doc({ entries: [{ share_type: "''" }] }).yaml },
  ],
  invalid: [
    {
      name: 'unknown Chinese value lists the Chinese terms',
      yaml: unknown.yaml,
      errors: [{ messageId: 'invalid', ...unknown.entry(0, 'share_type'), zh: '“部分共享”无效，应为无条件共享、有条件共享、不予共享之一', en: 'expected one of unconditional, conditional, non_shareable' }],
    },
    { name: 'Chinese typo gets a suggestion', yaml: typoZh.yaml, errors: [{ messageId: 'invalidSuggest', ...typoZh.entry(0, 'share_type'), zh: '是否指“有条件共享”', en: 'did you mean "conditional"' }] },
    { name: 'English typo gets a suggestion', yaml: typoEn.yaml, errors: [{ messageId: 'invalidSuggest', ...typoEn.entry(0, 'share_type'), zh: '是否指“无条件共享”', en: 'did you mean "unconditional"' }] },
    { name: 'hyphen and misspelling', yaml: hyphen.yaml, errors: [{ messageId: 'invalidSuggest', ...hyphen.entry(0, 'share_type'), en: '"non-sharable"; expected one of unconditional, conditional, non_shareable; did you mean "non_shareable"' }] },
    { name: 'a term with a remark', yaml: decorated.yaml, errors: [{ messageId: 'invalidSuggest', ...decorated.entry(0, 'share_type'), zh: '是否指“有条件共享”' }] },
    { name: 'the longest term inside wins', yaml: phrase.yaml, errors: [{ messageId: 'invalidSuggest', ...phrase.entry(0, 'share_type'), en: 'did you mean "unconditional"' }] },
    { name: 'two terms at once: no guess', yaml: both.yaml, errors: [{ messageId: 'invalid', ...both.entry(0, 'share_type'), zh: '“有条件共享/不予共享”无效' }] },
    { name: 'a number', yaml: numeric.yaml, errors: [{ messageId: 'invalid', ...numeric.entry(0, 'share_type'), en: 'invalid share type "1"' }] },
    { name: 'a list where one value belongs', yaml: listed.yaml, errors: [{ messageId: 'notText', ...listed.entry(0, 'share_type'), zh: '实际为列表', en: 'not a list' }] },
    { name: 'a mapping where one value belongs', yaml: mapped.yaml, errors: [{ messageId: 'notText', ...mapped.entry(0, 'share_type'), zh: '实际为映射', en: 'not a mapping' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'invalid', ...second.entry(1, 'share_type'), zh: '条目“企业登记基本信息2”' }] },
  ],
});
