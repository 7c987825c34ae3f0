// govcat lint: the operands (this shard of them), each linted under the settings in force for it — in this thread or
// spread over worker threads — reported in input order as they finish, then the exit code.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { UsageError } from '../../../core/errors.js';
import { yamlTypo } from '../../../core/yaml-typo.js';
import { disableDirective } from '../../../core/directives.js';
import { formatters, isFormatName, type FormatName } from '../../../formatters/index.js';
import { rules } from '../../../rules/index.js';
import { diffRules } from '../../../diff/rules/index.js';
import { expandOperands, isSpreadsheet, STDIN, yamlBytes } from '../../../io/read.js';
import { loadIgnore, type IgnoreRules } from '../../../io/ignore.js';
import { inShard, parseShard } from '../../../io/shard.js';
import { setup, type Setup } from '../../setup.js';
import { createProgress } from '../../progress.js';
import { LintSession } from './session.js';
import { lintInOrder } from './pool.js';
import { ReportSink } from './report.js';
import type { Encoding } from '../../../core/decode.js';
import type { Bilingual, Severity } from '../../../core/types.js';

export interface LintFlags {
  /** -f FORMAT or -f FORMAT:FILE, repeatable. */
  format?: string | string[];
  output?: string;
  config?: string | false;
  profile?: string;
  rule?: string[];
  maxWarnings?: string;
  failOn: Severity;
  quiet?: boolean;
  asOf?: string;
  encoding: Encoding;
  color?: boolean;
  lang?: string;
  /** Repair the safe typos and dates in the file (and with canonical, variant terms), then lint the fixed text. */
  fix?: boolean;
  canonical?: boolean;
  printConfig?: string;
  reportUnusedDisableDirectives?: boolean;
  /** false with --no-inline-config: every govcat-disable comment is ignored. */
  inlineConfig?: boolean;
  ignorePattern?: string[];
  /** --jobs N: worker threads (default: the available cores when the run is big enough). */
  jobs?: string;
  /** --shard K/N: lint only the K-th of N stable parts of the inputs. */
  shard?: string;
  /** --max-findings-per-rule N: list at most N findings of each rule (stylish); the counts stay complete. */
  maxFindingsPerRule?: string;
  /** --stdin-filename PATH: the path of what `-` reads, for findings, config lookup and ignore patterns. */
  stdinFilename?: string;
}

/** One output of the run: a format, to stdout or to a file. */
export interface Target {
  format: FormatName;
  file?: string;
}

