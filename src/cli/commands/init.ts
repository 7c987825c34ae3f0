// govcat init [FILE]: ask for the catalogue header (or take it from flags) and write a new, commented catalogue file.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { writeAtomic } from '../../io/write.js';
import { Draft, RuleGate } from '../../authoring/wizard/check.js';
import { INIT_KEYS, initWizard } from '../../authoring/wizard/init.js';
import { runSession, verifyDraft } from '../../authoring/wizard/session.js';
import { catalogueYaml } from '../../authoring/wizard/yaml.js';
import { todayInChina } from '../env.js';
import { resourceFile } from '../paths.js';
import { setup } from '../setup.js';
import { installedSchemaRef, schemaHome } from './schema.js';
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
  const schema = schemaRef(target);
  writeAtomic(target, catalogueYaml(header, schema.ref));
  if (!schema.stable) {
    process.stderr.write(locale === 'zh'
      ? `注意：无法在 ${schemaHome()} 安装编辑器模式，模式行写的是相对路径，文件移动后编辑器将找不到模式（见 govcat schema --install）\n`
      : `note: could not install the editor schemas in ${schemaHome()}; the modeline names a relative path, which breaks when the file moves (see govcat schema --install)\n`);
  }
  const id = String(header.id);
  process.stdout.write(locale === 'zh'
    ? `✔ 已创建 ${target}（目录编号 ${id}）。\n下一步：govcat add ${target} 添加条目；govcat lint ${target} 检查。\n`
    : `✔ Created ${target} (catalogue ${id}).\nNext: govcat add ${target} to add entries; govcat lint ${target} to check it.\n`);
  return 0;
}

/**
 * The schema for the modeline: the copy in the per-user folder (govcat schema --install; installed or brought up to
 * date here), by its absolute path, so the catalogue can be moved anywhere. Where that folder cannot be written: the
 * path relative to the file of the project's installed govcat, else of this package's (not stable); the single
 * executable has no file of its own, so there: where `govcat schema --install` puts it.
 */
export function schemaRef(file: string): { ref: string; stable: boolean } {
  const installed = installedSchemaRef();
  if (installed) return { ref: installed, stable: true };
  const dir = dirname(resolve(file));
  const local = _findUp(dir, join('node_modules', 'govcat', 'schemas', 'catalogue.schema.json'));
  const target = local ?? resourceFile('schemas/catalogue.schema.json') ?? join(schemaHome(), 'catalogue.schema.json');
  const rel = relative(dir, target).split(sep).join('/');
  return { ref: rel.startsWith('.') ? rel : `./${rel}`, stable: false };
}

// --- internal ---

function _findUp(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, name))) return join(d, name);
    if (dirname(d) === d) return undefined;
  }
}
