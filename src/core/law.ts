// Finds an article's text in a law file laid out as in law/: one 第X条 heading line per article.
import { chineseNumeral } from './articles.js';

export function articleText(lawText: string, article: number): string | undefined {
  const lines = lawText.split(/\r?\n/);
  const head = `第${chineseNumeral(article)}条`;
  const start = lines.findIndex((l) => l.startsWith(head + ' ') || l.startsWith(head + '\u3000') || l === head);
  if (start < 0) return undefined;
  const out = [lines[start]];
  for (let i = start + 1; i < lines.length && !/^第[一二三四五六七八九十百零]+条/.test(lines[i]) && !/^第[一二三四五六七八九十]+章/.test(lines[i]); i++) {
    if (lines[i].trim()) out.push(lines[i]);
  }
  return out.join('\n');
}
