// Library faces of lint, diff and package: text in, findings out, with the national profile unless told otherwise. No I/O.
import { lintDocument, sortFindings } from './core/lint.js';
import { loadYaml } from './core/load.js';
import { resolveProfile } from './profiles/index.js';
import { lintSheets } from './authoring/sheet/lint.js';
import { rules } from './rules/index.js';
import { officialCalendar } from './calendar/official.js';
import { compareDocuments, type CompareResult } from './diff/engine.js';
import { diffRules } from './diff/rules/index.js';
import { diffForBag, lintForBag, planBag, type BagFile, type BagPlan, type Signer } from './package/plan.js';
import type { CalendarOverrides } from './calendar/overrides.js';
import type { Catalogue, Finding } from './core/types.js';

export interface LintTextOptions {
  /** Path shown in findings. */
  file?: string;
  profile?: string;
  /** ISO date standing for today (date checks); required so results never depend on the clock. */
  asOf: string;
}

/**
 * Lints a workbook (.xlsx bytes) read as `govcat import` reads it, in memory: each finding carries its `cell`
 * (数据目录!F12), and cells the import cannot map are `spreadsheet-cell` findings. Throws InputError for bytes that
 * are no readable workbook or hold no catalogue.
 */
export async function lintWorkbook(bytes: Uint8Array, opts: LintTextOptions): Promise<{ catalogue: Catalogue; findings: Finding[] }> {
  const { readXlsx } = await import('./authoring/xlsx.js');
  const file = opts.file ?? '<workbook>';
  const { catalogue, files } = lintSheets(await readXlsx(bytes, file), file, resolveProfile(opts.profile ?? 'national', rules), { asOf: opts.asOf }, rules);
  return { catalogue, findings: files.flatMap((f) => f.findings) };
}

/**
 * Lints catalogue YAML text. Typos with a certain repair (a full-width colon after a key, tabs in the indentation …)
 * are repaired in memory and come back as yaml-typo findings beside the content's. Throws InputError for text that is
 * not a readable catalogue, with an explanation and its position.
 */
export function lint(text: string, opts: LintTextOptions): { catalogue: Catalogue; findings: Finding[] } {
  const doc = loadYaml(text, opts.file ?? '<text>', { repair: true });
  const result = lintDocument(doc, resolveProfile(opts.profile ?? 'national', rules), { asOf: opts.asOf }, rules);
  return doc.typos?.length ? { ...result, findings: sortFindings([...result.findings, ...doc.typos]) } : result;
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

export interface PackageOptions {
  /** The previous version's text, for the diff report and the deadline re-check. */
  previous?: string;
  attachments?: readonly BagFile[];
  /** Bagging date, YYYY-MM-DD: also the as-of date of the reports. */
  date: string;
  profile?: string;
  allowErrors?: boolean;
  signer?: Signer;
  toolVersion?: string;
  calendar?: CalendarOverrides;
}

/** The files of the submission package (a BagIt bag) for a catalogue, in memory; `writeBag` puts them on disk. */
export function packageCatalogue(text: string, opts: PackageOptions): BagPlan {
  const profile = resolveProfile(opts.profile ?? 'national', rules);
  const { catalogue, lint: lintResult } = lintForBag(text, profile, rules, opts.date);
  const diffProfile = resolveProfile(opts.profile ?? 'national', diffRules);
  const diffResult = opts.previous === undefined ? undefined : diffForBag(opts.previous, text, diffProfile, officialCalendar(opts.calendar ?? {}), opts.date);
  const encode = (s: string) => new TextEncoder().encode(s);
  return planBag({
    catalogueBytes: encode(text),
    previousBytes: opts.previous === undefined ? undefined : encode(opts.previous),
    reports: { catalogue, lint: lintResult, diff: diffResult, lintRules: rules, diffRules },
    attachments: opts.attachments ?? [],
    date: opts.date,
    toolVersion: opts.toolVersion ?? 'library',
    profile: profile.id,
    allowErrors: opts.allowErrors ?? false,
    signer: opts.signer,
  });
}
