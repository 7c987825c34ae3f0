// govcat due: the sharing-request deadlines of Arts. 21, 22 and 26 on the official working-day calendar.
import { officialCalendar } from '../../calendar/official.js';
import { UsageError } from '../../core/errors.js';
import { sharingDeadline } from '../../deadlines/index.js';
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
  lang?: string;
}

export async function runDue(flags: DueFlags): Promise<number> {
  const { locale, config } = await setup({ lang: flags.lang, config: flags.config }, diffRules);
  const article = Number(flags.article);
  if (article !== 21 && article !== 22 && article !== 26) {
    throw new UsageError({ zh: `--article 只接受 21、22 或 26，而不是“${flags.article}”`, en: `--article takes 21, 22 or 26, not "${flags.article}"` });
  }
  const shareType = flags.shareType === undefined ? undefined : _shareType(flags.shareType);
  if (article === 21 && !shareType) {
    throw new UsageError({ zh: '第二十一条的期限取决于共享属性：请加 --share-type unconditional 或 conditional', en: 'the Art. 21 deadline depends on the share type: add --share-type unconditional or conditional' });
  }
  const extension = flags.extension === undefined ? undefined : _count('--extension', flags.extension);
  const from = parseDateFlag('--from', flags.from, () => '');
  const calendar = officialCalendar(config.calendar);
  const result = sharingDeadline({ article, shareType, from, extension }, calendar);
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
