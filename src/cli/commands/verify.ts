// govcat verify BUNDLE|DIR|GLOB…: the authority's batch check of submitted bundles, one report, exit 1 when any bundle failed.
import { InputError, UsageError } from '../../core/errors.js';
import { diffRules } from '../../diff/rules/index.js';
import { writeAtomic } from '../../io/write.js';
import { readPublicKeys } from '../../package/sign.js';
import { rules } from '../../rules/index.js';
import { expandBundles, verifyBatch } from '../../verify/batch.js';
import { crossRules } from '../../verify/cross.js';
import { createProgress } from '../../verify/progress.js';
import { VERIFY_FORMATS, isVerifyFormat, verifyReporters, type VerifyFormat } from '../../verify/report.js';
import { verifyRules } from '../../verify/rules.js';
import { parseDateFlag, toolVersion, useColor } from '../env.js';
import { setup } from '../setup.js';
import type { AnyRuleBase } from '../../core/types.js';

export interface VerifyFlags {
  keys?: string;
  received?: string;
  asOf?: string;
  jobs?: string;
  format?: string;
  output?: string;
  quiet?: boolean;
  config?: string;
  color?: boolean;
  lang?: string;
}

/** Every rule a verify report can cite: the bundle checks, lint and diff rules re-run inside, and the batch's own. */
export const VERIFY_REPORT_RULES: readonly AnyRuleBase[] = [...verifyRules, ...rules, ...diffRules, ...crossRules];

export async function runVerify(inputs: string[], flags: VerifyFlags): Promise<number> {
  const { locale, config, asOf } = await setup({ lang: flags.lang, config: flags.config, asOf: flags.asOf }, VERIFY_REPORT_RULES);
  // Every flag and operand is checked before the first bundle is opened: a usage error costs nothing.
  const format = _format(flags.format ?? (config.format && isVerifyFormat(config.format) ? config.format : undefined));
  const jobs = _jobs(flags.jobs);
  const received = flags.received === undefined ? undefined : parseDateFlag('--received', flags.received, () => '');
  const keys = flags.keys === undefined ? undefined : _keyPems(flags.keys);
  const paths = expandBundles(inputs);

  const progress = createProgress(paths.length, { stream: process.stderr, locale, enabled: !flags.quiet });
  let bundles;
  try {
    bundles = await verifyBatch(paths, { asOf, received, keys, config }, { jobs, onSettled: (s) => progress.tick(s.status === 'failed') });
  } finally {
    progress.done();
  }

  const report = await verifyReporters[format]();
  const text = report(bundles, {
    locale,
    color: flags.output ? false : useColor(flags.color, process.stdout),
    cwd: process.cwd(),
    rules: VERIFY_REPORT_RULES,
    toolVersion: toolVersion(),
    profile: [...new Set(bundles.map((b) => b.profile).filter(Boolean))].join(',') || 'national',
    asOf,
    received,
  });
  if (flags.output) writeAtomic(flags.output, text);
  else process.stdout.write(text);
  return bundles.some((b) => b.status === 'failed') ? 1 : 0;
}

// --- internal ---

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

/** The *.pub files of --keys DIR as SPKI PEM by key id: plain strings, read once here and parsed by each worker. */
function _keyPems(dir: string): Map<string, string> {
  const pems = new Map<string, string>();
  for (const [id, key] of readPublicKeys(dir)) pems.set(id, key.export({ type: 'spki', format: 'pem' }) as string);
  // An empty key directory would report every signed bundle as signed with an unknown key: a mistake, not a finding.
  if (!pems.size) throw new InputError(dir, { zh: '目录中没有公钥文件（*.pub）', en: 'the directory holds no public keys (*.pub)' });
  return pems;
}
