// Profiles are data (law/profiles/*.yaml, compiled in at build): the rules a regime runs, their severities, options and
// the articles they cite under it, its share attributes and deadlines. User profiles extend a built-in one.
import { namedDecree } from '../core/articles.js';
import { GovcatError } from '../core/errors.js';
import data from '../generated/profiles.js';
import { extendVocabularies } from '../core/vocabulary.js';
import type { AnyRuleBase, ArticleRef, Bilingual, Profile, ResolvedProfile, ResolvedRule, RuleSetting } from '../core/types.js';

export const builtinProfiles: Readonly<Record<string, Profile>> = data;

/**
 * The rules of a profile (following `extends`), with the project's own settings (`overrides`, from govcat.config.yaml)
 * applied last. `extra` holds profiles read from files, by the name or path they are referred to by.
 */
export function resolveProfile<R extends AnyRuleBase>(name: string, rules: readonly R[], overrides: Profile['rules'] = {}, extra: Record<string, Profile> = {}): ResolvedProfile<R> {
  const all: Record<string, Profile> = { ...builtinProfiles, ...extra };
  const chain: Profile[] = [];
  for (let p: Profile | undefined = Object.hasOwn(all, name) ? all[name] : undefined; p; p = p.extends && Object.hasOwn(all, p.extends) ? all[p.extends] : undefined) {
    if (chain.includes(p)) throw new GovcatError({ zh: `配置方案“${name}”循环继承`, en: `profile "${name}" extends itself` });
    chain.unshift(p);
    if (p.extends && !Object.hasOwn(all, p.extends)) {
      throw new GovcatError({ zh: `配置方案“${p.id}”继承的“${p.extends}”不存在；可用：${Object.keys(all).join('、')}`, en: `profile "${p.id}" extends "${p.extends}", which does not exist; available: ${Object.keys(all).join(', ')}` });
    }
  }
  if (!chain.length) {
    throw new GovcatError({ zh: `未知的配置方案“${name}”；可用：${Object.keys(all).join('、')}`, en: `unknown profile "${name}"; available: ${Object.keys(all).join(', ')}` });
  }
  const top = chain[chain.length - 1];
  const pick = <K extends 'source' | 'shareAttributes' | 'deadlines'>(key: K): Profile[K] => [...chain].reverse().find((p) => p[key] !== undefined)?.[key];
  const deadlines = pick('deadlines');
  const resolved: ResolvedRule<R>[] = [];
  const offNotes: Record<string, Bilingual> = {};
  for (const rule of rules) {
    let severity: ResolvedRule<R>['severity'] | 'off' = rule.severity;
    // A deadline rule's period is the regime's (deadlines.update), unless a rule setting says otherwise.
    let options = rule.deadlineOptions === 'update' && deadlines?.update ? { ...(rule.defaults as object), ...deadlines.update } : rule.defaults;
    let articles: ArticleRef[] | undefined;
    let summary: Bilingual | undefined;
    let note: Bilingual | undefined;
    const layers: [Profile['rules'], Profile | undefined][] = [...chain.map((p): [Profile['rules'], Profile] => [p.rules, p]), [overrides, undefined]];
    for (const [settings, profile] of layers) {
      const s: RuleSetting | undefined = Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined;
      if (typeof s === 'string') severity = s;
      else if (s) {
        severity = s.severity ?? severity;
        options = { ...(options as object), ...(s.options ?? {}) };
        // A regime cites its own articles: in its own text unless the citation names another.
        if (s.articles) articles = s.articles.map((a) => ({ ...a, source: a.source ?? profile?.source ?? top.source ?? 'decree-809' }));
        summary = s.summary ?? summary;
        note = s.note ?? note;
      }
    }
    // Under another text's profile a bare 第十三条 would read as that text's: the Decree is named there.
    const nameDecree = !!top.source && top.source !== 'decree-809';
    if (articles && nameDecree) articles = namedDecree(articles);
    if (severity === 'off' && note) offNotes[rule.id] = note;
    if (severity !== 'off') resolved.push({ rule, severity, options, ...(articles ? { articles } : {}), ...(nameDecree ? { nameDecree } : {}), ...(summary ? { summary } : {}), ...(note ? { note } : {}) });
  }
  // Variants a profile adds to the vocabularies: the chain's, the extending profile's winning.
  const additions: Record<string, Record<string, string>> = {};
  for (const p of chain) for (const [name, variants] of Object.entries(p.vocabularies ?? {})) additions[name] = { ...additions[name], ...variants };
  return { id: top.id, title: top.title, rules: resolved, source: pick('source'), shareAttributes: pick('shareAttributes'), deadlines, vocabularies: extendVocabularies(additions), ...(Object.keys(offNotes).length ? { offNotes } : {}) };
}
