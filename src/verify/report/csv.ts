// One CSV row per bundle (RFC 4180: CRLF, quoted fields), UTF-8 with a BOM so that Excel reads the Chinese correctly.
import { stripControls } from '../../formatters/_text.js';
import { SIGNATURE_TEXT, VERIFY_TEXT, type VerifyReportContext } from './index.js';
import type { BundleSummary } from '../types.js';

export const BOM = '\uFEFF';

export default function csv(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const head = [t('bundle'), t('status'), t('department'), t('departmentCode'), t('catalogue'), t('version'), t('profile'), t('signature'), t('errors'), t('warnings'), t('infos'), t('rules'), t('firstError')];
  const rows = bundles.map((b) => [
    b.bundle,
    VERIFY_TEXT[b.status][ctx.locale],
    b.department ?? '',
    b.departmentCode ?? '',
    b.catalogueId ?? '',
    b.version ?? '',
    b.profile ?? '',
    SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature,
    b.errors,
    b.warnings,
    b.infos,
    [...new Set(b.findings.map((f) => f.ruleId))].join(' '),
    b.findings.find((f) => f.severity === 'error')?.message[ctx.locale] ?? '',
  ]);
  return BOM + [head, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One field: quoted when it holds a comma, quote or line break (quotes doubled). Text starting with = + - @ or a
 * tab is prefixed with ' so that a spreadsheet shows it rather than running it as a formula (bundle data is hostile).
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = stripControls(String(value), { keepNewlines: true });
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
