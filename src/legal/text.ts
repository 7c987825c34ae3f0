// Text folding for citations: full-width forms, brackets and spaces as officers type them, and the key a title is looked up by.

/** Full-width ASCII to half-width, every bracket of a 文号 to one form, quotation marks and spaces removed. */
export function foldCitation(text: string): string {
  return foldMapped(text).text;
}

/** foldCitation, with where each folded character came from, so a title can be shown as it was typed. */
export function foldMapped(raw: string): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    // << and >> are typed for 《 and 》.
    const pair = (c === '<' || c === '>') && raw[i + 1] === c;
    const ch = pair ? (c === '<' ? '《' : '》') : _FOLD[c] ?? _width(c);
    if (ch) {
      text += ch;
      from.push(i);
    }
    if (pair) i++;
  }
  return { text, from };
}

/** The typed text behind folded[start, end): what a person wrote, with runs of spaces made one. */
export function typed(raw: string, from: number[], start: number, end: number): string {
  return end > start ? raw.slice(from[start], from[end - 1] + 1).replace(/[\s\u3000]+/g, ' ').trim() : '';
}

/**
 * The key a title is found by in the lists: without 中华人民共和国, inner quotation marks, spaces and an edition note
 * (（2018年修正）); 中华人民共和国 is often left out in citations and the lists are not consistent about it either.
 */
export function titleKey(title: string): string {
  return foldCitation(title)
    .replace(/[《》〈〉\s]/g, '')
    .replace(/（(?:\d{4}年)?(?:修正|修订|修改|第.次修正)(?:本|版)?）$/, '')
    .replace(/^中华人民共和国/, '');
}

const _FOLD: Record<string, string> = {
  '«': '《', '»': '》', '〔': '〔', '［': '〔', '[': '〔', '【': '〔', '〕': '〕', '］': '〕', ']': '〕', '】': '〕',
  '(': '（', ')': '）', '<': '〈', '＜': '〈', '>': '〉', '＞': '〉', '“': '', '”': '', '"': '', "'": '', '‘': '', '’': '',
};

function _width(ch: string): string {
  const code = ch.charCodeAt(0);
  // Most of a title is ideographs and ASCII: decided without a regular expression (this runs on every listed title).
  if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) return ch;
  if (/[\s\u3000]/.test(ch)) return '';
  return /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(ch) ? String.fromCharCode(code - 0xfee0) : ch;
}

const _DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 六百八十一 / 681 / 八十四 → a number; undefined for anything else. */
export function parseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in _DIGITS) digit = _DIGITS[ch];
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}
