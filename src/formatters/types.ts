// The one formatter contract: results in, text out; colour and language arrive in ctx.
import type { AnyRuleBase, Bilingual, EntryChange, FieldChange, Finding, Locale } from '../core/types.js';

export interface FatalError {
  message: Bilingual;
  line?: number;
  column?: number;
}

export interface FileResult {
  /** Path as given on the command line (or `<stdin>`). */
  file: string;
  findings: Finding[];
  /** Source text, for code frames; absent when the file could not be read. */
  source?: string;
  /** Set when the file could not be linted at all (unreadable, malformed YAML). */
  fatal?: FatalError;
  /** `govcat diff`: what changed from the previous version (this result is the new version). */
  changes?: ChangeList;
}

export interface ChangeList {
  /** The previous version's file. */
  previous: string;
  header: FieldChange[];
  entries: EntryChange[];
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
}

export type Formatter = (results: FileResult[], ctx: FormatterContext) => string;
