// A one-line progress bar on stderr while a batch runs: only on a terminal, redrawn at most ~10 times a second, cleared at the end.
import { truncateDisplay } from '../formatters/_text.js';
import type { Locale } from '../core/types.js';

export interface Progress {
  /** One more bundle settled. */
  tick(failed: boolean): void;
  /** Removes the bar, leaving the terminal as it was. */
  done(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  locale: Locale;
  /** False with --quiet; the bar also stays off when the stream is not a terminal. */
  enabled: boolean;
  now?: () => number;
}

/** `[=====>    ] 312/1000 bundles  4 failed  ETA 12s`; the ETA is "--" until a bundle has settled. */
export function progressLine(done: number, total: number, failed: number, etaSeconds: number | undefined, locale: Locale): string {
  const filled = total ? Math.floor((BAR * done) / total) : BAR;
  const bar = done >= total ? '='.repeat(BAR) : `${'='.repeat(filled)}>${' '.repeat(BAR - filled - 1)}`;
  const eta = etaSeconds === undefined ? '--' : _duration(etaSeconds, locale);
  if (locale === 'zh') return `[${bar}] ${done}/${total} 个包  ${failed} 个失败  预计剩余 ${eta}`;
  return `[${bar}] ${done}/${total} bundles  ${failed} failed  ETA ${eta}`;
}

export function createProgress(total: number, o: ProgressOptions): Progress {
  if (!o.enabled || !o.stream.isTTY) return { tick() {}, done() {} };
  const now = o.now ?? Date.now;
  const start = now();
  let done = 0;
  let failed = 0;
  let last = -Infinity;
  const draw = () => {
    last = now();
    const eta = done ? ((last - start) / done) * (total - done) / 1000 : undefined;
    const width = Math.max(10, (o.stream.columns || 80) - 1);
    // One line, never wider than the terminal: a wrapped line could not be redrawn with \r.
    o.stream.write(`\r${CLEAR}${truncateDisplay(progressLine(done, total, failed, eta, o.locale), width)}`);
  };
  draw();
  return {
    tick(f) {
      done++;
      if (f) failed++;
      if (now() - last >= REDRAW_MS || done === total) draw();
    },
    done() {
      o.stream.write(`\r${CLEAR}`);
    },
  };
}

// --- internal ---

const BAR = 30;
const REDRAW_MS = 100;
const CLEAR = '\u001b[2K';

function _duration(seconds: number, locale: Locale): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  if (locale === 'zh') return m ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
  return m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
