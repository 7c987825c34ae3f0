// Decree 809 Art. 13: a unified social credit code given for the department or a provider is a valid one (GB 32100).
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
    summary: { zh: '写明的编制部门和提供单位统一社会信用代码须通过 GB 32100 校验', en: 'Department and provider credit codes, where given, pass the GB 32100 check' },
    details: {
      zh: '第十三条第二款要求目录明确提供单位，并未要求写明其统一社会信用代码：只写单位名称不是缺陷，国家配置默认不要求代码。但写明的代码须是有效代码：统一社会信用代码（GB 32100-2015）为 18 位，末位为校验码，抄错一位即可被发现，错误的代码会让共享申请找错单位。纯数字代码不加引号时会被 YAML 读作整数（可能丢失精度），须加引号。要求写明代码的配置方案可设选项 required: true，此时缺少代码的编制部门和提供单位也会报告。',
      en: 'Art. 13(2) requires each entry to state its provider; it does not require the provider\'s unified social credit code, so a name alone is not a defect and the national profile asks for no code. A code that is given must be a valid one, though: the unified social credit code (GB 32100-2015) has 18 characters, the last a check character that catches a mistyped one, and a wrong code sends sharing requests to the wrong body. An all-digit code left unquoted is read by YAML as an integer (and may lose precision), so it must be quoted. Profiles that require codes set the option required: true; then a department or provider without a code is reported too.',
    },
  },
  messages: {
    invalid: { zh: '{{owner}}的统一社会信用代码“{{code}}”无效：{{problem}}', en: 'the unified social credit code "{{code}}" of {{owner}} is invalid: {{problem}}' },
    number: { zh: '{{owner}}的统一社会信用代码写成了数字：YAML 会把不加引号的纯数字读作整数（18 位可能丢失精度），请加引号，如 code: \'…\'', en: 'the unified social credit code of {{owner}} is written as a number: YAML reads unquoted digits as an integer (18 digits may lose precision); quote it, e.g. code: \'…\'' },
    notText: { zh: '{{owner}}的统一社会信用代码应为 18 位文本，实际为{{code}}', en: 'the unified social credit code of {{owner}} must be an 18-character text, found {{code}}' },
    missing: { zh: '{{owner}}缺少统一社会信用代码（code）：本配置方案要求写明代码', en: '{{owner}} has no unified social credit code (code), which this profile requires' },
  },
  optionsSchema: { type: 'object', properties: { required: { type: 'boolean' } }, additionalProperties: false },
  defaults: { required: false },
  claims: [{ keyword: 'pattern', path: /^\/catalogue\/department\/code$|^\/entries\/\d+\/provider\/code$/ }, { keyword: 'type', path: /^\/catalogue\/department\/code$|^\/entries\/\d+\/provider\/code$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nprovider: {name: 北京市市场监督管理局, code: 11110000000021235B}' },
    fail: { at: 'entry', yaml: 'id: SCJG-0001\nname: 企业登记基本信息\nprovider: {name: 北京市市场监督管理局, code: 11110000000021235C}' },
  },
  check({ catalogue, options, report }) {
    // Providers repeat across entries: each distinct code is checked once; messages are built only for findings.
    const verdicts = new Map<string, ReturnType<typeof describeCreditCodeProblem>>();
    const check = (code: unknown, path: () => Path, owner: () => Bilingual) => {
      if (typeof code === 'number') return report({ messageId: 'number', path: path(), data: { owner: owner() } });
      if (typeof code !== 'string') return report({ messageId: 'notText', path: path(), data: { owner: owner(), code: shown(code) } });
      if (!verdicts.has(code)) verdicts.set(code, describeCreditCodeProblem(code));
      const problem = verdicts.get(code);
      if (problem) report({ messageId: 'invalid', path: path(), data: { owner: owner(), code, problem } });
    };
    // Art. 13 asks for the provider, not its code: a missing code is a finding only where a profile requires codes.
    const holder = (owner: unknown, at: Path, name: () => Bilingual) => {
      if (!isObject(owner) || !Object.keys(owner).length) return; // header-required / entry-required-fields report it
      if (!isUnset(owner.code)) return check(owner.code, () => [...at, 'code'], name);
      if (options.required) report({ messageId: 'missing', path: 'code' in owner ? [...at, 'code'] : at, absent: [...at, 'code'], data: { owner: name() } });
    };
    holder(catalogue.header.department, ['catalogue', 'department'], () => ({ zh: '编制部门', en: 'the compiling department' }));
    forEachEntry(catalogue, (entry, path, label) => {
      holder(entry.provider, [...path, 'provider'], () => ({ zh: `条目“${label}”的提供单位`, en: `the provider of entry "${label}"` }));
    });
  },
});
