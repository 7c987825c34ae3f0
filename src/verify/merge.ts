// `govcat verify --merge`: the JSON reports of a sharded run read back into one batch, in the whole batch's order (pure).
import { cite } from '../core/articles.js';
import { InputError } from '../core/errors.js';
import { crossCheck, crossRules } from './cross.js';
import { VERIFY_REPORT_VERSION } from './report/json.js';
import type { ArticleRef, Bilingual, Finding, Severity } from '../core/types.js';
import { SIGNATURE_STATES, type BundleSummary } from './types.js';

/** One part as read back: its bundles without the cross-bundle findings of that part alone. */
export interface VerifyPart {
  file: string;
  asOf: string;
  received?: string;
  shard?: { index: number; count: number; bundles: number };
  /** How the part judged signatures (--keys with or without keys.yaml). */
  keys?: 'registry' | 'folder';
  bundles: { summary: BundleSummary; position: number }[];
}

export interface MergedBatch {
  asOf: string;
  received?: string;
  /** 'folder' when any part judged signatures without keys.yaml: the merged run is only as bound as its weakest part. */
  keys?: 'registry' | 'folder';
  /** As one run over the whole batch gives them: in its order, cross-bundle findings over all of it. */
  bundles: BundleSummary[];
}

/** A part's text to bundles; throws InputError (exit 2) for anything that is not a version-2 govcat verify report. */
export function readPart(file: string, text: string): VerifyPart {
  const body = text.replace(/^\uFEFF/, '');
  let report: unknown;
  try {
    report = JSON.parse(body);
  } catch (e) {
    const [line, column] = _jsonPosition(body, String((e as Error).message));
    throw new InputError(file, { zh: '不是 JSON 文件（请用 govcat verify -f json 写出各分片的报告）', en: 'not a JSON file (write each shard\'s report with govcat verify -f json)' }, line, column);
  }
  const r = _object(report);
  if (!r || r.tool === undefined || _object(r.tool)?.name !== 'govcat' || !Array.isArray(r.bundles) || typeof r.asOf !== 'string') {
    const lint = r && Array.isArray(r.results);
    throw new InputError(file, lint
      ? { zh: '这是 govcat lint 的报告，不是 govcat verify 的报告', en: 'this is a govcat lint report, not a govcat verify report' }
      : { zh: '不是 govcat verify 的 JSON 报告（缺少 tool、asOf 或 bundles）', en: 'not a govcat verify JSON report (no tool, asOf or bundles)' });
  }
  if (r.version !== VERIFY_REPORT_VERSION) {
    const old = typeof r.version === 'number' && r.version < VERIFY_REPORT_VERSION;
    throw new InputError(file, old
      ? { zh: `报告格式版本为 ${r.version}，缺少跨包核验所需的目录条目；请用当前版本的 govcat 重新核验该分片`, en: `report format version ${r.version} lacks the catalogue entries the cross-bundle check needs; verify that shard again with this govcat` }
      : { zh: `报告格式版本为 ${String(r.version)}，本版本 govcat 只能合并版本 ${VERIFY_REPORT_VERSION}`, en: `report format version ${String(r.version)}; this govcat merges version ${VERIFY_REPORT_VERSION} only` });
  }
  const bad = (where: string): never => {
    throw new InputError(file, { zh: `${where} 不符合 govcat verify 报告的格式（schemas/verify-report.schema.json）`, en: `${where} does not have the shape of a govcat verify report (schemas/verify-report.schema.json)` });
  };
  const shard = r.shard === undefined ? undefined : _shard(r.shard) ?? bad('shard');
  const received = r.received === undefined ? undefined : typeof r.received === 'string' ? r.received : bad('received');
  const keys = r.keys === undefined ? undefined : r.keys === 'registry' || r.keys === 'folder' ? r.keys : bad('keys');
  const bundles = r.bundles.map((b, i) => _bundle(b) ?? bad(`bundles[${i}]`));
  return { file, asOf: r.asOf, ...(received !== undefined ? { received } : {}), ...(shard ? { shard } : {}), ...(keys ? { keys } : {}), bundles };
}

/**
 * The parts as one run: all N shards of one batch (or unsharded reports, in the order given), the same dates, no bundle
 * twice; rows in the batch's order and the cross-bundle findings computed again over every bundle.
 */
export function mergeParts(parts: readonly VerifyPart[]): MergedBatch {
  const first = parts[0];
  for (const p of parts) {
    if (p.asOf !== first.asOf || p.received !== first.received) {
      const date = (q: VerifyPart) => (q.received ? `${q.asOf} / ${q.received}` : q.asOf);
      throw new InputError(p.file, { zh: `核验基准日或收到日期（${date(p)}）与 ${first.file}（${date(first)}）不同；各分片须用相同的 --as-of 和 --received 核验`, en: `checked as of / received ${date(p)}, but ${first.file} ${date(first)}; every shard must be verified with the same --as-of and --received` });
    }
  }
  const total = _shardsOfOneBatch(parts);
  _noBundleTwice(parts);
  const rows = total === undefined ? parts.flatMap((p) => p.bundles.map((b) => b.summary)) : _byPosition(parts, total);
  const keys = parts.some((p) => p.keys === 'folder') ? 'folder' : parts.some((p) => p.keys === 'registry') ? 'registry' : undefined;
  return { asOf: first.asOf, ...(first.received !== undefined ? { received: first.received } : {}), ...(keys ? { keys } : {}), bundles: crossCheck(rows.map(_withoutCross)) };
}

