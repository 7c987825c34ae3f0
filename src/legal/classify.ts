// A citation → the level of the instrument it names, how sure, and the signal that decided: the shipped lists first,
// then the form of promulgation, the enacting body, and last the form of the title.
import { fill } from '../core/messages.js';
import { findListed, listFor } from './lists.js';
import { parseCitationInput, parseCitations, type ParsedCitation } from './parse.js';
import { DECREE_SIGNALS, DOCUMENT_SIGNALS, ISSUER_SIGNALS, LOCAL_TITLE_SIGNALS, MINISTRY_TITLE, PLACE, STRONG_TITLE_SIGNALS, type Signal } from './signals.js';
import { foldCitation } from './text.js';
import type { Bilingual } from '../core/types.js';
import type { CitationInput, Classification, Evidence, InstrumentLevel } from './types.js';

/** The instrument one citation names (the first, when a text names several). */
export function classifyCitation(input: string | CitationInput): Classification {
  const parsed = typeof input === 'string' ? parseCitations(input)[0] : parseCitationInput(input);
  if (parsed && (parsed.title || parsed.number)) return classifyParsed(parsed);
  return _vague(typeof input === 'string' ? input : input.title ?? '');
}

/** Every instrument a text names; a text naming none gives one vague result. */
export function classifyCitations(text: string): Classification[] {
  // Catalogues cite the same few instruments over and over: work each distinct text out once.
  let found = _memo.get(text);
  if (!found) {
    const list = parseCitations(text);
    found = list.length ? list.map(classifyParsed) : [_vague(text)];
    if (_memo.size < 10_000) _memo.set(text, found);
  }
  return found.map((c) => ({ ...c, candidates: [...c.candidates], evidence: [...c.evidence] }));
}

export function classifyParsed(p: ParsedCitation): Classification {
  const base = { title: p.title, article: p.article, number: p.number, issuedBy: p.issued_by };
  // Patterns read the title without spaces; the result keeps it as typed.
  const title = (p.title ?? '').replace(/\s/g, '');
  const listed = title ? findListed(title) : undefined;
  if (listed) {
    const { list } = listed;
    const why = { zh: `《${listed.title}》在${list.title.zh}目录中（截至 ${list.asOf}）`, en: `《${listed.title}》 is on the list of ${list.title.en.toLowerCase()} (as of ${list.asOf})` };
    return _result(base, list.level, [list.level], 'high', { signal: 'list', text: why });
  }
  const decided =
    (p.decree && _match(DECREE_SIGNALS, p.decree.issuer.replace(/^中华人民共和国/, ''), title, 'number', p.number!)) ||
    (p.document && _match(DOCUMENT_SIGNALS, p.document.prefix, title, 'number', p.number!)) ||
    (title && _match(STRONG_TITLE_SIGNALS, title, title, 'title', title)) ||
    (p.issued_by && _match(ISSUER_SIGNALS, foldCitation(p.issued_by).replace(/^中华人民共和国/, ''), title, 'issuer', p.issued_by)) ||
    (title && _byTitle(title));
  return decided ? { ...base, ...decided, vague: false } : _result(base, 'unknown', [], 'low', { signal: 'none', text: { zh: '引用中没有可判断层级的信息', en: 'nothing in the citation shows its level' } });
}

// --- internal ---

const _memo = new Map<string, Classification[]>();

type Decided = Pick<Classification, 'level' | 'candidates' | 'confidence' | 'evidence'>;

function _match(signals: Signal[], subject: string, title: string, signal: Evidence['signal'], shown: string): Decided | undefined {
  const s = signals.find((x) => x.test.test(subject) && (!x.title || x.title.test(title)));
  if (!s) return undefined;
  const x = signal === 'title' ? `《${shown}》` : shown;
  return { level: s.level, candidates: [s.level, ...(s.also ?? [])], confidence: s.confidence, evidence: [{ signal, text: { zh: fill(s.why.zh, { x }, 'zh'), en: fill(s.why.en, { x }, 'en') } }] };
}

