// govcat diff OLD NEW: what changed between two versions, and whether the update met its Art. 17 deadlines.
import { officialCalendar } from '../../calendar/official.js';
import { loadYaml } from '../../core/load.js';
import { compareDocuments } from '../../diff/engine.js';
import { diffRules } from '../../diff/rules/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { readSource } from '../../io/read.js';
import { parseDateFlag } from '../env.js';
import { emit, fails } from '../output.js';
import { eventRows, type DeadlineOptions } from '../events.js';
import { setup } from '../setup.js';
import { formatOption } from './lint.js';
import type { Encoding } from '../../core/decode.js';
import type { FileResult } from '../../formatters/types.js';
import type { Severity } from '../../core/types.js';
import type { LoadedDocument } from '../../core/load.js';

export interface DiffFlags {
  format?: string;
  output?: string;
  config?: string;
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
  const { locale, config, profile: profileName, asOf } = await setup(flags, diffRules);
  const formatName = formatOption(flags.format ?? config.format);
  const review = {
    received: flags.received === undefined ? undefined : parseDateFlag('--received', flags.received, () => ''),
    published: flags.published === undefined ? undefined : parseDateFlag('--published', flags.published, () => ''),
  };
  const oldDoc = loadYaml(readSource(oldFile, flags.encoding), oldFile);
  const newDoc = loadYaml(readSource(newFile, flags.encoding), newFile);
  const calendar = officialCalendar(config.calendar);
  const profile = resolveProfile(profileName, diffRules, config.rules);
  const { old: before, new: after, diff, findings } = compareDocuments(oldDoc, newDoc, profile, { asOf, calendar, review });

  const deadline = profile.rules.find((r) => r.rule.id === 'update-deadline')?.options as DeadlineOptions | undefined;
  const lineIn = (doc: LoadedDocument, path?: readonly (string | number)[]) => (path ? doc.locate(path).line : undefined);
  const newResult: FileResult = {
    file: newFile,
    source: newDoc.text,
    findings: findings.filter((f) => f.file === newFile),
    changes: {
      previous: oldFile,
      header: diff.header.map((f) => ({ ...f, oldLine: lineIn(oldDoc, f.oldPath), newLine: lineIn(newDoc, f.newPath) })),
      entries: diff.entries.map((e) => ({
        ...e,
        oldLine: lineIn(oldDoc, e.oldPath),
        newLine: lineIn(newDoc, e.newPath),
        fields: e.fields.map((f) => ({ ...f, oldLine: lineIn(oldDoc, f.oldPath), newLine: lineIn(newDoc, f.newPath) })),
      })),
    },
    events: deadline ? eventRows(after, newDoc, deadline, calendar, asOf, before) : [],
  };
  const oldFindings = findings.filter((f) => f.file === oldFile && oldFile !== newFile);
  const results: FileResult[] = oldFindings.length ? [{ file: oldFile, source: oldDoc.text, findings: oldFindings }, newResult] : [newResult];

  await emit(results, { format: formatName, locale, rules: profile.rules.map((r) => r.rule), profile: profile.id, output: flags.output, color: flags.color });
  return fails(results, flags.failOn) ? 1 : 0;
}