// --- internal ---

const CROSS = new Set(crossRules.map((r) => r.id));
const SEVERITIES = new Set(['error', 'warning', 'info']);
const SIGNATURES = new Set<string>(SIGNATURE_STATES);

/** The size of the whole batch when the parts are all N shards of it, each once; undefined when no part is a shard. */
function _shardsOfOneBatch(parts: readonly VerifyPart[]): number | undefined {
  const sharded = parts.filter((p) => p.shard);
  if (!sharded.length) return undefined;
  if (sharded.length < parts.length) {
    const plain = parts.find((p) => !p.shard)!;
    throw new InputError(plain.file, { zh: `不是分片报告（没有 shard），不能与 ${sharded[0].file} 等分片报告合并`, en: `not a shard's report (no shard), so it cannot be merged with shard reports such as ${sharded[0].file}` });
  }
  const { count, bundles: total } = sharded[0].shard!;
  const byIndex = new Map<number, string>();
  for (const p of parts) {
    const s = p.shard!;
    if (s.count !== count || s.bundles !== total) {
      throw new InputError(p.file, { zh: `分片 ${s.index}/${s.count}（共 ${s.bundles} 个报送包）与 ${parts[0].file} 的 ${parts[0].shard!.index}/${count}（共 ${total} 个）不属于同一批次`, en: `shard ${s.index}/${s.count} of ${s.bundles} bundles is not of the same batch as ${parts[0].file}, shard ${parts[0].shard!.index}/${count} of ${total}` });
    }
    const twice = byIndex.get(s.index);
    if (twice !== undefined) throw new InputError(p.file, { zh: `分片 ${s.index}/${count} 已由 ${twice} 给出`, en: `shard ${s.index}/${count} is already given by ${twice}` });
    byIndex.set(s.index, p.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length) {
    const list = missing.map((k) => `${k}/${count}`).join(', ');
    throw new InputError(parts[0].file, { zh: `缺少分片 ${list}；合并须包含全部 ${count} 个分片的报告`, en: `shard ${list} missing; a merge takes the reports of all ${count} shards` });
  }
  return total;
}

/** The shards' bundles in the batch's order: positions 0…total-1, each once. */
function _byPosition(parts: readonly VerifyPart[], total: number): BundleSummary[] {
  const rows: (BundleSummary | undefined)[] = new Array(total);
  for (const p of parts) {
    for (const { summary, position } of p.bundles) {
      if (position >= total || rows[position]) {
        throw new InputError(p.file, { zh: `报送包“${summary.bundle}”的位置 ${position} 与其他分片冲突：各分片核验的不是同一组报送包`, en: `bundle "${summary.bundle}" at position ${position} clashes with another shard's: the shards did not verify the same list of bundles` });
      }
      rows[position] = summary;
    }
  }
  const hole = rows.findIndex((r) => !r);
  if (hole >= 0 || rows.length !== total) {
    throw new InputError(parts[0].file, { zh: `各分片合计不足 ${total} 个报送包（缺少位置 ${hole}）：各分片核验的不是同一组报送包`, en: `the shards hold fewer than ${total} bundles (position ${hole} missing): they did not verify the same list of bundles` });
  }
  return rows as BundleSummary[];
}

function _noBundleTwice(parts: readonly VerifyPart[]): void {
  const seen = new Map<string, string>();
  for (const p of parts) {
    for (const { summary } of p.bundles) {
      const other = seen.get(summary.bundle);
      if (other !== undefined) throw new InputError(p.file, { zh: `报送包“${summary.bundle}”也在 ${other} 中；同一报送包只能出现在一个分片里`, en: `bundle "${summary.bundle}" is also in ${other}; a bundle belongs to one shard only` });
      seen.set(summary.bundle, p.file);
    }
  }
}

/** A part's bundle before its cross-bundle findings, which were of that part alone: the merge computes them again. */
function _withoutCross(s: BundleSummary): BundleSummary {
  const cross = s.findings.filter((f) => CROSS.has(f.ruleId));
  if (!cross.length) return s;
  const count = (sev: Severity) => cross.filter((f) => f.severity === sev).length;
  const errors = s.errors - count('error');
  return { ...s, findings: s.findings.filter((f) => !CROSS.has(f.ruleId)), errors, warnings: s.warnings - count('warning'), infos: s.infos - count('info'), status: errors > 0 ? 'failed' : 'passed' };
}

function _bundle(value: unknown): { summary: BundleSummary; position: number } | undefined {
  const b = _object(value);
  if (!b || typeof b.bundle !== 'string' || !_count(b.position) || (b.status !== 'passed' && b.status !== 'failed') || !SIGNATURES.has(b.signature as string)) return undefined;
  if (!_count(b.errors) || !_count(b.warnings) || !_count(b.infos) || !Array.isArray(b.findings)) return undefined;
  const texts = ['department', 'departmentCode', 'catalogueId', 'version', 'profile'] as const;
  if (texts.some((k) => b[k] !== undefined && typeof b[k] !== 'string')) return undefined;
  const findings = b.findings.map(_finding);
  if (findings.some((f) => !f)) return undefined;
  const entries = b.entries === undefined ? undefined : Array.isArray(b.entries) ? b.entries.map(_entry) : [undefined];
  if (entries?.some((e) => !e)) return undefined;
  const summary: BundleSummary = {
    bundle: b.bundle,
    status: b.status,
    ...Object.fromEntries(texts.filter((k) => b[k] !== undefined).map((k) => [k, b[k]])),
    signature: b.signature as BundleSummary['signature'],
    errors: b.errors as number,
    warnings: b.warnings as number,
    infos: b.infos as number,
    findings: findings as Finding[],
    ...(entries ? { entries: entries as NonNullable<BundleSummary['entries']> } : {}),
  };
  return { summary, position: b.position as number };
}

function _finding(value: unknown): Finding | undefined {
  const f = _object(value);
  if (!f || typeof f.ruleId !== 'string' || typeof f.messageId !== 'string' || !SEVERITIES.has(f.severity as string)) return undefined;
  const message = _bilingual(f.messages);
  const positions = [f.line, f.column, f.endLine, f.endColumn];
  if (!message || typeof f.file !== 'string' || typeof f.path !== 'string' || !positions.every(_count) || !Array.isArray(f.articles)) return undefined;
  if (f.entryId !== undefined && typeof f.entryId !== 'string') return undefined;
  const articles = f.articles.map(_article);
  if (articles.some((a) => !a)) return undefined;
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity as Severity,
    articles: articles as ArticleRef[],
    message,
    file: f.file,
    path: f.path,
    line: f.line as number,
    column: f.column as number,
    endLine: f.endLine as number,
    endColumn: f.endColumn as number,
    ...(f.entryId !== undefined ? { entryId: f.entryId } : {}),
  };
}

