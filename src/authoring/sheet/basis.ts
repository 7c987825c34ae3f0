// The 不予共享依据 cell: 《中华人民共和国XX法》（文号）第十条［法律／全国人民代表大会常务委员会］；… one basis after another.
import { canonicalize, VOCABULARIES } from '../../core/vocabulary.js';
import type { Bilingual } from '../../core/types.js';
import { cellSafe, cellText, unknownTerm, type Codec } from './values.js';
import { isEmptyCell } from './cells.js';

export const legalBases: Codec = {
  write(v) {
    if (!Array.isArray(v) || !v.length || !v.every(_writable)) return undefined;
    return v.map(_writeOne).join('；');
  },
  read(cell, label) {
    if (isEmptyCell(cell)) return undefined;
    const out: Record<string, string>[] = [];
    let error: Bilingual | undefined;
    for (const part of cellText(cell).split(/[；;\r\n]+/).map((s) => s.trim()).filter(Boolean)) {
      const r = _readOne(part);
      if (r.error && !error) error = { zh: `${label.zh}：${r.error.zh}`, en: `${label.en}: ${r.error.en}` };
      out.push(r.basis);
    }
    return { value: out, ...(error ? { error } : {}) };
  },
};

// --- internal ---

const _KEYS = ['type', 'title', 'number', 'article', 'issued_by'];
const _DELIMITERS = /[《》［］【】[\]／/；;\r\n]/;

/** Only bases the cell can carry exactly; anything else travels in 其他字段. */
function _writable(b: unknown): boolean {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const o = b as Record<string, unknown>;
  return Object.keys(o).every((k) => _KEYS.includes(k) && typeof o[k] === 'string' && o[k] === (o[k] as string).trim() && o[k] !== '' && !_DELIMITERS.test(o[k] as string) && cellSafe(o[k] as string))
    && typeof o.title === 'string';
}

function _writeOne(b: Record<string, string>): string {
  const vocab = VOCABULARIES.basis_type;
  const type = b.type === undefined ? '' : vocab.terms[canonicalize(vocab, b.type)?.value ?? ''] ?? b.type;
  const bracket = type || b.issued_by ? `［${type}${b.issued_by ? `／${b.issued_by}` : ''}］` : '';
  return `《${b.title}》${b.number ? `（${b.number}）` : ''}${b.article ?? ''}${bracket}`;
}

function _readOne(part: string): { basis: Record<string, string>; error?: Bilingual } {
  const m = /^(.*?)\s*(?:[［[【]([^］\]】]*)[］\]】])?$/.exec(part)!;
  const [title, rest] = _titleAndArticle(m[1].trim());
  // A 文号 in brackets right after the title: （国务院令第681号）, （国办发〔2022〕3号）.
  const numbered = /^（([^（）]*(?:令第?[^（）]*号|〔\d{4}〕[^（）]*号))）\s*(.*)$/.exec(rest);
  const article = numbered ? numbered[2] : rest;
  const [typeText = '', issuer = ''] = (m[2] ?? '').split(/[／/|｜，,]/).map((s) => s.trim());
  const basis: Record<string, string> = {};
  let error: Bilingual | undefined;
  if (typeText) {
    const c = canonicalize(VOCABULARIES.basis_type, typeText);
    basis.type = c?.value ?? typeText;
    if (!c) error = unknownTerm('basis_type', { zh: '依据类型', en: 'basis type' }, typeText);
  }
  if (title) basis.title = title;
  if (numbered) basis.number = numbered[1];
  if (article) basis.article = article;
  if (issuer) basis.issued_by = issuer;
  return { basis, ...(error ? { error } : {}) };
}

/** 《名称》条款, or 名称第X条… without the book-title marks. */
function _titleAndArticle(t: string): [string, string] {
  const marked = /^《([^》]*)》\s*(.*)$/.exec(t);
  if (marked) return [marked[1].trim(), marked[2].trim()];
  const bare = /^(.*?)(第[一二三四五六七八九十百千零〇两\d]+条.*)$/.exec(t);
  return bare ? [bare[1].trim(), bare[2].trim()] : [t, ''];
}
