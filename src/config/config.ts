// govcat.config.yaml: profile (extends), rule severities and options, overrides by glob, plugins, calendar overrides,
// output defaults — checked, with positions.
import { validateCalendarOverrides, type CalendarOverrides } from '../calendar/overrides.js';
import { isObject } from '../core/normalize.js';
import type { Bilingual, Locale, Path, RuleSetting } from '../core/types.js';

export interface GovcatConfig {
  /** `extends:` (or the older `profile:`): a built-in profile's name or a profile file's path, relative to the config. */
  profile?: string;
  rules: Record<string, RuleSetting>;
  calendar: CalendarOverrides;
  lang?: Locale;
  format?: string;
  /** Settings for the files matching globs (relative to the config's folder); a later entry wins. */
  overrides?: ConfigOverride[];
  /** Local rule modules (ESM .js / .mjs), relative to the config's folder. */
  plugins?: string[];
  reportUnusedDisableDirectives?: boolean;
  /** `govcat verify`'s policy: what the authority demands of every bundle it checks. */
  verify?: VerifyPolicy;
}

export interface VerifyPolicy {
  /** An unsigned bundle fails (as --require-signature); needs --keys, since signatures are checked only then. */
  requireSignature?: boolean;
}

export interface ConfigOverride {
  files: string[];
  profile?: string;
  rules: Record<string, RuleSetting>;
}

export interface ConfigProblem extends Bilingual {
  path: Path;
  key?: boolean;
}

export type ConfigCheck = { ok: true; config: GovcatConfig } | { ok: false; problems: ConfigProblem[] };

const KEYS = ['extends', 'profile', 'rules', 'overrides', 'plugins', 'reportUnusedDisableDirectives', 'calendar', 'lang', 'format', 'verify'];
const VERIFY_KEYS = ['requireSignature'];
const OVERRIDE_KEYS = ['files', 'extends', 'profile', 'rules'];
const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** Checks the parsed file against what govcat reads; `knownRules` are all rule ids (lint and diff). */
export function checkConfig(value: unknown, knownRules: readonly string[]): ConfigCheck {
  if (value === null || value === undefined) return { ok: true, config: { rules: {}, calendar: {}, overrides: [], plugins: [] } };
  if (!isObject(value)) return { ok: false, problems: [{ path: [], zh: '配置文件顶层应为映射', en: 'the config file must be a mapping at the top level' }] };
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(value).filter((k) => !KEYS.includes(k))) {
    problems.push({ path: [key], key: true, zh: `未知的配置项“${key}”；可用：${KEYS.join('、')}`, en: `unknown setting "${key}"; use ${KEYS.join(', ')}` });
  }
  const profile = _profile(value, [], problems);
  if ('plugins' in value && !(Array.isArray(value.plugins) && value.plugins.every((p) => typeof p === 'string'))) problems.push({ path: ['plugins'], zh: 'plugins 应为规则模块路径（.js、.mjs）的列表', en: 'plugins must be a list of rule module paths (.js, .mjs)' });
  if ('reportUnusedDisableDirectives' in value && typeof value.reportUnusedDisableDirectives !== 'boolean') problems.push({ path: ['reportUnusedDisableDirectives'], zh: 'reportUnusedDisableDirectives 应为 true 或 false', en: 'reportUnusedDisableDirectives must be true or false' });
  if ('lang' in value && value.lang !== 'zh' && value.lang !== 'en') problems.push({ path: ['lang'], zh: 'lang 应为 zh 或 en', en: 'lang must be zh or en' });
  if ('format' in value && typeof value.format !== 'string') problems.push({ path: ['format'], zh: 'format 应为输出格式名称', en: 'format must be an output format name' });
  const verify = _checkVerify(value.verify, problems);
  const rules = _checkRules(value.rules, knownRules, problems, ['rules']);
  const overrides = _checkOverrides(value.overrides, knownRules, problems);
  let calendar: CalendarOverrides = {};
  if (value.calendar !== undefined && value.calendar !== null) {
    const cal = validateCalendarOverrides(value.calendar, ['calendar']);
    if (cal.ok) calendar = cal.overrides;
    else problems.push(...cal.problems);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    config: {
      profile, rules, calendar, lang: value.lang as Locale | undefined, format: value.format as string | undefined, overrides,
      plugins: (value.plugins as string[] | undefined) ?? [],
      ...(typeof value.reportUnusedDisableDirectives === 'boolean' ? { reportUnusedDisableDirectives: value.reportUnusedDisableDirectives } : {}),
      ...(verify ? { verify } : {}),
    },
  };
}

// --- internal ---

