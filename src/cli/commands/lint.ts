// govcat lint: read → load → lint each operand, format once, pick the exit code.
import { lintDocument, sortFindings } from '../../core/lint.js';
import { loadYaml } from '../../core/load.js';
import { InputError, UsageError } from '../../core/errors.js';
import { yamlTypo } from '../../core/yaml-typo.js';
import { fixSource } from '../fixes.js';
import { formatters, isFormatName, type FormatName } from '../../formatters/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { expandOperands, readSource, STDIN } from '../../io/read.js';
import { emit, fails } from '../output.js';
import { isSpreadsheet, lintSpreadsheet } from './lint-sheet.js';
import { SPREADSHEET_CELL } from '../../authoring/sheet-lint.js';
import { setup } from '../setup.js';
import type { FileResult } from '../../formatters/types.js';
import type { Encoding } from '../../core/decode.js';
import type { Locale, ResolvedProfile, Severity } from '../../core/types.js';

export interface LintFlags {
  format?: FormatName;
  output?: string;
  config?: string;
  profile?: string;
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
}

export async function runLint(inputs: string[], flags: LintFlags): Promise<number> {
  const { locale, config, profile: profileName, asOf } = await setup(flags, rules);
  const maxWarnings = _maxWarnings(flags.maxWarnings);
  const profile = resolveProfile(profileName, rules, config.rules);
  const formatName = formatOption(flags.format ?? config.format);
  const files = expandOperands(inputs, process.cwd(), { onSkip: (file, why) => process.stderr.write(`govcat: ${file}: ${why[locale]}\n`) });
  // Only stylish shows code frames; other formats need not hold every file's text until the report is written.
  const keepSource = formatName === 'stylish';
  const results: FileResult[] = [];
  const csvRead = new Set<string>();
  for (const file of files) {
    if (isSpreadsheet(file)) results.push(...(await lintSpreadsheet(file, flags.encoding, profile, asOf, rules, csvRead)));
    else results.push(_lintOne(file, flags, profile, asOf, keepSource, locale));
  }
  // spreadsheet-cell (cells the import cannot map) is no rule of the profile, but reports list it like one.
  const ruleList = [...profile.rules.map((r) => r.rule), ...(files.some(isSpreadsheet) ? [SPREADSHEET_CELL] : [])];
  if (results.some((r) => r.findings.some((f) => f.ruleId === yamlTypo.id))) ruleList.push(yamlTypo);
  if (flags.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 'error');

  await emit(results, { format: formatName, locale, rules: ruleList, profile: profile.id, output: flags.output, color: flags.color });

  if (results.some((r) => r.fatal)) return 2;
  const all = results.flatMap((r) => r.findings);
  if (fails(results, flags.failOn)) return 1;
  if (maxWarnings !== undefined && all.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

// --- internal ---

function _lintOne(file: string, flags: LintFlags, profile: ResolvedProfile, asOf: string, keepSource: boolean, locale: Locale): FileResult {
  const shown = file === STDIN ? '<stdin>' : file;
  let source: string | undefined;
  try {
    source = readSource(file, flags.encoding);
    if (flags.fix) source = fixSource(file, source, { canonical: flags.canonical, locale, write: true, encoding: flags.encoding });
    // Typos with a certain repair are repaired in memory and reported; the content is linted as the officer meant it.
    const doc = loadYaml(source, shown, { repair: true });
    const findings = lintDocument(doc, profile, { asOf }, rules).findings;
    return { file: shown, source: keepSource ? source : undefined, findings: doc.typos?.length ? sortFindings([...findings, ...doc.typos]) : findings };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file: shown, source: keepSource ? source : undefined, findings: [], fatal: { message: e.text, line: e.line, column: e.column } };
  }
}

/** A format name from a flag or the config file. */
export function formatOption(name: string | undefined): FormatName {
  if (name === undefined) return 'stylish';
  if (isFormatName(name)) return name;
  const names = Object.keys(formatters);
  throw new UsageError({ zh: `未知的输出格式“${name}”；可用：${names.join('、')}`, en: `unknown output format "${name}"; use ${names.join(', ')}` });
}

function _maxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError({ zh: `--max-warnings 须为非负整数，而不是“${v}”`, en: `--max-warnings takes a non-negative integer, not "${v}"` });
  return Number(v);
}
