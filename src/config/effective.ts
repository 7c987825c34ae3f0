// The settings in force for one file: the config's profile (extends) and rules, then each override whose globs match the
// file (later ones winning), then --profile and --rule from the command line. Pure: the config arrives read.
import { posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { GovcatConfig } from './config.js';
import type { AnyRule, Profile, RuleSetting } from '../core/types.js';

/** A config as io/config.ts reads it (the parts that decide the settings). */
export interface ConfigInForce {
  file: string;
  dir: string;
  config: GovcatConfig;
  plugins: AnyRule[];
  profiles: Record<string, Profile>;
  profileKey?: string;
  overrideProfileKeys: (string | undefined)[];
}

export interface CommandLineSettings {
  /** --profile NAME: wins over the config's extends and its overrides'. */
  profile?: string;
  /** --rule 'ID: SEVERITY', winning over everything else. */
  rules?: Record<string, RuleSetting>;
}

export interface EffectiveSettings {
  /** The config file in force (absolute), if any. */
  configFile?: string;
  /** The profile: a built-in name, or the absolute path of a profile file (a key of `profiles`). */
  profile: string;
  profiles: Record<string, Profile>;
  /** Every rule setting above the profile's, merged into one layer. */
  rules: Record<string, RuleSetting>;
  plugins: AnyRule[];
  /** Indexes of the overrides that apply. */
  overrides: number[];
  /** The profile was chosen (--profile, the config's extends, an override); else a catalogue may name its own. */
  profileChosen: boolean;
  reportUnusedDisableDirectives: boolean;
}

export function effectiveSettings(config: ConfigInForce | undefined, file: string | undefined, cli: CommandLineSettings = {}): EffectiveSettings {
  const matched = config && file !== undefined ? matchingOverrides(config, file) : [];
  let profile = config?.profileKey ?? 'national';
  const layers: Record<string, RuleSetting>[] = [config?.config.rules ?? {}];
  for (const i of matched) {
    profile = config!.overrideProfileKeys[i] ?? profile;
    layers.push(config!.config.overrides![i].rules);
  }
  layers.push(cli.rules ?? {});
  return {
    ...(config ? { configFile: config.file } : {}),
    profile: cli.profile ?? profile,
    profiles: config?.profiles ?? {},
    rules: mergeRuleSettings(layers),
    plugins: config?.plugins ?? [],
    overrides: matched,
    profileChosen: cli.profile !== undefined || config?.profileKey !== undefined || matched.some((i) => config!.overrideProfileKeys[i] !== undefined),
    reportUnusedDisableDirectives: config?.config.reportUnusedDisableDirectives ?? false,
  };
}

/**
 * The overrides whose `files` match `file` (absolute or relative to the working directory), matched against its path
 * relative to the config's folder; a glob without a slash matches the file name in any folder, as in .gitignore.
 */
export function matchingOverrides(config: ConfigInForce, file: string): number[] {
  const rel = relative(config.dir, file).split(sep).join(posix.sep);
  if (rel.startsWith('../') || rel === '..') return [];
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return (config.config.overrides ?? []).flatMap((o, i) => (o.files.some((g) => _glob(g)(g.replace(/^\.?\//, '').includes('/') ? rel : name)) ? [i] : []));
}

/** Layers of rule settings as one: a later severity wins, options merge key by key, later articles replace. */
export function mergeRuleSettings(layers: readonly Record<string, RuleSetting>[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    for (const [id, s] of Object.entries(layer)) {
      const before = Object.hasOwn(out, id) ? out[id] : undefined;
      if (before === undefined) out[id] = s;
      else {
        const a = typeof before === 'string' ? { severity: before } : before;
        const b = typeof s === 'string' ? { severity: s } : s;
        out[id] = {
          ...(b.severity ?? a.severity ? { severity: b.severity ?? a.severity } : {}),
          ...(a.options || b.options ? { options: { ...a.options, ...b.options } } : {}),
          ...(b.articles ?? a.articles ? { articles: b.articles ?? a.articles } : {}),
        };
      }
    }
  }
  return out;
}

// --- internal ---

const _matchers = new Map<string, (path: string) => boolean>();

/** A glob as a matcher: a leading "./" or "/" anchors it at the config's folder (which it is anyway). */
function _glob(glob: string): (path: string) => boolean {
  let m = _matchers.get(glob);
  if (!m) _matchers.set(glob, (m = picomatch(glob.replace(/^\.?\//, ''), { dot: true })));
  return m;
}
