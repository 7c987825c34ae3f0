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
const open = (share_type: string) => doc({ entries: [{ share_type }] });
const onApplication = open('依申请开放');

testRule(rule, {
  valid: [
    { name: 'canonical English term', yaml: doc().yaml },
    { name: 'Chinese term', yaml: doc({ entries: [{ share_type: '无条件共享', usage_conditions: 'none' }] }).yaml },
    { name: 'variant 依申请共享', yaml: doc({ entries: [{ share_type: '依申请共享' }] }).yaml },
    { name: 'an open_type beside the share type is no share type', yaml: doc({ entries: [{ share_type: 'conditional', open_type: '依申请开放' }] }).yaml },
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
    {
      name: '依申请开放 is an open-data class, not a share class',
      yaml: onApplication.yaml,
      errors: [{
        messageId: 'openClass', ...onApplication.entry(0, 'share_type'),
        zh: '条目“企业登记基本信息”的共享属性“依申请开放”是开放属性，不是共享属性：第十四条的无条件共享、有条件共享、不予共享针对政府部门之间的共享，“开放”是向社会公众开放数据，另属一套制度。共享属性应为无条件共享、有条件共享、不予共享之一；开放属性请写在 open_type（开放属性）中',
        en: 'entry "企业登记基本信息": the share type "依申请开放" is an open-data class, not a share class: the three classes of Art. 14 (unconditional, conditional, non_shareable) concern sharing between government departments, while 开放 opens data to the public, a different regime. Give the share class in share_type, and the open-data class in open_type (开放属性)',
      }],
    },
    ...['无条件开放', '有条件开放', '普遍开放', '不予开放', '开放', '依申请 开放', '部分开放', 'conditional_open', 'not_open'].map((v) => {
      const d = open(v);
      return { name: `${v} is an open-data class`, yaml: d.yaml, errors: [{ messageId: 'openClass', ...d.entry(0, 'share_type'), en: `"${v}" is an open-data class` }] };
    }),
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'invalid', ...second.entry(1, 'share_type'), zh: '条目“企业登记基本信息2”' }] },
  ],
});

// MIIT (Art. 15): a 部内 and a 部外 share attribute, each checked; the measures' own wording is read as the class.
const MIIT = ['internal_share_type', 'external_share_type'];
const twoWays = (internal: string, external: string) => ({ share_type: null, internal_share_type: internal, external_share_type: external });
const badInternal = doc({ entries: [twoWays('部分共享', 'conditional')] });
const swapped = doc({ entries: [twoWays('部外有条件共享', 'conditional')] });
const openExternal = doc({ entries: [twoWays('conditional', '依申请开放')] });

testRule(rule, {
  valid: [
    { name: 'MIIT: both attributes canonical', shareAttributes: MIIT, yaml: doc({ entries: [twoWays('unconditional', 'conditional')] }).yaml },
    { name: 'MIIT: the measures’ wording (部内无条件共享, 部外不予共享)', shareAttributes: MIIT, yaml: doc({ entries: [twoWays('部内无条件共享', '部外不予共享')] }).yaml },
    { name: 'MIIT: share_type is not an attribute there', shareAttributes: MIIT, yaml: doc({ entries: [{ ...twoWays('conditional', 'conditional'), share_type: '部分共享' }] }).yaml },
  ],
  invalid: [
    { name: 'MIIT: an invalid internal attribute', shareAttributes: MIIT, yaml: badInternal.yaml, errors: [{ messageId: 'invalid', ...badInternal.entry(0, 'internal_share_type'), zh: '部内共享属性“部分共享”无效', en: 'invalid internal share type (部内共享属性) "部分共享"' }] },
    { name: 'MIIT: the 部外 wording in the 部内 field', shareAttributes: MIIT, yaml: swapped.yaml, errors: [{ messageId: 'invalidSuggest', ...swapped.entry(0, 'internal_share_type'), zh: '是否指“有条件共享”' }] },
    {
      name: 'MIIT: an open class, in the profile’s words',
      shareAttributes: MIIT,
      options: { between: { zh: '部内司局之间和部外政务部门之间', en: 'among the bureaus and with departments outside' } },
      yaml: openExternal.yaml,
      errors: [{ messageId: 'openClass', ...openExternal.entry(0, 'external_share_type'), zh: '针对部内司局之间和部外政务部门之间的共享', en: 'Give the share class in external_share_type' }],
    },
  ],
});
