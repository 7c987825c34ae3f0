// JUnit XML of a batch for CI servers: one testcase per bundle, failed exactly when the bundle failed (an error), so the
// report's verdict is verify's exit code; the errors are its <failure>, the bundle's details, warnings and notes its <system-out>.
import { SEVERITY_LABEL, summaryText } from '../../formatters/_shared.js';
import { escapeXml } from '../../formatters/junit.js';
import { SIGNATURE_TEXT, UNBOUND_KEYS_TEXT, VERIFY_TEXT, batchCounts, findingWhere, type VerifyReportContext } from './index.js';
import type { Finding } from '../../core/types.js';
import type { BundleSummary } from '../types.js';

export default function junit(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const c = batchCounts(bundles);
  const counts = `tests="${c.bundles}" failures="${c.failed}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="govcat verify" ${counts}>`,
    `  <testsuite name="${escapeXml(VERIFY_TEXT.title[ctx.locale])}" ${counts} skipped="0">`,
    _properties(ctx),
    ...bundles.map((b) => _testcase(b, ctx)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// --- internal ---

function _properties(ctx: VerifyReportContext): string {
  const props: [string, string][] = [['as-of', ctx.asOf]];
  if (ctx.received) props.push(['received', ctx.received]);
  if (ctx.shard) props.push(['shard', `${ctx.shard.index}/${ctx.shard.count}`]);
  // Keys without keys.yaml bind to no department: said once for the run, as the table says it under its rows.
  if (ctx.keys) props.push(['signature-keys', ctx.keys === 'registry' ? 'registry' : `folder: ${UNBOUND_KEYS_TEXT[ctx.locale]}`]);
  props.push(['profile', ctx.profile], ['tool', `govcat ${ctx.toolVersion}`]);
  return ['    <properties>', ...props.map(([k, v]) => `      <property name="${k}" value="${escapeXml(v)}"/>`), '    </properties>'].join('\n');
}

function _testcase(b: BundleSummary, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const colon = ctx.locale === 'zh' ? '：' : ': ';
  const errors = b.findings.filter((f) => f.severity === 'error');
  const rest = b.findings.filter((f) => f.severity !== 'error');
  const body: string[] = [];
  if (b.status === 'failed') {
    const message = summaryText({ files: 1, errors: b.errors, warnings: b.warnings, infos: b.infos, fatal: 0 }, ctx.locale);
    body.push(`      <failure message="${escapeXml(message)}" type="error">${_text(errors.map((f) => _line(f, b, ctx)))}</failure>`);
  }
  const about = [
    [t('department'), [b.department, b.departmentCode && `(${b.departmentCode})`].filter(Boolean).join(' ')],
    [t('catalogue'), [b.catalogueId, b.version].filter(Boolean).join(' ')],
    [t('profile'), b.profile ?? ''],
    [t('signature'), SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature],
  ].filter(([, v]) => v).map(([k, v]) => `${k}${colon}${v}`);
  body.push(`      <system-out>${_text([...about, ...rest.map((f) => _line(f, b, ctx))])}</system-out>`);
  const classname = b.department || t('unknownDepartment');
  return `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(b.bundle)}">\n${body.join('\n')}\n    </testcase>`;
}

/** Element content, one escaped line per line of text. */
function _text(lines: string[]): string {
  return lines.map(escapeXml).join('\n');
}

function _line(f: Finding, b: BundleSummary, ctx: VerifyReportContext): string {
  const where = findingWhere(f, b.bundle);
  return [SEVERITY_LABEL[f.severity][ctx.locale], f.ruleId, where, f.message[ctx.locale]].filter(Boolean).join('  ');
}
