// govcat package CATALOGUE -o OUT: lint, diff against --previous, and write the BagIt submission package (Art. 16).
import { readFileSync } from 'node:fs';
import { officialCalendar } from '../../calendar/official.js';
import { decodeSource } from '../../core/decode.js';
import { InputError, UsageError } from '../../core/errors.js';
import { diffRules } from '../../diff/rules/index.js';
import { formatters, type FormatName } from '../../formatters/index.js';
import { countFindings } from '../../formatters/_shared.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { attachmentNames, diffForBag, humanSize, lintForBag, planBag, REPORT_FILE, REPORT_PREVIOUS, type BagFile, type BagPlan } from '../../package/plan.js';
import { readSigner } from '../../package/sign.js';
import { checkOutput, outputTarget, writeBag } from '../../package/write.js';
import { parseDateFlag, todayInChina, toolVersion, useColor } from '../env.js';
import { setup } from '../setup.js';
import { formatOption } from './lint/index.js';
import { isSpreadsheet } from './lint/sheet.js';
import type { FileResult } from '../../formatters/types.js';
import type { Bilingual, Locale } from '../../core/types.js';

export interface PackageFlags {
  output: string;
  previous?: string;
  attach?: string[];
  sign?: string;
  date?: string;
  config?: string | false;
  profile?: string;
  allowErrors?: boolean;
  force?: boolean;
  format?: string;
  color?: boolean;
  lang?: string;
}

export async function runPackage(catalogueFile: string, flags: PackageFlags): Promise<number> {
  const { locale, config, profile: profileName, profiles, plugins } = await setup({ lang: flags.lang, config: flags.config, profile: flags.profile }, [...rules, ...diffRules], catalogueFile);
  const date = bagDate(flags.date);
  const formatName = formatOption(flags.format ?? config.format);
  const input = _readInputs(catalogueFile, flags);

  const text = decodeSource(input.catalogueBytes, catalogueFile, 'utf-8', false);
  const profile = resolveProfile(profileName, [...rules, ...plugins], config.rules, profiles);
  const { catalogue, lint } = _renamed({ [REPORT_FILE]: catalogueFile }, () => lintForBag(text, profile, [...rules, ...plugins], date));
  const lintErrors = countFindings(lint.findings).error;
  if (lintErrors > 0) await _showLint(lint, catalogueFile, formatName, locale, profile.id, flags.color);
  if (lintErrors > 0 && !flags.allowErrors) {
    process.stderr.write(`govcat: ${{
      zh: `未打包：目录有 ${lintErrors} 个错误（如确需报送，可加 --allow-errors，包内将记录此事）`,
      en: `not packaged: the catalogue has ${lintErrors} lint errors (--allow-errors packages it anyway and records that in the package)`,
    }[locale]}\n`);
    return 1;
  }

  let diff: FileResult[] | undefined;
  if (input.previousBytes && flags.previous) {
    const previousText = decodeSource(input.previousBytes, flags.previous, 'utf-8', false);
    const diffProfile = resolveProfile(profileName, diffRules, config.rules, profiles);
    const names = { [REPORT_FILE]: catalogueFile, [REPORT_PREVIOUS]: flags.previous };
    diff = _renamed(names, () => diffForBag(previousText, text, diffProfile, officialCalendar(config.calendar), date));
  }
  const plan = planBag({
    ...input, date,
    reports: { catalogue, lint, diff, lintRules: profile.rules.map((r) => r.rule), diffRules },
    toolVersion: toolVersion(), profile: profile.id, allowErrors: Boolean(flags.allowErrors),
  });
  await writeBag(plan.files, flags.output, { date, force: Boolean(flags.force) });
  const summary = _summary(plan, flags.output, diff, input.signer?.keyId, locale);
  // Kept off stdout when the lint findings went there in a machine format.
  (formatName === 'stylish' ? process.stdout : process.stderr).write(summary);
  const note = percentNote(plan.files.map((f) => f.path));
  if (note) process.stderr.write(`govcat: ${note[locale]}\n`);
  return 0;
}

/**
 * Payload names with "%": the manifests write it %25 as RFC 8493 §2.1.3 requires, which bagit-python (1.9.0) and
 * other tools that do not decode it read as a missing file. The bag stays RFC-conformant; the user is told.
 */
export function percentNote(paths: readonly string[]): Bilingual | undefined {
  const names = paths.filter((p) => p.startsWith('data/') && p.includes('%'));
  if (!names.length) return undefined;
  return {
    zh: `提示：${names.join('、')} 的文件名含“%”，清单中按 RFC 8493 第 2.1.3 节写作 %25；bagit-python（1.9.0）等不解码 %25 的工具会报告该文件缺失，如包须通过这些工具核验，请改名后重新打包`,
    en: `note: ${names.join(', ')}: "%" in a file name is written %25 in the manifest as RFC 8493 §2.1.3 requires; bagit-python (1.9.0) and other tools that do not decode it will report the file missing, so rename it and package again if the bag must pass them`,
  };
}

