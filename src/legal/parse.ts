// A citation as officers type it → its parts: 《title》, 第X条, 文号 (XX令第N号, 国办发〔2023〕N号) and the issuing body.
import { foldCitation, foldMapped, parseNumeral, typed } from './text.js';
import type { CitationInput } from './types.js';

export interface ParsedCitation extends CitationInput {
  /** A promulgation order: XX令第N号 (the issuer as written before 令). */
  decree?: { issuer: string; n: number };
  /** A document number: prefix〔year〕N号. */
  document?: { prefix: string; year: number; n: number };
}

/** Every instrument a text names, in order; none when it names no title and no number (根据相关法律法规). */
export function parseCitations(raw: string): ParsedCitation[] {
  const { text, from } = foldMapped(raw);
  const spans = _titleSpans(text);
  if (!spans.length) return _bare(text);
  return spans.flatMap(([start, end], i) => {
    const after = text.slice(end + 1, i + 1 < spans.length ? spans[i + 1][0] : text.length);
    const before = i === 0 ? _stripVerbs(text.slice(0, start)) : '';
    // What follows up to the first 、；， belongs to this title (its number, its article); anything after it is cited on its own.
    const cut = _separator(after);
    const own = after.slice(0, cut);
    const title = typed(raw, from, start + 1, end);
    const article = _article(after.replace(/^的/, ''), true);
    const numbered = _number(own) ?? _number(before);
    const issuer = numbered ? undefined : _issuer(before);
    const rest = after.slice(cut).replace(_ARTICLE_TAIL, '');
    return [_clean({ title, article, ...numbered, issued_by: issuer }), ...(rest ? _bare(rest) : [])];
  });
}

/** A mapping citation, its title possibly holding the whole citation text (《…》（…令第N号）第X条). */
export function parseCitationInput(input: CitationInput): ParsedCitation {
  const parsedTitle = input.title ? parseCitations(input.title) : [];
  const fromTitle: ParsedCitation = parsedTitle[0] ?? {};
  const fromNumber = input.number ? _number(foldCitation(input.number)) : undefined;
  // A title that names no instrument (相关法律法规) is no title.
  const title = fromTitle.title ?? (input.title && parsedTitle.length ? foldCitation(input.title) : undefined);
  return _clean({
    title: title || undefined,
    article: input.article?.trim() || fromTitle.article,
    number: fromNumber?.number ?? (input.number?.trim() || fromTitle.number),
    decree: fromNumber?.decree ?? fromTitle.decree,
    document: fromNumber?.document ?? fromTitle.document,
    issued_by: input.issued_by?.trim() || fromTitle.issued_by,
  });
}

/** Instrument nouns a title ends with. */
export const INSTRUMENT_NOUN = /(?:法|法典|条例|规定|办法|细则|决定|规则|意见|通知|解释|批复|决议|纲要|规划|方案|公告|准则|章程|目录|清单|指南|标准)$/;

// --- internal ---

const _NUM = '[0-9一二三四五六七八九十百千零〇两]+';
const _ONE_ARTICLE = `第${_NUM}条(?:之${_NUM})?(?:第${_NUM}款)?(?:第（?${_NUM}）?项)?`;
const _ARTICLES = new RegExp(`${_ONE_ARTICLE}(?:(?:[、,，和及与至到-]|以及)(?:${_ONE_ARTICLE}|第${_NUM}款|第（?${_NUM}）?项))*`);
const _DECREE = new RegExp(`([\\u4e00-\\u9fa5、]{1,40})令（?(?:〔?(?:19|20)\\d{2}〕?年?)?第?(${_NUM})号）?`);
const _DOCUMENT = /([\u4e00-\u9fa5A-Za-z]{1,12})[〔（]((?:19|20)\d{2})[〕）]第?(\d+)号/;
const _ARTICLE_TAIL = new RegExp(`^(?:[、；;，,和及与]|以及)?(?:${_ONE_ARTICLE}[、,，]?)*`);
// 和/及/与 join two citations only after a complete one (…第五条及法释〔2017〕10号), not inside a body's name (工业和信息化部).
const _ENDS_CITATION = /(?:^|条|款|项|号|之[一二三四五六七八九十]+|》|）)$/;
const _VERBS = /^(?:根据|依据|依照|按照|参照|遵照|遵循|依|据|见|详见|参见|执行)+/;
const _BODY = /((?:中华人民共和国|中共|中国共产党)?[\u4e00-\u9fa5、]{0,30}?(?:国务院办公厅|国务院|人民代表大会常务委员会|人民代表大会|常务委员会|人民政府办公厅|人民政府|中央委员会|中共中央办公厅|中共中央|办公厅|办公室|部|委员会|总局|局|署|银行|法院|检察院))$/;

function _titleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth++ === 0) start = i;
    } else if (text[i] === '》' && depth > 0 && --depth === 0) {
      if (i > start + 1) spans.push([start, i]);
    }
  }
  return spans;
}

