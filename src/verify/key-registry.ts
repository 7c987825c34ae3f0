// The key registry (keys.yaml in `verify --keys DIR`): which department may sign with which key, and when. Pure: the
// caller reads the folder; the registry is plain data, so it crosses to the worker threads as it is.
import { compareDates, parseIsoDate } from '../calendar/index.js';
import { describeCreditCodeProblem } from '../core/credit-code.js';
import { isObject } from '../core/normalize.js';
import type { Bilingual, Path } from '../core/types.js';

export const KEY_REGISTRY_FILE = 'keys.yaml';

export interface RegisteredKey {
  keyId: string;
  /** The .pub file in the folder, for messages. */
  file: string;
  validFrom?: string;
  validTo?: string;
}

export interface RegisteredDepartment {
  name?: string;
  code?: string;
  keys: RegisteredKey[];
}

export interface KeyRegistry {
  departments: RegisteredDepartment[];
  /** Every .pub file of the folder, registered or not (a key no department has is named by its file). */
  files: KeyFile[];
}

/** A public key file of the folder: its name and key id. */
export interface KeyFile {
  file: string;
  keyId: string;
}

export interface RegistryProblem extends Bilingual {
  path: Path;
  key?: boolean;
}

export type RegistryCheck = { ok: true; registry: KeyRegistry } | { ok: false; problems: RegistryProblem[] };

/** What a key verified over the tag manifest says about this bundle's signer, judged on `date`. */
export type KeyJudgement =
  | { state: 'valid'; key: RegisteredKey }
  | { state: 'unregistered' }
  | { state: 'other-department'; owners: RegisteredDepartment[] }
  | { state: 'key-expired' | 'key-not-yet-valid'; key: RegisteredKey };

/** The bundle's department as bag-info (or its catalogue) names it. */
export interface SignerIdentity {
  department?: string;
  departmentCode?: string;
}

/** Checks keys.yaml's parsed data against its shape and the folder's .pub files; every problem at once, with its path. */
export function checkKeyRegistry(data: unknown, files: readonly KeyFile[]): RegistryCheck {
  const problems: RegistryProblem[] = [];
  const add = (path: Path, text: Bilingual, key = false) => problems.push({ path, ...text, ...(key ? { key } : {}) });
  if (!isObject(data) || !Array.isArray(data.departments)) {
    add(isObject(data) && 'departments' in data ? ['departments'] : [], { zh: 'keys.yaml 应为 departments: 部门列表（每项含 name 和/或 code，以及 keys）', en: 'keys.yaml must be departments: a list of departments (each with name and/or code, and keys)' });
    return { ok: false, problems };
  }
  for (const k of Object.keys(data).filter((k) => k !== 'departments')) add([k], { zh: `未知的设置“${k}”；只能是 departments`, en: `unknown setting "${k}"; the only one is departments` }, true);
  const departments = data.departments.flatMap((d, i) => _department(d, ['departments', i], files, add));
  _noDuplicates(departments, add);
  return problems.length ? { ok: false, problems } : { ok: true, registry: { departments: departments.map((d) => d.value), files: files.map((f) => ({ file: f.file, keyId: f.keyId })) } };
}

/**
 * Judges a key for a bundle's department on a date: valid when one of the department's registrations of the key covers
 * the date; otherwise expired / not yet valid when the department has the key at all, else whose key it is.
 */
export function judgeKey(registry: KeyRegistry, keyId: string, who: SignerIdentity, date: string): KeyJudgement {
  const owners = registry.departments.filter((d) => d.keys.some((k) => k.keyId === keyId));
  if (!owners.length) return { state: 'unregistered' };
  const mine = owners.filter((d) => isDepartment(d, who)).flatMap((d) => d.keys.filter((k) => k.keyId === keyId));
  if (!mine.length) return { state: 'other-department', owners };
  const current = mine.find((k) => (!k.validFrom || compareDates(k.validFrom, date) <= 0) && (!k.validTo || compareDates(date, k.validTo) <= 0));
  if (current) return { state: 'valid', key: current };
  // Of several periods, the one nearest before the date says "expired"; otherwise the key is not valid yet.
  const expired = mine.filter((k) => k.validTo && compareDates(k.validTo, date) < 0);
  return expired.length ? { state: 'key-expired', key: expired[expired.length - 1] } : { state: 'key-not-yet-valid', key: mine[0] };
}

