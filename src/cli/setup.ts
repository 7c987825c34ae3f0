// What every checking command needs before it starts: language, config (per file), profile, --rule settings, today.
import { resolve } from 'node:path';
import { ConfigSet } from '../io/config.js';
import { effectiveSettings, type EffectiveSettings } from '../config/effective.js';
import { UsageError } from '../core/errors.js';
import { diffRules } from '../diff/rules/index.js';
import { rules as lintRules } from '../rules/index.js';
import { closest } from '../rules/_schema.js';
import { PLUGIN_RULE_ID } from '../config/plugin-rule.js';
import { detectLocale, parseDateFlag, todayInChina } from './env.js';
import type { GovcatConfig } from '../config/config.js';
import type { LoadedConfig } from '../io/config.js';
import type { AnyRule, AnyRuleBase, Locale, Profile, RuleSetting } from '../core/types.js';

export interface CommonFlags {
  lang?: string;
  /** --config FILE, or false for --no-config. */
  config?: string | false;
  profile?: string;
  asOf?: string;
  /** --rule 'ID: SEVERITY', repeatable. */
  rule?: string[];
}

export interface Setup {
  locale: Locale;
  /** The config in force for the anchor file (or the run), its `rules` the merged settings for that file. */
  config: GovcatConfig;
  /** The profile for the anchor file (or the run): a built-in name or a key of `profiles`. */
  profile: string;
  /** Profile files the config extends, for resolveProfile's `extra`. */
  profiles: Record<string, Profile>;
  /** The plugin rules of that config. */
  plugins: AnyRule[];
  asOf: string;
  /** The config for the run as a whole (language, format, the .govcatignore folder), if any. */
  runConfig?: LoadedConfig;
  configs: ConfigSet;
  /** --rule settings. */
  cliRules: Record<string, RuleSetting>;
  /** The settings in force for one file (its nearest config, or --config, with the overrides that match it). */
  settingsFor(file: string): Promise<EffectiveSettings>;
}

/** `anchor`: the file whose config decides (diff: the new version; package: the catalogue); else the working directory's. */
export async function setup(flags: CommonFlags, _rules: readonly AnyRuleBase[], anchor?: string): Promise<Setup> {
  // The language is settled first so that a broken config file is reported in the user's language.
  detectLocale(flags.lang);
  const cwd = process.cwd();
  const configs = new ConfigSet(flags.config, cwd);
  const runConfig = await configs.forRun();
  const cliRules = parseRuleFlags(flags.rule ?? []);
  const cli = { profile: flags.profile, rules: cliRules };
  const settingsFor = async (file: string) => effectiveSettings(await configs.forFile(file), file === '-' ? undefined : resolve(cwd, file), cli);
  const at = anchor === undefined ? undefined : await configs.forFile(anchor);
  const eff = anchor === undefined ? effectiveSettings(runConfig, undefined, cli) : await settingsFor(anchor);
  const base = (anchor === undefined ? runConfig : at)?.config ?? { rules: {}, calendar: {}, overrides: [], plugins: [] };
  return {
    locale: detectLocale(flags.lang ?? runConfig?.config.lang),
    config: { ...base, rules: eff.rules },
    profile: eff.profile,
    profiles: eff.profiles,
    plugins: eff.plugins,
    asOf: parseDateFlag('--as-of', flags.asOf, todayInChina),
    ...(runConfig ? { runConfig } : {}),
    configs,
    cliRules,
    settingsFor,
  };
}

/**
 * `--rule 'ID: SEVERITY'` (repeatable) as rule settings. Only the severity: options belong in the config file. A
 * built-in id must exist; a plugin's (NAMESPACE/rule) is checked once the configs that load plugins are read.
 */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  const ids = [...lintRules, ...diffRules].map((r) => r.id);
  for (const v of values) {
    const m = /^\s*([^\s:：]+)\s*[:：]\s*(error|warning|info|off)\s*$/.exec(v);
    if (!m) {
      throw new UsageError({
        zh: `--rule 应写作“规则: 级别”（级别为 error、warning、info 或 off），如 --rule 'unknown-field: off'，而不是“${v}”；规则选项请写在配置文件中`,
        en: `--rule takes 'ID: SEVERITY' (error, warning, info or off), e.g. --rule 'unknown-field: off', not "${v}"; rule options go in the config file`,
      });
    }
    const id = m[1];
    if (!ids.includes(id) && !PLUGIN_RULE_ID.test(id)) {
      const near = closest(id, ids);
      throw new UsageError({ zh: `--rule：未知规则“${id}”` + (near ? `，是否应为“${near}”？` : ''), en: `--rule: unknown rule "${id}"` + (near ? `; did you mean "${near}"?` : '') });
    }
    out[id] = m[2] as RuleSetting;
  }
  return out;
}
