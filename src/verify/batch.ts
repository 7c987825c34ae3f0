// The authority's batch: find the bundles named on the command line, verify them in worker threads, add cross-bundle findings.
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import { globPaths, isGlobOperand } from '../io/read.js';
import { BAGIT_TXT, BAG_INFO_TXT, MANIFEST } from '../package/layout.js';
import { crossCheck } from './cross.js';
import { bundleUnreadable } from './rules.js';
import { bundleFinding, summarize } from './verify.js';
import type { Bilingual } from '../core/types.js';
import type { BundleSummary } from './types.js';
import type { VerifyPathOptions } from './verify-path.js';

/** What the pool posts a worker per bundle; the batch's options travel once, as the worker's workerData. */
export interface VerifyTask {
  id: number;
  path: string;
}

export interface VerifyReply {
  id: number;
  summary: BundleSummary;
}

export interface BatchOptions {
  /** Worker threads; default: the available cores. Every bundle goes through a worker, also at jobs = 1. */
  jobs?: number;
  /** The worker entry; default: the bundled `verify-worker.js`, else tsc's `worker.js` beside this module. */
  workerUrl?: URL;
  /** A bundle taking longer than this is stopped and reported as failed. */
  timeoutMs?: number;
  /** Heap limit per worker, so a memory bomb ends that worker rather than the process. */
  maxHeapMb?: number;
  /** Called as each bundle settles (any order), for the progress bar. */
  onSettled?: (summary: BundleSummary, index: number) => void;
}

export const BUNDLE_FILE = /\.(zip|tar\.gz|tgz)$/i;

/**
 * Operands to bundle paths, in order, without duplicates: a bundle file; a bag directory; a directory of bundles
 * (its bundle files and bag subdirectories, sorted); a quoted glob. Throws InputError (exit 2) when nothing is found.
 */
export function expandBundles(operands: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const op of operands) {
    if (isGlobOperand(op, cwd)) out.push(..._globBundles(op, cwd));
    else out.push(..._operandBundles(op, cwd));
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(resolve(cwd, p)) && Boolean(seen.add(resolve(cwd, p))));
}

/** Verifies every bundle in a worker pool, then adds the cross-bundle findings; results in input order. */
export async function verifyBatch(paths: readonly string[], options: VerifyPathOptions, batch: BatchOptions = {}): Promise<BundleSummary[]> {
  return crossCheck(await runPool(paths, options, batch));
}

/** The pool alone: each slot takes the next bundle until none is left; a crashed worker is replaced. */
export async function runPool(paths: readonly string[], options: VerifyPathOptions, batch: BatchOptions = {}): Promise<BundleSummary[]> {
  const results: BundleSummary[] = new Array(paths.length);
  const jobs = Math.max(1, Math.min(batch.jobs ?? availableParallelism(), paths.length));
  const url = batch.workerUrl ?? defaultWorkerUrl();
  let next = 0;
  const slots = Array.from({ length: jobs }, () => new _Slot(url, options, batch.maxHeapMb ?? DEFAULT_HEAP_MB));
  try {
    await Promise.all(
      slots.map(async (slot) => {
        while (next < paths.length) {
          const i = next++;
          results[i] = await slot.run({ id: i, path: paths[i] }, batch.timeoutMs ?? DEFAULT_TIMEOUT_MS);
          batch.onSettled?.(results[i], i);
        }
      }),
    );
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
  return results;
}

/**
 * The worker entry: the bundled CLI's `verify-worker.js` beside its chunks (dist/bin), else tsc's `worker.js` beside
 * this module, else the tsc output seen from dist/bin (a bundle built without the worker entry still runs).
 */
export function defaultWorkerUrl(): URL {
  const candidates = ['./verify-worker.js', './worker.js', '../verify/worker.js'].map((p) => new URL(p, import.meta.url));
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0];
}

/** A failed summary for a bundle whose worker stopped: what the worker found is lost, so this is its only finding. */
export function notVerified(bundle: string, detail: Bilingual): BundleSummary {
  return summarize(bundle, [bundleFinding(bundle, bundleUnreadable, 'internal', { detail })]);
}

// --- internal ---

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_HEAP_MB = 2048;

/** One worker thread, reused bundle after bundle, started again after a crash. */
class _Slot {
  private worker?: Worker;
  constructor(private readonly url: URL, private readonly options: VerifyPathOptions, private readonly heapMb: number) {}

