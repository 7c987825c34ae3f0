import rule from '../../src/rules/conditional-usage-conditions.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const none = doc({ entries: [{ usage_conditions: 'none' }] });
const wu = doc({ entries: [{ usage_conditions: '无' }] });
const zanwu = doc({ entries: [{ usage_conditions: '暂无' }] });
const prose = doc({ entries: [{ usage_conditions: '仅限本市市场监管部门用于登记核验' }] });
const listed = doc({ entries: [{ usage_conditions: '[本市市场监管部门, 登记核验]' }] });
const noScope = doc({ entries: [{ usage_conditions: '{purpose: 用于企业登记信息核验}' }] });
const bothMissing = doc({ entries: [{ usage_conditions: '{objects: 市税务局}' }] });
const blankFlow = "{scope: '', purpose: }";
const blank = doc({ entries: [{ usage_conditions: blankFlow }] });
const phFlow = '{scope: TBD, purpose: 待定}';
const ph = doc({ entries: [{ usage_conditions: phFlow }] });
const dashFlow = "{scope: '-', purpose: 用于核验}";
const dash = doc({ entries: [{ usage_conditions: dashFlow }] });
const zh = doc({ entries: [{ share_type: '有条件共享', usage_conditions: '{scope: 本市}' }] });
const variant = doc({ entries: [{ share_type: '依申请共享', usage_conditions: 'none' }] });
const miit = doc({ entries: [{ usage_conditions: '{scope: 本市各级市场监管部门, purpose: 用于核验}' }] });
const second = doc({ entries: [{}, { usage_conditions: '{scope: 本市}' }] });

testRule(rule, {
  valid: [
    { name: 'scope and purpose stated', yaml: doc().yaml },
    { name: 'extra fields are fine', yaml: doc({ entries: [{ usage_conditions: '{scope: 本市, purpose: 用于核验, objects: 市税务局, requirements: 不得向第三方提供}' }] }).yaml },
    { name: 'text that merely contains 无', yaml: doc({ entries: [{ usage_conditions: '{scope: 本市公安机关, purpose: 用于无犯罪记录证明核查}' }] }).yaml },
    { name: 'a number is real text', yaml: doc({ entries: [{ usage_conditions: '{scope: 110000, purpose: 用于核验}' }] }).yaml },
    { name: 'unconditional with none', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'none' }] }).yaml },
    { name: 'non-shareable with 无', yaml: doc({ entries: [{ share_type: '不予共享', usage_conditions: '无' }] }).yaml },
    { name: 'unknown share type is share-type-valid’s finding', yaml: doc({ entries: [{ share_type: '部分共享', usage_conditions: 'none' }] }).yaml },
    { name: 'missing usage_conditions is entry-required-fields’ finding', yaml: doc({ entries: [{ usage_conditions: null }] }).yaml },
    { name: 'empty mapping is entry-required-fields’ finding', yaml: doc({ entries: [{ usage_conditions: '{}' }] }).yaml },
    { name: 'option fields: scope and objects', options: { fields: ['scope', 'objects'], placeholders: ['待定'] }, yaml: doc({ entries: [{ usage_conditions: '{scope: 本市, objects: 市税务局}' }] }).yaml },
  ],
  invalid: [
    { name: 'none on a conditional entry', yaml: none.yaml, errors: [{ messageId: 'none', ...none.entry(0, 'usage_conditions'), zh: '使用条件却为“无”', en: 'usage conditions are "none"' }] },
    { name: '无 on a conditional entry', yaml: wu.yaml, errors: [{ messageId: 'none', ...wu.entry(0, 'usage_conditions'), zh: '使用条件却为“无”；应列明共享范围、使用用途' }] },
    { name: '暂无 as the whole conditions', yaml: zanwu.yaml, errors: [{ messageId: 'none', ...zanwu.entry(0, 'usage_conditions'), zh: '“暂无”', en: '"暂无"' }] },
    { name: 'free text instead of a mapping', yaml: prose.yaml, errors: [{ messageId: 'notMapping', ...prose.entry(0, 'usage_conditions'), zh: '实际为文字', en: 'not text' }] },
    { name: 'a list instead of a mapping', yaml: listed.yaml, errors: [{ messageId: 'notMapping', ...listed.entry(0, 'usage_conditions'), zh: '实际为列表', en: 'not a list' }] },
    { name: 'scope missing: reported at the mapping', yaml: noScope.yaml, errors: [{ messageId: 'missing', ...noScope.entry(0, 'usage_conditions'), zh: '未列明共享范围', en: 'does not state its sharing scope' }] },
    {
      name: 'both missing: one finding each',
      yaml: bothMissing.yaml,
      errors: [
        { messageId: 'missing', ...bothMissing.entry(0, 'usage_conditions'), zh: '共享范围' },
        { messageId: 'missing', ...bothMissing.entry(0, 'usage_conditions'), zh: '使用用途' },
      ],
    },
    {
      name: 'blank string and null: reported at the key',
      yaml: blank.yaml,
      errors: [
        { messageId: 'missing', ...within(blank.entry(0, 'usage_conditions'), blankFlow, "''"), zh: '共享范围' },
        { messageId: 'missing', ...within(blank.entry(0, 'usage_conditions'), blankFlow, 'purpose'), zh: '使用用途' },
      ],
    },
    {
      name: 'placeholders, any case',
      yaml: ph.yaml,
      errors: [
        { messageId: 'placeholder', ...within(ph.entry(0, 'usage_conditions'), phFlow, 'TBD'), zh: '共享范围“TBD”是占位内容', en: 'sharing scope (共享范围) is the placeholder "TBD"' },
        { messageId: 'placeholder', ...within(ph.entry(0, 'usage_conditions'), phFlow, '待定'), zh: '使用用途“待定”' },
      ],
    },
    { name: 'a dash', yaml: dash.yaml, errors: [{ messageId: 'placeholder', ...within(dash.entry(0, 'usage_conditions'), dashFlow, "'-'"), zh: '“-”' }] },
    { name: 'share type in Chinese', yaml: zh.yaml, errors: [{ messageId: 'missing', ...zh.entry(0, 'usage_conditions'), zh: '未列明使用用途' }] },
    { name: 'share type as variant 依申请共享', yaml: variant.yaml, errors: [{ messageId: 'none', ...variant.entry(0, 'usage_conditions') }] },
    { name: 'option fields asks for objects', options: { fields: ['scope', 'objects'], placeholders: [] }, yaml: miit.yaml, errors: [{ messageId: 'missing', ...miit.entry(0, 'usage_conditions'), zh: '未列明共享对象', en: 'recipients' }] },
    { name: 'second entry only', yaml: second.yaml, errors: [{ messageId: 'missing', ...second.entry(1, 'usage_conditions'), zh: '条目“企业登记基本信息2”' }] },
  ],
});