/**
 * The credit code decides when both sides have one (names change, codes do not); otherwise the names, whitespace
 * ignored as bag-info folds long values.
 */
export function isDepartment(d: Pick<RegisteredDepartment, 'name' | 'code'>, who: SignerIdentity): boolean {
  if (d.code && who.departmentCode) return d.code === who.departmentCode.trim().toUpperCase();
  const squash = (s: string) => s.replace(/\s+/g, '');
  return Boolean(d.name && who.department && squash(d.name) === squash(who.department));
}

/** A registered department as messages name it: 名称（代码）. */
export function departmentLabel(d: Pick<RegisteredDepartment, 'name' | 'code'>): string {
  return d.name && d.code ? `${d.name} (${d.code})` : (d.name ?? d.code ?? '');
}

// --- internal ---

type _Add = (path: Path, text: Bilingual, key?: boolean) => void;

const _DEPT_KEYS = ['name', 'code', 'keys'];
const _KEY_KEYS = ['file', 'id', 'valid_from', 'valid_to'];

function _department(d: unknown, at: Path, files: readonly KeyFile[], add: _Add): { value: RegisteredDepartment; at: Path }[] {
  if (!isObject(d)) {
    add(at, { zh: 'departments 的每一项应为映射：name、code、keys', en: 'each item of departments must be a mapping: name, code, keys' });
    return [];
  }
  for (const k of Object.keys(d).filter((k) => !_DEPT_KEYS.includes(k))) add([...at, k], { zh: `未知的设置“${k}”；可用：${_DEPT_KEYS.join('、')}`, en: `unknown setting "${k}"; use ${_DEPT_KEYS.join(', ')}` }, true);
  const name = typeof d.name === 'string' && d.name.trim() ? d.name.trim() : undefined;
  if ('name' in d && !name) add([...at, 'name'], { zh: 'name 应为部门名称（与报送包 Source-Organization 一致）', en: "name must be the department's name (as in the bundle's Source-Organization)" });
  let code: string | undefined;
  if ('code' in d) {
    // An unquoted all-digit code reads as a number and loses its leading zeros: ask for quotes rather than guess.
    const problem = typeof d.code !== 'string' ? { zh: 'code 应为加引号的统一社会信用代码', en: 'code must be a unified social credit code in quotes' } : describeCreditCodeProblem(d.code.trim());
    if (problem) add([...at, 'code'], problem);
    else code = (d.code as string).trim();
  }
  if (!('name' in d) && !('code' in d)) add(at, { zh: '部门须有 name 或 code（统一社会信用代码），或两者都有', en: 'a department needs a name or a code (unified social credit code), or both' });
  if (!Array.isArray(d.keys) || !d.keys.length) {
    add('keys' in d ? [...at, 'keys'] : at, { zh: 'keys 应为该部门公钥的非空列表（本文件夹中的 .pub 文件名或密钥 ID）', en: "keys must be a non-empty list of the department's public keys (a .pub file of this folder or a key id)" });
    return [];
  }
  const keys = d.keys.flatMap((k, j) => _key(k, [...at, 'keys', j], files, add));
  return [{ value: { ...(name ? { name } : {}), ...(code ? { code } : {}), keys }, at }];
}

