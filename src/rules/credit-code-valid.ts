// Decree 809 Art. 13: departments and providers are identified by a valid unified social credit code (GB 32100).
import { defineRule } from '../core/define-rule.js';
import { describeCreditCodeProblem } from '../core/credit-code.js';
import { isUnset, shown } from './_header.js';
import { forEachEntry, isObject } from './_util.js';
import type { Bilingual, Path } from '../core/types.js';

export default defineRule({
  id: 'credit-code-valid',
  articles: [{ source: 'decree-809', article: 13 }],
  severity: 'error',
  docs: {
    summary: { zh: '编制部门和提供单位的统一社会信用代码须通过 GB 32100 校验', en: 'Department and provider credit codes pass the GB 32100 check' },
    details: {
      zh: '第十三条第二款要求目录明确提供单位；第十三条第一款的审核同意和第十六条的报送审核都针对特定部门。名称会简称、改名，统一社会信用代码（GB 32100-2015）才能唯一确定一个机关，共享时据此找到责任单位。代码为 18 位，末位为校验码，抄错一位即可被发现。纯数字代码不加引号时会被 YAML 读作整数（可能丢失精度），须加引号。提供单位写了映射却没有代码的也会报告。',
      en: 'Art. 13(2) requires each entry to name its provider, and the approval (Art. 13(1)) and review (Art. 16) concern a specific department. Names get abbreviated and change; the unified social credit code (GB 32100-2015) identifies a public body uniquely, so requests for shared data reach the responsible body. The code has 18 characters, the last a check character that catches a mistyped one. An all-digit code left unquoted is read by YAML as an integer (and may lose precision), so it must be quoted. A provider mapping without a code is reported too.',
    },
  },
  messages: {
    invalid: { zh: '{{owner}}的统一社会信用代码“{{code}}”无效：{{problem}}', en: 'the unified social credit code "{{code}}" of {{owner}} is invalid: {{problem}}' },
    number: { zh: '{{owner}}的统一社会信用代码写成了数字：YAML 会把不加引号的纯数字读作整数（18 位可能丢失精度），请加引号，如 code: \'…\'', en: 'the unified social credit code of {{owner}} is written as a number: YAML reads unquoted digits as an integer (18 digits may lose precision); quote it, e.g. code: \'…\'' },
    notText: { zh: '{{owner}}的统一社会信用代码应为 18 位文本，实际为{{code}}', en: 'the unified social credit code of {{owner}} must be an 18-character text, found {{code}}' },
    missing: { zh: '{{owner}}缺少统一社会信用代码（code）', en: '{{owner}} has no unified social credit code (code)' },
  },
  defaults: {},
  claims: [{ keyword: 'pattern', path: /^\/catalogue\/department\/code$|^\/entries\/\d+\/provider\/code$/ }, { keyword: 'type', path: /^\/catalogue\/department\/code$|^\/entries\/\d+\/provider\/code$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nprovider: {name: 北京市市场监督管理局, code: 11110000000021235B}' },
    fail: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nprovider: {name: 北京市市场监督管理局, code: 11110000000021235C}' },
  },
  check({ catalogue, report }) {
    // Providers repeat across entries: each distinct code is checked once; messages are built only for findings.
    const verdicts = new Map<string, ReturnType<typeof describeCreditCodeProblem>>();
    const check = (code: unknown, path: () => Path, owner: () => Bilingual) => {
      if (typeof code === 'number') return report({ messageId: 'number', path: path(), data: { owner: owner() } });
      if (typeof code !== 'string') return report({ messageId: 'notText', path: path(), data: { owner: owner(), code: shown(code) } });
      if (!verdicts.has(code)) verdicts.set(code, describeCreditCodeProblem(code));
      const problem = verdicts.get(code);
      if (problem) report({ messageId: 'invalid', path: path(), data: { owner: owner(), code, problem } });
    };
    const dept = catalogue.header.department;
    // A blank department code is header-required's finding.
    if (isObject(dept) && !isUnset(dept.code)) check(dept.code, () => ['catalogue', 'department', 'code'], () => ({ zh: '编制部门', en: 'the compiling department' }));
    forEachEntry(catalogue, (entry, path, label) => {
      const provider = entry.provider;
      if (!isObject(provider) || !Object.keys(provider).length) return; // entry-required-fields reports it
      const owner = () => ({ zh: `条目“${label}”的提供单位`, en: `the provider of entry "${label}"` });
      if (isUnset(provider.code)) {
        return report({ messageId: 'missing', path: 'code' in provider ? [...path, 'provider', 'code'] : [...path, 'provider'], data: { owner: owner() } });
      }
      check(provider.code, () => [...path, 'provider', 'code'], owner);
    });
  },
});
