// govcat lint: read → load → lint each operand under the settings in force for it, apply the inline directives,
// write every requested format, pick the exit code.
import { lintDocument, sortFindings } from '../../core/lint.js';
import { loadYaml } from '../../core/load.js';
import { InputError, UsageError } from '../../core/errors.js';
import { yamlTypo } from '../../core/yaml-typo.js';
import { applyDirectives, disableDirective, scanDirectives } from '../../core/directives.js';
import { fixSource } from '../fixes.js';
import { formatters, isFormatName, type FormatName } from '../../formatters/index.js';
import { builtinProfiles, resolveProfile } from '../../profiles/index.js';
import { declaredProfile } from '../../core/shape.js';
import { rules } from '../../rules/index.js';
import { diffRules } from '../../diff/rules/index.js';
import { closest } from '../../rules/_schema.js';
import { expandOperands, readSource, STDIN } from '../../io/read.js';
import { loadIgnore, type IgnoreRules } from '../../io/ignore.js';
import { emit, fails } from '../output.js';
import { isSpreadsheet, lintSpreadsheet } from './lint-sheet.js';
import { SPREADSHEET_CELL } from '../../authoring/sheet-lint.js';
import { setup, type Setup } from '../setup.js';
import { printConfig } from './print-config.js';
import type { EffectiveSettings } from '../../config/effective.js';
import type { FileResult } from '../../formatters/types.js';
import type { Encoding } from '../../core/decode.js';
import type { AnyRule, AnyRuleBase, Locale, ResolvedProfile, Severity } from '../../core/types.js';

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
}

/** One output of the run: a format, to stdout or to a file. */
export interface Target {
  format: FormatName;
  file?: string;
}

export async function runLint(inputs: string[], flags: LintFlags): Promise<number> {
  const s = await setup(flags, rules);
  const { locale, asOf } = s;
  const maxWarnings = _maxWarnings(flags.maxWarnings);
  const ignores = loadIgnore(s.runConfig?.dir ?? process.cwd(), flags.ignorePattern ?? []);
  if (flags.printConfig !== undefined) return printConfig(flags.printConfig, s, ignores, flags, _formatList(flags.format));
  const targets = outputTargets(_formatList(flags.format), s.runConfig?.config.format, flags.output);
  const files = expandOperands(inputs, process.cwd(), { onSkip: (file, why) => process.stderr.write(`govcat: ${file}: ${why[locale]}\n`), ignored: (f) => ignores.why(f) });
  // Only stylish shows code frames; other formats need not hold every file's text until the report is written.
  const keepSource = targets.some((t) => t.format === 'stylish');
  const results: FileResult[] = [];
  const csvRead = new Set<string>();
  const profiles = new Map<string, { profile: ResolvedProfile; all: AnyRule[] }>();
  const ruleList = new Map<string, AnyRuleBase>();
  const pluginIds = new Set<string>();
  for (const file of files) {
    const eff = await s.settingsFor(file);
    const { profile, all } = _profileFor(eff, profiles);
    for (const r of profile.rules) ruleList.set(r.rule.id, r.rule);
    for (const p of eff.plugins) pluginIds.add(p.id);
    if (isSpreadsheet(file)) results.push(...(await lintSpreadsheet(file, flags.encoding, profile, asOf, all, csvRead)));
    else {
      // A catalogue naming its regime (catalogue.profile: miit) is linted under it, unless a flag or config chose one.
      const own = (name: string) => {
        const hit = _profileFor({ ...eff, profile: name }, profiles);
        for (const r of hit.profile.rules) ruleList.set(r.rule.id, r.rule);
        return hit;
      };
      results.push(_lintOne(file, flags, { profile, all, eff, asOf, keepSource, locale, own }));
    }
  }
  const unknown = Object.keys(s.cliRules).filter((id) => !rules.some((r) => r.id === id) && !diffRules.some((r) => r.id === id) && !pluginIds.has(id));
  if (unknown.length && files.length) {
    throw new UsageError({ zh: `--rule：没有插件定义规则“${unknown[0]}”（plugins 中列出的模块）`, en: `--rule: no plugin defines rule "${unknown[0]}" (the modules listed under plugins)` });
  }
  // spreadsheet-cell (cells the import cannot map) is no rule of the profile, but reports list it like one.
  if (files.some(isSpreadsheet)) ruleList.set(SPREADSHEET_CELL.id, SPREADSHEET_CELL);
  for (const extra of [yamlTypo, disableDirective]) if (results.some((r) => [...r.findings, ...(r.suppressed ?? [])].some((f) => f.ruleId === extra.id))) ruleList.set(extra.id, extra);
  if (flags.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 'error');

  const profileIds = [...new Set([...profiles.values()].map((p) => p.profile.id))];
  const stylishOnStdout = targets.some((t) => t.format === 'stylish' && !t.file);
  for (const [i, t] of targets.entries()) {
    await emit(results, { format: t.format, locale, rules: [...ruleList.values()], profile: profileIds.join(', ') || s.profile, output: t.file, color: flags.color, fatalToStderr: !stylishOnStdout && i === 0 });
  }

  if (results.some((r) => r.fatal)) return 2;
  const warnings = results.flatMap((r) => r.findings).filter((f) => f.severity === 'warning').length;
  if (fails(results, flags.failOn)) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`govcat: ${{ zh: `警告 ${warnings} 个，超过 --max-warnings ${maxWarnings}`, en: `${warnings} warning${warnings === 1 ? '' : 's'} exceed${warnings === 1 ? 's' : ''} --max-warnings ${maxWarnings}` }[locale]}\n`);
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