function _checkVerify(value: unknown, problems: ConfigProblem[]): VerifyPolicy | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    problems.push({ path: ['verify'], zh: `verify 应为映射，可用：${VERIFY_KEYS.join('、')}`, en: `verify must be a mapping of ${VERIFY_KEYS.join(', ')}` });
    return undefined;
  }
  for (const key of Object.keys(value).filter((k) => !VERIFY_KEYS.includes(k))) {
    problems.push({ path: ['verify', key], key: true, zh: `verify 中未知的设置“${key}”；可用：${VERIFY_KEYS.join('、')}`, en: `unknown setting "${key}" in verify; use ${VERIFY_KEYS.join(', ')}` });
  }
  if ('requireSignature' in value && typeof value.requireSignature !== 'boolean') {
    problems.push({ path: ['verify', 'requireSignature'], zh: 'verify.requireSignature 应为 true 或 false', en: 'verify.requireSignature must be true or false' });
    return undefined;
  }
  return typeof value.requireSignature === 'boolean' ? { requireSignature: value.requireSignature } : {};
}

/** `extends:` or `profile:` (the same thing; one of them). */
function _profile(value: Record<string, unknown>, at: Path, problems: ConfigProblem[]): string | undefined {
  if ('extends' in value && 'profile' in value) problems.push({ path: [...at, 'profile'], key: true, zh: 'extends 与 profile 含义相同，只能写一个', en: 'extends and profile mean the same: give one of them' });
  for (const key of ['extends', 'profile']) {
    if (key in value && (typeof value[key] !== 'string' || !value[key])) problems.push({ path: [...at, key], zh: `${key} 应为内置配置方案名称或配置方案文件的路径`, en: `${key} must be a built-in profile name or a profile file's path` });
  }
  const p = value.extends ?? value.profile;
  return typeof p === 'string' && p ? p : undefined;
}

function _checkOverrides(value: unknown, known: readonly string[], problems: ConfigProblem[]): ConfigOverride[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: ['overrides'], zh: 'overrides 应为列表，每项为 {files, extends, rules}', en: 'overrides must be a list of {files, extends, rules}' });
    return [];
  }
  const out: ConfigOverride[] = [];
  value.forEach((o, i) => {
    const at: Path = ['overrides', i];
    if (!isObject(o)) {
      problems.push({ path: at, zh: 'overrides 的每一项应为 {files, extends, rules}', en: 'each item of overrides must be {files, extends, rules}' });
      return;
    }
    for (const key of Object.keys(o).filter((k) => !OVERRIDE_KEYS.includes(k))) {
      problems.push({ path: [...at, key], key: true, zh: `overrides 中未知的设置“${key}”；可用：${OVERRIDE_KEYS.join('、')}`, en: `unknown setting "${key}" in overrides; use ${OVERRIDE_KEYS.join(', ')}` });
    }
    const files = typeof o.files === 'string' ? [o.files] : o.files;
    if (!Array.isArray(files) || !files.length || !files.every((f) => typeof f === 'string' && f)) {
      problems.push({ path: 'files' in o ? [...at, 'files'] : at, zh: 'files 应为通配模式或通配模式的列表（相对于配置文件所在文件夹）', en: "files must be a glob or a list of globs (relative to the config file's folder)" });
      return;
    }
    const profile = _profile(o, at, problems);
    out.push({ files: files as string[], ...(profile ? { profile } : {}), rules: _checkRules(o.rules, known, problems, [...at, 'rules']) });
  });
  return out;
}

function _checkRules(value: unknown, known: readonly string[], problems: ConfigProblem[], at: Path): Record<string, RuleSetting> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    problems.push({ path: at, zh: 'rules 应为“规则: 级别”的映射', en: 'rules must be a mapping of rule: severity' });
    return {};
  }
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!known.includes(id)) {
      const near = known.find((k) => k.startsWith(id.slice(0, 6)));
      problems.push({ path: [...at, id], key: true, zh: `未知规则“${id}”` + (near ? `，是否应为“${near}”？` : ''), en: `unknown rule "${id}"` + (near ? `; did you mean "${near}"?` : '') });
    } else if (typeof setting === 'string' && SEVERITIES.includes(setting)) out[id] = setting as RuleSetting;
    else if (isObject(setting) && Object.keys(setting).every((k) => k === 'severity' || k === 'options') && (setting.severity === undefined || SEVERITIES.includes(String(setting.severity))) && (setting.options === undefined || isObject(setting.options))) {
      out[id] = setting as RuleSetting;
    } else {
      problems.push({ path: [...at, id], zh: `规则“${id}”的设置应为 error、warning、info、off，或 {severity, options}`, en: `the setting of rule "${id}" must be error, warning, info, off, or {severity, options}` });
    }
  }
  return out;
}
