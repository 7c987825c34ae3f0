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

/** The Decree named too, where a citation list mixes it with another text (《工信部办法》第二十条、《条例》第十五条 reads unambiguously). */
const DECREE_NAMED: Bilingual = { zh: '《政务数据共享条例》', en: 'Decree 809 ' };

/** `named`: name the Decree too (it is cited by its articles alone unless another text's profile is in force); `bare`: name no law (the previous citation of a list already did). */
export function cite(ref: ArticleRef, named = false, bare = false): Bilingual {
  const short = bare ? { zh: '', en: '' } : (named || ref.named) && ref.source === 'decree-809' ? DECREE_NAMED : LAW_SHORT[ref.source] ?? { zh: '', en: '' };
  const zh = short.zh + `第${chineseNumeral(ref.article)}条` + (ref.paragraph ? `第${chineseNumeral(ref.paragraph)}款` : '') + (ref.item ? `第（${chineseNumeral(ref.item)}）项` : '');
  const en = short.en + `Art. ${ref.article}` + (ref.paragraph ? `(${ref.paragraph})` : '') + (ref.item ? ` item ${ref.item}` : '');
  return { zh, en };
}

/** The Decree's articles marked to be named (cited under another text's profile). */
export function namedDecree(refs: readonly ArticleRef[]): ArticleRef[] {
  return refs.map((a) => (a.source === 'decree-809' && !a.named ? { ...a, named: true } : a));
}

/** The articles a rule cites under a profile: the profile's own, else the rule's (or a report's choice among them), the Decree named where the profile asks. */
export function ruleArticles(setting: { rule: { articles: readonly ArticleRef[] }; articles?: readonly ArticleRef[]; nameDecree?: boolean }, reported?: readonly ArticleRef[]): ArticleRef[] {
  const refs = setting.articles ?? reported ?? setting.rule.articles;
  return setting.nameDecree ? namedDecree(refs) : [...refs];
}

export function citeAll(refs: readonly ArticleRef[]): Bilingual {
  if (!refs.length) return { zh: '—', en: '—' };
  const mixed = refs.some((r) => r.source !== 'decree-809') && refs.some((r) => r.source === 'decree-809');
  // A law is named once for a run of its articles: 《工信部办法》第二十条第三款、第二十条第四款.
  const parts = refs.map((r, i) => cite(r, mixed, i > 0 && refs[i - 1].source === r.source));
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
