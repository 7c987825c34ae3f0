// Article citations rendered the way each language cites them: 第十五条第二款 / Art. 15(2).
import type { ArticleRef, Bilingual, LawSource } from './types.js';

export const LAW_TITLES: Record<LawSource, Bilingual & { file: string }> = {
  'decree-809': { zh: '《政务数据共享条例》', en: 'Regulations on Government Data Sharing (Decree No. 809)', file: 'decree-809-government-data-sharing.zh.txt' },
  'miit-measures': { zh: '《工业和信息化部政务数据共享管理办法（试行）》', en: 'MIIT Government Data Sharing Measures (Trial)', file: 'miit-government-data-sharing-measures.zh.txt' },
  'hubei-regulation': { zh: '《湖北省数据条例》', en: 'Hubei Province Data Regulation', file: 'hubei-data-regulation.zh.txt' },
};

/** How a citation names a text other than Decree 809 (the Decree is cited by its articles alone, as it always was). */
export const LAW_SHORT: Record<LawSource, Bilingual> = {
  'decree-809': { zh: '', en: '' },
  'miit-measures': { zh: '《工信部办法》', en: 'MIIT Measures ' },
  'hubei-regulation': { zh: '《湖北省数据条例》', en: 'Hubei Regulation ' },
};

export function cite(ref: ArticleRef): Bilingual {
  const short = LAW_SHORT[ref.source] ?? { zh: '', en: '' };
  const zh = short.zh + `第${chineseNumeral(ref.article)}条` + (ref.paragraph ? `第${chineseNumeral(ref.paragraph)}款` : '') + (ref.item ? `第（${chineseNumeral(ref.item)}）项` : '');
  const en = short.en + `Art. ${ref.article}` + (ref.paragraph ? `(${ref.paragraph})` : '') + (ref.item ? ` item ${ref.item}` : '');
  return { zh, en };
}

export function citeAll(refs: readonly ArticleRef[]): Bilingual {
  if (!refs.length) return { zh: '—', en: '—' };
  const parts = refs.map(cite);
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
}

const DIGITS = '零一二三四五六七八九';

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  const rest = n % 100;
  return DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + chineseNumeral(rest) : chineseNumeral(rest));
}