/** A title with no decisive signal: a place name, a ministry, or what it cannot be since it is on neither list. */
function _byTitle(title: string): Decided {
  if (PLACE.test(title)) return _match(LOCAL_TITLE_SIGNALS, title, title, 'title', title)!;
  if (MINISTRY_TITLE.test(title)) {
    const notice = /(?:通知|意见|方案|函|批复|指南)$/.test(title);
    return notice
      ? _decided('normative_document', [], 'high', { zh: `《${title}》是国务院部门印发的通知、意见，属于规范性文件`, en: `《${title}》 is a notice or opinion of a State Council department: a normative document` })
      : _decided('departmental_rule', ['normative_document'], 'medium', { zh: `《${title}》由国务院部门制定，属于部门规章或规范性文件`, en: `《${title}》 was made by a State Council department: a departmental rule or a normative document` });
  }
  const asOf = _asOf();
  if (/法$/.test(title) && !/(?:办|方|做|司|立|执)法$/.test(title)) {
    return _decided('law', [], 'medium', { zh: `《${title}》是法律的名称形式，但不在现行有效法律目录（截至 ${asOf.law}）中，请核对名称`, en: `《${title}》 has the form of a law's title but is not on the list of laws in force (as of ${asOf.law}); check the title` });
  }
  if (/条例$/.test(title)) {
    return _decided('unknown', ['administrative_regulation', 'local_regulation'], 'low', { zh: `《${title}》可能是行政法规或地方性法规，但不在现行有效行政法规目录（截至 ${asOf.regulation}）中；请注明国务院令号或制定机关`, en: `《${title}》 may be an administrative or a local regulation but is not on the list of administrative regulations in force (as of ${asOf.regulation}); give its State Council decree number or its enacting body` });
  }
  if (/(?:办法|规定|细则|规则)$/.test(title)) {
    return _decided('departmental_rule', ['local_government_rule', 'normative_document'], 'medium', { zh: `《${title}》不在现行有效的法律、行政法规目录（截至 ${asOf.regulation}）中；名称为“${title.match(/(办法|规定|细则|规则)$/)![1]}”，属于部门规章、地方政府规章或规范性文件`, en: `《${title}》 is on neither the list of laws nor that of administrative regulations in force (as of ${asOf.regulation}); by its title it is a departmental or local government rule or a normative document` });
  }
  if (/(?:通知|意见|方案|纲要|规划|指南|批复|函)$/.test(title)) {
    return _decided('normative_document', ['central_policy_document'], 'medium', { zh: `《${title}》是通知、意见类文件，属于规范性文件或政策文件`, en: `《${title}》 is a notice or opinion: a normative or policy document` });
  }
  return _decided('unknown', [], 'low', { zh: `无法从《${title}》的名称判断其层级；请注明制定机关和文号`, en: `the level of 《${title}》 cannot be told from its title; give its enacting body and number` });
}

function _decided(level: InstrumentLevel, also: InstrumentLevel[], confidence: Decided['confidence'], text: Bilingual): Decided {
  return { level, candidates: level === 'unknown' ? also : [level, ...also], confidence, evidence: [{ signal: 'title', text }] };
}

function _result(base: Partial<Classification>, level: InstrumentLevel, candidates: InstrumentLevel[], confidence: Classification['confidence'], evidence: Evidence): Classification {
  return { ...base, level, candidates, confidence, evidence: [evidence], vague: false };
}

/** A text that names no instrument; 国家有关规定 names a class of instruments (the term of 湖北省数据条例 Art. 31), still none in particular. */
function _vague(text: string): Classification {
  const level = /国家(?:有关|相关)规定/.test(text) ? 'national_provision' : 'unknown';
  return { level, candidates: [], confidence: 'high', vague: true, evidence: [{ signal: 'vague', text: { zh: '没有指明具体的法律文件（名称或文号）', en: 'no particular instrument is named (no title, no number)' } }] };
}

function _asOf(): { law: string; regulation: string } {
  return { law: listFor('law')?.asOf ?? '—', regulation: listFor('administrative_regulation')?.asOf ?? '—' };
}