// MIIT (Art. 20(3)): scope and recipients whenever either attribute is conditional; the purpose too when sharing
// conditionally outside the ministry (Decree Art. 15(2)).
const MIIT = ['internal_share_type', 'external_share_type'];
const MIIT_OPTIONS = { fields: ['scope', 'objects'], fieldsWhen: { external_share_type: ['purpose'] } };
const attrs = (internal: string, external: string, uc: string) => ({ share_type: null, internal_share_type: internal, external_share_type: external, usage_conditions: uc });
const noObjects = doc({ entries: [attrs('conditional', 'non_shareable', '{scope: 部内规划司局}')] });
const noPurpose = doc({ entries: [attrs('unconditional', 'conditional', '{scope: 部外相关政务部门, objects: 国家统计局}')] });

testRule(rule, {
  valid: [
    { name: 'MIIT: conditional inside, scope and objects', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: doc({ entries: [attrs('conditional', 'non_shareable', '{scope: 部内规划司局, objects: 规划司}')] }).yaml },
    { name: 'MIIT: conditional outside, with the purpose', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: doc({ entries: [attrs('unconditional', 'conditional', '{scope: 部外相关政务部门, objects: 国家统计局, purpose: 用于统计核查}')] }).yaml },
    { name: 'MIIT: unconditional both ways', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: doc({ entries: [attrs('unconditional', 'unconditional', 'none')] }).yaml },
  ],
  invalid: [
    { name: 'MIIT: conditional inside, no recipients', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: noObjects.yaml, errors: [{ messageId: 'missing', ...noObjects.entry(0, 'usage_conditions'), zh: '共享对象' }] },
    { name: 'MIIT: conditional outside, no purpose', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: noPurpose.yaml, errors: [{ messageId: 'missing', ...noPurpose.entry(0, 'usage_conditions'), zh: '使用用途' }] },
  ],
});
