// What every checking command needs before it starts: language, config, profile name, today.
import { readConfig } from '../io/config.js';
import { detectLocale, parseDateFlag, todayInChina } from './env.js';
import type { GovcatConfig } from '../config/config.js';
import type { AnyRuleBase, Locale } from '../core/types.js';

export interface CommonFlags {
  lang?: string;
  config?: string;
  profile?: string;
  asOf?: string;
}

export interface Setup {
  locale: Locale;
  config: GovcatConfig;
  profile: string;
  asOf: string;
}

export async function setup(flags: CommonFlags, rules: readonly AnyRuleBase[]): Promise<Setup> {
  // The language is settled first so that a broken config file is reported in the user's language.
  detectLocale(flags.lang);
  const { config } = await readConfig(flags.config, rules);
  return {
    locale: detectLocale(flags.lang ?? config.lang),
    config,
    profile: flags.profile ?? config.profile ?? 'national',
    asOf: parseDateFlag('--as-of', flags.asOf, todayInChina),
  };
}
