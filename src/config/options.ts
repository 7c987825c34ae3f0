// Rule options from govcat.config.yaml checked against each rule's own options schema (Ajv loaded only when options are set).
import type { AnyRuleBase, Bilingual, Path, RuleSetting } from '../core/types.js';

export interface OptionProblem extends Bilingual {
  path: Path;
}

/** `at`: where the settings are in the file (`rules`, or `overrides[2].rules`). */
export async function checkRuleOptions(settings: Record<string, RuleSetting>, rules: readonly AnyRuleBase[], at: Path = ['rules']): Promise<OptionProblem[]> {
  const withOptions = Object.entries(settings).filter(([, s]) => typeof s === 'object' && s.options);
  if (!withOptions.length) return [];
  const ajv = await newAjv();
  const problems: OptionProblem[] = [];
  for (const [id, setting] of withOptions) {
    const rule = rules.find((r) => r.id === id);
    const options = (setting as { options: unknown }).options;
    if (!rule?.optionsSchema) {
      problems.push({ path: [...at, id, 'options'], zh: `规则“${id}”没有可配置的选项`, en: `rule "${id}" takes no options` });
      continue;
    }
    const validate = ajv.compile(rule.optionsSchema);
    if (validate(options)) continue;
    for (const e of validate.errors ?? []) {
      const where = e.instancePath.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const key = (e.params as { additionalProperty?: string }).additionalProperty;
      problems.push({
        path: [...at, id, 'options', ...where, ...(key ? [key] : [])],
        zh: `规则“${id}”的选项${key ? `“${key}”` : ''}无效（${e.message ?? e.keyword}）`,
        en: `invalid option${key ? ` "${key}"` : ''} of rule "${id}": ${e.message ?? e.keyword}`,
      });
    }
  }
  return problems;
}

/** A fresh Ajv for draft 2020-12 schemas (rule options, profile files), loaded only when needed. */
export async function newAjv(): Promise<import('ajv/dist/2020.js').Ajv2020> {
  // ajv is CommonJS: its class sits on the namespace under Node and on `default` once bundled.
  const mod = (await import('ajv/dist/2020.js')) as unknown as { Ajv2020?: typeof import('ajv/dist/2020.js').Ajv2020; default?: { Ajv2020?: typeof import('ajv/dist/2020.js').Ajv2020 } };
  const Ajv = mod.Ajv2020 ?? mod.default?.Ajv2020;
  if (!Ajv) throw new Error('ajv could not be loaded');
  return new Ajv({ allErrors: true, strict: false });
}
