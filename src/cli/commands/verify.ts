// govcat verify BUNDLE|DIR|GLOB…: the authority's batch check of submitted bundles, one report, exit 1 when any bundle failed.
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../../core/errors.js';
import { diffRules } from '../../diff/rules/index.js';
import { inShard, parseShard } from '../../io/shard.js';
import { writeAtomic } from '../../io/write.js';
import { readKeyFolder } from '../../io/keys.js';
import { rules } from '../../rules/index.js';
import { expandBundles, verifyBatch } from '../../verify/batch.js';
import { crossRules } from '../../verify/cross.js';
import { mergeParts, readPart, type MergedBatch } from '../../verify/merge.js';
import { createProgress } from '../progress.js';
import { UNBOUND_KEYS_TEXT, VERIFY_FORMATS, isVerifyFormat, verifyReporters, type VerifyFormat } from '../../verify/report/index.js';
import { verifyRules } from '../../verify/rules.js';
import { parseDateFlag, toolVersion, useColor } from '../env.js';
import { setup } from '../setup.js';
import type { AnyRuleBase } from '../../core/types.js';
import type { BundleSummary } from '../../verify/types.js';
import type { VerifyReportContext } from '../../verify/report/index.js';

export interface VerifyFlags {
  keys?: string;
  /** Unsigned bundles fail (also config verify.requireSignature: true). */
  requireSignature?: boolean;
  /** The table lists the warnings of passed bundles; default: on when stdout is a terminal. */
  showWarnings?: boolean;
  received?: string;
  asOf?: string;
  jobs?: string;
  format?: string;
  output?: string;
  quiet?: boolean;
  /** K/N: verify only the bundles of shard K of N (by the hash of each bundle's path). */
  shard?: string;
  /** The operands are the JSON reports of the shards: merge them into one run's report. */
  merge?: boolean;
  config?: string;
  color?: boolean;
  lang?: string;
}

/** Every rule a verify report can cite: the bundle checks, lint and diff rules re-run inside, and the batch's own. */
export const VERIFY_REPORT_RULES: readonly AnyRuleBase[] = [...verifyRules, ...rules, ...diffRules, ...crossRules];

export async function runVerify(inputs: string[], flags: VerifyFlags): Promise<number> {
  if (flags.merge) return _runMerge(inputs, flags);
  const { locale, config, asOf } = await setup({ lang: flags.lang, config: flags.config, asOf: flags.asOf }, VERIFY_REPORT_RULES);
  // Every flag and operand is checked before the first bundle is opened: a usage error costs nothing.
  const format = _format(flags.format ?? (config.format && isVerifyFormat(config.format) ? config.format : undefined));
  const jobs = _jobs(flags.jobs);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  const received = flags.received === undefined ? undefined : parseDateFlag('--received', flags.received, () => '');
  const requireSignature = flags.requireSignature || config.verify?.requireSignature === true;
  // Signatures are checked only against keys: requiring them without keys would pass every unsigned bundle.
  if (requireSignature && flags.keys === undefined) {
    throw new UsageError(flags.requireSignature
      ? { zh: '--require-signature 需要同时给出 --keys DIR（用于核验签名的公钥文件夹）', en: '--require-signature needs --keys DIR (the folder of public keys to check signatures with)' }
      : { zh: '配置文件要求签名（verify.requireSignature: true），请给出 --keys DIR（用于核验签名的公钥文件夹）', en: 'the config requires signatures (verify.requireSignature: true): give --keys DIR (the folder of public keys to check signatures with)' });
  }
  const folder = flags.keys === undefined ? undefined : readKeyFolder(flags.keys);
  const all = expandBundles(inputs);
  // The shard is taken from the whole expanded list, so that every bundle lands in exactly one of the N runs.
  const paths = inShard(all, shard);
  const position = new Map(all.map((p, i) => [p, i]));

  let failed = 0;
  const progress = createProgress(paths.length, { stream: process.stderr, locale, enabled: !flags.quiet, unit: _BUNDLES, note: _FAILED });
  let bundles;
  try {
    const keys = folder && { keys: folder.pems, ...(folder.registry ? { registry: folder.registry } : {}) };
    bundles = await verifyBatch(paths, { asOf, received, ...keys, requireSignature, config }, { jobs, onSettled: (s) => progress.tick(s.status === 'failed' ? ++failed : failed) });
  } finally {
    progress.done();
  }
  const batch = shard ? { shard: { ...shard, bundles: all.length }, positions: paths.map((p) => position.get(p)!) } : {};
  const keys = folder ? { keys: folder.registry ? ('registry' as const) : ('folder' as const) } : {};
  return _report(bundles, format, { locale, asOf, received, ...keys, ...batch }, flags);
}

