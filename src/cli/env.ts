// What the CLI reads from its environment: language, colour, today's date, the package version and build.
import { UsageError } from '../core/errors.js';
import type { Locale } from '../core/types.js';
import { readResource } from './paths.js';
import { seaBuild } from './sea.js';

export function detectLocale(flag: string | undefined, env = process.env): Locale {
  if (flag) {
    if (flag === 'zh' || flag === 'en') return flag;
    throw new UsageError({ zh: `--lang 只接受 zh 或 en，而不是“${flag}”`, en: `--lang takes zh or en, not "${flag}"` });
  }
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(lang) ? 'zh' : 'en';
}

export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream, env = process.env): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function parseDateFlag(name: string, value: string | undefined, fallback: () => string): string {
  if (value === undefined) return fallback();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new UsageError({ zh: `${name} 须为有效日期 YYYY-MM-DD，而不是“${value}”`, en: `${name} must be a real date YYYY-MM-DD, not "${value}"` });
  }
  return value;
}

/** Today in China (UTC+8), where the deadlines run. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

let version: string | undefined;
export function toolVersion(): string {
  version ??= (JSON.parse(readResource('package.json')) as { version: string }).version;
  return version;
}

/** What --version prints: the package version, and for the single executable which build it is. */
export function versionLine(): string {
  const build = seaBuild();
  return build ? `${toolVersion()} (${build})` : toolVersion();
}
