// Profile files a config extends (and the files they extend in turn): read, checked against schemas/profile.schema.json
// and against the rules and vocabularies govcat knows, each problem with its position; cycles and missing files named.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { checkRuleOptions, newAjv } from '../config/options.js';
import type { InputError } from '../core/errors.js';
import { loadYaml, type LoadedDocument } from '../core/load.js';
import { isObject } from '../core/normalize.js';
import { isVocabularyName, VOCABULARIES } from '../core/vocabulary.js';
import { builtinProfiles } from '../profiles/index.js';
import { closest } from '../rules/_schema.js';
import { readResource } from '../cli/paths.js';
import { errorAt, problemsError, shownPath } from './problems.js';
import { readSource } from './read.js';
import type { ConfigProblem } from '../config/config.js';
import type { AnyRuleBase, Path, Profile } from '../core/types.js';

/** Where a profile is referred to from: the file (as shown), its folder, and the node holding the reference. */
export interface ProfileRefSite {
  dir: string;
  file: string;
  doc: LoadedDocument;
  path: Path;
}

/**
 * The key of the profile `value` names: a built-in name as it is, a profile file (a path, relative to the file that
 * names it) by its absolute path, read into `into` together with every file it extends.
 */
export async function loadProfileRef(value: string, site: ProfileRefSite, into: Record<string, Profile>, known: readonly AnyRuleBase[], cwd: string, seen: string[] = []): Promise<string> {
  const isPath = /[\\/]|\.ya?ml$/i.test(value);
  if (!isPath) {
    if (Object.hasOwn(builtinProfiles, value)) return value;
    const near = closest(value, Object.keys(builtinProfiles));
    throw _at(site, {
      zh: `未知的配置方案“${value}”` + (near ? `，是否应为“${near}”？` : `；内置方案：${Object.keys(builtinProfiles).join('、')}`) + '（配置方案文件请写路径，如 ./profiles/city.yaml）',
      en: `unknown profile "${value}"` + (near ? `; did you mean "${near}"?` : `; built in: ${Object.keys(builtinProfiles).join(', ')}`) + ' (name a profile file by its path, e.g. ./profiles/city.yaml)',
    });
  }
  const abs = resolve(site.dir, value);
  if (seen.includes(abs)) {
    const cycle = [...seen.slice(seen.indexOf(abs)), abs].map((f) => shownPath(f, cwd)).join(' → ');
    throw _at(site, { zh: `配置方案文件循环继承：${cycle}`, en: `profile files extend each other in a cycle: ${cycle}` });
  }
  if (Object.hasOwn(into, abs)) return abs;
  if (!existsSync(abs)) throw _at(site, { zh: `找不到配置方案文件“${value}”（${shownPath(abs, cwd)}）`, en: `profile file "${value}" not found (${shownPath(abs, cwd)})` });
  if (/^govcat\.config\.ya?ml$/.test(basename(abs))) {
    throw _at(site, {
      zh: `“${value}”是配置文件，不是配置方案文件；要在几个文件夹间共用设置，请把它们写进一个配置方案文件，由各配置文件 extends`,
      en: `"${value}" is a config file, not a profile file; to share settings between folders, put them in a profile file that each config extends`,
    });
  }
  const shown = shownPath(abs, cwd);
  const doc = loadYaml(readSource(abs), shown);
  const problems = await _check(doc, known);
  if (problems.length) throw problemsError(shown, doc, problems);
  const profile = doc.data as Profile;
  into[abs] = { ...profile };
  if (profile.extends !== undefined) {
    into[abs].extends = await loadProfileRef(profile.extends, { dir: dirname(abs), file: shown, doc, path: ['extends'] }, into, known, cwd, [...seen, abs]);
  }
  return abs;
}

// --- internal ---

let _validate: Promise<((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null }> | undefined;

async function _check(doc: LoadedDocument, known: readonly AnyRuleBase[]): Promise<ConfigProblem[]> {
  _validate ??= newAjv().then((ajv) => ajv.compile(JSON.parse(readResource('schemas/profile.schema.json'))));
  const validate = await _validate;
  const data = doc.data;
  if (!validate(data)) {
    return (validate.errors ?? []).map((e) => {
      const at = e.instancePath.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const key = (e.params.additionalProperty ?? e.params.missingProperty) as string | undefined;
      const extra = e.keyword === 'additionalProperties';
      return {
        path: extra && key ? [...at, key] : at,
        key: extra,
        zh: extra ? `配置方案中未知的设置“${key}”` : e.keyword === 'required' ? `配置方案缺少“${key}”` : `${at.join('.') || '配置方案'}：不符合 schemas/profile.schema.json（${e.message ?? e.keyword}）`,
        en: extra ? `unknown setting "${key}" in a profile` : e.keyword === 'required' ? `the profile lacks "${key}"` : `${at.join('.') || 'the profile'}: does not match schemas/profile.schema.json (${e.message ?? e.keyword})`,
      };
    });
  }
  const profile = data as Profile;
  const problems: ConfigProblem[] = [];
  const ids = known.map((r) => r.id);
  for (const id of Object.keys(profile.rules)) {
    if (ids.includes(id)) continue;
    const near = closest(id, ids);
    problems.push({ path: ['rules', id], key: true, zh: `未知规则“${id}”` + (near ? `，是否应为“${near}”？` : ''), en: `unknown rule "${id}"` + (near ? `; did you mean "${near}"?` : '') });
  }
  for (const [name, variants] of Object.entries(profile.vocabularies ?? {})) {
    if (!isVocabularyName(name)) {
      const near = closest(name, Object.keys(VOCABULARIES));
      problems.push({ path: ['vocabularies', name], key: true, zh: `未知的词表“${name}”` + (near ? `，是否应为“${near}”？` : `；可用：${Object.keys(VOCABULARIES).join('、')}`), en: `unknown vocabulary "${name}"` + (near ? `; did you mean "${near}"?` : `; use ${Object.keys(VOCABULARIES).join(', ')}`) });
      continue;
    }
    const terms = VOCABULARIES[name].terms;
    for (const [variant, term] of Object.entries(variants)) {
      if (Object.hasOwn(terms, term) || Object.values(terms).includes(term)) continue;
      problems.push({ path: ['vocabularies', name, variant], zh: `“${term}”不是词表 ${name} 的规范值；可用：${Object.keys(terms).join('、')}`, en: `"${term}" is no term of vocabulary ${name}; use ${Object.keys(terms).join(', ')}` });
    }
  }
  if (!problems.length && isObject(profile.rules)) problems.push(...(await checkRuleOptions(profile.rules, known)));
  return problems;
}

function _at(site: ProfileRefSite, text: { zh: string; en: string }): InputError {
  return errorAt(site.file, site.doc, site.path, text);
}
