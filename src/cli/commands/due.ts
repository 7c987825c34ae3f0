// govcat due: the request deadlines of the profile's regime (Decree Arts. 21, 22 and 26 under national) on the official
// working-day calendar.
import { officialCalendar } from '../../calendar/official.js';
import { UsageError } from '../../core/errors.js';
import { cite } from '../../core/articles.js';
import { orList, sharingDeadline } from '../../deadlines/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { diffRules } from '../../diff/rules/index.js';
import { parseDateFlag } from '../env.js';
import { setup } from '../setup.js';

export interface DueFlags {
  article: string;
  shareType?: string;
  from: string;
  extension?: string;
  format: 'text' | 'json';
  config?: string;
  profile?: string;
  lang?: string;
}

export async function runDue(flags: DueFlags): Promise<number> {
  const { locale, config, profile: profileName, profiles } = await setup({ lang: flags.lang, config: flags.config, profile: flags.profile }, diffRules);
  // The periods are the profile's (deadlines.requests): the Decree's Arts. 21, 22, 26 under national, a regime's own under its profile.
  const profile = resolveProfile(profileName, diffRules, config.rules, profiles);
  const regime = { source: profile.source ?? 'decree-809', requests: profile.deadlines?.requests ?? [] } as const;
  if (!regime.requests.length) {
    throw new UsageError({
      zh: `配置方案“${profile.id}”没有规定共享申请的办理期限（${profile.title.zh}）`,
      en: `profile "${profile.id}" sets no request deadlines (${profile.title.en})`,
    });
  }
  const articles = [...new Set(regime.requests.map((r) => r.article))];
  const article = Number(flags.article);
  if (!articles.includes(article)) {
    throw new UsageError({ zh: `--article 只接受 ${orList(articles.map(String), 'zh')}，而不是“${flags.article}”`, en: `--article takes ${orList(articles.map(String), 'en')}, not "${flags.article}"` });
  }
  const shareType = flags.shareType === undefined ? undefined : _shareType(flags.shareType);
  const types = regime.requests.filter((r) => r.article === article).flatMap((r) => (r.shareType ? [r.shareType] : []));
  if (types.length > 1 && !shareType) {
    const at = cite({ source: regime.source, article });
    throw new UsageError({ zh: `${at.zh}的期限取决于共享属性：请加 --share-type ${types.join(' 或 ')}`, en: `the ${at.en} deadline depends on the share type: add --share-type ${types.join(' or ')}` });
  }
  const extension = flags.extension === undefined ? undefined : _count('--extension', flags.extension);
  const from = parseDateFlag('--from', flags.from, () => '');
  const calendar = officialCalendar(config.calendar);
  const result = sharingDeadline({ article, shareType, from, extension }, calendar, regime);
  if (!result.ok) throw new UsageError(result.error);
  const notices = calendar.notices().map((n) => n.message[locale]);
  if (flags.format === 'json') {
    process.stdout.write(JSON.stringify({ article, shareType: shareType ?? null, from, extension: extension ?? 0, due: result.due, workingDays: result.workingDays, explanation: result.explanation, notices }, null, 2) + '\n');
  } else {
    process.stdout.write(`${result.due}\n${result.explanation[locale]}\n`);
    for (const n of notices) process.stderr.write(`govcat: ${n}\n`);
  }
  return 0;
}

// --- internal ---

function _shareType(v: string): 'unconditional' | 'conditional' {
  if (v === 'unconditional' || v === '无条件共享') return 'unconditional';
  if (v === 'conditional' || v === '有条件共享') return 'conditional';
  throw new UsageError({ zh: `--share-type 只接受 unconditional 或 conditional，而不是“${v}”`, en: `--share-type takes unconditional or conditional, not "${v}"` });
}

function _count(flag: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError({ zh: `${flag} 须为非负整数，而不是“${v}”`, en: `${flag} takes a non-negative integer, not "${v}"` });
  return Number(v);
}
