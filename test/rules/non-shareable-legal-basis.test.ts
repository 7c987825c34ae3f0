import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/non-shareable-legal-basis.js';
import { runRule, testRule } from '../rule-tester.js';
import { doc, type Overrides } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const NS: Overrides = { share_type: 'non_shareable', share_method: '[none]', usage_conditions: 'none' };
const ns = (non_share: string | null, extra: Overrides = {}) => doc({ entries: [{ ...NS, non_share, ...extra }] });
const flowAt = (d: ReturnType<typeof doc>, flow: string, needle: string, nth = 0) => within(d.entry(0, 'non_share'), flow, needle, nth);
/** A case whose whole non_share is one flow mapping: the document and a locator inside it. */
const flow = (f: string) => {
  const d = ns(f);
  return { yaml: d.yaml, at: (needle: string, nth = 0) => flowAt(d, f, needle, nth) };
};

const missing = ns(null);
const nullNs = ns('');
const textNs = ns('涉及个人隐私');
const listNs = ns('[涉及个人隐私]');
const zh = doc({ entries: [{ ...NS, share_type: '不予共享', non_share: null }] });
const noReason = flow('{legal_basis: [《中华人民共和国统计法》第三十九条]}');
const blankReason = flow("{reason: '  ', legal_basis: 《中华人民共和国统计法》}");
const phReason = flow('{reason: 待定, legal_basis: 《中华人民共和国统计法》}');
const noBasis = ns('{reason: 涉及个人隐私}');
const emptyBasis = flow('{reason: 涉及个人隐私, legal_basis: []}');

// The acceptance cases: a sole basis below the Art. 14(3) level is an error, typed or not, truthfully or not.
const ministryUntyped = flow('{reason: 涉及职工隐私, legal_basis: [《工伤认定办法》（人力资源和社会保障部令第8号）第十九条]}');
const ministryClaimsLaw = flow('{reason: 涉及职工隐私, legal_basis: [{type: law, title: 《工伤认定办法》（人力资源和社会保障部令第8号）, article: 第十九条}]}');
const ministryBareTitle = flow('{reason: 涉及职工隐私, legal_basis: 《工伤认定办法》}');
const localRegulation = flow('{reason: 涉及个人信息, legal_basis: [《北京市数字经济促进条例》第二十条]}');
const localRegulationClaimsLaw = flow('{reason: 涉及个人信息, legal_basis: [{type: 法律, title: 北京市数字经济促进条例}]}');
const localGovRule = flow('{reason: 公共数据安全, legal_basis: [《上海市公共数据开放暂行办法》（上海市人民政府令第21号）]}');
const localGovRuleClaimsLaw = flow('{reason: 公共数据安全, legal_basis: [{type: law, title: 上海市公共数据开放暂行办法, number: 上海市人民政府令第21号}]}');
const normativeClaimsLaw = flow('{reason: 内部管理需要, legal_basis: [{type: law, number: 京政办发〔2020〕10号}]}');
const normative = flow('{reason: 内部管理需要, legal_basis: 京政办发〔2020〕10号}');
const normativeClaimsRegulation = flow('{reason: 内部管理需要, legal_basis: [{type: administrative_regulation, title: 关于加强政务数据管理的通知, number: 京政办发〔2020〕10号}]}');
const policyDoc = flow('{reason: 数据安全, legal_basis: [国办发〔2022〕3号]}');
const several = flow('{reason: 内部管理需要, legal_basis: [{type: departmental_rule, title: 某部数据管理办法}, {type: 地方性法规, title: 湖北省数据条例}]}');
const severalInText = flow('{reason: 内部管理需要, legal_basis: 《湖北省数据条例》第三十一条、鄂政办发〔2021〕5号}');
const vague = flow('{reason: 涉及个人隐私, legal_basis: [根据相关法律法规]}');
const vagueText = flow('{reason: 涉及个人隐私, legal_basis: 依据上级规定}');
const noTitle = flow('{reason: 涉及个人隐私, legal_basis: [{type: law}]}');
const placeholderTitle = flow('{reason: 涉及个人隐私, legal_basis: [{type: law, title: 待定}]}');
const unknownLevel = flow('{reason: 涉及个人隐私, legal_basis: [《某某数据保护条例》]}');
const unknownBesideWeak = flow('{reason: 涉及个人隐私, legal_basis: [《某某数据保护条例》, 京政办发〔2020〕10号]}');
const wrongLabel = flow('{reason: 涉及个人隐私, legal_basis: [{type: 行政法规, title: 中华人民共和国个人信息保护法, article: 第十三条}]}');
const refutedBesideLaw = flow('{reason: 涉及个人隐私, legal_basis: [{type: law, title: 工伤认定办法, number: 人力资源和社会保障部令第8号}, 《中华人民共和国统计法》]}');
const unknownType = flow('{reason: 涉及个人隐私, legal_basis: [{type: 法规, title: 中华人民共和国统计法}]}');
const localAllowed = flow('{reason: 涉及个人隐私, legal_basis: [《湖北省数据条例》第三十一条, 鄂政办发〔2021〕5号]}');
const decreeTypeLie = flow('{reason: 涉及个人隐私, legal_basis: [{type: departmental_rule, title: 统计法实施条例, number: 国务院令第681号}]}');