interface _Context {
  profile: ResolvedProfile;
  all: AnyRule[];
  eff: EffectiveSettings;
  asOf: string;
  keepSource: boolean;
  locale: Locale;
  /** The profile a catalogue names for itself, resolved like the others. */
  own: (name: string) => { profile: ResolvedProfile; all: AnyRule[] };
}

function _formatList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The resolved profile for a file's settings, shared by the files that have the same. */
function _profileFor(eff: EffectiveSettings, cache: Map<string, { profile: ResolvedProfile; all: AnyRule[] }>) {
  const key = `${eff.configFile ?? ''}\u0000${eff.profile}\u0000${eff.overrides.join(',')}`;
  let hit = cache.get(key);
  if (!hit) {
    const all = [...rules, ...eff.plugins];
    hit = { profile: resolveProfile(eff.profile, all, eff.rules, eff.profiles), all };
    cache.set(key, hit);
  }
  return hit;
}

function _lintOne(file: string, flags: LintFlags, c: _Context): FileResult {
  const shown = file === STDIN ? '<stdin>' : file;
  let source: string | undefined;
  try {
    source = readSource(file, flags.encoding);
    if (flags.fix) source = fixSource(file, source, { canonical: flags.canonical, locale: c.locale, write: true, encoding: flags.encoding });
    // Typos with a certain repair are repaired in memory and reported; the content is linted as the officer meant it.
    const doc = loadYaml(source, shown, { repair: true });
    const declared = c.eff.profileChosen ? undefined : declaredProfile(doc.data);
    const { profile, all } = declared && declared !== c.profile.id && Object.hasOwn(builtinProfiles, declared) ? c.own(declared) : c;
    const linted = lintDocument(doc, profile, { asOf: c.asOf }, all).findings;
    const findings = doc.typos?.length ? sortFindings([...linted, ...doc.typos]) : linted;
    const keep = c.keepSource ? source : undefined;
    if (flags.inlineConfig === false) return { file: shown, source: keep, findings };
    const directives = scanDirectives(source);
    if (!directives.length) return { file: shown, source: keep, findings };
    const ids = [...rules, ...diffRules, ...c.eff.plugins, yamlTypo].map((r) => r.id);
    const outcome = applyDirectives(findings, directives, shown, {
      isKnown: (id) => ids.includes(id),
      suggest: (id) => closest(id, ids),
      reportUnused: flags.reportUnusedDisableDirectives ?? c.eff.reportUnusedDisableDirectives,
    });
    return { file: shown, source: keep, findings: outcome.findings, ...(outcome.suppressed.length ? { suppressed: outcome.suppressed } : {}) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file: shown, source: c.keepSource ? source : undefined, findings: [], fatal: { message: e.text, line: e.line, column: e.column } };
  }
}

function _maxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError({ zh: `--max-warnings 须为非负整数，而不是“${v}”`, en: `--max-warnings takes a non-negative integer, not "${v}"` });
  return Number(v);
}

export type { Setup, IgnoreRules };