export async function runLint(inputs: string[], flags: LintFlags): Promise<number> {
  const s = await setup(flags, rules);
  const { locale, asOf } = s;
  const maxWarnings = _count('--max-warnings', flags.maxWarnings);
  const maxPerRule = _count('--max-findings-per-rule', flags.maxFindingsPerRule);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const ignores = loadIgnore(s.runConfig?.dir ?? process.cwd(), flags.ignorePattern ?? []);
  if (flags.printConfig !== undefined) return (await import('../print-config.js')).printConfig(flags.printConfig, s, ignores, flags, _formatList(flags.format));
  const targets = outputTargets(_formatList(flags.format), s.runConfig?.config.format, flags.output);
  const skipped = (file: string, why: Bilingual) => process.stderr.write(`govcat: ${file}: ${why[locale]}\n`);
  const stdinName = _stdinFilename(flags.stdinFilename, inputs);
  const listed = expandOperands(inputs, process.cwd(), { onSkip: skipped, ignored: (f) => ignores.why(f) });
  // What stdin stands for is ignored as that file would be, as ESLint and Spectral do.
  const stdinIgnored = stdinName === undefined ? undefined : ignores.why(stdinName);
  if (stdinIgnored) skipped(stdinName!, stdinIgnored);
  const files = inShard(stdinIgnored ? listed.filter((f) => f !== STDIN) : listed, shard);
  const session = new LintSession(s, {
    encoding: flags.encoding,
    fix: flags.fix,
    canonical: flags.canonical,
    inlineConfig: flags.inlineConfig,
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
    // Only stylish shows code frames; other formats need not hold every file's text until the report is written.
    keepSource: targets.some((t) => t.format === 'stylish'),
    ...(stdinName === undefined ? {} : { stdinFilename: stdinName }),
  });
  await _checkRuleFlags(s, session, files);

  const jobs = _jobs(flags.jobs, files);
  const sink = await ReportSink.open(targets, { locale, color: flags.color, maxPerRule, failOn: flags.failOn, maxWarnings, profile: () => session.profileIds().join(', ') || s.profile });
  // A huge file alone is linted off this thread, so that the terminal shows the run is alive.
  const huge = files.length === 1 && !flags.quiet && Boolean(process.stderr.isTTY) && yamlBytes(files[0]) >= HUGE_FILE_BYTES;
  const progress = createProgress(files.length, { stream: process.stderr, locale, enabled: (files.length > 1 || huge) && !flags.quiet, heartbeat: huge, unit: _FILES, note: _FINDINGS });
  sink.beforeWrite = () => progress.clear();
  let findings = 0;
  try {
    await lintInOrder(files, {
      jobs,
      threads: huge,
      here: (f) => session.lintFile(f),
      mustStayHere: (f) => f === STDIN || isSpreadsheet(f),
      workerData: { common: { ...flags, asOf }, file: session.flags },
      onResult: async (outcome, i) => {
        await session.register(files[i], outcome.declared);
        for (const r of outcome.results) {
          if (flags.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
          findings += r.findings.length;
          sink.add(r);
        }
        progress.tick(findings);
      },
    });
  } finally {
    progress.done();
  }

  // spreadsheet-cell (cells the import cannot map) is no rule of the profile, but reports list it like one.
  if (files.some(isSpreadsheet)) {
    const { SPREADSHEET_CELL } = await import('../../../authoring/sheet/lint.js');
    session.ruleList.set(SPREADSHEET_CELL.id, SPREADSHEET_CELL);
  }
  for (const extra of [yamlTypo, disableDirective]) if (sink.ruleIds.has(extra.id)) session.ruleList.set(extra.id, extra);
  await sink.close([...session.ruleList.values()]);

  if (sink.fatal) return 2;
  if (sink.failsAt(flags.failOn)) return 1;
  if (maxWarnings !== undefined && sink.warnings > maxWarnings) {
    const n = sink.warnings;
    process.stderr.write(`govcat: ${{ zh: `警告 ${n} 个，超过 --max-warnings ${maxWarnings}`, en: `${n} warning${n === 1 ? '' : 's'} exceed${n === 1 ? 's' : ''} --max-warnings ${maxWarnings}` }[locale]}\n`);
    return 1;
  }
  return 0;
}

/**
 * The outputs of `-f` values: FORMAT to stdout (or to -o FILE), FORMAT:FILE to that file; at most one to stdout.
 * Without -f, the config's `format`, else stylish.
 */
export function outputTargets(values: readonly string[], configFormat: string | undefined, output: string | undefined): Target[] {
  if (!values.length) return [{ format: formatOption(configFormat), ...(output ? { file: output } : {}) }];
  const targets = values.map((v): Target => {
    const m = /^([a-z]+)(?::(.+))?$/.exec(v);
    if (!m) throw new UsageError({ zh: `-f 应为 FORMAT 或 FORMAT:FILE，而不是“${v}”`, en: `-f takes FORMAT or FORMAT:FILE, not "${v}"` });
    return { format: formatOption(m[1]), ...(m[2] ? { file: m[2] } : {}) };
  });
  const bare = targets.filter((t) => !t.file);
  if (bare.length > 1) {
    throw new UsageError({ zh: `只能有一种格式写到标准输出（${bare.map((t) => t.format).join('、')}）；其余请写作 FORMAT:FILE`, en: `only one format can go to stdout (${bare.map((t) => t.format).join(', ')}); write the others as FORMAT:FILE` });
  }
  if (output) {
    if (!bare.length) throw new UsageError({ zh: '-o 指定的是不带 :FILE 的那种格式的输出文件，但每个 -f 都已写明文件', en: '-o names the file of the format given without :FILE, but every -f names its own file' });
    bare[0].file = output;
  }
  const files = targets.flatMap((t) => (t.file ? [t.file] : []));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError({ zh: `两种格式写到了同一个文件“${twice}”`, en: `two formats write to the same file "${twice}"` });
  return targets;
}

/** A format name from a flag or the config file. */
export function formatOption(name: string | undefined): FormatName {
  if (name === undefined) return 'stylish';
  if (isFormatName(name)) return name;
  const names = Object.keys(formatters);
  throw new UsageError({ zh: `未知的输出格式“${name}”；可用：${names.join('、')}`, en: `unknown output format "${name}"; use ${names.join(', ')}` });
}

// --- internal ---

function _formatList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const _FILES = { zh: '个文件', en: 'files' };
const _FINDINGS = (n: number) => ({ zh: `${n} 个问题`, en: `${n} finding${n === 1 ? '' : 's'}` });

/**
 * --jobs N, or by default the available cores when the run is big enough for threads to pay for their start (a worker
 * loads the whole linter, ~0.1 s): several files and some megabytes. One file always runs in this thread. On fewer than
 * AUTO_JOBS_FROM_CORES cores the files must also be big enough to pay for the messages of each.
 */
function _jobs(value: string | undefined, files: readonly string[]): number {
  if (value !== undefined) {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError({ zh: `--jobs 须为正整数，而不是“${value}”`, en: `--jobs takes a positive integer, not "${value}"` });
    return Math.min(Number(value), Math.max(1, files.length));
  }
  if (files.length < 2) return 1;
  // The first files stand for the run: enough of them to reach the threshold and to judge their size.
  let bytes = 0;
  let sized = 0;
  for (const f of files) {
    if (f === STDIN) continue;
    try {
      bytes += statSync(f).size;
      sized++;
    } catch {
      // Unreadable files are reported when linted.
    }
    if (bytes >= AUTO_JOBS_FROM_BYTES && sized >= Math.min(AUTO_JOBS_SAMPLE, files.length)) break;
  }
  if (bytes < AUTO_JOBS_FROM_BYTES) return 1;
  const cores = availableParallelism();
  if (cores < AUTO_JOBS_FROM_CORES && bytes / sized < AUTO_JOBS_SMALL_MACHINE_FILE_BYTES) return 1;
  return Math.min(cores, files.length);
}

/** --stdin-filename: only with `-` among the inputs, and a path lint could read as YAML. */
function _stdinFilename(value: string | undefined, inputs: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  if (!inputs.includes(STDIN)) {
    throw new UsageError({ zh: '--stdin-filename 说明标准输入的内容来自哪个文件，须同时以“-”作为输入', en: '--stdin-filename names the file stdin holds: give "-" among the inputs' });
  }
  if (!value.trim()) throw new UsageError({ zh: '--stdin-filename 不能为空', en: '--stdin-filename cannot be empty' });
  if (isSpreadsheet(value)) {
    throw new UsageError({ zh: `标准输入按 YAML 读取；电子表格（${value}）请以文件名作为输入`, en: `stdin is read as YAML; give a spreadsheet (${value}) as a file operand` });
  }
  return value;
}

/** A file this big takes seconds: on a terminal, the run shows it is alive. */
export const HUGE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * On two cores a second thread pays only for big files: the main thread's parsing already keeps the garbage collector
 * and the compiler busy on the other core, and each file costs a message both ways. Measured on 2 cores (bench/lint.mjs
 * and bench/verify.mjs): 1,000 files of 29 KB take 1.84 s with --jobs 2 against 1.48 s with --jobs 1; 1,000 files of
 * 580 KB 10.6 s with the two threads against 13.6–18.8 s with one.
 */
export const AUTO_JOBS_FROM_CORES = 3;
export const AUTO_JOBS_SMALL_MACHINE_FILE_BYTES = 256 * 1024;
/** How many files, at least, the default's size judgement looks at. */
const AUTO_JOBS_SAMPLE = 32;

/** From this much YAML on, the default spreads files over the cores. */
export const AUTO_JOBS_FROM_BYTES = 2 * 1024 * 1024;

/** A --rule naming a plugin's rule must name one some config loads; known before anything is written. */
async function _checkRuleFlags(s: Setup, session: LintSession, files: readonly string[]): Promise<void> {
  const builtin = new Set([...rules, ...diffRules].map((r) => r.id));
  const open = Object.keys(s.cliRules).filter((id) => !builtin.has(id));
  if (!open.length || !files.length) return;
  for (const f of files) for (const p of (await s.settingsFor(f)).plugins) session.pluginIds.add(p.id);
  const unknown = open.find((id) => !session.pluginIds.has(id));
  if (unknown) throw new UsageError({ zh: `--rule：没有插件定义规则“${unknown}”（plugins 中列出的模块）`, en: `--rule: no plugin defines rule "${unknown}" (the modules listed under plugins)` });
}

function _count(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError({ zh: `${flag} 须为非负整数，而不是“${v}”`, en: `${flag} takes a non-negative integer, not "${v}"` });
  return Number(v);
}

export type { Setup, IgnoreRules };