/** The article cited: anywhere in a bare text, or right after a title (after its bracketed number, if any). */
function _article(text: string, atStart = false): string | undefined {
  if (!atStart) return _ARTICLES.exec(text)?.[0];
  const m = _ARTICLES.exec(text);
  return m && /^(?:（[^（）]*）)?$/.test(text.slice(0, m.index)) ? m[0] : undefined;
}

/** Where the text that belongs to a title ends: the first 、；， outside brackets that does not continue an article list. */
function _separator(after: string): number {
  let depth = 0;
  for (let i = 0; i < after.length; i++) {
    const ch = after[i];
    if (ch === '（') depth++;
    else if (ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !/^第/.test(after.slice(i + 1)) && (/[、；;，,]/.test(ch) || (/[和及与]/.test(ch) && _ENDS_CITATION.test(after.slice(0, i))))) return i;
  }
  return after.length;
}

function _number(text: string): Pick<ParsedCitation, 'number' | 'decree' | 'document'> | undefined {
  const d = _DECREE.exec(text);
  const doc = _DOCUMENT.exec(text);
  if (d && (!doc || d.index <= doc.index)) {
    const issuer = _issuerOfDecree(d[1]);
    const n = parseNumeral(d[2]);
    if (issuer && n !== undefined) return { number: d[0].slice(d[0].indexOf(issuer)).replace(/[（）]/g, ''), decree: { issuer, n } };
  }
  if (doc) {
    // The prefix may run on from a title typed without 《》 (…改革的决定国发〔2014〕45号): keep what follows the title.
    const prefix = doc[1].replace(/^.*(?:决定|通知|意见|办法|规定|条例|细则|方案|规划|的|关于)/, '') || doc[1];
    return { number: `${prefix}〔${doc[2]}〕${doc[3]}号`, document: { prefix, year: Number(doc[2]), n: Number(doc[3]) } };
  }
  return undefined;
}

function _numberAt(part: string, n: Pick<ParsedCitation, 'decree' | 'document'>): number {
  return n.decree ? part.indexOf(`${n.decree.issuer}令`) : n.document ? part.lastIndexOf(n.document.prefix, part.search(/[〔（](?:19|20)\d{2}[〕）]/)) : -1;
}

/** The body before 令: the text may run on from a title without 《》 (统计法实施条例国务院令第681号). */
function _issuerOfDecree(raw: string): string | undefined {
  let s = _stripVerbs(raw.replace(/^、+|、+$/g, ''));
  const cut = /.*(?:条例|办法|规定|细则|决定|规则)/.exec(s);
  if (cut) s = s.slice(cut[0].length);
  return s || undefined;
}

function _issuer(before: string): string | undefined {
  return _BODY.exec(before)?.[1];
}

function _stripVerbs(s: string): string {
  return s.replace(_VERBS, '');
}

/** A text without 《》: split at 、；， into citations; parts that only continue an article list (第十条) stay with the one before. */
function _bare(text: string): ParsedCitation[] {
  const parts: string[] = [];
  for (const part of _stripVerbs(text).split(/[；;，,、]|以及|(?<=[法例定则见知释])及(?=[^第])/)) {
    if (!part) continue;
    if (parts.length && /^第/.test(part)) parts[parts.length - 1] += `、${part}`;
    else parts.push(_stripVerbs(part));
  }
  const out: ParsedCitation[] = [];
  for (const part of parts) {
    const numbered = _number(part);
    const article = _article(part);
    const cut = Math.min(...[numbered ? _numberAt(part, numbered) : -1, article ? part.indexOf(article) : -1, part.indexOf('（')].filter((i) => i >= 0), part.length);
    let title: string | undefined = part.slice(0, cut).replace(/（$/, '').trim();
    if (numbered?.decree && title.endsWith(numbered.decree.issuer)) title = title.slice(0, -numbered.decree.issuer.length);
    title = title.replace(/(?:的|等)?(?:有关|相关)?规定$/, (m) => (INSTRUMENT_NOUN.test(title!.slice(0, -m.length)) ? '' : m));
    if (!INSTRUMENT_NOUN.test(title) || _generic(title)) title = undefined;
    if (title || numbered) out.push(_clean({ title, article, ...numbered }));
  }
  return out;
}

// Words that name no particular instrument: 国家有关规定, 相关法律法规, 上级文件, 内部管理规定, 保密规定.
const _GENERIC = /^(?:国家|国务院|上级|相关|有关|法律|法规|行政|规章|政策|文件|规定|要求|制度|保密|内部|管理|工作|其他|其它|各项|现行|本单位|本部门|本级|部门|单位|等|的|和|及|与|或|以及|省|市|县|区)*$/;
// Before 法 fewer words are generic: 保密法 is the 保守国家秘密法 as officers shorten it.
const _GENERIC_LAW = /^(?:国家|上级|相关|有关|法律|其他|其它|各项|现行|等|的|和|及|与|或)*$/;

function _generic(title: string): boolean {
  const stem = title.replace(INSTRUMENT_NOUN, '');
  return (/法$/.test(title) && !/(?:办|方)法$/.test(title) ? _GENERIC_LAW : _GENERIC).test(stem);
}

function _clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined || o[k] === '') delete o[k];
  return o;
}
