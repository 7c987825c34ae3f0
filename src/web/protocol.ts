// Messages between the page and its lint worker: plain data, structured-cloneable.
import type { Bilingual, Locale } from '../core/types.js';

export interface LintRequest {
  id: number;
  files: { name: string; bytes: ArrayBuffer }[];
  /** A built-in profile's id, or '' for the CLI's default: national, or the one a catalogue names for itself. */
  profile: string;
  asOf: string;
  locale: Locale;
}

/** What the page shows of a file besides its findings: the text (code frames) or the cells (grid). */
export interface FileView {
  file: string;
  kind: 'yaml' | 'xlsx' | 'csv';
  source?: string;
  sheets?: { name: string; rows: string[][] }[];
}

export interface LintReply {
  id: number;
  /** The report exactly as `govcat lint --format json` writes it, and the SARIF log. */
  json: string;
  sarif: string;
  views: FileView[];
  /** Each cited article's own words, by "source:article". */
  articles: Record<string, string>;
}

export interface LintFailure {
  id: number;
  error: Bilingual;
}

/** The officer's own workbook back, with the last check's findings as comments and a 问题 column. */
export interface AnnotateRequest {
  id: number;
  annotate: string;
  locale: Locale;
}

export interface AnnotateReply {
  id: number;
  workbook: ArrayBuffer;
}
