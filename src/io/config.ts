// Finds and reads govcat.config.yaml — the nearest one above each file, or --config for all, or none (--no-config) —
// with its plugins and the profile files it extends, failing with positions (exit 2).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkConfig, type ConfigProblem, type GovcatConfig } from '../config/config.js';
import { checkRuleOptions } from '../config/options.js';
import { loadYaml } from '../core/load.js';
import { diffRules } from '../diff/rules/index.js';
import { rules as lintRules } from '../rules/index.js';
import { loadPlugins } from './plugins.js';
import { loadProfileRef } from './profile-file.js';
import { problemsError, shownPath } from './problems.js';
import { readSource } from './read.js';
import type { AnyRule, AnyRuleBase, Path, Profile } from '../core/types.js';

export const CONFIG_NAMES = ['govcat.config.yaml', 'govcat.config.yml'];

/** A config file as read: its settings, plugin rules and the profile files it (or its overrides) extends. */
export interface LoadedConfig {
  /** Absolute path. */
  file: string;
  dir: string;
  config: GovcatConfig;
  plugins: AnyRule[];
  /** Profile files read for it, by absolute path, their `extends` turned into keys of this map or built-in names. */
  profiles: Record<string, Profile>;
  /** The key (built-in name or absolute path) of `extends`, and of each override's. */
  profileKey?: string;
  overrideProfileKeys: (string | undefined)[];
}

export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The configs of one run: `--config FILE` serves every file, `--no-config` (false) none, else each file gets the
 * nearest govcat.config.yaml above it (no merging across files unless one extends a profile file the other uses).
 */
export class ConfigSet {
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly nearest = new Map<string, string | undefined>();

  constructor(readonly flag: string | false | undefined, readonly cwd = process.cwd()) {}

  /** The config in force for the run as a whole (language, format, the ignore file's folder): --config, or the nearest above the working directory. */
  forRun(): Promise<LoadedConfig | undefined> {
    return this.forDir(this.cwd);
  }

  /** The config in force for one file (`-` is read from the working directory). */
  forFile(file: string): Promise<LoadedConfig | undefined> {
    return this.forDir(file === '-' ? this.cwd : dirname(resolve(this.cwd, file)));
  }

  private async forDir(dir: string): Promise<LoadedConfig | undefined> {
    if (this.flag === false) return undefined;
    let file: string | undefined;
    if (this.flag !== undefined) file = resolve(this.cwd, this.flag);
    else {
      if (!this.nearest.has(dir)) this.nearest.set(dir, findConfig(dir));
      file = this.nearest.get(dir);
    }
    if (!file) return undefined;
    let p = this.loaded.get(file);
    if (!p) this.loaded.set(file, (p = readConfigFile(file, this.cwd, this.flag === undefined ? undefined : this.flag)));
    return p;
  }
}

/** Every rule id a config may name: lint and diff rules, and the rules of its plugins. */
export function knownRules(plugins: readonly AnyRule[] = []): AnyRuleBase[] {
  return [...lintRules, ...diffRules, ...plugins];
}

/** The config in force: --config FILE, else the nearest govcat.config.yaml above `cwd`, else defaults. */
export async function readConfig(explicit: string | false | undefined, _rules?: readonly AnyRuleBase[], cwd = process.cwd()): Promise<{ file?: string; config: GovcatConfig; loaded?: LoadedConfig }> {
  const loaded = await new ConfigSet(explicit, cwd).forRun();
  return loaded ? { file: loaded.file, config: loaded.config, loaded } : { config: { rules: {}, calendar: {}, overrides: [], plugins: [] } };
}

// --- internal ---

async function readConfigFile(abs: string, cwd: string, given: string | undefined): Promise<LoadedConfig> {
  // Named with --config: shown as typed; found: relative to the working directory.
  const shown = given ?? shownPath(abs, cwd);
  const doc = loadYaml(readSource(given ?? abs), shown);
  const data = doc.data as Record<string, unknown> | null | undefined;
  const dir = dirname(abs);
  const plugins = Array.isArray(data?.plugins) && data.plugins.every((p) => typeof p === 'string') ? await loadPlugins(data.plugins as string[], dir, shown, doc) : [];
  const known = knownRules(plugins);
  const checked = checkConfig(doc.data, known.map((r) => r.id));
  if (!checked.ok) throw problemsError(shown, doc, checked.problems);
  const config = checked.config;
  const problems: ConfigProblem[] = [...(await checkRuleOptions(config.rules, known))];
  for (const [i, o] of (config.overrides ?? []).entries()) problems.push(...(await checkRuleOptions(o.rules, known, ['overrides', i, 'rules'])));
  if (problems.length) throw problemsError(shown, doc, problems);
  const profiles: Record<string, Profile> = {};
  const ref = (value: string | undefined, path: Path) => (value === undefined ? undefined : loadProfileRef(value, { dir, file: shown, doc, path }, profiles, known, cwd));
  const profileKey = await ref(config.profile, [Object.hasOwn(data ?? {}, 'extends') ? 'extends' : 'profile']);
  const overrideProfileKeys: (string | undefined)[] = [];
  for (const [i, o] of (config.overrides ?? []).entries()) {
    const raw = (data?.overrides as Record<string, unknown>[])[i];
    overrideProfileKeys.push(await ref(o.profile, ['overrides', i, Object.hasOwn(raw, 'extends') ? 'extends' : 'profile']));
  }
  return { file: abs, dir, config, plugins, profiles, ...(profileKey ? { profileKey } : {}), overrideProfileKeys };
}
