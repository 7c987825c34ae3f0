// Library faces of lint and diff: text in, findings out, with the national profile unless told otherwise. No I/O.
import { lintDocument } from './core/lint.js';
import { loadYaml } from './core/load.js';
import { resolveProfile } from './profiles/index.js';
import { rules } from './rules/index.js';
import { officialCalendar } from './calendar/official.js';
import { compareDocuments, type CompareResult } from './diff/engine.js';
import { diffRules } from './diff/rules/index.js';
import type { CalendarOverrides } from './calendar/overrides.js';
import type { Catalogue, Finding } from './core/types.js';

export interface LintTextOptions {
  /** Path shown in findings. */
  file?: string;
  profile?: string;
  /** ISO date standing for today (date checks); required so results never depend on the clock. */
  asOf: string;
}

/** Lints catalogue YAML text. Throws InputError for text that is not a readable catalogue. */
export function lint(text: string, opts: LintTextOptions): { catalogue: Catalogue; findings: Finding[] } {
  const doc = loadYaml(text, opts.file ?? '<text>');
  return lintDocument(doc, resolveProfile(opts.profile ?? 'national', rules), { asOf: opts.asOf }, rules);
}

export interface DiffTextOptions {
  oldFile?: string;
  newFile?: string;
  profile?: string;
  /** ISO date standing for today (open deadlines). */
  asOf: string;
  /** Per-year holidays and make-up working days, as in govcat.config.yaml's `calendar:` section. */
  calendar?: CalendarOverrides;
  review?: { received?: string; published?: string };
}

/** Compares two versions of a catalogue: the change list and the findings of the Art. 15, 17 and 27 rules. */
export function diff(oldText: string, newText: string, opts: DiffTextOptions): CompareResult {
  const oldDoc = loadYaml(oldText, opts.oldFile ?? '<old>');
  const newDoc = loadYaml(newText, opts.newFile ?? '<new>');
  const profile = resolveProfile(opts.profile ?? 'national', diffRules);
  return compareDocuments(oldDoc, newDoc, profile, { asOf: opts.asOf, calendar: officialCalendar(opts.calendar ?? {}), review: opts.review });
}