testRule(rule, {
  valid: [
    { name: 'a law in a mapping with its type', yaml: ns('{reason: 涉及个人隐私, legal_basis: [{type: law, title: 中华人民共和国统计法}]}').yaml },
    { name: 'a law as citation text, no type', yaml: ns('{reason: 统计调查对象资料, legal_basis: 《中华人民共和国统计法》第三十九条}').yaml },
    { name: 'a law without 中华人民共和国, no type', yaml: ns('{reason: 涉及个人信息, legal_basis: [《个人信息保护法》第十三条]}').yaml },
    { name: 'a law typed without brackets', yaml: ns('{reason: 涉及个人信息, legal_basis: [中华人民共和国个人信息保护法第十三条]}').yaml },
    { name: 'an administrative regulation on the list, no type', yaml: ns('{reason: 征信信息, legal_basis: [《征信业管理条例》]}').yaml },
    { name: 'a 暂行条例 promulgated by State Council decree', yaml: ns('{reason: 不动产登记资料, legal_basis: [《不动产登记暂行条例》（国务院令第656号）第二十八条]}').yaml },
    { name: 'an instrument unknown to the lists, promulgated by State Council decree', yaml: ns('{reason: 涉密风险, legal_basis: [《某某管理实施细则》（国务院令第900号）]}').yaml },
    { name: 'an administrative regulation by its decree number alone', yaml: ns('{reason: 统计资料, legal_basis: [{number: 国务院令第681号}]}').yaml },
    { name: 'a State Council decision', yaml: ns('{reason: 涉密风险, legal_basis: [《国务院对确需保留的行政审批项目设定行政许可的决定》]}').yaml },
    { name: 'an NPC Standing Committee decision', yaml: ns('{reason: 公民个人电子信息, legal_basis: [《全国人民代表大会常务委员会关于加强网络信息保护的决定》第一条]}').yaml },
    { name: 'the stated type decides where the citation cannot', yaml: ns('{reason: 涉及个人隐私, legal_basis: [{type: administrative_regulation, title: 某某数据保护条例}]}').yaml },
    { name: 'one sufficient instrument among weaker ones', yaml: ns('{reason: 涉及个人隐私, legal_basis: [《工伤认定办法》（人力资源和社会保障部令第8号）, 京政办发〔2020〕10号, 《中华人民共和国个人信息保护法》第十三条]}').yaml },
    { name: 'a law and a local regulation in one text', yaml: ns('{reason: 统计调查对象资料, legal_basis: 《中华人民共和国统计法》第二十五条、《北京市数字经济促进条例》}').yaml },
    { name: 'a lone mapping where a list belongs', yaml: ns('{reason: 涉及个人隐私, legal_basis: {title: 中华人民共和国统计法}}').yaml },
    { name: 'law labelled for an NPC decision agrees', yaml: ns('{reason: 公民个人电子信息, legal_basis: [{type: law, title: 全国人民代表大会常务委员会关于加强网络信息保护的决定}]}').yaml },
    { name: 'conditional entry without non_share', yaml: doc().yaml },
    { name: 'unconditional entry ignores a stray non_share', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'none', non_share: '{reason: 待定}' }] }).yaml },
    { name: 'reason containing 无', yaml: ns('{reason: 无法脱敏的个人隐私, legal_basis: [《中华人民共和国统计法》]}').yaml },
    { name: 'a profile that accepts local regulations', options: { allowedTypes: ['law', 'administrative_regulation', 'local_regulation'], placeholders: [] }, yaml: ns('{reason: 涉及个人隐私, legal_basis: [《湖北省数据条例》第三十一条]}').yaml },
  ],
  invalid: [
    { name: 'non_share missing: reported at the entry', yaml: missing.yaml, errors: [{ messageId: 'missing', ...missing.entry(0), zh: '未列明理由和依据', en: 'gives no reason and legal basis' }] },
    { name: 'non_share blank', yaml: nullNs.yaml, errors: [{ messageId: 'missing', ...nullNs.entry(0, 'non_share', { key: true }) }] },
    { name: 'non_share as text is its reason; the basis is missing', yaml: textNs.yaml, errors: [{ messageId: 'noBasis', ...textNs.entry(0, 'non_share'), zh: '未列明依据' }] },
    { name: 'non_share as a list', yaml: listNs.yaml, errors: [{ messageId: 'notMapping', ...listNs.entry(0, 'non_share'), en: 'not a list' }] },
    { name: 'share type in Chinese', yaml: zh.yaml, errors: [{ messageId: 'missing', ...zh.entry(0) }] },
    { name: 'reason missing', yaml: noReason.yaml, errors: [{ messageId: 'noReason', ...noReason.at('{'), zh: '未列明理由' }] },
    { name: 'reason blank', yaml: blankReason.yaml, errors: [{ messageId: 'noReason', ...blankReason.at("'  '") }] },
    { name: 'reason a placeholder', yaml: phReason.yaml, errors: [{ messageId: 'placeholder', ...phReason.at('待定'), zh: '不予共享理由“待定”是占位内容', en: 'reason for not sharing "待定"' }] },
    { name: 'no legal_basis key', yaml: noBasis.yaml, errors: [{ messageId: 'noBasis', ...noBasis.entry(0, 'non_share'), zh: '未列明依据（法律、全国人大及其常委会的决定、行政法规或国务院决定）', en: '(law, NPC decision, administrative regulation or State Council decision)' }] },
    { name: 'empty legal_basis list', yaml: emptyBasis.yaml, errors: [{ messageId: 'noBasis', ...emptyBasis.at('[]') }] },
    {
      name: 'a ministry rule by its decree, no type',
      yaml: ministryUntyped.yaml,
      errors: [{ messageId: 'insufficient', ...ministryUntyped.at('《工伤'), zh: '属于部门规章（由人力资源和社会保障部令第8号公布', en: 'ranks as departmental rule (promulgated by 人力资源和社会保障部令第8号' }],
    },
    {
      name: 'a ministry rule labelled law: the claim is refuted, once',
      yaml: ministryClaimsLaw.yaml,
      errors: [{ messageId: 'claimRefuted', ...ministryClaimsLaw.at('law'), zh: '标注为法律，但它属于部门规章', en: 'is labelled law but ranks as departmental rule' }],
    },
    {
      name: 'a bare ministry title: on neither list, so below the level',
      yaml: ministryBareTitle.yaml,
      errors: [{ messageId: 'insufficient', ...ministryBareTitle.at('《工伤'), zh: '不在现行有效的法律、行政法规目录', en: 'is on neither the list of laws nor that of administrative regulations' }],
    },
    { name: 'a local regulation', yaml: localRegulation.yaml, errors: [{ messageId: 'insufficient', ...localRegulation.at('《北京'), zh: '属于地方性法规', en: 'ranks as local regulation' }] },
    { name: 'a local regulation labelled law', yaml: localRegulationClaimsLaw.yaml, errors: [{ messageId: 'claimRefuted', ...localRegulationClaimsLaw.at('法律'), zh: '标注为法律，但它属于地方性法规' }] },
    { name: 'a local government rule', yaml: localGovRule.yaml, errors: [{ messageId: 'insufficient', ...localGovRule.at('《上海'), zh: '属于地方政府规章（由上海市人民政府令第21号公布', en: 'ranks as local government rule' }] },
    { name: 'a local government rule labelled law', yaml: localGovRuleClaimsLaw.yaml, errors: [{ messageId: 'claimRefuted', ...localGovRuleClaimsLaw.at('law'), zh: '标注为法律，但它属于地方政府规章', en: 'is labelled law but ranks as local government rule' }] },
    { name: 'a normative document labelled law, cited by its number alone', yaml: normativeClaimsLaw.yaml, errors: [{ messageId: 'claimRefuted', ...normativeClaimsLaw.at('law'), zh: '依据“京政办发〔2020〕10号”标注为法律，但它属于规范性文件' }] },
    { name: 'a normative document by its number', yaml: normative.yaml, errors: [{ messageId: 'insufficient', ...normative.at('京政办发'), zh: '属于规范性文件', en: 'ranks as normative document' }] },
    { name: 'a normative document labelled administrative regulation', yaml: normativeClaimsRegulation.yaml, errors: [{ messageId: 'claimRefuted', ...normativeClaimsRegulation.at('administrative_regulation'), zh: '标注为行政法规，但它属于规范性文件' }] },
    { name: 'a central policy document is not a State Council decision', yaml: policyDoc.yaml, errors: [{ messageId: 'insufficient', ...policyDoc.at('国办发'), zh: '属于党中央、国务院政策文件' }] },
    {
      name: 'several weak bases: one finding naming each',
      yaml: several.yaml,
      errors: [{ messageId: 'allInsufficient', ...several.at('['), zh: '列出的依据都不足以作为不予共享的依据', en: '《某部数据管理办法》 ranks as departmental rule; 《湖北省数据条例》 ranks as local regulation' }],
    },
    { name: 'several weak instruments in one text: one finding', yaml: severalInText.yaml, errors: [{ messageId: 'allInsufficient', ...severalInText.at('《湖北'), zh: '《湖北省数据条例》第三十一条属于地方性法规；“鄂政办发〔2021〕5号”属于规范性文件' }] },
    { name: 'vague wording names no instrument', yaml: vague.yaml, errors: [{ messageId: 'vague', ...vague.at('根据'), zh: '依据“根据相关法律法规”没有指明具体的法律文件', en: 'names no particular instrument' }] },
    { name: 'vague wording as the whole basis', yaml: vagueText.yaml, errors: [{ messageId: 'vague', ...vagueText.at('依据上级规定') }] },
    { name: 'a mapping with only a type names nothing', yaml: noTitle.yaml, errors: [{ messageId: 'vague', ...noTitle.at('{type'), zh: '（未写名称）' }] },
    { name: 'a placeholder title names nothing', yaml: placeholderTitle.yaml, errors: [{ messageId: 'vague', ...placeholderTitle.at('{type'), zh: '依据“待定”没有指明具体的法律文件' }] },
    { name: 'level unknown and no type: a warning asking for it', yaml: unknownLevel.yaml, errors: [{ messageId: 'unknownLevel', ...unknownLevel.at('《某某'), zh: '无法判断层级', en: 'state its type or number' }] },
    { name: 'an unknown level beside a weak one: only the warning', yaml: unknownBesideWeak.yaml, errors: [{ messageId: 'unknownLevel', ...unknownBesideWeak.at('《某某') }] },
    { name: 'a wrong label on a sufficient instrument: a warning', yaml: wrongLabel.yaml, errors: [{ messageId: 'typeMismatch', ...wrongLabel.at('行政法规'), zh: '标注为行政法规，但它属于法律', en: 'correct the type' }] },
    { name: 'a refuted claim beside a law: a warning, the entry stands', yaml: refutedBesideLaw.yaml, errors: [{ messageId: 'typeMismatch', ...refutedBesideLaw.at('law'), zh: '标注为法律，但它属于部门规章' }] },
    { name: 'an unrecognised type: judged by the citation, a warning', yaml: unknownType.yaml, errors: [{ messageId: 'unknownType', ...unknownType.at('法规'), zh: '类型“法规”无法识别', en: 'the type "法规"' }] },
    { name: 'an underclaimed State Council decree: a warning', yaml: decreeTypeLie.yaml, errors: [{ messageId: 'typeMismatch', ...decreeTypeLie.at('departmental_rule'), zh: '标注为部门规章，但它属于行政法规' }] },
    {
      name: 'a profile that accepts local regulations still rejects the rest, in its words',
      options: { allowedTypes: ['law', 'administrative_regulation'], placeholders: [] },
      yaml: localAllowed.yaml,
      errors: [{ messageId: 'allInsufficient', ...localAllowed.at('['), zh: '须为法律或行政法规', en: 'only a law or administrative regulation can' }],
    },
  ],
});

