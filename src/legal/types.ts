// What the legal-instrument classifier reads (a citation) and returns (a level, how sure, and why).
import type { Bilingual } from '../core/types.js';

/** The rank of a legal instrument in the Chinese legal order (立法法), plus the kinds catalogues cite. */
export type InstrumentLevel =
  | 'law' // 法律
  | 'npc_decision' // 全国人大及其常委会的决定
  | 'administrative_regulation' // 行政法规
  | 'state_council_decision' // 国务院决定
  | 'departmental_rule' // 部门规章
  | 'local_regulation' // 地方性法规
  | 'autonomous_regulation' // 自治条例、单行条例
  | 'local_government_rule' // 地方政府规章
  | 'judicial_interpretation' // 司法解释
  | 'normative_document' // 规范性文件
  | 'central_policy_document' // 党中央、国务院政策文件
  | 'national_provision' // 国家有关规定
  | 'unknown';

/** A citation as a catalogue gives it: a mapping, or the plain text an officer types. */
export interface CitationInput {
  title?: string;
  article?: string;
  issued_by?: string;
  /** 文号: 国务院令第681号, 国办发〔2023〕3号 … */
  number?: string;
}

/** Which signal decided, in words an officer can check. */
export interface Evidence {
  /** list (a shipped list of instruments in force), number (the form of promulgation), issuer (the enacting body), title (the form of the title), vague (no instrument named). */
  signal: 'list' | 'number' | 'issuer' | 'title' | 'vague' | 'none';
  text: Bilingual;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Classification {
  /** The instrument's title without 《》, as cited. */
  title?: string;
  /** 第九条, 第十五条第二款 … as cited. */
  article?: string;
  /** 文号 as cited. */
  number?: string;
  issuedBy?: string;
  level: InstrumentLevel;
  /** Every level the citation may still be, most likely first (just `level` when the evidence is decisive). */
  candidates: InstrumentLevel[];
  confidence: Confidence;
  evidence: Evidence[];
  /** The citation names no instrument at all (根据相关法律法规, 依据上级规定). */
  vague: boolean;
}
