// govcat lint --print-config FILE: the settings in force for that file — config, profile chain, every rule with its
// severity, options and articles, plugins, vocabulary additions, directives and ignore settings — as YAML or JSON.
import { resolve } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { cite, ruleArticles } from '../../core/articles.js';
import { builtinProfiles, resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { shownPath } from '../../io/problems.js';
import type { IgnoreRules } from '../../io/ignore.js';
import type { Setup } from '../setup.js';
import type { Profile } from '../../core/types.js';

export async function printConfig(file: string, s: Setup, ignores: IgnoreRules, flags: { reportUnusedDisableDirectives?: boolean; inlineConfig?: boolean }, formats: readonly string[]): Promise<number> {
  const eff = await s.settingsFor(file);
  const loaded = file === '-' ? s.runConfig : await s.configs.forFile(file);
  const all = [...rules, ...eff.plugins];
  const profile = resolveProfile(eff.profile, all, eff.rules, eff.profiles);
  const shown = (key: string) => (Object.hasOwn(eff.profiles, key) ? shownPath(key) : key);
  const keys: string[] = [];
  for (let key: string | undefined = eff.profile; key !== undefined && !keys.includes(key); ) {
    keys.unshift(key);
    const p: Profile | undefined = Object.hasOwn(eff.profiles, key) ? eff.profiles[key] : builtinProfiles[key];
    key = p?.extends;
  }
  const chain = keys.map(shown);
  const added: Record<string, Record<string, string>> = {};
  for (const key of keys.filter((k) => Object.hasOwn(eff.profiles, k))) for (const [name, v] of Object.entries(eff.profiles[key].vocabularies ?? {})) added[name] = { ...added[name], ...v };
  const config = loaded?.config;
  const settings = {
    file,
    config: loaded ? shownPath(loaded.file) : null,
    extends: chain,
    profile: profile.id,
    ...(eff.overrides.length ? { overrides: eff.overrides.map((i) => ({ files: config!.overrides![i].files })) } : {}),
    plugins: (config?.plugins ?? []).map((p) => shownPath(resolve(loaded!.dir, p))),
    rules: Object.fromEntries(all.map((rule) => {
      const r = profile.rules.find((x) => x.rule.id === rule.id);
      if (!r) return [rule.id, { severity: 'off' }];
      const options = r.options && typeof r.options === 'object' && Object.keys(r.options).length ? { options: r.options } : {};
      return [rule.id, { severity: r.severity, ...options, articles: ruleArticles(r).map((a) => cite(a)[s.locale]) }];
    })),
    ...(Object.keys(added).length ? { vocabularies: added } : {}),
    inlineConfig: flags.inlineConfig !== false,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives ?? eff.reportUnusedDisableDirectives,
    ignore: { file: ignores.file ? shownPath(ignores.file) : null, patterns: ignores.patterns, ignored: ignores.why(file) !== undefined },
    lang: s.locale,
    ...(config?.format ? { format: config.format } : {}),
    ...(config && Object.keys(config.calendar).length ? { calendar: config.calendar } : {}),
  };
  process.stdout.write(formats.includes('json') ? `${JSON.stringify(settings, null, 2)}\n` : _yaml(settings));
  return 0;
}

/** YAML with lists of plain values on one line ([approver, date]), so that every rule takes a few lines. */
function _yaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
