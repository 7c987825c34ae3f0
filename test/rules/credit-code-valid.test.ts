import rule from '../../src/rules/credit-code-valid.js';
import { testRule } from '../rule-tester.js';
import { doc, DEPT_CODE, PROVIDER_CODE, raw, valueAt } from '../helpers/header-docs.js';

const dept = (code: string) => doc({ header: { department: `{name: 北京市测试局, code: ${code}}` } });
const provider = (p: string) => doc({ entries: [{}, { provider: p }] });
const wrongCheck = dept('11110000000013127J');
const lower = dept('11110000000013127h');
const letterI = dept('1111000000001312IH');
const short = dept('1111000000001312H');
const number = dept('911100001234567890');
const listCode = dept('[11110000000013127H]');
const provWrong = provider('{name: 北京市测试局, code: 11110000000021235C}');
const provNoCode = provider('{name: 北京市测试局}');
const provBlank = provider("{name: 北京市测试局, code: ' '}");
const provNumber = provider('{name: 北京市测试局, code: 123456789012345678}');
const deptNoCode = doc({ header: { department: '{name: 北京市测试局}' } });
const deptBlankCode = doc({ header: { department: "{name: 北京市测试局, code: ''}" } });
const REQUIRED = { required: true };
const byName = doc({ header: { department: '北京市测试局' }, entries: [{ provider: '北京市测试局' }] });
const noCodes = doc({ header: { department: '{name: 北京市测试局}' }, entries: [{ provider: '{name: 北京市测试局}' }] });
const both = doc({ header: { department: '{name: 北京市测试局, code: 11110000000013127A}' }, entries: [{ provider: '{name: 北京市测试局, code: 11110000000021235A}' }] });

testRule(rule, {
  valid: [
    { name: 'valid department and provider codes', yaml: doc().yaml },
    { name: 'quoted codes', yaml: doc({ header: { department: `{name: 北京市测试局, code: '${DEPT_CODE}'}` }, entries: [{ provider: `{name: 北京市测试局, code: "${PROVIDER_CODE}"}` }] }).yaml },
    { name: 'department without a code: Art. 13 asks for no code', yaml: deptNoCode.yaml },
    { name: 'department with a blank code', yaml: deptBlankCode.yaml },
    { name: 'provider without a code: Art. 13 asks for the provider, not its code', yaml: provNoCode.yaml },
    { name: 'provider with a blank code', yaml: provBlank.yaml },
    { name: 'required: true, codes given', yaml: doc().yaml, options: REQUIRED },
    { name: 'required: true, an empty provider is for other rules', yaml: doc({ entries: [{}, { provider: '{}' }] }).yaml, options: REQUIRED },
    { name: 'department not a mapping', yaml: doc({ header: { department: '北京市测试局' } }).yaml },
    { name: 'provider missing, empty or a bare name is for other rules', yaml: doc({ entries: [{ provider: null }, { provider: '{}' }, { provider: '北京市测试局' }] }).yaml },
    { name: 'no catalogue header', yaml: raw(null, `entries: [{name: 条目, provider: {name: 部门, code: ${PROVIDER_CODE}}}]`) },
  ],
  invalid: [
    {
      name: 'required: true, department and provider given by name only: the codes are missing',
      yaml: byName.yaml,
      options: REQUIRED,
      errors: [
        { messageId: 'missing', ...byName.header('department'), zh: '编制部门缺少统一社会信用代码' },
        { messageId: 'missing', ...byName.entry(0, 'provider'), zh: '的提供单位缺少统一社会信用代码' },
      ],
    },
    { name: 'wrong check character', yaml: wrongCheck.yaml, errors: [{ messageId: 'invalid', ...valueAt(wrongCheck.yaml, 'code: 1'), zh: '编制部门的统一社会信用代码“11110000000013127J”无效：统一社会信用代码校验码错误', en: 'of the compiling department is invalid: wrong check character' }] },
    { name: 'lower-case letter', yaml: lower.yaml, errors: [{ messageId: 'invalid', ...valueAt(lower.yaml, 'code: 1'), zh: '字母应为大写', en: 'upper case' }] },
    { name: 'letter I is not used', yaml: letterI.yaml, errors: [{ messageId: 'invalid', ...valueAt(letterI.yaml, 'code: 1'), en: 'I, O, Z, S, V' }] },
    { name: 'too short', yaml: short.yaml, errors: [{ messageId: 'invalid', ...valueAt(short.yaml, 'code: 1'), en: 'this one has 17' }] },
    { name: 'unquoted digits are a number', yaml: number.yaml, errors: [{ messageId: 'number', ...valueAt(number.yaml, 'code: 9'), zh: '请加引号', en: 'quote it' }] },
    { name: 'code as a list', yaml: listCode.yaml, errors: [{ messageId: 'notText', ...valueAt(listCode.yaml, 'code: ['), zh: '实际为列表', en: 'found a list' }] },
    { name: 'provider with wrong check character, second entry', yaml: provWrong.yaml, errors: [{ messageId: 'invalid', ...valueAt(provWrong.yaml, 'code: 11110000000021235C'), zh: '条目“企业登记基本信息2”的提供单位', en: 'expected "B", found "C"' }] },
    { name: 'required: true, provider without a code', yaml: provNoCode.yaml, options: REQUIRED, errors: [{ messageId: 'missing', ...provNoCode.entry(1, 'provider'), zh: '条目“企业登记基本信息2”的提供单位缺少统一社会信用代码（code）：本配置方案要求写明代码', en: 'the provider of entry "企业登记基本信息2" has no unified social credit code (code), which this profile requires' }] },
    { name: 'required: true, provider with a blank code', yaml: provBlank.yaml, options: REQUIRED, errors: [{ messageId: 'missing', ...valueAt(provBlank.yaml, "code: '"), en: 'has no unified social credit code' }] },
    { name: 'required: true, department without a code', yaml: deptNoCode.yaml, options: REQUIRED, errors: [{ messageId: 'missing', ...deptNoCode.header('department'), zh: '编制部门缺少统一社会信用代码', en: 'the compiling department has no unified social credit code' }] },
    { name: 'required: true, department with a blank code', yaml: deptBlankCode.yaml, options: REQUIRED, errors: [{ messageId: 'missing', ...valueAt(deptBlankCode.yaml, "code: '"), en: 'the compiling department has no' }] },
    {
      name: 'required: true, department and provider without codes: one finding each',
      yaml: noCodes.yaml,
      options: REQUIRED,
      errors: [
        { messageId: 'missing', ...noCodes.header('department'), en: 'the compiling department' },
        { messageId: 'missing', ...noCodes.entry(0, 'provider'), en: 'the provider of entry "企业登记基本信息"' },
      ],
    },
    { name: 'a wrong code is reported with or without required', yaml: wrongCheck.yaml, options: REQUIRED, errors: [{ messageId: 'invalid', ...valueAt(wrongCheck.yaml, 'code: 1') }] },
    { name: 'provider code as a number', yaml: provNumber.yaml, errors: [{ messageId: 'number', ...valueAt(provNumber.yaml, 'code: 1234'), en: 'the provider of entry "企业登记基本信息2"' }] },
    {
      name: 'department and provider both wrong',
      yaml: both.yaml,
      errors: [
        { messageId: 'invalid', ...valueAt(both.yaml, 'code: 11110000000013127A'), en: 'compiling department' },
        { messageId: 'invalid', ...valueAt(both.yaml, 'code: 11110000000021235A'), en: 'provider of entry "企业登记基本信息"' },
      ],
    },
  ],
});