function _key(k: unknown, at: Path, files: readonly KeyFile[], add: _Add): RegisteredKey[] {
  // Shorthand: a bare file name or key id, valid at any date.
  const item = typeof k === 'string' ? (/^[0-9a-f]{16}$/i.test(k) ? { id: k } : { file: k }) : k;
  if (!isObject(item)) {
    add(at, { zh: 'keys 的每一项应为 .pub 文件名、密钥 ID，或 {file 或 id, valid_from, valid_to}', en: 'each key must be a .pub file name, a key id, or {file or id, valid_from, valid_to}' });
    return [];
  }
  for (const key of Object.keys(item).filter((x) => !_KEY_KEYS.includes(x))) add([...at, key], { zh: `未知的设置“${key}”；可用：${_KEY_KEYS.join('、')}`, en: `unknown setting "${key}"; use ${_KEY_KEYS.join(', ')}` }, true);
  const here = typeof k === 'string' ? at : undefined;
  let found: KeyFile | undefined;
  if (('file' in item) === ('id' in item)) add(at, { zh: '每个密钥须给出 file（.pub 文件名）或 id（密钥 ID），且只给一个', en: 'each key takes file (a .pub file name) or id (a key id), one of them' });
  else if ('file' in item) {
    found = files.find((f) => f.file === item.file);
    if (!found) add(here ?? [...at, 'file'], { zh: `本文件夹中没有公钥文件“${String(item.file)}”${_listed(files, 'zh')}`, en: `no public key file "${String(item.file)}" in this folder${_listed(files, 'en')}` });
  } else {
    found = files.find((f) => typeof item.id === 'string' && f.keyId === item.id.toLowerCase());
    if (!found) add(here ?? [...at, 'id'], { zh: `本文件夹的 .pub 文件中没有密钥 ID“${String(item.id)}”（密钥 ID 为 16 位十六进制数，govcat keygen 会显示）`, en: `no .pub file of this folder has the key id "${String(item.id)}" (16 hex digits, as govcat keygen prints it)` });
  }
  const validFrom = _date(item, 'valid_from', at, add);
  const validTo = _date(item, 'valid_to', at, add);
  if (validFrom && validTo && compareDates(validFrom, validTo) > 0) add([...at, 'valid_to'], { zh: `valid_to（${validTo}）早于 valid_from（${validFrom}）`, en: `valid_to (${validTo}) is before valid_from (${validFrom})` });
  if (!found) return [];
  return [{ keyId: found.keyId, file: found.file, ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) }];
}

function _date(item: Record<string, unknown>, key: 'valid_from' | 'valid_to', at: Path, add: _Add): string | undefined {
  if (!(key in item)) return undefined;
  const parsed = parseIsoDate(item[key]);
  if (parsed.ok) return parsed.date;
  add([...at, key], { zh: `${key} 应为日期 yyyy-mm-dd：${parsed.error.message.zh}`, en: `${key} must be a date, yyyy-mm-dd: ${parsed.error.message.en}` });
  return undefined;
}

function _listed(files: readonly KeyFile[], lang: 'zh' | 'en'): string {
  if (!files.length) return lang === 'zh' ? '（文件夹中没有 .pub 文件）' : ' (the folder has no .pub files)';
  const names = files.map((f) => f.file).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `（现有：${names}）` : ` (there are: ${names})`;
}

/** One department, one entry: two entries with the same code or name would make "whose key" ambiguous. */
function _noDuplicates(list: { value: RegisteredDepartment; at: Path }[], add: _Add): void {
  const seen = new Map<string, number>();
  for (const { value, at } of list) {
    for (const [field, v] of [['code', value.code], ['name', value.name?.replace(/\s+/g, '')]] as const) {
      if (!v) continue;
      const first = seen.get(`${field}\u0000${v}`);
      if (first !== undefined) add([...at, field], { zh: `部门的 ${field}“${v}”与 departments 第 ${first + 1} 项重复；同一部门的密钥请列在一处`, en: `the department's ${field} "${v}" repeats item ${first + 1} of departments; list one department's keys in one place` });
      else seen.set(`${field}\u0000${v}`, at[1] as number);
    }
  }
}
