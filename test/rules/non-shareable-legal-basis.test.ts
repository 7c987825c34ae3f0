import rule from '../../src/rules/non-shareable-legal-basis.js';
import { testRule } from '../rule-tester.js';
import { doc, type Overrides } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const NS: Overrides = { share_type: 'non_shareable', share_method: '[none]', usage_conditions: 'none' };
const LAW = '{type: law, title: 中华人民共和国统计法}';
const ns = (non_share: string | null, extra: Overrides = {}) => doc({ entries: [{ ...NS, non_share, ...extra }] });
const flowAt = (d: ReturnType<typeof doc>, flow: string, needle: string, nth = 0) => within(d.entry(0, 'non_share'), flow, needle, nth);

const missing = ns(null);
const nullNs = ns('');
const text = ns('涉及个人隐私');
const f1 = '{legal_basis: [' + LAW + ']}';
const noReason = ns(f1);
const f2 = "{reason: '  ', legal_basis: [" + LAW + ']}';
const blankReason = ns(f2);
const f3 = '{reason: 待定, legal_basis: [' + LAW + ']}';
const phReason = ns(f3);
const noBasis = ns('{reason: 涉及个人隐私}');
const f4 = '{reason: 涉及个人隐私, legal_basis: []}';
const emptyBasis = ns(f4);
const f5 = '{reason: 内部管理需要, legal_basis: [{type: departmental_rule, title: 某部数据管理办法}, {type: 地方性法规, title: 北京市数据条例}]}';
const weak = ns(f5);
const f6 = '{reason: 涉及个人隐私, legal_basis: [{title: 中华人民共和国个人信息保护法}]}';
const untyped = ns(f6);
const f7 = '{reason: 涉及个人隐私, legal_basis: [{type: 法规, title: 某某条例}]}';
const unknownType = ns(f7);
const f8 = '{reason: 涉及个人隐私, legal_basis: [{type: law}, {type: law, title: 待定}]}';
const titles = ns(f8);
const f9 = '{reason: 涉及个人隐私, legal_basis: [中华人民共和国个人信息保护法]}';
const bare = ns(f9);
const f10 = '{reason: 涉及个人隐私, legal_basis: {type: normative_document, title: 本局规定}}';
const lone = ns(f10);
const listNs = ns('[涉及个人隐私]');
const zh = doc({ entries: [{ ...NS, share_type: '不予共享', non_share: null }] });
const f11 = '{reason: 涉及个人隐私, legal_basis: [{type: local_regulation, title: 湖北省数据条例}, {type: normative_document, title: 本局规定}]}';
const hubei = ns(f11);