describe('non-shareable-legal-basis severities', () => {
  const severity = (yaml: string) => runRule(rule, yaml).map((f) => f.severity);
  it('an undeterminable level, a wrong but harmless label and an unrecognised type are warnings', () => {
    for (const c of [unknownLevel, wrongLabel, refutedBesideLaw, unknownType, decreeTypeLie]) expect(severity(c.yaml)).toEqual(['warning']);
  });
  it('an insufficient or vague basis and a refuted claim are errors', () => {
    for (const c of [ministryUntyped, ministryClaimsLaw, localRegulation, vague, several]) expect(severity(c.yaml)).toEqual(['error']);
  });
  it('names the usual remedy where the data is only protected by a lower instrument', () => {
    const [f] = runRule(rule, ministryUntyped.yaml);
    expect(f.message.zh).toContain('通常应改为有条件共享');
    expect(f.message.en).toContain('reclassified as conditional');
  });
});

// MIIT (Art. 20(4)): laws, regulations or central policy documents inside the ministry; withholding from outside it is
// the Decree's Art. 14(3). Hubei (Art. 31(1)): no reason required, so a missing one is a warning.
const MIIT = ['internal_share_type', 'external_share_type'];
const MIIT_OPTIONS = {
  allowedTypes: ['law', 'npc_decision', 'administrative_regulation', 'state_council_decision', 'central_policy_document'],
  allowedTypesFor: { external_share_type: ['law', 'npc_decision', 'administrative_regulation', 'state_council_decision'] },
};
const POLICY = '{reason: 涉及安全生产监管敏感信息, legal_basis: [{title: 国务院办公厅关于建立健全政务数据共享协调机制加快推进数据有序共享的意见, number: 国办发〔2021〕6号}]}';
const miit = (internal: string, external: string, non_share: string) => doc({ entries: [{ share_type: null, internal_share_type: internal, external_share_type: external, usage_conditions: internal === 'conditional' ? '{scope: 部内, objects: 规划司}' : 'none', non_share }] });
const policyOutside = miit('conditional', 'non_shareable', POLICY);
const reasonless = ns('{legal_basis: 《中华人民共和国统计法》第三十九条}');