  run(task: VerifyTask, timeoutMs: number): Promise<BundleSummary> {
    const worker = (this.worker ??= this._start());
    return new Promise((resolveTask) => {
      const settle = (summary: BundleSummary, dead: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit).off('messageerror', onError);
        if (dead) this._discard(worker);
        resolveTask(summary);
      };
      const onMessage = (reply: VerifyReply) => reply.id === task.id && settle(reply.summary, false);
      const onError = (e: unknown) => settle(notVerified(task.path, _reason(e)), true);
      const onExit = (code: number) => settle(notVerified(task.path, { zh: `工作线程意外退出（退出码 ${code}）`, en: `the worker thread exited (code ${code})` }), true);
      const timer = setTimeout(() => settle(notVerified(task.path, _timeout(timeoutMs)), true), timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit).on('messageerror', onError);
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private _start(): Worker {
    const worker = new Worker(this.url, { workerData: this.options, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    // A stopped worker may still emit 'error' after its task settled; unheard, that would end the whole process.
    worker.on('error', () => {});
    return worker;
  }

  private _discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    // An 'error' is followed by 'exit'; terminating an exiting worker is harmless, and a hung one must stop.
    worker.terminate().catch(() => {});
  }
}

function _reason(e: unknown): Bilingual {
  const err = e as { code?: string; message?: string };
  if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { zh: '工作线程内存耗尽', en: 'the worker thread ran out of memory' };
  const message = String(err?.message ?? e).split('\n')[0].slice(0, 200);
  return { zh: `工作线程出错：${message}`, en: `the worker thread failed: ${message}` };
}

function _timeout(ms: number): Bilingual {
  const s = Math.round(ms / 100) / 10;
  return { zh: `超过 ${s} 秒仍未完成，已停止`, en: `stopped after ${s} s without finishing` };
}

function _operandBundles(op: string, cwd: string): string[] {
  const abs = resolve(cwd, op);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new InputError(op, { zh: '文件或目录不存在', en: 'no such file or directory' });
  }
  if (!st.isDirectory() || _isBag(abs)) return [op];
  const found = _listBundles(abs).map((name) => join(op, name));
  // A directory holding neither a bag nor bundles is checked as a bag itself: it fails as an empty or broken bag.
  return found.length ? found : [op];
}

function _globBundles(pattern: string, cwd: string): string[] {
  const hits = globPaths(pattern, cwd, { directories: true });
  const bags: string[] = [];
  const out: string[] = [];
  for (const hit of hits) {
    // Files inside a bag already matched (its attachments, say) belong to that bag, not to the batch.
    if (bags.some((b) => hit.startsWith(`${b}/`))) continue;
    const abs = resolve(cwd, hit);
    const isDir = statSync(abs).isDirectory();
    if (isDir && _isBag(abs)) bags.push(hit);
    if (isDir ? _looksLikeBag(abs) : BUNDLE_FILE.test(hit)) out.push(hit);
  }
  if (!out.length) throw new InputError(pattern, { zh: '没有与该模式匹配的报送包（.zip、.tar.gz、.tgz 或含 bagit.txt 的目录）', en: 'no bundles match this pattern (.zip, .tar.gz, .tgz or a directory with bagit.txt)' });
  return out;
}

/** Bundle files and bag subdirectories of a directory, sorted by name; hidden ones are skipped. */
function _listBundles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(dir, { zh: `无法读取目录（${(e as NodeJS.ErrnoException).code}）`, en: `cannot read the directory (${(e as NodeJS.ErrnoException).code})` });
  }
  // Hidden entries (a `.trash/` bag, an editor's `.b.zip` copy) are not submissions, as in `govcat lint DIR`.
  const names = entries.filter((d) => !d.name.startsWith('.') && (d.isFile() ? BUNDLE_FILE.test(d.name) : d.isDirectory() && _looksLikeBag(join(dir, d.name))));
  return names.map((d) => d.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function _isBag(dir: string): boolean {
  return existsSync(join(dir, BAGIT_TXT));
}

/** A bag, or what is left of one (a bag missing bagit.txt must still be reported, not skipped). */
function _looksLikeBag(dir: string): boolean {
  return [BAGIT_TXT, BAG_INFO_TXT, MANIFEST, 'data'].some((name) => existsSync(join(dir, name)));
}
