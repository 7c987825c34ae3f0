// Machine-readable batch report, documented by schemas/verify-report.schema.json; keys in a fixed order.
import json from '../formatters/json.js';
import { batchCounts, toFileResults, type VerifyReportContext } from './report.js';
import type { BundleSummary } from './types.js';

/**
 * 2: each bundle's `position` in the batch and its catalogue `entries`, and the run's `shard`, so that `verify --merge`
 * can rebuild one run from the parts of a sharded one (version 1 lacked them; every version 1 key is unchanged).
 */
export const VERIFY_REPORT_VERSION = 2;

export default function verifyJson(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const findings = _findings(bundles, ctx);
  const report = {
    version: VERIFY_REPORT_VERSION,
    tool: { name: 'govcat', version: ctx.toolVersion },
    asOf: ctx.asOf,
    ...(ctx.received ? { received: ctx.received } : {}),
    ...(ctx.shard ? { shard: { index: ctx.shard.index, count: ctx.shard.count, bundles: ctx.shard.bundles } } : {}),
    summary: batchCounts(bundles),
    bundles: bundles.map((b, i) => ({
      bundle: b.bundle,
      position: ctx.positions?.[i] ?? i,
      status: b.status,
      ...(b.department !== undefined ? { department: b.department } : {}),
      ...(b.departmentCode !== undefined ? { departmentCode: b.departmentCode } : {}),
      ...(b.catalogueId !== undefined ? { catalogueId: b.catalogueId } : {}),
      ...(b.version !== undefined ? { version: String(b.version) } : {}),
      ...(b.profile !== undefined ? { profile: b.profile } : {}),
      signature: b.signature,
      errors: b.errors,
      warnings: b.warnings,
      infos: b.infos,
      findings: findings[i],
      ...(b.entries !== undefined ? { entries: b.entries.map((e) => ({ id: e.id, name: e.name, items: e.items })) } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

// --- internal ---

/** Findings exactly as `govcat lint --format json` writes them (report.schema.json#/$defs/finding): one serialiser for both. */
function _findings(bundles: BundleSummary[], ctx: VerifyReportContext): unknown[][] {
  const lint = JSON.parse(json(toFileResults(bundles), ctx)) as { results: { findings: unknown[] }[] };
  return lint.results.map((r) => r.findings);
}
