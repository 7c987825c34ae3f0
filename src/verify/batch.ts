// The authority's batch: find the bundles named on the command line, verify them in worker threads, add cross-bundle findings.
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { InputError } from '../core/errors.js';
import { inSea, seaWorkerUrl } from '../cli/sea.js';
import { globPaths, isGlobOperand } from '../io/read.js';
import { BAGIT_TXT, BAG_INFO_TXT, MANIFEST } from '../package/layout.js';
import { crossCheck } from './cross.js';
import { bundleUnreadable } from './rules.js';
import { bundleFinding, summarize } from './verify.js';
import type { Bilingual } from '../core/types.js';
import type { BundleSummary } from './types.js';
import type { VerifyPathOptions } from './verify-path.js';

/** What the pool hands a worker per bundle; the batch's options travel once, as the pool's workerData. */
export interface VerifyTask {
  path: string;
  /** The worker posts on it as it takes the task: the bundle's timeout runs from then, not from when it was queued. */
  started?: MessagePort;
}

export interface BatchOptions {
  /** Worker threads; default: the available cores. Every bundle goes through a worker, also at jobs = 1. */
  jobs?: number;
  /** The worker entry; default: the bundled `verify-worker.js`, else tsc's `worker.js` beside this module. */
  workerUrl?: URL;
  /** A bundle taking longer than this (from when its worker takes it) is stopped and reported as failed. */
  timeoutMs?: number;
  /** Heap limit per worker, so a memory bomb ends that worker rather than the process. */
  maxHeapMb?: number;
  /** Called as each bundle settles (any order), for the progress bar. */
  onSettled?: (summary: BundleSummary, index: number) => void;
}

type RunOptions = NonNullable<Parameters<Tinypool['run']>[1]>;

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

/** The pool alone (tinypool): `jobs` lanes, each handing the pool its next bundle once its last one settled; a failed worker is replaced. */
export async function runPool(paths: readonly string[], options: VerifyPathOptions, batch: BatchOptions = {}): Promise<BundleSummary[]> {
  const results: BundleSummary[] = new Array(paths.length);
  if (!paths.length) return results;
  const jobs = Math.max(1, Math.min(batch.jobs ?? availableParallelism(), paths.length));
  const pool = new _Pool(batch.workerUrl ?? defaultWorkerUrl(), options, jobs, batch.maxHeapMb ?? DEFAULT_HEAP_MB);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        while (next < paths.length) {
          const i = next++;
          results[i] = await pool.run(paths[i], batch.timeoutMs ?? DEFAULT_TIMEOUT_MS);
          batch.onSettled?.(results[i], i);
        }
      }),
    );
  } finally {
    await pool.close();
  }
  return results;
}

/**
 * The worker entry: the bundled CLI's `verify-worker.js` beside its chunks (dist/bin), else tsc's `worker.js` beside
 * this module, else the tsc output seen from dist/bin (a bundle built without the worker entry still runs); in the
 * single executable, its embedded entry written to a private folder.
 */
export function defaultWorkerUrl(): URL {
  if (inSea()) return seaWorkerUrl('verify-worker');
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
const START_GRACE_MS = 60_000;

/**
 * Tinypool with what the batch needs beyond it: a per-bundle timeout (an AbortSignal, which ends that worker), a
 * thread that exits without an error (tinypool would wait for its reply forever) failed like a crash, and a pool whose
 * workers cannot even start (a missing worker file) failing the bundles rather than leaving them queued.
 */
class _Pool {
  private readonly pool: Tinypool;
  private readonly watched = new WeakSet<object>();
  private readonly running = new Set<AbortController>();
  /** Set once no worker is left and none can start: every bundle from then on is not verified, for this reason. */
  private broken?: Bilingual;

  constructor(url: URL, options: VerifyPathOptions, jobs: number, heapMb: number) {
    this.pool = new Tinypool({ filename: url, minThreads: jobs, maxThreads: jobs, workerData: options, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // Tinypool reports here a worker that failed with no task of ours (while starting, or after its task settled);
    // unheard, that would end the whole process.
    this.pool.on('error', (e: unknown) => {
      if (this.pool.threads.length) return;
      this.broken = _reason(e);
      for (const c of this.running) c.abort();
    });
    this._watch();
  }

  async run(path: string, timeoutMs: number): Promise<BundleSummary> {
    if (this.broken) return notVerified(path, this.broken);
    const control = new AbortController();
    let timedOut = false;
    const stop = () => {
      timedOut = true;
      control.abort();
    };
    // Until a worker takes the bundle (a replacement may still be starting) it gets a grace period on top.
    let timer = setTimeout(stop, timeoutMs + START_GRACE_MS);
    const { port1, port2 } = new MessageChannel();
    port1.once('message', () => {
      clearTimeout(timer);
      timer = setTimeout(stop, timeoutMs);
    });
    this.running.add(control);
    try {
      const task: VerifyTask = { path, started: port2 };
      // tinypool types transferList from MessagePort#postMessage's last overload (options), which @types/node changed.
      const transferList = [port2] as unknown as NonNullable<RunOptions['transferList']>;
      const reply = this.pool.run(task, { signal: control.signal, transferList }) as Promise<BundleSummary>;
      this._watch();
      return await reply;
    } catch (e) {
      return notVerified(path, timedOut ? _timeout(timeoutMs) : this.broken ?? _reason(e));
    } finally {
      clearTimeout(timer);
      port1.close();
      this.running.delete(control);
      // A replacement for a failed worker exists by now (tinypool starts it before failing the task).
      this._watch();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  /** Tinypool listens for a thread's 'error' but not its 'exit': a thread that ends while still in the pool is reported as failed. */
  private _watch(): void {
    for (const thread of this.pool.threads) {
      if (this.watched.has(thread)) continue;
      this.watched.add(thread);
      thread.once('exit', (code: number) => {
        if (this.pool.threads.includes(thread)) thread.emit('error', new _WorkerExit(code));
      });
    }
  }
}

class _WorkerExit extends Error {
  constructor(readonly exitCode: number) {
    super(`the worker thread exited (code ${exitCode})`);
  }
}

function _reason(e: unknown): Bilingual {
  if (e instanceof _WorkerExit) return { zh: `工作线程意外退出（退出码 ${e.exitCode}）`, en: `the worker thread exited (code ${e.exitCode})` };
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
