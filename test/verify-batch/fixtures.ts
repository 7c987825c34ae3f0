// Literal bundle summaries for the report tests, one of them with hostile text everywhere a bundle can put text.
import type { Finding } from '../../src/core/types.js';
import type { VerifyReportContext } from '../../src/verify/report/index.js';
import type { BundleSummary } from '../../src/verify/types.js';

export const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert('x')">&amp;"'`;

export function finding(ruleId: string, severity: Finding['severity'], file: string, message: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, messageId: 'm', severity, articles: [{ source: 'decree-809', article: 16 }], message: { zh: `中文：${message}`, en: message }, file, path: '', line: 1, column: 1, endLine: 1, endColumn: 1, ...extra };
}

export const BUNDLES: BundleSummary[] = [
  { bundle: 'batch/a.zip', status: 'passed', department: '北京市市场监督管理局', departmentCode: '11110000MB1957J40W', catalogueId: 'CAT-110000-SCJGJ', version: '2026.2', profile: 'national', signature: 'valid', errors: 0, warnings: 1, infos: 0, findings: [finding('placeholder-value', 'warning', 'batch/a.zip!data/catalogue.yaml', 'placeholder "待定"', { line: 12, path: 'entries[0].summary' })] },
  {
    bundle: `batch/${HOSTILE}.zip`,
    status: 'failed',
    department: HOSTILE,
    catalogueId: '=HYPERLINK("http://evil","click")',
    version: '1,"2"\n3',
    signature: 'bad-signature',
    errors: 2,
    warnings: 0,
    infos: 0,
    findings: [
      finding('bagit-checksum', 'error', `batch/${HOSTILE}.zip!data/catalogue.yaml`, `checksum mismatch ${HOSTILE}`),
      finding('signature-valid', 'error', `batch/${HOSTILE}.zip`, 'bad signature'),
    ],
  },
  { bundle: 'batch/c', status: 'passed', signature: 'unsigned', errors: 0, warnings: 0, infos: 0, findings: [] },
];

export function ctx(locale: 'zh' | 'en' = 'en', extra: Partial<VerifyReportContext> = {}): VerifyReportContext {
  return { locale, color: false, cwd: '/work', rules: [], toolVersion: '9.9.9', profile: 'national', asOf: '2026-03-10', received: '2026-03-09', ...extra };
}