// --- internal ---

/** `--merge PART.json…`: the shards' JSON reports as one run over all their bundles, in any report format. */
async function _runMerge(files: string[], flags: VerifyFlags): Promise<number> {
  const { locale, config } = await setup({ lang: flags.lang, config: flags.config }, VERIFY_REPORT_RULES);
  const format = _format(flags.format ?? (config.format && isVerifyFormat(config.format) ? config.format : undefined));
  // The dates, keys and shard of a merge are the parts' own: a flag here could only disagree with them.
  const clash = (['shard', 'keys', 'requireSignature', 'received', 'asOf', 'jobs'] as const).filter((k) => flags[k] !== undefined);
  if (clash.length) {
    const names = clash.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ');
    throw new UsageError({ zh: `--merge 合并已核验的分片报告，不能与 ${names} 同用（这些设置在核验各分片时给出）`, en: `--merge combines reports already verified and takes no ${names} (give those when verifying the shards)` });
  }
  const merged: MergedBatch = mergeParts(files.map((file) => readPart(file, _readPart(file))));
  return _report(merged.bundles, format, { locale, asOf: merged.asOf, received: merged.received, ...(merged.keys ? { keys: merged.keys } : {}) }, flags);
}

function _readPart(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, { zh: '文件不存在', en: 'no such file' });
    if (code === 'EISDIR') throw new InputError(file, { zh: '是文件夹，而 --merge 需要各分片的 JSON 报告文件', en: 'is a directory; --merge takes the JSON report files of the shards' });
    throw new InputError(file, { zh: `无法读取（${code ?? String(e)}）`, en: `cannot read it (${code ?? String(e)})` });
  }
}

/** Writes the report (to -o atomically, else stdout); exit 1 when any bundle failed. */
async function _report(bundles: BundleSummary[], format: VerifyFormat, batch: Pick<VerifyReportContext, 'locale' | 'asOf' | 'received' | 'shard' | 'positions' | 'keys'>, flags: VerifyFlags): Promise<number> {
  const report = await verifyReporters[format]();
  // Cut to the terminal's width only on a terminal: piped or written to a file, every cell is complete.
  const terminal = !flags.output && Boolean(process.stdout.isTTY);
  const text = report(bundles, {
    ...batch,
    showWarnings: flags.showWarnings ?? terminal,
    ...(terminal && process.stdout.columns ? { width: process.stdout.columns } : {}),
    color: flags.output ? false : useColor(flags.color, process.stdout),
    cwd: process.cwd(),
    rules: VERIFY_REPORT_RULES,
    toolVersion: toolVersion(),
    profile: [...new Set(bundles.map((b) => b.profile).filter(Boolean))].join(',') || 'national',
  });
  // The table says it under its rows; JSON and JUnit record it, and a person reading the terminal hears it once here.
  if (batch.keys === 'folder' && format !== 'table' && !flags.quiet) process.stderr.write(`${_WARNING[batch.locale]}${UNBOUND_KEYS_TEXT[batch.locale]}\n`);
  if (flags.output) writeAtomic(flags.output, text);
  else process.stdout.write(text);
  return bundles.some((b) => b.status === 'failed') ? 1 : 0;
}

function _format(name: string | undefined): VerifyFormat {
  if (name === undefined) return 'table';
  if (isVerifyFormat(name)) return name;
  throw new UsageError({ zh: `未知的核验报告格式“${name}”；可用：${VERIFY_FORMATS.join('、')}`, en: `unknown report format "${name}"; use ${VERIFY_FORMATS.join(', ')}` });
}

function _jobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError({ zh: `--jobs 须为 1 到 256 之间的整数，而不是“${value}”`, en: `--jobs takes a whole number from 1 to 256, not "${value}"` });
  }
  return Number(value);
}

const _BUNDLES = { zh: '个包', en: 'bundles' };
const _WARNING = { zh: '警告：', en: 'warning: ' };
const _FAILED = (n: number) => ({ zh: `${n} 个失败`, en: `${n} failed` });
