import rule from '../../src/rules/unconditional-extra-conditions.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const un = (usage_conditions: string, share_type = 'unconditional') => doc({ entries: [{ share_type, usage_conditions }] });
const both = un('{scope: 仅限本市公安机关, purpose: 用于治安管理}');
const one = un("{scope: 无, purpose: '', requirements: 不得向第三方提供}");
const zh = un('{purpose: 用于核验}', '无条件共享');
const variant = un('{scope: 本市}', '普遍共享');
const prose = un('仅限本市公安机关使用');
const listed = un('[仅限公安机关, 不得转授]');
const second = doc({ entries: [{}, { share_type: 'unconditional', usage_conditions: '{objects: 市税务局}' }] });

testRule(rule, {
  valid: [
    { name: 'unconditional with none', yaml: un('none').yaml },
    { name: 'unconditional with 无', yaml: un('无').yaml },
    { name: 'unconditional with None', yaml: un('None').yaml },
    { name: 'mapping of blanks and placeholders imposes nothing', yaml: un("{scope: '', purpose: 无, objects: '-'}").yaml },
    { name: 'conditional entry with conditions', yaml: doc().yaml },
    { name: 'non-shareable entry is not this rule’s business', yaml: un('{scope: 本市}', 'non_shareable').yaml },
    { name: 'missing usage_conditions', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: null }] }).yaml },
  ],
  invalid: [
    { name: 'scope and purpose on an unconditional entry', yaml: both.yaml, errors: [{ messageId: 'conditions', ...both.entry(0, 'usage_conditions'), zh: '却设有使用条件（共享范围、使用用途）', en: 'imposes conditions: sharing scope (共享范围), purpose of use (使用用途)' }] },
    { name: 'only the real fields are named', yaml: one.yaml, errors: [{ messageId: 'conditions', ...one.entry(0, 'usage_conditions'), zh: '（使用要求）' }] },
    { name: 'share type in Chinese', yaml: zh.yaml, errors: [{ messageId: 'conditions', ...zh.entry(0, 'usage_conditions'), zh: '使用用途', en: 'may not be given extra conditions' }] },
    { name: 'share type variant 普遍共享', yaml: variant.yaml, errors: [{ messageId: 'conditions', ...variant.entry(0, 'usage_conditions') }] },
    { name: 'conditions as free text', yaml: prose.yaml, errors: [{ messageId: 'conditionText', ...prose.entry(0, 'usage_conditions'), zh: '却设有使用条件“仅限本市公安机关使用”', en: 'imposes the condition "仅限本市公安机关使用"' }] },
    { name: 'conditions as a list', yaml: listed.yaml, errors: [{ messageId: 'conditionText', ...listed.entry(0, 'usage_conditions'), zh: '“仅限公安机关；不得转授”' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'conditions', ...second.entry(1, 'usage_conditions'), zh: '共享对象' }] },
  ],
});

// MIIT: unconditional only when both attributes are; conditions for the conditional one are no extra conditions.
const MIIT = ['internal_share_type', 'external_share_type'];
const allUnconditional = doc({ entries: [{ share_type: null, internal_share_type: 'unconditional', external_share_type: 'unconditional', usage_conditions: '{scope: 仅限本司}' }] });

testRule(rule, {
  valid: [
    { name: 'MIIT: unconditional inside, conditional outside, with conditions', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'unconditional', external_share_type: 'conditional', usage_conditions: '{scope: 部外相关政务部门, objects: 国家统计局}' }] }).yaml },
  ],
  invalid: [
    { name: 'MIIT: unconditional both ways, with a condition', shareAttributes: MIIT, yaml: allUnconditional.yaml, errors: [{ messageId: 'conditions', ...allUnconditional.entry(0, 'usage_conditions') }] },
  ],
});
