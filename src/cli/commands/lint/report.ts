// Where lint's results go as they arrive: stylish is written file by file (a long run prints as it goes, and a file's
// text is let go once its code frames are shown); the other formats are written at the end from the findings kept.
import { stylishStream } from '../../../formatters/stylish.js';
import { SEVERITY_RANK } from '../../../core/lint.js';
import { writeAtomic } from '../../../io/write.js';
import { emit } from '../../output.js';
import { toolVersion, useColor } from '../../env.js';
import type { Target } from './index.js';
import type { FileResult } from '../../../formatters/types.js';
import type { AnyRuleBase, Locale, Severity } from '../../../core/types.js';

export interface SinkOptions {
  locale: Locale;
  color?: boolean;
  maxPerRule?: number;
  /** The profile(s) the files were linted under, known once they all are. */
  profile: () => string;
  /** --fail-on and --max-warnings, for a JUnit verdict equal to the exit code. */
  failOn?: Severity;
  maxWarnings?: number;
}

interface _Stream {
  target: Target;
  stream: ReturnType<typeof stylishStream>;
  /** Text of a stylish report going to a file, written at once at the end (never a half-written file). */
  chunks?: string[];
}

export class ReportSink {
  /** Called before anything is written to the terminal (the progress bar takes itself off the line). */
  beforeWrite: () => void = () => {};
  readonly ruleIds = new Set<string>();
  fatal = false;
  private readonly bySeverity = { error: 0, warning: 0, info: 0 };
  private readonly kept: FileResult[] = [];
  private readonly fatalLines: string[] = [];

  private constructor(private readonly streams: _Stream[], private readonly batch: Target[], private readonly o: SinkOptions) {}

  static async open(targets: readonly Target[], o: SinkOptions): Promise<ReportSink> {
    const streams = targets.filter((t) => t.format === 'stylish').map((target): _Stream => {
      const color = target.file ? false : useColor(o.color, process.stdout);
      const ctx = { locale: o.locale, color, cwd: process.cwd(), rules: [], toolVersion: toolVersion(), profile: '' };
      return { target, stream: stylishStream(ctx, { maxPerRule: o.maxPerRule }), ...(target.file ? { chunks: [] } : {}) };
    });
    return new ReportSink(streams, targets.filter((t) => t.format !== 'stylish'), o);
  }

  add(r: FileResult): void {
    for (const f of r.findings) {
      this.ruleIds.add(f.ruleId);
      this.bySeverity[f.severity]++;
    }
    for (const f of r.suppressed ?? []) this.ruleIds.add(f.ruleId);
    if (r.fatal) {
      this.fatal = true;
      const at = r.fatal.line ? `${r.file}:${r.fatal.line}:${r.fatal.column ?? 1}` : r.file;
      this.fatalLines.push(`govcat: ${at}: ${r.fatal.message[this.o.locale]}\n`);
    }
    for (const s of this.streams) this._write(s, s.stream.file(r));
    if (this.batch.length) this.kept.push(r.source === undefined ? r : { ...r, source: undefined });
  }

  get warnings(): number {
    return this.bySeverity.warning;
  }

  /** Whether any finding is at or above the --fail-on severity. */
  failsAt(failOn: Severity): boolean {
    return (Object.keys(this.bySeverity) as Severity[]).some((k) => this.bySeverity[k] && SEVERITY_RANK[k] >= SEVERITY_RANK[failOn]);
  }

  async close(rules: readonly AnyRuleBase[]): Promise<void> {
    for (const s of this.streams) {
      this._write(s, s.stream.end());
      if (s.chunks) writeAtomic(s.target.file!, s.chunks.join(''));
    }
    for (const t of this.batch) {
      this.beforeWrite();
      await emit(this.kept, { format: t.format, locale: this.o.locale, rules, profile: this.o.profile(), output: t.file, color: this.o.color, fatalToStderr: false, failOn: this.o.failOn, maxWarnings: this.o.maxWarnings });
    }
    // Machine formats carry fatal errors inside the report; a person or a CI log still needs them in plain words.
    if (!this.streams.some((s) => !s.target.file)) for (const line of this.fatalLines) process.stderr.write(line);
  }

  private _write(s: _Stream, text: string): void {
    if (!text) return;
    if (s.chunks) s.chunks.push(text);
    else {
      this.beforeWrite();
      process.stdout.write(text);
    }
  }
}
