import rule from '../../src/rules/placeholder-value.js';
import { DEFAULT_PLACEHOLDERS } from '../../src/rules/_util.js';
import { testRule } from '../rule-tester.js';
import { DEPT_CODE, doc, PROVIDER_CODE } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const DEPT = `{name: '-', code: ${DEPT_CODE}}`;
const APPROVAL = '{approver: TBD, title: 局长, date: 2026-03-05}';
const header = doc({ header: { title: '待定', department: DEPT, approval: APPROVAL } });
const PROVIDER = `{name: xxx, code: ${PROVIDER_CODE}}`;
const ITEMS = '[{name: 统一社会信用代码, type: string}, {name: 同上, type: string}]';
const FORMAT = '{kind: database_table, detail: N/A}';
const CLASS = '{category: 其他, level: general}';
const entry = doc({ entries: [{ name: '暂无', summary: '……', provider: PROVIDER, items: ITEMS, format: FORMAT, classification: CLASS }] });
const unNone = doc({ entries: [{ share_type: 'unconditional', usage_conditions: '暂无' }] });
const UC = '{scope: 无, purpose: 用于核验}';
const unScope = doc({ entries: [{ share_type: 'unconditional', usage_conditions: UC }] });
const UC2 = '{scope: 本市, purpose: 用于核验, requirements: 略}';
const condReq = doc({ entries: [{ usage_conditions: UC2 }] });
const NS = '{reason: 待定, legal_basis: [{type: law, title: 待补充}]}';
const stray = doc({ entries: [{ non_share: NS }] });
const custom = doc({ entries: [{ name: '暂缺' }] });
const fullWidth = doc({ entries: [{ summary: '？？' }] });

testRule(rule, {
  valid: [
    { name: 'real text everywhere', yaml: doc().yaml },
    { name: 'text that merely contains a placeholder word', yaml: doc({ entries: [{ summary: '用于无犯罪记录证明核查', usage_conditions: '{scope: 本市公安机关, purpose: 用于无犯罪记录证明核查}' }] }).yaml },
    { name: 'none for an unconditional entry', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'none' }] }).yaml },
    { name: '无 for a non-shareable entry', yaml: doc({ entries: [{ share_type: '不予共享', usage_conditions: '无' }] }).yaml },
    { name: 'conditional scope/purpose are conditional-usage-conditions’ findings', yaml: doc({ entries: [{ usage_conditions: '{scope: 待定, purpose: 无}' }] }).yaml },
    { name: 'conditional whole conditions are conditional-usage-conditions’ findings', yaml: doc({ entries: [{ usage_conditions: '暂无' }] }).yaml },
    { name: 'non-shareable reason and basis titles are non-shareable-legal-basis’ findings', yaml: doc({ entries: [{ share_type: 'non_shareable', usage_conditions: 'none', non_share: NS }] }).yaml },
    { name: 'a number is real text', yaml: doc({ entries: [{ name: '12345' }] }).yaml },
    { name: 'blank name is entry-required-fields’ finding', yaml: doc({ entries: [{ name: "''" }] }).yaml },
    { name: 'custom list replaces the default', options: { placeholders: ['待定'] }, yaml: doc({ entries: [{ name: '无' }] }).yaml },
  ],
  invalid: [
    {
      name: 'header title, department name and approver',
      yaml: header.yaml,
      errors: [
        { messageId: 'header', ...header.header('title'), zh: '目录的标题“待定”是占位内容', en: 'the catalogue title "待定" is a placeholder' },
        { messageId: 'header', ...within(header.header('department'), DEPT, "'-'"), zh: '编制部门名称“-”' },
        { messageId: 'header', ...within(header.header('approval'), APPROVAL, 'TBD'), zh: '审核人“TBD”', en: 'approver' },
      ],
    },
    {
      name: 'entry fields',
      yaml: entry.yaml,
      errors: [
        { messageId: 'entry', ...entry.entry(0, 'name'), zh: '条目“暂无”的数据目录名称“暂无”是占位内容', en: 'the name "暂无" is a placeholder' },
        { messageId: 'entry', ...within(entry.entry(0, 'provider'), PROVIDER, 'xxx'), zh: '提供单位名称“xxx”' },
        { messageId: 'entry', ...within(entry.entry(0, 'items'), ITEMS, '同上'), zh: '数据项名称“同上”' },
        { messageId: 'entry', ...within(entry.entry(0, 'format'), FORMAT, 'N/A'), zh: '格式说明“N/A”' },
        { messageId: 'entry', ...within(entry.entry(0, 'classification'), CLASS, '其他'), zh: '数据类别“其他”' },
        { messageId: 'entry', ...entry.entry(0, 'summary'), zh: '摘要“……”' },
      ],
    },
    { name: '暂无 is not the explicit none', yaml: unNone.yaml, errors: [{ messageId: 'entry', ...unNone.entry(0, 'usage_conditions'), zh: '使用条件“暂无”', en: 'usage conditions "暂无"' }] },
    { name: 'scope placeholder on an unconditional entry', yaml: unScope.yaml, errors: [{ messageId: 'entry', ...within(unScope.entry(0, 'usage_conditions'), UC, '无'), zh: '共享范围“无”' }] },
    { name: 'requirements placeholder on a conditional entry', yaml: condReq.yaml, errors: [{ messageId: 'entry', ...within(condReq.entry(0, 'usage_conditions'), UC2, '略'), zh: '使用要求“略”' }] },
    {
      name: 'stray non_share on a conditional entry',
      yaml: stray.yaml,
      errors: [
        { messageId: 'entry', ...within(stray.entry(0, 'non_share'), NS, '待定'), zh: '不予共享理由“待定”' },
        { messageId: 'entry', ...within(stray.entry(0, 'non_share'), NS, '待补充'), zh: '依据名称“待补充”' },
      ],
    },
    { name: 'custom placeholder', options: { placeholders: [...DEFAULT_PLACEHOLDERS, '暂缺'] }, yaml: custom.yaml, errors: [{ messageId: 'entry', ...custom.entry(0, 'name'), zh: '“暂缺”' }] },
    { name: 'full-width punctuation only', yaml: fullWidth.yaml, errors: [{ messageId: 'entry', ...fullWidth.entry(0, 'summary'), zh: '摘要“？？”' }] },
  ],
});

// MIIT: an entry conditional inside and withheld outside has both its conditions and its reason judged by their own rules.
const MIIT = ['internal_share_type', 'external_share_type'];
const mixedFlow = '{reason: 待定, legal_basis: 《中华人民共和国统计法》第三十九条}';

testRule(rule, {
  valid: [
    {
      name: 'MIIT: conditional inside, non-shareable outside: scope, purpose and the reason are other rules’ findings',
      shareAttributes: MIIT,
      yaml: doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: 'non_shareable', usage_conditions: '{scope: 待定, purpose: 待定}', non_share: mixedFlow }] }).yaml,
    },
  ],
  invalid: [],
});
