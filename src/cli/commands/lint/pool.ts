// Files spread over worker threads, results handed on in input order: the output of --jobs N is that of --jobs 1, and
// no more files are in flight or waiting for their turn than a small window, whatever the number of files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inSea, seaWorkerUrl } from '../../sea.js';
import { yamlBytes } from '../../../io/read.js';
import type { FileOutcome } from './session.js';
import type { LintTask, LintWorkerData } from './worker.js';

export interface OrderedRun {
  /** Worker threads; 1 runs every file in this thread unless `threads` says otherwise. */
  jobs: number;
  /** Use worker threads even for one job (a huge file linted off this thread, so its progress can be drawn). */
  threads?: boolean;
  /** Lints a file in this thread: with --jobs 1, and for what must stay here (stdin, spreadsheets read as a set). */
  here: (file: string) => Promise<FileOutcome>;
  /** Whether a file must be linted in this thread even when workers run. */
  mustStayHere: (file: string) => boolean;
  workerData: LintWorkerData;
  /** Called once per file, in input order, as soon as that file and every one before it are done. */
  onResult: (outcome: FileOutcome, index: number) => Promise<void> | void;
}

export async function lintInOrder(files: readonly string[], run: OrderedRun): Promise<void> {
  const url = run.jobs > 1 || run.threads ? lintWorkerUrl() : undefined;
  if (!url) {
    for (const [i, f] of files.entries()) await run.onResult(await run.here(f), i);
    return;
  }
  // With several jobs this thread is one of them, linting a task whenever it has none: one worker fewer to start,
  // and the thread that only reports is no longer idle.
  const lane = !run.threads;
  const workers = lane ? run.jobs - 1 : run.jobs;
  // Loaded only here: tinypool brings worker_threads, child_process, assert and perf_hooks, a one-file run's cold start.
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: url.href, minThreads: workers, maxThreads: workers, idleTimeout: 0 });
  let laneBusy = false;
  // Twice the workers: each has its next task queued while the one before it is being reported.
  const window = run.jobs * 2;
  // Small files go several to a task: a task costs a message round trip and a heap measurement in the pool.
  const perTask = Math.max(1, Math.min(TASK_MAX_FILES, Math.floor(files.length / (run.jobs * 4))));
  const done = new Map<number, FileOutcome>();
  // The end (exclusive) of each task not yet wholly reported, in input order: what the window counts.
  const pending: number[] = [];
  let next = 0;
  let reported = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let draining = false;
      const fail = (e: unknown) => {
        failed = true;
        reject(e);
      };
      const drain = async () => {
        if (draining) return;
        draining = true;
        try {
          while (!failed && done.has(reported)) {
            const outcome = done.get(reported)!;
            done.delete(reported);
            await run.onResult(outcome, reported);
            reported++;
            while (pending.length && pending[0] <= reported) pending.shift();
          }
        } catch (e) {
          fail(e);
        } finally {
          draining = false;
        }
        if (failed) return;
        if (reported === files.length) resolve();
        else pump();
      };
      const settle = (start: number, outcomes: FileOutcome[]) => {
        for (const [k, outcome] of outcomes.entries()) done.set(start + k, outcome);
        void drain();
      };
      const pump = () => {
        while (!failed && next < files.length && pending.length < window) {
          const start = next;
          if (run.mustStayHere(files[start])) {
            pending.push(++next);
            run.here(files[start]).then((outcome) => settle(start, [outcome]), fail);
            continue;
          }
          const task: string[] = [files[next++]];
          let bytes = yamlBytes(task[0]);
          while (next < files.length && task.length < perTask && !run.mustStayHere(files[next])) {
            const size = yamlBytes(files[next]);
            if (bytes + size > TASK_MAX_BYTES) break;
            bytes += size;
            task.push(files[next++]);
          }
          pending.push(next);
          if (lane && !laneBusy) {
            laneBusy = true;
            // Deferred, so that the tasks after this one reach the workers first.
            setImmediate(() => {
              _lintHere(task, run.here).then((outcomes) => {
                laneBusy = false;
                settle(start, outcomes);
              }, fail);
            });
            continue;
          }
          pool.run({ files: task, run: run.workerData } satisfies LintTask).then((outcomes: FileOutcome[]) => settle(start, outcomes), fail);
        }
      };
      if (!files.length) resolve();
      else pump();
    });
  } finally {
    await pool.destroy();
  }
}

/**
 * The worker entry: the bundled CLI's `lint-worker.js` beside its chunks (dist/bin), else tsc's `worker.js` beside this
 * module, in the single executable its embedded entry written to a private folder. Undefined when there is none (the
 * sources run under a test runner, or no temporary folder can be written): the files are then linted in this thread.
 */
export function lintWorkerUrl(): URL | undefined {
  if (inSea()) {
    try {
      return seaWorkerUrl('lint-worker');
    } catch {
      return undefined;
    }
  }
  return ['./lint-worker.js', './worker.js'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(fileURLToPath(u)));
}

/** At most this many files, and this much YAML, in one worker task (one file alone may be larger). */
export const TASK_MAX_FILES = 16;
export const TASK_MAX_BYTES = 512 * 1024;

async function _lintHere(files: readonly string[], here: OrderedRun['here']): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await here(file));
  return outcomes;
}
