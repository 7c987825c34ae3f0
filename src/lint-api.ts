// Library face of lint: text in, findings out, with the national profile unless told otherwise. No I/O.
import { lintDocument } from './core/lint.js';
import { loadYaml } from './core/load.js';
import { resolveProfile } from './profiles/index.js';
import { rules } from './rules/index.js';
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
