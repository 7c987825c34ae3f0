// Finds and reads govcat.config.yaml (walking up from the working directory, or --config), failing with positions.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkConfig, type ConfigProblem, type GovcatConfig } from '../config/config.js';
import { checkRuleOptions } from '../config/options.js';
import type { AnyRuleBase } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { loadYaml } from '../core/load.js';
import { readSource } from './read.js';

export const CONFIG_NAMES = ['govcat.config.yaml', 'govcat.config.yml'];

export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The config in force: --config FILE, else the nearest govcat.config.yaml, else defaults. */
export async function readConfig(explicit: string | undefined, rules: readonly AnyRuleBase[], cwd = process.cwd()): Promise<{ file?: string; config: GovcatConfig }> {
  const file = explicit ?? findConfig(cwd);
  if (!file) return { config: { rules: {}, calendar: {} } };
  const doc = loadYaml(readSource(file), file);
  const checked = checkConfig(doc.data, rules.map((r) => r.id));
  const problems: ConfigProblem[] = checked.ok ? await checkRuleOptions(checked.config.rules, rules) : checked.problems;
  if (checked.ok && !problems.length) return { file, config: checked.config };
  // Every problem on its own line with its position, so one run shows all that needs fixing.
  const [first, ...rest] = problems.map((p) => ({ ...p, at: doc.locate(p.path, { key: p.key }) }));
  const more = (lang: 'zh' | 'en') => rest.map((p) => `\n${file}:${p.at.line}:${p.at.column}: ${p[lang]}`).join('');
  throw new InputError(file, { zh: first.zh + more('zh'), en: first.en + more('en') }, first.at.line, first.at.column);
}
