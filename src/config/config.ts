// govcat.config.yaml: profile, rule severities and options, calendar overrides, output defaults — checked, with positions.
import { validateCalendarOverrides, type CalendarOverrides } from '../calendar/overrides.js';
import { isObject } from '../core/normalize.js';
import type { Bilingual, Locale, Path, RuleSetting } from '../core/types.js';

export interface GovcatConfig {
  profile?: string;
  rules: Record<string, RuleSetting>;
  calendar: CalendarOverrides;
  lang?: Locale;
  format?: string;
}

export interface ConfigProblem extends Bilingual {
  path: Path;
  key?: boolean;
}

export type ConfigCheck = { ok: true; config: GovcatConfig } | { ok: false; problems: ConfigProblem[] };

const KEYS = ['profile', 'rules', 'calendar', 'lang', 'format'];
const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** Checks the parsed file against what govcat reads; `knownRules` are all rule ids (lint and diff). */
export function checkConfig(value: unknown, knownRules: readonly string[]): ConfigCheck {
  if (value === null || value === undefined) return { ok: true, config: { rules: {}, calendar: {} } };
  if (!isObject(value)) return { ok: false, problems: [{ path: [], zh: '配置文件顶层应为映射', en: 'the config file must be a mapping at the top level' }] };
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(value).filter((k) => !KEYS.includes(k))) {
    problems.push({ path: [key], key: true, zh: `未知的配置项“${key}”；可用：${KEYS.join('、')}`, en: `unknown setting "${key}"; use ${KEYS.join(', ')}` });
  }
  if ('profile' in value && typeof value.profile !== 'string') problems.push({ path: ['profile'], zh: 'profile 应为配置方案名称', en: 'profile must be a profile name' });
  if ('lang' in value && value.lang !== 'zh' && value.lang !== 'en') problems.push({ path: ['lang'], zh: 'lang 应为 zh 或 en', en: 'lang must be zh or en' });
  if ('format' in value && typeof value.format !== 'string') problems.push({ path: ['format'], zh: 'format 应为输出格式名称', en: 'format must be an output format name' });
  const rules = _checkRules(value.rules, knownRules, problems);
  let calendar: CalendarOverrides = {};
  if (value.calendar !== undefined && value.calendar !== null) {
    const cal = validateCalendarOverrides(value.calendar, ['calendar']);
    if (cal.ok) calendar = cal.overrides;
    else problems.push(...cal.problems);
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, config: { profile: value.profile as string | undefined, rules, calendar, lang: value.lang as Locale | undefined, format: value.format as string | undefined } };
}

// --- internal ---

function _checkRules(value: unknown, known: readonly string[], problems: ConfigProblem[]): Record<string, RuleSetting> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    problems.push({ path: ['rules'], zh: 'rules 应为“规则: 级别”的映射', en: 'rules must be a mapping of rule: severity' });
    return {};
  }
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!known.includes(id)) {
      const near = known.find((k) => k.startsWith(id.slice(0, 6)));
      problems.push({ path: ['rules', id], key: true, zh: `未知规则“${id}”` + (near ? `，是否应为“${near}”？` : ''), en: `unknown rule "${id}"` + (near ? `; did you mean "${near}"?` : '') });
    } else if (typeof setting === 'string' && SEVERITIES.includes(setting)) out[id] = setting as RuleSetting;
    else if (isObject(setting) && Object.keys(setting).every((k) => k === 'severity' || k === 'options') && (setting.severity === undefined || SEVERITIES.includes(String(setting.severity))) && (setting.options === undefined || isObject(setting.options))) {
      out[id] = setting as RuleSetting;
    } else {
      problems.push({ path: ['rules', id], zh: `规则“${id}”的设置应为 error、warning、info、off，或 {severity, options}`, en: `the setting of rule "${id}" must be error, warning, info, off, or {severity, options}` });
    }
  }
  return out;
}
