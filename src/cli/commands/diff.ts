// govcat diff OLD NEW: what changed between two versions, and whether the update met its Art. 17 deadlines.
import { eventsArticle } from './deadlines.js';
import { officialCalendar } from '../../calendar/official.js';
import { loadYaml } from '../../core/load.js';
import { diffResults } from '../../diff/results.js';
import { diffRules } from '../../diff/rules/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { readSource } from '../../io/read.js';
import { parseDateFlag } from '../env.js';
import { emit, fails } from '../output.js';
import { setup } from '../setup.js';
import { formatOption } from './lint/index.js';
import type { Encoding } from '../../core/decode.js';
import type { Severity } from '../../core/types.js';

export interface DiffFlags {
  format?: string;
  output?: string;
  config?: string | false;
  profile?: string;
  asOf?: string;
  received?: string;
  published?: string;
  failOn: Severity;
  encoding: Encoding;
  color?: boolean;
  lang?: string;
}

export async function runDiff(oldFile: string, newFile: string, flags: DiffFlags): Promise<number> {
  const { locale, config, profile: profileName, profiles, asOf } = await setup(flags, diffRules, newFile);
  const formatName = formatOption(flags.format ?? config.format);
  const review = {
    received: flags.received === undefined ? undefined : parseDateFlag('--received', flags.received, () => ''),
    published: flags.published === undefined ? undefined : parseDateFlag('--published', flags.published, () => ''),
  };
  const oldDoc = loadYaml(readSource(oldFile, flags.encoding), oldFile);
  const newDoc = loadYaml(readSource(newFile, flags.encoding), newFile);
  const calendar = officialCalendar(config.calendar);
  const profile = resolveProfile(profileName, diffRules, config.rules, profiles);
  const results = diffResults(oldDoc, newDoc, profile, { asOf, calendar, review });
  await emit(results, { format: formatName, locale, rules: profile.rules.map((r) => r.rule), profile: profile.id, eventsArticle: eventsArticle(profile), output: flags.output, color: flags.color, failOn: flags.failOn });
  return fails(results, flags.failOn) ? 1 : 0;
}