/** The bagging date: --date, else SOURCE_DATE_EPOCH (as a date in China, like today's), else today in China. */
export function bagDate(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined) return parseDateFlag('--date', flag, todayInChina);
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return todayInChina();
  if (!/^\d{1,12}$/.test(epoch)) {
    throw new UsageError({ zh: `SOURCE_DATE_EPOCH 须为秒数（非负整数），而不是“${epoch}”`, en: `SOURCE_DATE_EPOCH must be a number of seconds (a non-negative integer), not "${epoch}"` });
  }
  return todayInChina(Number(epoch) * 1000);
}

// --- internal ---

/** Every input, read and checked before any work, so a bad flag never costs a lint run or leaves output behind. */
function _readInputs(catalogueFile: string, flags: PackageFlags) {
  const attach = flags.attach ?? [];
  for (const f of [catalogueFile, ...(flags.previous ? [flags.previous] : [])]) _notSpreadsheet(f);
  checkOutput(flags.output, Boolean(flags.force), [catalogueFile, ...(flags.previous ? [flags.previous] : []), ...attach, ...(flags.sign ? [flags.sign] : [])]);
  attachmentNames(attach);
  return {
    catalogueBytes: _readBytes(catalogueFile),
    previousBytes: flags.previous === undefined ? undefined : _readBytes(flags.previous),
    attachments: attach.map((path): BagFile => ({ path, bytes: _readBytes(path) })),
    signer: flags.sign === undefined ? undefined : readSigner(flags.sign),
  };
}

/**
 * A package holds the catalogue as YAML (data/catalogue.yaml, SPEC §6), so the authority's verify needs no
 * spreadsheet reader: a workbook is imported first, and the YAML packaged.
 */
function _notSpreadsheet(file: string): void {
  if (!isSpreadsheet(file)) return;
  throw new UsageError({
    zh: `${file} 是电子表格；提交包中的目录须为 YAML（data/catalogue.yaml）。请先检查（govcat lint ${file}），再转换（govcat import ${file} -o catalogue.yaml），然后打包 catalogue.yaml（原表格可用 --attach 附上）`,
    en: `${file} is a spreadsheet; a package holds the catalogue as YAML (data/catalogue.yaml). Check it (govcat lint ${file}), convert it (govcat import ${file} -o catalogue.yaml), then package catalogue.yaml (--attach adds the workbook itself)`,
  });
}

function _readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, { zh: '文件不存在', en: 'no such file' });
    if (code === 'EISDIR') throw new InputError(file, { zh: '这是一个目录，不是文件', en: 'is a directory, not a file' });
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, { zh: '没有读取权限', en: 'permission denied' });
    throw new InputError(file, { zh: `无法读取（${code ?? e}）`, en: `cannot be read (${code ?? e})` });
  }
}

/** Runs fn, reporting a malformed catalogue under the path the user gave rather than its name inside the bag. */
function _renamed<T>(names: Record<string, string>, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError && Object.hasOwn(names, e.file)) throw new InputError(names[e.file], e.text, e.line, e.column);
    throw e;
  }
}

/** The lint findings, as `govcat lint` shows them: stylish on stderr, a machine format on stdout. */
async function _showLint(lint: FileResult, file: string, format: FormatName, locale: Locale, profile: string, color: boolean | undefined): Promise<void> {
  const stylish = format === 'stylish';
  const stream = stylish ? process.stderr : process.stdout;
  const result: FileResult = { ...lint, file, findings: lint.findings.map((f) => ({ ...f, file })) };
  const text = (await formatters[format]())([result], {
    locale, color: stylish && useColor(color, process.stderr), cwd: process.cwd(), rules: [...rules, ...diffRules], toolVersion: toolVersion(), profile,
  });
  stream.write(text);
}

function _summary(plan: BagPlan, out: string, diff: FileResult[] | undefined, keyId: string | undefined, locale: Locale): string {
  const { format } = outputTarget(out);
  const size = humanSize(plan.payloadOctets);
  const { errors, warnings } = plan.lint;
  const parts: Bilingual[] = [
    { zh: `已写入 ${out}（${format === 'directory' ? '目录' : format}）：${plan.payloadCount} 个数据文件，${size}`, en: `Wrote ${out} (${format}): ${plan.payloadCount} payload files, ${size}` },
    plan.lint.status === 'passed'
      ? { zh: `检查通过，${warnings} 个警告`, en: `lint passed, ${warnings} warnings` }
      : { zh: `带 ${errors} 个错误打包（--allow-errors，已记入 bag-info.txt），${warnings} 个警告`, en: `packaged with ${errors} lint errors (--allow-errors, recorded in bag-info.txt), ${warnings} warnings` },
  ];
  if (diff) {
    const c = countFindings(diff.flatMap((r) => r.findings));
    parts.push({ zh: `版本比对：${c.error} 个错误，${c.warning} 个警告`, en: `diff: ${c.error} errors, ${c.warning} warnings` });
  }
  if (keyId) parts.push({ zh: `已用密钥 ${keyId} 签名`, en: `signed with key ${keyId}` });
  return `${parts.map((p) => p[locale]).join(locale === 'zh' ? '；' : '; ')}\n`;
}
