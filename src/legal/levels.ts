// The levels of legal instruments (立法法 and practice), their names in both languages, and which may stand for which.
import { VOCABULARIES } from '../core/vocabulary.js';
import type { Bilingual } from '../core/types.js';
import type { InstrumentLevel } from './types.js';

// The Chinese names are the basis_type vocabulary's (what officers may write as `type`); the English ones read as prose.
const _EN: Readonly<Record<InstrumentLevel, string>> = {
  law: 'law',
  npc_decision: 'NPC decision',
  administrative_regulation: 'administrative regulation',
  state_council_decision: 'State Council decision',
  departmental_rule: 'departmental rule',
  local_regulation: 'local regulation',
  autonomous_regulation: 'autonomous or separate regulation',
  local_government_rule: 'local government rule',
  judicial_interpretation: 'judicial interpretation',
  normative_document: 'normative document',
  central_policy_document: 'policy document of the Party Central Committee or the State Council',
  national_provision: 'national provision',
  unknown: 'unknown level',
};

export const LEVELS: Readonly<Record<InstrumentLevel, Bilingual>> = Object.fromEntries(
  (Object.keys(_EN) as InstrumentLevel[]).map((l) => [l, { zh: VOCABULARIES.basis_type.terms[l] ?? '层级不明', en: _EN[l] }]),
) as Record<InstrumentLevel, Bilingual>;

export const INSTRUMENT_LEVELS = Object.keys(LEVELS) as InstrumentLevel[];

/** A level's name in both languages. */
export function levelName(level: InstrumentLevel): Bilingual {
  return LEVELS[level];
}

/** Several levels as "A、B或C" / "A, B or C". */
export function levelNames(levels: readonly InstrumentLevel[]): Bilingual {
  const names = levels.map(levelName);
  const join = (parts: string[], comma: string, or: string) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(comma)}${or}${parts[parts.length - 1]}`);
  return { zh: join(names.map((n) => n.zh), '、', '或'), en: join(names.map((n) => n.en), ', ', ' or ') };
}

/**
 * Whether an officer's stated level agrees with what the citation shows. A decision of the NPC Standing Committee on a
 * legal question has the force of law, so calling it 法律 is no contradiction; 国家有关规定 is a collective name that
 * covers every national instrument.
 */
export function agrees(stated: InstrumentLevel, found: InstrumentLevel): boolean {
  if (stated === found) return true;
  if ((stated === 'law' && found === 'npc_decision') || (stated === 'npc_decision' && found === 'law')) return true;
  return stated === 'national_provision' && _NATIONAL.has(found);
}

// --- internal ---

const _NATIONAL = new Set<InstrumentLevel>(['law', 'npc_decision', 'administrative_regulation', 'state_council_decision', 'departmental_rule', 'central_policy_document', 'normative_document']);