testRule(rule, {
  valid: [
    { name: 'MIIT: a central policy document withholds data inside the ministry', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: miit('non_shareable', 'non_shareable', '{reason: 内部管理, legal_basis: 《中华人民共和国统计法》第三十九条}').yaml },
    { name: 'MIIT: a policy document suffices for 部内不予共享 alone', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: miit('non_shareable', 'conditional', POLICY).yaml },
    { name: 'MIIT: a shared entry needs no basis', shareAttributes: MIIT, options: MIIT_OPTIONS, yaml: miit('conditional', 'conditional', '{reason: x}').yaml },
  ],
  invalid: [
    {
      name: 'MIIT: a policy document cannot withhold data from other departments (Decree Art. 14(3))',
      shareAttributes: MIIT,
      options: MIIT_OPTIONS,
      yaml: policyOutside.yaml,
      errors: [{ messageId: 'insufficient', line: policyOutside.entry(0, 'non_share').line, column: policyOutside.entry(0, 'non_share').column + POLICY.indexOf('{title'), zh: '须为法律、全国人大及其常委会的决定、行政法规或国务院决定' }],
    },
    { name: 'a regime that asks no reason: a warning', options: { requireReason: false }, yaml: reasonless.yaml, errors: [{ messageId: 'noReason', ...reasonless.entry(0, 'non_share'), severity: 'warning' }] },
  ],
});
