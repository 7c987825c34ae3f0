// verifyPath = openBundle + verifyBag, never throwing: what each worker thread runs for one bundle.
import { officialCalendar, type OfficialCalendar } from '../calendar/official.js';
import { openBundle } from './open.js';
import { bundleUnreadable } from './rules.js';
import { BundleError, DEFAULT_LIMITS, type BundleSummary, type OpenLimits } from './types.js';
import { bundleFinding, summarize, verifyBag } from './verify.js';
import { parsePublicKey } from '../package/sign.js';
import type { KeyObject } from 'node:crypto';
import type { CalendarOverrides } from '../calendar/overrides.js';
import type { GovcatConfig } from '../config/config.js';
import type { KeyRegistry } from './key-registry.js';

/** Options of a whole batch; structured-clonable, so the pool can post them to worker threads (KeyObjects clone). */
export interface VerifyPathOptions {
  /** Today for date checks, ISO yyyy-mm-dd. */
  asOf: string;
  /** Department public keys by key id, as KeyObjects or SPKI PEM text; without them signatures are 'not-checked'. */
  keys?: Map<string, KeyObject | string>;
  /** keys.yaml of the key folder (plain data); without it any key of `keys` signs for any department. */
  registry?: KeyRegistry;
  /** Unsigned bundles fail (default: config.verify.requireSignature). */
  requireSignature?: boolean;
  /** When the authority received the bundles (ISO date). */
  received?: string;
  /** Profile for bundles whose bag-info names none (default: config.profile, else national). */
  profile?: string;
  /** Holidays and make-up working days (default: config.calendar). */
  calendar?: CalendarOverrides;
  /** The authority's govcat.config.yaml: its profile, rule settings (applied to the re-lint and diff) and calendar. */
  config?: Partial<Pick<GovcatConfig, 'profile' | 'rules' | 'calendar' | 'verify'>>;
  limits?: OpenLimits;
}

/** One bundle's summary; an unopenable bundle (or an internal error) is a failed summary with one finding. */
export async function verifyPath(path: string, opts: VerifyPathOptions): Promise<BundleSummary> {
  try {
    const files = await openBundle(path, opts.limits ?? DEFAULT_LIMITS);
    const { received, asOf, config = {} } = opts;
    return verifyBag(files, {
      keys: opts.keys && _keys(opts.keys),
      registry: opts.registry,
      requireSignature: opts.requireSignature ?? config.verify?.requireSignature,
      received,
      asOf,
      profile: opts.profile ?? config.profile,
      overrides: config.rules,
      calendar: _calendar(opts.calendar ?? config.calendar),
    });
  } catch (e) {
    return unreadableSummary(path, e);
  }
}

/** The failed summary of a bundle that could not be opened or verified. */
export function unreadableSummary(path: string, e: unknown): BundleSummary {
  const finding = e instanceof BundleError
    ? bundleFinding(path, bundleUnreadable, e.code, { detail: e.text })
    : bundleFinding(path, bundleUnreadable, 'internal', { detail: e instanceof Error ? e.message : String(e) });
  return summarize(path, [finding]);
}

// --- internal ---

/** PEM text crosses to a worker as well as a KeyObject does; a text that is no Ed25519 key is left out (unknown key). */
function _keys(keys: Map<string, KeyObject | string>): Map<string, KeyObject> {
  const out = new Map<string, KeyObject>();
  for (const [id, key] of keys) {
    const parsed = typeof key === 'string' ? parsePublicKey(key) : key;
    if (parsed) out.set(id, parsed);
  }
  return out;
}

// One calendar per worker and overrides: verifyBag isolates each bundle's calendar notices itself.
let _cached: { key: string; calendar: OfficialCalendar } | undefined;

function _calendar(overrides: CalendarOverrides = {}): OfficialCalendar {
  const key = JSON.stringify(overrides);
  if (_cached?.key !== key) _cached = { key, calendar: officialCalendar(overrides) };
  return _cached.calendar;
}
