// Local rule modules named by a config's `plugins:` (ESM .js / .mjs, relative to the config): imported, and each rule
// checked against the rule contract before it runs; a bad one stops the run (exit 2) naming the module and the fault.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asPluginRule, checkPluginRule } from '../config/plugin-rule.js';
import { newAjv } from '../config/options.js';
import { isObject } from '../core/normalize.js';
import { yamlTypo } from '../core/yaml-typo.js';
import { disableDirective } from '../core/directives.js';
import { diffRules } from '../diff/rules/index.js';
import { rules as lintRules } from '../rules/index.js';
import { errorAt } from './problems.js';
import type { LoadedDocument } from '../core/load.js';
import type { AnyRule, Bilingual } from '../core/types.js';

/** The rules of the plugins `paths` (relative to `dir`); `file` and `doc` are the config naming them, for positions. */
export async function loadPlugins(paths: readonly string[], dir: string, file: string, doc: LoadedDocument): Promise<AnyRule[]> {
  const taken = new Set<string>([...lintRules, ...diffRules, yamlTypo, disableDirective].map((r) => r.id));
  const out: AnyRule[] = [];
  for (const [i, path] of paths.entries()) {
    const fail = (text: Bilingual) => errorAt(file, doc, ['plugins', i], { zh: `插件“${path}”：${text.zh}`, en: `plugin "${path}": ${text.en}` });
    if (!/\.m?js$/i.test(path)) throw fail({ zh: '插件应为 ES 模块文件（.js 或 .mjs）', en: 'a plugin must be an ES module file (.js or .mjs)' });
    const abs = resolve(dir, path);
    if (!existsSync(abs)) throw fail({ zh: '文件不存在', en: 'no such file' });
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
    } catch (e) {
      const why = (e as Error)?.message ?? String(e);
      throw fail({ zh: `无法加载（${why}）`, en: `cannot be loaded (${why})` });
    }
    const exported = _rulesOf(mod);
    if (!exported) throw fail({ zh: '应导出规则列表：export default [规则, …] 或 export default { rules: [规则, …] }', en: 'it must export its rules: export default [rule, …] or export default { rules: [rule, …] }' });
    for (const [j, value] of exported.entries()) {
      const name = isObject(value) && typeof value.id === 'string' ? `“${value.id}”` : `#${j + 1}`;
      const nameEn = isObject(value) && typeof value.id === 'string' ? `"${value.id}"` : `#${j + 1}`;
      const problems = checkPluginRule(value, taken);
      if (!problems.length) problems.push(...(await _checkOptions(value as Record<string, unknown>)));
      if (problems.length) throw fail({ zh: `规则 ${name}：${problems.map((p) => p.zh).join('；')}`, en: `rule ${nameEn}: ${problems.map((p) => p.en).join('; ')}` });
      const rule = asPluginRule(value as Record<string, unknown>);
      taken.add(rule.id);
      out.push(rule);
    }
  }
  return out;
}

// --- internal ---

function _rulesOf(mod: Record<string, unknown>): unknown[] | undefined {
  const d = mod.default;
  if (Array.isArray(d)) return d;
  if (isObject(d) && Array.isArray(d.rules)) return d.rules;
  if (Array.isArray(mod.rules)) return mod.rules;
  return undefined;
}

/** The options schema compiles, and the defaults pass it. */
async function _checkOptions(rule: Record<string, unknown>): Promise<Bilingual[]> {
  if (rule.optionsSchema === undefined) return [];
  const ajv = await newAjv();
  let validate;
  try {
    validate = ajv.compile(rule.optionsSchema as object);
  } catch (e) {
    return [{ zh: `optionsSchema 不是有效的 JSON Schema（${(e as Error).message}）`, en: `optionsSchema is no valid JSON Schema (${(e as Error).message})` }];
  }
  if (validate(rule.defaults ?? {})) return [];
  const why = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
  return [{ zh: `defaults 不符合 optionsSchema（${why}）`, en: `defaults do not match optionsSchema (${why})` }];
}
