// Formats results and writes them: to stdout, or atomically to -o FILE; fatal errors also to stderr for machine formats.
import { statSync } from 'node:fs';
import { formatters, type FormatName } from '../formatters/index.js';
import { writeAtomic } from '../io/write.js';
import { SEVERITY_RANK } from '../core/lint.js';
import { toolVersion, useColor } from './env.js';
import type { FileResult } from '../formatters/types.js';
import type { AnyRuleBase, Bilingual, Locale, Severity } from '../core/types.js';

export interface EmitOptions {
  format: FormatName;
  locale: Locale;
  rules: readonly AnyRuleBase[];
  profile: string;
  /** The article that sets the update deadline under the profile (the change-events heading). */
  eventsArticle?: Bilingual;
  output?: string;
  color?: boolean;
  /** Also write fatal errors to stderr (default: unless stylish goes to stdout, where they show already). */
  fatalToStderr?: boolean;
  /** --fail-on and --max-warnings, which decide the exit code: JUnit's verdict follows them. */
  failOn?: Severity;
  maxWarnings?: number;
}

export async function emit(results: FileResult[], o: EmitOptions): Promise<void> {
  const format = await formatters[o.format]();
  const text = format(o.format === 'sarif' ? results.map(_withSize) : results, {
    locale: o.locale,
    color: o.output ? false : useColor(o.color, process.stdout),
    cwd: process.cwd(),
    rules: o.rules,
    toolVersion: toolVersion(),
    profile: o.profile,
    ...(o.eventsArticle ? { eventsArticle: o.eventsArticle } : {}),
    ...(o.failOn ? { failOn: o.failOn } : {}),
    ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings } : {}),
  });
  if (o.output) writeAtomic(o.output, text);
  else if (text) process.stdout.write(text);
  // Machine formats carry fatal errors inside the report; a person or a CI log still needs them in plain words.
  if (o.fatalToStderr ?? (o.format !== 'stylish' || o.output)) {
    for (const r of results) {
      if (!r.fatal) continue;
      const at = r.fatal.line ? `${r.file}:${r.fatal.line}:${r.fatal.column ?? 1}` : r.file;
      process.stderr.write(`govcat: ${at}: ${r.fatal.message[o.locale]}\n`);
    }
  }
}

/** Whether any finding is at or above the --fail-on severity. */
export function fails(results: FileResult[], failOn: Severity): boolean {
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]));
}

// --- internal ---

/** A workbook's size, so that SARIF can place the findings at its cells in a region covering the whole binary file. */
function _withSize(r: FileResult): FileResult {
  if (r.bytes !== undefined || r.fatal || !/\.xls[xm]$/i.test(r.file)) return r;
  try {
    return { ...r, bytes: statSync(r.file).size };
  } catch {
    return r;
  }
}
