// Profiles select rules and set severities and options; user profiles extend a built-in one.
import { GovcatError } from '../core/errors.js';
import { national } from './national.js';
import type { AnyRuleBase, Profile, ResolvedProfile, ResolvedRule } from '../core/types.js';

export const builtinProfiles: Record<string, Profile> = { national };

/** The rules of a profile (following `extends`), with the project's own settings (`overrides`, from govcat.config.yaml) applied last. */
export function resolveProfile<R extends AnyRuleBase>(name: string, rules: readonly R[], overrides: Profile['rules'] = {}, extra: Record<string, Profile> = {}): ResolvedProfile<R> {
  const all = { ...builtinProfiles, ...extra };
  const chain: Profile[] = [];
  for (let p: Profile | undefined = all[name]; p; p = p.extends ? all[p.extends] : undefined) {
    if (chain.includes(p)) throw new GovcatError({ zh: `配置方案“${name}”循环继承`, en: `profile "${name}" extends itself` });
    chain.unshift(p);
  }
  if (!chain.length) {
    throw new GovcatError({ zh: `未知的配置方案“${name}”；可用：${Object.keys(all).join('、')}`, en: `unknown profile "${name}"; available: ${Object.keys(all).join(', ')}` });
  }
  const resolved: ResolvedRule<R>[] = [];
  for (const rule of rules) {
    let severity: ResolvedRule<R>['severity'] | 'off' = rule.severity;
    let options = rule.defaults;
    for (const settings of [...chain.map((p) => p.rules), overrides]) {
      const s = settings[rule.id];
      if (typeof s === 'string') severity = s;
      else if (s) {
        severity = s.severity ?? severity;
        options = { ...(options as object), ...(s.options ?? {}) };
      }
    }
    if (severity !== 'off') resolved.push({ rule, severity, options });
  }
  const top = chain[chain.length - 1];
  return { id: top.id, title: top.title, rules: resolved };
}
