// Machine-readable batch report, documented by schemas/verify-report.schema.json; keys in a fixed order.
import { randomUUID } from 'node:crypto';
import { GovcatError } from '../../core/errors.js';
import json from '../../formatters/json.js';
import { batchCounts, toFileResults, type VerifyReportContext } from './index.js';
import type { BundleSummary } from '../types.js';

/**
 * 2: each bundle's `position` in the batch and its catalogue `entries`, and the run's `shard`, so that `verify --merge`
 * can rebuild one run from the parts of a sharded one (version 1 lacked them; every version 1 key is unchanged).
 * Still 2 with the run's `keys` and the signature states of the key registry: both only add to what version 2 allowed.
 */
export const VERIFY_REPORT_VERSION = 2;

export default function verifyJson(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  try {
    return _report(bundles, ctx);
  } catch (e) {
    // One report is one JavaScript string, at most ~512 MB: about 10,000 bundles of 200 entries.
    if (!(e instanceof RangeError)) throw e;
    throw new GovcatError({
      zh: `${bundles.length} 个报送包的 JSON 报告超出单个文件可写入的大小（约 512 MB）；请用 --shard K/N 分片核验（每片一个报告），或选用其他报告格式`,
      en: `the JSON report of ${bundles.length} bundles is larger than one report can be (about 512 MB); verify the batch in shards with --shard K/N (a report each), or choose another format`,
    });
  }
}

// --- internal ---

function _report(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const findings = _findings(bundles, ctx);
  // Stands for an entry until the report is laid out; the nonce keeps bundle text (hostile) from ever looking like one.
  const mark = `entry-${randomUUID()}:`;
  const report = {
    version: VERIFY_REPORT_VERSION,
    tool: { name: 'govcat', version: ctx.toolVersion },
    asOf: ctx.asOf,
    ...(ctx.received ? { received: ctx.received } : {}),
    ...(ctx.shard ? { shard: { index: ctx.shard.index, count: ctx.shard.count, bundles: ctx.shard.bundles } } : {}),
    ...(ctx.keys ? { keys: ctx.keys } : {}),
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
      ...(b.entries !== undefined ? { entries: b.entries.map((_, j) => `${mark}${i}:${j}`) } : {}),
    })),
  };
  // An entry on one line of its own: two hundred entries of a dozen items, one item a line, would double the report.
  const text = JSON.stringify(report, null, 2).replace(new RegExp(`"${mark}(\\d+):(\\d+)"`, 'g'), (_, i: string, j: string) => {
    const e = bundles[Number(i)].entries![Number(j)];
    return JSON.stringify({ id: e.id, name: e.name, items: e.items });
  });
  return `${text}\n`;
}

/** Findings exactly as `govcat lint --format json` writes them (report.schema.json#/$defs/finding): one serialiser for both. */
function _findings(bundles: BundleSummary[], ctx: VerifyReportContext): unknown[][] {
  const lint = JSON.parse(json(toFileResults(bundles), ctx)) as { results: { findings: unknown[] }[] };
  return lint.results.map((r) => r.findings);
}
