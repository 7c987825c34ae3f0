// One file's lint exactly as `govcat lint` runs it, from text or bytes already in memory (no I/O): the CLI's session
// and the browser page both call these, so a catalogue gets the same findings wherever it is checked.
import { lintDocument, sortFindings } from './core/lint.js';
import { loadYaml } from './core/load.js';
import { yamlTypo } from './core/yaml-typo.js';
import { applyDirectives } from './core/directives.js';
import { builtinProfiles } from './profiles/index.js';
import { declaredProfile } from './core/shape.js';
import { rules } from './rules/index.js';
import { diffRules } from './diff/rules/index.js';
import { closest } from './rules/_schema.js';
import type { FileResult } from './formatters/types.js';
import type { AnyRule, ResolvedProfile } from './core/types.js';

export interface ProfileChoice {
  profile: ResolvedProfile;
  /** The rules the profile was resolved from: the built-in ones and any plugins. */
  all: AnyRule[];
}

export interface YamlLintOptions {
  asOf: string;
  base: ProfileChoice;
  /** The profile a catalogue names for itself (catalogue.profile: miit); absent when a flag or config chose one. */
  own?: (name: string) => ProfileChoice;
  plugins?: readonly AnyRule[];
  inlineConfig?: boolean;
  reportUnused?: boolean;
}

/** Findings of a catalogue's YAML text shown as `file`. Throws InputError for text that is not a readable catalogue. */
export async function lintYamlText(source: string, file: string, opts: YamlLintOptions): Promise<Omit<FileResult, 'source'>> {
  // Typos with a certain repair are repaired in memory and reported; the content is linted as the officer meant it.
  const doc = loadYaml(source, file, { repair: true });
  const named = opts.own ? declaredProfile(doc.data) : undefined;
  const { profile, all } = named && named !== opts.base.profile.id && Object.hasOwn(builtinProfiles, named) ? opts.own!(named) : opts.base;
  const linted = lintDocument(doc, profile, { asOf: opts.asOf }, all).findings;
  const findings = doc.typos?.length ? sortFindings([...linted, ...doc.typos]) : linted;
  if (opts.inlineConfig === false || !source.includes('govcat-')) return { file, findings };
  // The comment scanner loads the yaml package: only texts with directives pay for it.
  const directives = (await import('./core/directive-scan.js')).scanDirectives(source);
  if (!directives.length) return { file, findings };
  const ids = [...rules, ...diffRules, ...(opts.plugins ?? []), yamlTypo].map((r) => r.id);
  const outcome = applyDirectives(findings, directives, file, {
    isKnown: (id) => ids.includes(id),
    suggest: (id) => closest(id, ids),
    reportUnused: opts.reportUnused ?? false,
  });
  return { file, findings: outcome.findings, ...(outcome.suppressed.length ? { suppressed: outcome.suppressed } : {}) };
}
