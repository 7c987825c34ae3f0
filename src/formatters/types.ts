// The one formatter contract: results in, text out; colour and language arrive in ctx.
import type { AnyRuleBase, Bilingual, EntryChange, FieldChange, Finding, Locale, Severity } from '../core/types.js';

export interface FatalError {
  message: Bilingual;
  line?: number;
  column?: number;
}

export interface FileResult {
  /** Path as given on the command line (or `<stdin>`). */
  file: string;
  findings: Finding[];
  /** Findings an inline directive suppressed (each with `suppressed.reason`): counted nowhere; JSON and SARIF list them. */
  suppressed?: Finding[];
  /** Source text, for code frames; absent when the file could not be read. */
  source?: string;
  /** Set when the file could not be linted at all (unreadable, malformed YAML). */
  fatal?: FatalError;
  /** `govcat diff`: what changed from the previous version (this result is the new version). */
  changes?: ChangeList;
  /** `govcat diff` / `govcat deadlines`: each change event with its deadline and status (Art. 17). */
  events?: EventRow[];
  /** Size in bytes of a binary file (a workbook), when known: SARIF places its findings in a region covering it whole. */
  bytes?: number;
  /**
   * `govcat verify`: the file is a submission bundle. Its findings name a file inside it as `bundle!file`, or the
   * bundle itself when they concern it as a whole (unsigned, unreadable).
   */
  bundle?: boolean;
}

export interface EventRow {
  id: string;
  /** Canonical event kind (law_change, duty_change, …) when known. */
  kind?: string;
  effective?: string;
  /** Due date without extension, and with the approved extension (same when none). */
  originalDue?: string;
  due?: string;
  extensionDays?: number;
  /** The date the update was submitted (the new version's submitted_at), when it answers this event. */
  submitted?: string;
  /** on-time / late: judged at `submitted`; open / overdue: judged at the as-of date; unknown: dates missing or invalid. */
  state: 'on-time' | 'late' | 'open' | 'overdue' | 'unknown';
  /** Working days late, overdue, or left (for open). */
  workingDays?: number;
  /** Line of the event in the file. */
  line?: number;
}

/**
 * A field change with the lines of its old and new value. Formatters have no source positions, so the CLI
 * resolves oldPath / newPath to lines; either may be absent (the field does not exist in that file).
 */
export interface LocatedFieldChange extends FieldChange {
  oldLine?: number;
  newLine?: number;
}

/** An added, removed or changed entry with the lines where it starts in the old / new file. */
export interface LocatedEntryChange extends Omit<EntryChange, 'fields'> {
  oldLine?: number;
  newLine?: number;
  fields: LocatedFieldChange[];
}

export interface ChangeList {
  /** The previous version's file. */
  previous: string;
  /** Changed fields of the `catalogue:` header. */
  header: LocatedFieldChange[];
  entries: LocatedEntryChange[];
}

export interface FormatterContext {
  locale: Locale;
  color: boolean;
  /** Working directory, for relative paths and SARIF's uriBaseId. */
  cwd: string;
  /** Metadata of every rule that ran (SARIF tool.driver.rules, explain links). */
  rules: readonly AnyRuleBase[];
  toolVersion: string;
  profile: string;
  /** The article that sets the update deadline under the profile, for the change-events heading (default: Decree Art. 17). */
  eventsArticle?: Bilingual;
  /**
   * --fail-on: findings at or above it fail the run (exit 1); JUnit makes only those failures. Default: error, as
   * for verify, whose bundles fail on an error.
   */
  failOn?: Severity;
  /** lint --max-warnings: more warnings than this fail the run too (JUnit then makes the warnings failures). */
  maxWarnings?: number;
}

export type Formatter = (results: FileResult[], ctx: FormatterContext) => string;
