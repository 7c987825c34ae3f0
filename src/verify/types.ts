// What opening and verifying a submitted bundle produce; shared by the worker threads, the batch and the reports.
import type { Bilingual, Finding } from '../core/types.js';

export type BundleKind = 'directory' | 'zip' | 'tar.gz';

/** A bundle's files, read into memory within the limits; paths are relative to the bag root, with forward slashes. */
export interface BundleFiles {
  path: string;
  kind: BundleKind;
  files: Map<string, Uint8Array>;
}

export interface OpenLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxFileBytes: number;
  /** Largest allowed expanded/compressed ratio of an archive entry. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: OpenLimits = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxFileBytes: 256 * 1024 * 1024, maxRatio: 200 };

export type BundleProblemCode =
  | 'not-found' | 'not-an-archive' | 'empty' | 'truncated' | 'corrupt'
  | 'traversal' | 'absolute-path' | 'bad-name' | 'duplicate-entry' | 'link' | 'special-file'
  | 'too-many-entries' | 'too-large' | 'ratio' | 'unreadable';

/** A bundle that cannot be opened safely: reported as a failed bundle, never thrown past the batch. */
export class BundleError extends Error {
  constructor(readonly code: BundleProblemCode, readonly text: Bilingual, readonly entry?: string) {
    super(text.en);
  }
}

/**
 * valid: verified, and (with keys.yaml) registered for the bundle's department on its signing date; payload-altered:
 * verified over the tag manifest, but the files it lists fail fixity; unknown-key: not in --keys, or in no department's
 * registration; other-department, key-expired, key-not-yet-valid: verified, but keys.yaml does not let this department
 * use the key on that date; not-checked: no --keys, or the bundle could not be read.
 */
export type SignatureState =
  | 'valid' | 'payload-altered' | 'unsigned' | 'unknown-key' | 'other-department' | 'key-expired' | 'key-not-yet-valid'
  | 'bad-signature' | 'not-checked';

/** Every signature state, in the order reports explain them. */
export const SIGNATURE_STATES: readonly SignatureState[] = [
  'valid', 'payload-altered', 'unsigned', 'unknown-key', 'other-department', 'key-expired', 'key-not-yet-valid', 'bad-signature', 'not-checked',
];

export interface BundleSummary {
  /** The bundle as named on the command line or found in a directory. */
  bundle: string;
  status: 'passed' | 'failed';
  department?: string;
  departmentCode?: string;
  catalogueId?: string;
  version?: string;
  profile?: string;
  signature: SignatureState;
  errors: number;
  warnings: number;
  infos: number;
  /** Bundle-level, BagIt, signature, lint, deadline and cross-bundle findings; `file` is the bundle path plus the file inside it. */
  findings: Finding[];
  /** Entries (id, name, sorted item names) for the cross-bundle 一数一源 check. */
  entries?: { id: string; name: string; items: string[] }[];
}
