// Whether a cited instrument can carry what a profile asks of it (Art. 14(3): a law, administrative regulation or
// State Council decision), given what the citation shows and the type an officer may have stated.
import { agrees } from './levels.js';
import type { Classification, InstrumentLevel } from './types.js';

/** yes: of an accepted level; no: not; unknown: it may be; none: no instrument is named. */
export type Sufficiency = 'yes' | 'no' | 'unknown' | 'none';

/** The citation shows its level clearly enough to check a stated type against. */
export function isConfident(c: Classification): boolean {
  return !c.vague && c.confidence !== 'low' && c.candidates.length > 0;
}

/** A stated type that the citation clearly contradicts (法律 written over a 部令). */
export function refutes(c: Classification, stated: InstrumentLevel | undefined): boolean {
  return !!stated && isConfident(c) && !c.candidates.some((l) => agrees(stated, l));
}

export function sufficiency(c: Classification, allowed: ReadonlySet<string>, stated?: InstrumentLevel): Sufficiency {
  if (c.vague) return 'none';
  // A clear inference decides; a stated type decides only where the citation itself does not.
  const levels = isConfident(c) ? c.candidates : stated ? [stated] : c.candidates;
  if (!levels.length) return 'unknown';
  const ok = levels.filter((l) => allowed.has(l)).length;
  return ok === levels.length ? 'yes' : ok === 0 ? 'no' : 'unknown';
}