/** An article back from its JSON form; `named` (the Decree named under another text's profile) shows only in its label. */
function _article(value: unknown): ArticleRef | undefined {
  const a = _object(value);
  const label = _bilingual(a?.label);
  if (!a || !label || typeof a.source !== 'string' || !_count(a.article)) return undefined;
  if ((a.paragraph !== undefined && !_count(a.paragraph)) || (a.item !== undefined && !_count(a.item))) return undefined;
  const ref = { source: a.source, article: a.article, ...(a.paragraph !== undefined ? { paragraph: a.paragraph } : {}), ...(a.item !== undefined ? { item: a.item } : {}) } as ArticleRef;
  const named = cite(ref, true);
  return ref.source === 'decree-809' && named.zh === label.zh && named.en === label.en ? { ...ref, named: true } : ref;
}

function _entry(value: unknown): NonNullable<BundleSummary['entries']>[number] | undefined {
  const e = _object(value);
  if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !Array.isArray(e.items) || !e.items.every((i) => typeof i === 'string')) return undefined;
  return { id: e.id, name: e.name, items: e.items as string[] };
}

function _shard(value: unknown): VerifyPart['shard'] {
  const s = _object(value);
  if (!s || !_count(s.index) || !_count(s.count) || !_count(s.bundles) || s.index < 1 || s.index > s.count) return undefined;
  return { index: s.index, count: s.count, bundles: s.bundles };
}

function _bilingual(value: unknown): Bilingual | undefined {
  const b = _object(value);
  return b && typeof b.zh === 'string' && typeof b.en === 'string' ? { zh: b.zh, en: b.en } : undefined;
}

function _object(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function _count(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** Line and column of a JSON.parse error: "(line L column C)" (Node 21+), else where a plain scan first fails (Node 20). */
function _jsonPosition(text: string, message: string): [number | undefined, number | undefined] {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return [Number(lc[1]), Number(lc[2])];
  let offset: number | undefined;
  try {
    offset = _jsonErrorOffset(text);
  } catch {
    return [undefined, undefined];
  }
  if (offset === undefined) return [undefined, undefined];
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/** The offset of the first character that cannot continue a JSON text (its end when the text stops short). */
function _jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (/[ \t\r\n]/.test(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const lit = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail();
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          lit(STRING);
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return lit(STRING);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return lit(NUMBER);
    lit(/true|false|null/y);
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
