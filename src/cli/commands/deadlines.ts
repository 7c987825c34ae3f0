// govcat deadlines FILE: each change event with its Art. 17 due date and status as of a date; exit 1 when any is overdue.
import { officialCalendar } from '../../calendar/official.js';
import { loadYaml } from '../../core/load.js';
import { isObject, normalize } from '../../core/normalize.js';
import { compareDocuments } from '../../diff/engine.js';
import { diffRules } from '../../diff/rules/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { readSource } from '../../io/read.js';
import { eventRows, type DeadlineOptions } from '../../deadlines/rows.js';
import { emit } from '../output.js';
import { setup } from '../setup.js';
import { formatOption } from './lint.js';
import type { Encoding } from '../../core/decode.js';

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
  const options = profile.rules.find((r) => r.rule.id === 'update-deadline')?.options as DeadlineOptions | undefined;
  const events = eventRows(catalogue, doc, options ?? { workingDays: 10, maxExtension: 5 }, calendar, asOf);
  // The deadline rules judge events that are new since the previous version; here every event of the file counts.
  const previous = { ...doc, data: _withoutEvents(doc.data) };
  const deadlineRules = { ...profile, rules: profile.rules.filter((r) => DEADLINE_RULES.includes(r.rule.id)) };
  const { findings } = compareDocuments(previous, doc, deadlineRules, { asOf, calendar });
  await emit([{ file, source: doc.text, findings, events }], { format: formatName, locale, rules: profile.rules.map((r) => r.rule), profile: profile.id, output: flags.output, color: flags.color });
  return events.some((e) => e.state === 'overdue' || e.state === 'late') ? 1 : 0;
}

// --- internal ---

const DEADLINE_RULES = ['update-deadline', 'extension-valid', 'calendar-unpublished-year'];

function _withoutEvents(data: unknown): unknown {
  if (!isObject(data) || !isObject(data.catalogue)) return data;
  const { change_events: _, ...header } = data.catalogue;
  return { ...data, catalogue: header };
}
