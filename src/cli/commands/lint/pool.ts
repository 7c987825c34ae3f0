// Files spread over worker threads, results handed on in input order: the output of --jobs N is that of --jobs 1, and
// no more files are in flight or waiting for their turn than a small window, whatever the number of files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
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
  onResult: (outcome: FileOutcome, index: number, fromWorker: boolean) => Promise<void> | void;
}

export async function lintInOrder(files: readonly string[], run: OrderedRun): Promise<void> {
  const url = run.jobs > 1 || run.threads ? lintWorkerUrl() : undefined;
  if (!url) {
    for (const [i, f] of files.entries()) await run.onResult(await run.here(f), i, false);
    return;
  }
  const pool = new Tinypool({ filename: url.href, minThreads: run.jobs, maxThreads: run.jobs, idleTimeout: 0 });
  // Twice the workers: each has its next file queued while the one before it is being reported.
  const window = run.jobs * 2;
  const done = new Map<number, { outcome: FileOutcome; fromWorker: boolean }>();
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
            const hit = done.get(reported)!;
            done.delete(reported);
            await run.onResult(hit.outcome, reported, hit.fromWorker);
            reported++;
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
      const pump = () => {
        while (!failed && next < files.length && next - reported < window) {
          const i = next++;
          const file = files[i];
          const fromWorker = !run.mustStayHere(file);
          const task: Promise<FileOutcome> = fromWorker ? pool.run({ file, run: run.workerData } satisfies LintTask) : run.here(file);
          task.then((outcome) => {
            done.set(i, { outcome, fromWorker });
            void drain();
          }, fail);
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
 * module. Undefined when neither exists (the sources run under a test runner): the files are then linted in this thread.
 */
export function lintWorkerUrl(): URL | undefined {
  return ['./lint-worker.js', './worker.js'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(fileURLToPath(u)));
}
