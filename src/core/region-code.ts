// Administrative division codes (行政区划代码, GB/T 2260): six digits under a real province-level prefix.
import type { Bilingual } from './types.js';

export function describeRegionCodeProblem(code: string): Bilingual | undefined {
  if (!/^\d{6}$/.test(code)) {
    return {
      zh: `行政区划代码应为 6 位数字，实际为“${code}”`,
      en: `an administrative division code is 6 digits, not "${code}"`,
    };
  }
  const province = code.slice(0, 2);
  if (!_PROVINCES.has(province)) {
    return {
      zh: `行政区划代码“${code}”的前两位“${province}”不是省级行政区代码`,
      en: `the first two digits of "${code}", "${province}", are not a province-level division code`,
    };
  }
  const prefecture = code.slice(2, 4);
  const county = code.slice(4, 6);
  // A county-level code always sits under a prefecture-level code (or 90 for county-level units directly under the
  // province); XX00ZZ has no parent. Taiwan, Hong Kong and Macao are left alone: GB/T 2260 does not subdivide them.
  if (prefecture === '00' && county !== '00' && !_UNSUBDIVIDED.has(province)) {
    return {
      zh: `行政区划代码“${code}”结构不正确：第 3–4 位为 00 时第 5–6 位也应为 00`,
      en: `"${code}" is not a well-formed division code: when digits 3–4 are 00, digits 5–6 must be 00 too`,
    };
  }
  return undefined;
}

export function isValidRegionCode(code: string): boolean {
  return describeRegionCodeProblem(code) === undefined;
}

// --- internal ---

const _PROVINCES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

const _UNSUBDIVIDED = new Set(['71', '81', '82']);
