import rule from '../../src/rules/region-code-valid.js';
import { testRule } from '../rule-tester.js';
import { doc, raw } from '../helpers/header-docs.js';

const region = (level: string, code: string | null) => doc({ header: { level, region: code } });
const fiveDigits = region('provincial', "'11000'");
const letters = region('provincial', "'11000A'");
const badProvince = region('provincial', "'990000'");
const malformed = region('county', "'110001'");
const unquotedLeadingZero = region('provincial', '011000');
const listRegion = region('provincial', "['110000']");
const boolRegion = region('provincial', 'true');
const missing = region('provincial', null);
const missingZh = region('县级', null);
const blank = region('municipal', "''");
const provincialCity = region('provincial', "'420100'");
const municipalCounty = region('市级', "'420102'");
const countyCity = region('county', "'420100'");

testRule(rule, {
  valid: [
    { name: 'provincial 110000', yaml: doc().yaml },
    { name: 'unquoted number is read as the code', yaml: region('provincial', '110000').yaml },
    { name: 'municipal 420100', yaml: region('municipal', "'420100'").yaml },
    { name: 'county 420102, level in Chinese', yaml: region('县级', "'420102'").yaml },
    { name: 'county-level city directly under the province', yaml: region('county', "'429004'").yaml },
    { name: 'municipality as municipal level', yaml: region('municipal', "'110000'").yaml },
    { name: 'national catalogue without region', yaml: region('national', null).yaml },
    { name: 'national catalogue without region, level in Chinese', yaml: region('国家级', null).yaml },
    { name: 'no level: nothing to require', yaml: doc({ header: { level: null, region: null } }).yaml },
    { name: 'unknown level: code checked, shape not', yaml: region('街道', "'420102'").yaml },
    { name: 'option requiredFor empty', yaml: missing.yaml, options: { requiredFor: [] } },
    { name: 'no catalogue header', yaml: raw(null) },
  ],
  invalid: [
    { name: 'five digits', yaml: fiveDigits.yaml, errors: [{ messageId: 'invalid', ...fiveDigits.header('region'), zh: '应为 6 位数字', en: 'is 6 digits, not "11000"' }] },
    { name: 'a letter', yaml: letters.yaml, errors: [{ messageId: 'invalid', ...letters.header('region'), en: '6 digits' }] },
    { name: 'unknown province', yaml: badProvince.yaml, errors: [{ messageId: 'invalid', ...badProvince.header('region'), zh: '不是省级行政区代码', en: '"99"' }] },
    { name: 'county digits without a prefecture', yaml: malformed.yaml, errors: [{ messageId: 'invalid', ...malformed.header('region'), en: 'digits 5–6 must be 00' }] },
    { name: 'unquoted leading zero loses a digit', yaml: unquotedLeadingZero.yaml, errors: [{ messageId: 'invalid', ...unquotedLeadingZero.header('region'), en: 'not "11000"' }] },
    { name: 'a list', yaml: listRegion.yaml, errors: [{ messageId: 'notText', ...listRegion.header('region'), zh: '实际为列表', en: "region: '110000'" }] },
    { name: 'a boolean', yaml: boolRegion.yaml, errors: [{ messageId: 'notText', ...boolRegion.header('region'), en: 'found true' }] },
    { name: 'provincial catalogue without region', yaml: missing.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '省级目录缺少行政区划代码', en: 'a provincial catalogue must give' }] },
    { name: 'county level in Chinese without region', yaml: missingZh.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '县级目录', en: 'county catalogue' }] },
    { name: 'blank region', yaml: blank.yaml, errors: [{ messageId: 'missing', ...blank.header('region'), en: 'municipal' }] },
    { name: 'provincial level with a city code', yaml: provincialCity.yaml, errors: [{ messageId: 'levelMismatch', ...provincialCity.header('region'), zh: '应形如 XX0000', en: 'the division code "420100" does not fit' }] },
    { name: 'municipal level (市级) with a county code', yaml: municipalCounty.yaml, errors: [{ messageId: 'levelMismatch', ...municipalCounty.header('region'), en: 'XXXX00' }] },
    { name: 'county level with a city code', yaml: countyCity.yaml, errors: [{ messageId: 'levelMismatch', ...countyCity.header('region'), zh: '后两位不应为 00' }] },
  ],
});
