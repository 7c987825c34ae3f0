// A one-line progress bar on stderr while a long run goes: only on a terminal, redrawn at most ~10 times a second,
// cleared before anything else is written to the terminal and at the end.
import { truncateDisplay } from '../formatters/_text.js';
import type { Bilingual, Locale } from '../core/types.js';

export interface Progress {
  /** One more item done; `note` is the running figure after the count (findings so far, bundles failed). */
  tick(note?: number): void;
  /** Takes the bar off the line so that other output can be written; the next tick draws it again. */
  clear(): void;
  /** Removes the bar, leaving the terminal as it was. */
  done(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  locale: Locale;
  /** What is counted: `{ zh: '个文件', en: 'files' }`. */
  unit: Bilingual;
  /** The running figure: `(n) => ({ zh: `${n} 个问题`, en: `${n} findings` })`. */
  note: (n: number) => Bilingual;
  /** False with --quiet; the bar also stays off when the stream is not a terminal. */
  enabled: boolean;
  /** Redraw every second while nothing finishes (one big file): the time spent shows the run is alive. */
  heartbeat?: boolean;
  now?: () => number;
}

/**
 * `[=====>    ] 312/1000 files  57 findings  ETA 12s`; the ETA is "--" until an item is done, or, given the time spent
 * so far instead, `… 0/1 files  0 findings  12s elapsed`.
 */
export function progressLine(done: number, total: number, unit: Bilingual, note: Bilingual, etaSeconds: number | undefined, locale: Locale, elapsedSeconds?: number): string {
  const filled = total ? Math.floor((BAR * done) / total) : BAR;
  const bar = done >= total ? '='.repeat(BAR) : `${'='.repeat(filled)}>${' '.repeat(BAR - filled - 1)}`;
  const eta = etaSeconds === undefined ? '--' : duration(etaSeconds, locale);
  const time = elapsedSeconds === undefined ? { zh: `预计剩余 ${eta}`, en: `ETA ${eta}` } : { zh: `已用 ${duration(elapsedSeconds, 'zh')}`, en: `${duration(elapsedSeconds, 'en')} elapsed` };
  if (locale === 'zh') return `[${bar}] ${done}/${total} ${unit.zh}  ${note.zh}  ${time.zh}`;
  return `[${bar}] ${done}/${total} ${unit.en}  ${note.en}  ${time.en}`;
}

export function createProgress(total: number, o: ProgressOptions): Progress {
  if (!o.enabled || !o.stream.isTTY) return { tick() {}, clear() {}, done() {} };
  const now = o.now ?? Date.now;
  const start = now();
  let done = 0;
  let note = 0;
  let last = -Infinity;
  let shown = false;
  const draw = () => {
    last = now();
    const eta = done ? (((last - start) / done) * (total - done)) / 1000 : undefined;
    const elapsed = o.heartbeat && !done ? (last - start) / 1000 : undefined;
    const width = Math.max(10, (o.stream.columns || 80) - 1);
    // One line, never wider than the terminal: a wrapped line could not be redrawn with \r.
    o.stream.write(`\r${CLEAR}${truncateDisplay(progressLine(done, total, o.unit, o.note(note), eta, o.locale, elapsed), width)}`);
    shown = true;
  };
  draw();
  const timer = o.heartbeat ? setInterval(() => !done && draw(), 1000) : undefined;
  timer?.unref();
  return {
    tick(n) {
      done++;
      if (n !== undefined) note = n;
      if (!shown || now() - last >= REDRAW_MS || done === total) draw();
    },
    clear() {
      if (shown) o.stream.write(`\r${CLEAR}`);
      shown = false;
    },
    done() {
      clearInterval(timer);
      o.stream.write(`\r${CLEAR}`);
    },
  };
}

/** 12s, 3m05s / 12 秒, 3 分 5 秒. */
export function duration(seconds: number, locale: Locale): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  if (locale === 'zh') return m ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
  return m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

// --- internal ---

const BAR = 30;
const REDRAW_MS = 100;
const CLEAR = '\u001b[2K';
