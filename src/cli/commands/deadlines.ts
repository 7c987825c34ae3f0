// govcat deadlines FILE: each change event with its Art. 17 due date and status as of a date; exit 1 when any is overdue.
import { officialCalendar } from '../../calendar/official.js';
import { cite, ruleArticles } from '../../core/articles.js';
import { UsageError } from '../../core/errors.js';
import { loadYaml } from '../../core/load.js';
import { isObject, normalize } from '../../core/normalize.js';
import { compareDocuments } from '../../diff/engine.js';
import { diffRules } from '../../diff/rules/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { readSource } from '../../io/read.js';
import { eventRows, type DeadlineOptions } from '../../deadlines/rows.js';
import { emit } from '../output.js';
import { setup } from '../setup.js';
import { formatOption } from './lint/index.js';
import type { Encoding } from '../../core/decode.js';
import type { AnyRuleBase, Bilingual, ResolvedProfile } from '../../core/types.js';

export interface DeadlinesFlags {
  format?: string;
  output?: string;
  config?: string | false;
  profile?: string;
  asOf?: string;
  encoding: Encoding;
  color?: boolean;
  lang?: string;
}

export async function runDeadlines(file: string, flags: DeadlinesFlags): Promise<number> {
  const { locale, config, profile: profileName, profiles, asOf } = await setup(flags, diffRules, file);
  const formatName = formatOption(flags.format ?? config.format);
  const doc = loadYaml(readSource(file, flags.encoding), file);
  const catalogue = normalize(doc.data, file);
  const calendar = officialCalendar(config.calendar);
  const profile = resolveProfile(profileName, diffRules, config.rules, profiles);
  // One source of truth: the profile's deadlines.update, through the update-deadline rule's options (which a config may override).
  const options = (profile.rules.find((r) => r.rule.id === 'update-deadline')?.options as DeadlineOptions | undefined) ?? profile.deadlines?.update;
  if (!options) {
    throw new UsageError({
      zh: `配置方案“${profile.id}”没有规定目录更新期限：所依据的法规只要求目录动态更新，没有可列出的截止日期`,
      en: `profile "${profile.id}" sets no catalogue update deadline: its text only asks for the catalogue to be kept up to date (动态更新), so there are no due dates to list`,
    });
  }
  const events = eventRows(catalogue, doc, options, calendar, asOf);
  // The deadline rules judge events that are new since the previous version; here every event of the file counts.
  const previous = { ...doc, data: _withoutEvents(doc.data) };
  const deadlineRules = { ...profile, rules: profile.rules.filter((r) => DEADLINE_RULES.includes(r.rule.id)) };
  const { findings } = compareDocuments(previous, doc, deadlineRules, { asOf, calendar });
  // No --fail-on here: a late or overdue event, the exit code's reason, is an update-deadline error.
  await emit([{ file, source: doc.text, findings, events }], { format: formatName, locale, rules: profile.rules.map((r) => r.rule), profile: profile.id, eventsArticle: eventsArticle(profile), output: flags.output, color: flags.color, failOn: 'error' });
  return events.some((e) => e.state === 'overdue' || e.state === 'late') ? 1 : 0;
}

/** The article that sets the update deadline under the profile, without its paragraph (第十七条, 《工信部办法》第十六条). */
export function eventsArticle(profile: ResolvedProfile<AnyRuleBase>): Bilingual | undefined {
  const setting = profile.rules.find((r) => r.rule.id === 'update-deadline');
  const ref = setting ? ruleArticles(setting)[0] : undefined;
  return ref ? cite({ ...ref, paragraph: undefined }) : undefined;
}

// --- internal ---

const DEADLINE_RULES = ['update-deadline', 'extension-valid', 'calendar-unpublished-year'];

function _withoutEvents(data: unknown): unknown {
  if (!isObject(data) || !isObject(data.catalogue)) return data;
  const { change_events: _, ...header } = data.catalogue;
  return { ...data, catalogue: header };
}
