// govcat init [FILE]: ask for the catalogue header (or take it from flags) and write a new, commented catalogue file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/errors.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { writeAtomic } from '../../io/write.js';
import { Draft, RuleGate } from '../../authoring/wizard/check.js';
import { INIT_KEYS, initWizard } from '../../authoring/wizard/init.js';
import { runSession, verifyDraft } from '../../authoring/wizard/session.js';
import { catalogueYaml } from '../../authoring/wizard/yaml.js';
import { todayInChina } from '../env.js';
import { resource } from '../paths.js';
import { setup } from '../setup.js';
import type { JsonObject } from '../../core/types.js';

export interface InitFlags extends Record<string, unknown> {
  force?: boolean;
  from?: string;
  lang?: string;
  config?: string;
  profile?: string;
}

export async function runInit(file: string | undefined, flags: InitFlags): Promise<number> {
  const target = file ?? 'catalogue.yaml';
  const { locale, config, profile: profileName } = await setup(flags, rules);
  // Refused before the first question: nobody should answer twenty questions to be told the file exists.
  if (existsSync(target) && !flags.force) {
    throw new UsageError({ zh: `${target} 已存在；如要覆盖，请加 --force`, en: `${target} already exists; add --force to overwrite it` });
  }
  const today = todayInChina();
  const draft = new Draft({ govcat: 1, catalogue: {}, entries: [] }, new RuleGate(resolveProfile(profileName, rules, config.rules), today));
  if (!(await runSession({ command: 'init', locale, flags, keys: INIT_KEYS, from: flags.from }, (w) => initWizard(w, draft, today)))) return 130;
  verifyDraft(draft, [['catalogue']], 'init');
  const header = draft.root.catalogue as JsonObject;
  writeAtomic(target, catalogueYaml(header, schemaRef(target)));
  const id = String(header.id);
  process.stdout.write(locale === 'zh'
    ? `✔ 已创建 ${target}（目录编号 ${id}）。\n下一步：govcat add ${target} 添加条目；govcat lint ${target} 检查。\n`
    : `✔ Created ${target} (catalogue ${id}).\nNext: govcat add ${target} to add entries; govcat lint ${target} to check it.\n`);
  return 0;
}

/** The schema for the modeline, relative to the file: the project's installed govcat if there is one, else this package's. */
export function schemaRef(file: string): string {
  const dir = dirname(resolve(file));
  const installed = _findUp(dir, join('node_modules', 'govcat', 'schemas', 'catalogue.schema.json'));
  const target = installed ?? fileURLToPath(resource('schemas/catalogue.schema.json'));
  const rel = relative(dir, target).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

// --- internal ---

function _findUp(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, name))) return join(d, name);
    if (dirname(d) === d) return undefined;
  }
}