testRule(rule, {
  valid: [
    { name: 'reason and a law', yaml: ns(`{reason: 涉及个人隐私, legal_basis: [${LAW}]}`).yaml },
    { name: 'administrative regulation in Chinese', yaml: ns('{reason: 涉及个人隐私, legal_basis: [{type: 行政法规, title: 征信业管理条例}]}').yaml },
    { name: 'State Council decision, variant spelling', yaml: ns('{reason: 涉密风险, legal_basis: [{type: 国务院的决定, title: 国务院关于某事项的决定}]}').yaml },
    { name: 'a weaker citation beside a law', yaml: ns(`{reason: 涉及个人隐私, legal_basis: [{type: normative_document, title: 本局规定}, ${LAW}]}`).yaml },
    { name: 'conditional entry without non_share', yaml: doc().yaml },
    { name: 'unconditional entry ignores a stray non_share', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'none', non_share: '{reason: 待定}' }] }).yaml },
    { name: 'reason containing 无', yaml: ns(`{reason: 无法脱敏的个人隐私, legal_basis: [${LAW}]}`).yaml },
    { name: 'widened allowedTypes', options: { allowedTypes: ['law', 'local_regulation'], placeholders: [] }, yaml: ns('{reason: 涉及个人隐私, legal_basis: [{type: local_regulation, title: 湖北省数据条例}]}').yaml },
  ],
  invalid: [
    { name: 'non_share missing: reported at the entry', yaml: missing.yaml, errors: [{ messageId: 'missing', ...missing.entry(0), zh: '未列明理由和依据', en: 'gives no reason and legal basis' }] },
    { name: 'non_share blank', yaml: nullNs.yaml, errors: [{ messageId: 'missing', ...nullNs.entry(0, 'non_share', { key: true }) }] },
    { name: 'non_share as text', yaml: text.yaml, errors: [{ messageId: 'notMapping', ...text.entry(0, 'non_share'), zh: '实际为文字' }] },
    { name: 'non_share as a list', yaml: listNs.yaml, errors: [{ messageId: 'notMapping', ...listNs.entry(0, 'non_share'), en: 'not a list' }] },
    { name: 'reason missing', yaml: noReason.yaml, errors: [{ messageId: 'noReason', ...noReason.entry(0, 'non_share'), zh: '未列明理由' }] },
    { name: 'reason blank', yaml: blankReason.yaml, errors: [{ messageId: 'noReason', ...flowAt(blankReason, f2, "'  '") }] },
    { name: 'reason a placeholder', yaml: phReason.yaml, errors: [{ messageId: 'placeholder', ...flowAt(phReason, f3, '待定'), zh: '不予共享理由“待定”是占位内容', en: 'reason for not sharing "待定"' }] },
    { name: 'no legal_basis key', yaml: noBasis.yaml, errors: [{ messageId: 'noBasis', ...noBasis.entry(0, 'non_share'), zh: '未列明依据（法律、行政法规、国务院决定）', en: '(law, administrative_regulation, state_council_decision)' }] },
    { name: 'empty legal_basis list', yaml: emptyBasis.yaml, errors: [{ messageId: 'noBasis', ...flowAt(emptyBasis, f4, '[]') }] },
    {
      name: 'only weaker bases: each is insufficient, named in its language',
      yaml: weak.yaml,
      errors: [
        { messageId: 'insufficient', ...flowAt(weak, f5, 'departmental_rule'), zh: '依据“某部数据管理办法”属于部门规章，不足以', en: 'is of type departmental_rule' },
        { messageId: 'insufficient', ...flowAt(weak, f5, '地方性法规'), zh: '属于地方性法规', en: 'is of type local_regulation, which cannot make data non-shareable; expected one of law, administrative_regulation, state_council_decision' },
      ],
    },
    { name: 'basis without type', yaml: untyped.yaml, errors: [{ messageId: 'noType', ...flowAt(untyped, f6, '{title'), zh: '依据“中华人民共和国个人信息保护法”未注明类型' }] },
    { name: 'unknown type', yaml: unknownType.yaml, errors: [{ messageId: 'unknownType', ...flowAt(unknownType, f7, '法规'), zh: '类型“法规”无法识别', en: 'unknown type "法规"' }] },
    {
      name: 'titles missing or placeholder',
      yaml: titles.yaml,
      errors: [
        { messageId: 'noTitle', ...flowAt(titles, f8, '{type: law}'), zh: '第1项依据未写明名称', en: 'legal basis #1 has no title' },
        { messageId: 'placeholder', ...flowAt(titles, f8, '待定'), zh: '依据名称“待定”' },
      ],
    },
    { name: 'a bare string basis has no type', yaml: bare.yaml, errors: [{ messageId: 'noType', ...flowAt(bare, f9, '中华人民共和国个人信息保护法'), en: 'the basis "中华人民共和国个人信息保护法" does not state its type' }] },
    { name: 'a lone mapping where a list belongs', yaml: lone.yaml, errors: [{ messageId: 'insufficient', ...flowAt(lone, f10, 'normative_document'), zh: '属于规范性文件' }] },
    { name: 'share type in Chinese', yaml: zh.yaml, errors: [{ messageId: 'missing', ...zh.entry(0) }] },
    {
      name: 'widened allowedTypes still rejects the rest',
      options: { allowedTypes: ['law', 'administrative_regulation'], placeholders: [] },
      yaml: hubei.yaml,
      errors: [
        { messageId: 'insufficient', ...flowAt(hubei, f11, 'local_regulation'), zh: '须为法律、行政法规之一' },
        { messageId: 'insufficient', ...flowAt(hubei, f11, 'normative_document'), en: 'expected one of law, administrative_regulation' },
      ],
    },
  ],
});
