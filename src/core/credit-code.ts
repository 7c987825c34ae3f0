// Unified social credit code (统一社会信用代码, GB 32100-2015): structure and check character.
import type { Bilingual } from './types.js';

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function isValidCreditCode(code: string): boolean {
  return _creditCodeProblem(code) === undefined;
}

/** The 18th character that GB 32100 requires after the given 17. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || _firstIllegal(first17) >= 0) {
    throw new RangeError(`expected 17 characters from ${CREDIT_CODE_CHARSET}, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * _WEIGHTS[i];
  // 31 - sum % 31 lies in 1..31; 31 wraps to the character for 0.
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

export function describeCreditCodeProblem(code: string): Bilingual | undefined {
  return _creditCodeProblem(code);
}

// --- internal ---

const _WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function _creditCodeProblem(code: string): Bilingual | undefined {
  const chars = [...code];
  if (chars.length !== 18) {
    return {
      zh: `统一社会信用代码应为 18 位，实际为 ${chars.length} 位`,
      en: `a unified social credit code has 18 characters, this one has ${chars.length}`,
    };
  }
  const bad = _firstIllegal(code);
  if (bad >= 0) {
    const c = chars[bad];
    // Lower case is the commonest slip; I, O, Z, S, V are excluded by the standard to avoid confusion with digits.
    const hintZh = /[a-z]/.test(c) ? '（字母应为大写）' : /[IOZSV]/.test(c) ? '（代码不使用 I、O、Z、S、V）' : '';
    const hintEn = /[a-z]/.test(c) ? ' (letters must be upper case)' : /[IOZSV]/.test(c) ? ' (the letters I, O, Z, S, V are not used)' : '';
    return {
      zh: `统一社会信用代码第 ${bad + 1} 位字符“${c}”不合法${hintZh}`,
      en: `character ${bad + 1} of the unified social credit code, "${c}", is not allowed${hintEn}`,
    };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      zh: `统一社会信用代码校验码错误：第 18 位应为“${expected}”，实际为“${code[17]}”`,
      en: `wrong check character in the unified social credit code: expected "${expected}", found "${code[17]}"`,
    };
  }
  return undefined;
}

/** Index (in code points) of the first character outside the charset, or -1. */
function _firstIllegal(code: string): number {
  const chars = [...code];
  return chars.findIndex((c) => !CREDIT_CODE_CHARSET.includes(c));
}
