// Worker thread entry of `govcat lint --jobs N`: a few consecutive files per task; the run's settings come with the first.
import { setup, type CommonFlags } from '../../setup.js';
import { rules } from '../../../rules/index.js';
import { LintSession, type FileFlags, type FileOutcome } from './session.js';

export interface LintWorkerData {
  /** The command's flags; `asOf` already settled by the main thread, so every file is judged on the same day. */
  common: CommonFlags;
  file: FileFlags;
}

let session: Promise<LintSession> | undefined;

export interface LintTask {
  /** Consecutive input files, linted in order. */
  files: string[];
  /** The same for every task of a run (a few hundred bytes); read once per thread. */
  run: LintWorkerData;
}

export default async function lintTask(task: LintTask): Promise<FileOutcome[]> {
  session ??= setup(task.run.common, rules).then((s) => new LintSession(s, task.run.file));
  const s = await session;
  const outcomes: FileOutcome[] = [];
  for (const file of task.files) outcomes.push(await s.lintFile(file));
  return outcomes;
}
