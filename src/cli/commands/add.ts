// govcat add FILE: ask for one entry (or take it from flags), append it to FILE keeping everything else, report the lint result.
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { InputError } from '../../core/errors.js';
import { lintDocument } from '../../core/lint.js';
import { loadYaml } from '../../core/load.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { readSource } from '../../io/read.js';
import { writeAtomic } from '../../io/write.js';
import { isObject } from '../../rules/_util.js';
import { ADD_KEYS, addWizard } from '../../authoring/wizard/add.js';
import { Draft, RuleGate } from '../../authoring/wizard/check.js';
import { runSession, verifyDraft } from '../../authoring/wizard/session.js';
import { appendEntry } from '../../authoring/wizard/yaml.js';
import { todayInChina } from '../env.js';
import { setup } from '../setup.js';
import type { JsonObject, Locale, Path, ResolvedProfile } from '../../core/types.js';

export interface AddFlags extends Record<string, unknown> {
  from?: string;
  lang?: string;
  config?: string;
  profile?: string;
}

export async function runAdd(file: string, flags: AddFlags): Promise<number> {
  const { locale, config, profile: profileName } = await setup(flags, rules);
  const profile = resolveProfile(profileName, rules, config.rules);
  const text = _read(file);
  const before = _catalogue(text, file);
  const index = (before.entries as unknown[]).length;
  const today = todayInChina();
  const draft = new Draft(structuredClone(before), new RuleGate(profile, today));
  const dept = isObject((before.catalogue as JsonObject).department) ? ((before.catalogue as JsonObject).department as JsonObject) : {};
  const department = { name: _str(dept.name), code: _str(dept.code) };
  if (!(await runSession({ command: 'add', locale, flags, keys: ADD_KEYS, from: flags.from }, (w) => addWizard(w, draft, { index, department })))) return 130;
  const header = _headerChanges(before, draft.root);
  verifyDraft(draft, [['entries', index], ...header.map(([p]) => p)], 'add');
  const entry = draft.get(['entries', index]) as JsonObject;
  const out = appendEntry(text, entry, header, profile.source);
  writeAtomic(file, out);
  process.stdout.write(`${_summary(out, file, entry, profile, today, locale)}\n`);
  return 0;
}

// --- internal ---

function _read(file: string): string {
  if (!existsSync(file)) {
    throw new InputError(file, { zh: '文件不存在；先用 govcat init 创建目录', en: 'no such file; create the catalogue with govcat init first' });
  }
  return readSource(file);
}

/** The catalogue data to extend: a mapping with a header; a missing or empty entries list counts as no entries. */
function _catalogue(text: string, file: string): JsonObject {
  const data = loadYaml(text, file).data;
  if (!isObject(data) || !isObject(data.catalogue)) {
    throw new InputError(file, { zh: '不是目录文件：缺少“catalogue:”目录头（可用 govcat init 创建）', en: 'not a catalogue: no "catalogue:" header (govcat init creates one)' }, 1, 1);
  }
  if (data.entries !== undefined && data.entries !== null && !Array.isArray(data.entries)) {
    throw new InputError(file, { zh: '“entries:”应为列表', en: '"entries:" must be a list' }, 1, 1);
  }
  return { ...data, entries: Array.isArray(data.entries) ? data.entries : [] };
}

/** Assessment records the wizard added to the header (the personal information impact assessment, when an item needs it). */
function _headerChanges(before: JsonObject, after: JsonObject): [Path, unknown][] {
  const get = (o: JsonObject) => ((o.catalogue as JsonObject).assessments ?? {}) as JsonObject;
  const [a, b] = [get(before), get(after)];
  return Object.keys(b).filter((k) => !isDeepStrictEqual(a[k], b[k])).map((k) => [['catalogue', 'assessments', k], b[k]]);
}

function _summary(text: string, file: string, entry: JsonObject, profile: ResolvedProfile, asOf: string, locale: Locale): string {
  const { findings } = lintDocument(loadYaml(text, file), profile, { asOf }, rules);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return locale === 'zh'
    ? `✔ 已将条目“${entry.name}”（${entry.id}）添加到 ${file}。\n整个目录检查结果：${errors} 个错误，${warnings} 个警告${errors + warnings ? `（详见 govcat lint ${file}）` : ''}。`
    : `✔ Added entry "${entry.name}" (${entry.id}) to ${file}.\nThe whole catalogue: ${errors} error(s), ${warnings} warning(s)${errors + warnings ? ` (see govcat lint ${file})` : ''}.`;
}

function _str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}
