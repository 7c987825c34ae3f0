// govcat lint: read → load → lint each operand, format once, pick the exit code.
import { lintDocument } from '../../core/lint.js';
import { loadYaml } from '../../core/load.js';
import { InputError, UsageError } from '../../core/errors.js';
import { formatters, type FormatName } from '../../formatters/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { expandOperands, readSource, STDIN } from '../../io/read.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale, parseDateFlag, todayInChina, toolVersion, useColor } from '../env.js';
import type { FileResult } from '../../formatters/types.js';
import type { Encoding } from '../../core/decode.js';
import type { ResolvedProfile, Severity } from '../../core/types.js';

export interface LintFlags {
  format: FormatName;
  output?: string;
  profile: string;
  maxWarnings?: string;
  failOn: Severity;
  quiet?: boolean;
  asOf?: string;
  encoding: Encoding;
  color?: boolean;
  lang?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function runLint(inputs: string[], flags: LintFlags): Promise<number> {
  const locale = detectLocale(flags.lang);
  const asOf = parseDateFlag('--as-of', flags.asOf, todayInChina);
  const maxWarnings = _maxWarnings(flags.maxWarnings);
  const profile = resolveProfile(flags.profile, rules);
  const files = expandOperands(inputs);
  const results: FileResult[] = files.map((file) => _lintOne(file, flags, profile, asOf));
  if (flags.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 'error');

  const format = await formatters[flags.format]();
  const stream = process.stdout;
  const output = format(results, {
    locale,
    color: flags.output ? false : useColor(flags.color, stream),
    cwd: process.cwd(),
    rules: profile.rules.map((r) => r.rule),
    toolVersion: toolVersion(),
    profile: profile.id,
  });
  if (flags.output) writeAtomic(flags.output, output);
  else if (output) stream.write(output);
  // Machine formats carry fatal errors inside the report; a person or a CI log still needs them in plain words.
  if (flags.format !== 'stylish' || flags.output) {
    for (const r of results) if (r.fatal) process.stderr.write(`govcat: ${_position(r)}: ${r.fatal.message[locale]}\n`);
  }

  if (results.some((r) => r.fatal)) return 2;
  const all = results.flatMap((r) => r.findings);
  if (all.some((f) => RANK[f.severity] >= RANK[flags.failOn])) return 1;
  if (maxWarnings !== undefined && all.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

// --- internal ---

function _lintOne(file: string, flags: LintFlags, profile: ResolvedProfile, asOf: string): FileResult {
  const shown = file === STDIN ? '<stdin>' : file;
  let source: string | undefined;
  try {
    source = readSource(file, flags.encoding);
    const doc = loadYaml(source, shown);
    return { file: shown, source, findings: lintDocument(doc, profile, { asOf }, rules).findings };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file: shown, source, findings: [], fatal: { message: _bare(e), line: e.line, column: e.column } };
  }
}

function _position(r: FileResult): string {
  return r.fatal?.line ? `${r.file}:${r.fatal.line}:${r.fatal.column ?? 1}` : r.file;
}

function _bare(e: InputError) {
  return e.text;
}

function _maxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError({ zh: `--max-warnings 须为非负整数，而不是“${v}”`, en: `--max-warnings takes a non-negative integer, not "${v}"` });
  return Number(v);
}
