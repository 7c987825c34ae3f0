// Terminal summary of a batch: one row per bundle (CJK-aware columns, signature in words), then the findings of the failed
// bundles and, with showWarnings, the warnings of the passed ones. Cut to the terminal's width only on a terminal.
import { SEVERITY_LABEL, articleLabel } from '../../formatters/_shared.js';
import { displayWidth, stripControls, truncateDisplay } from '../../formatters/_text.js';
import { SIGNATURE_TEXT, UNBOUND_KEYS_TEXT, VERIFY_TEXT, batchCounts, batchSummaryText, findingWhere, type VerifyReportContext } from './index.js';
import type { Finding, Severity } from '../../core/types.js';
import type { BundleSummary } from '../types.js';

export default function table(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const c = batchCounts(bundles);
  if (!bundles.length) return `${t('noBundles')}\n`;
  const head = [t('bundle'), t('department'), t('catalogue'), t('version'), t('signature'), t('status'), t('errors'), t('warnings')];
  const rows = bundles.map((b) => [
    b.bundle, b.department ?? '', b.catalogueId ?? '', b.version ?? '',
    SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature,
    VERIFY_TEXT[b.status][ctx.locale], String(b.errors), String(b.warnings),
  ].map((cell) => stripControls(String(cell))));
  const fitted = ctx.width ? fitColumns(head, rows, ctx.width, SHRINKABLE) : rows;
  const paint = (r: number, col: number, s: string) => (r < 0 ? _sgr(ctx.color, 1, 22)(s) : col === STATUS ? _sgr(ctx.color, bundles[r].status === 'passed' ? 32 : 31, 39)(s) : s);
  const lines = _align(head, fitted, paint, NUMERIC);
  const section = (title: string, list: { b: BundleSummary; findings: Finding[] }[]) =>
    list.length ? `\n${_sgr(ctx.color, 1, 22)(title)}\n\n${list.map(({ b, findings }) => _findings(b, findings, ctx)).join('\n')}` : '';
  const failed = bundles.filter((b) => b.status === 'failed' && b.findings.length).map((b) => ({ b, findings: b.findings }));
  const warned = ctx.showWarnings
    ? bundles.filter((b) => b.status === 'passed').map((b) => ({ b, findings: b.findings.filter((f) => f.severity === 'warning') })).filter((x) => x.findings.length)
    : [];
  const unbound = ctx.keys === 'folder' ? `\n${_sgr(ctx.color, TONE.warning, 39)(`⚠ ${UNBOUND_KEYS_TEXT[ctx.locale]}`)}\n` : '';
  const tone = _sgr(ctx.color, c.failed ? 31 : 32, 39);
  return `${lines.join('\n')}\n${section(t('findingsOfFailed'), failed)}${section(t('warningsOfPassed'), warned)}${unbound}\n${_sgr(ctx.color, 1, 22)(tone(`${c.failed ? '✖' : '✔'} ${batchSummaryText(c, ctx.locale)}`))}\n`;
}

/**
 * Cells cut so that the aligned table fits `width` display columns: the widest shrinkable column gives up a column at a
 * time, down to MIN_CELL; bundle paths keep their end, where the name is. Rows too wide even then stay as they are.
 */
export function fitColumns(head: readonly string[], rows: readonly string[][], width: number, shrinkable: ReadonlyMap<number, { keepEnd: boolean }>): string[][] {
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[k]))));
  let total = widths.reduce((a, w) => a + w, 0) + GAP * (widths.length - 1);
  while (total > width) {
    let widest = -1;
    for (const k of shrinkable.keys()) if (widths[k] > MIN_CELL && (widest < 0 || widths[k] > widths[widest])) widest = k;
    if (widest < 0) break;
    widths[widest]--;
    total--;
  }
  return rows.map((row) => row.map((cell, k) => (shrinkable.has(k) ? _cut(cell, widths[k], shrinkable.get(k)!.keepEnd) : cell)));
}

// --- internal ---

const GAP = 2;
const MIN_CELL = 8;
const STATUS = 5;
const NUMERIC = new Set([6, 7]);
/** Bundle, department, catalogue and signature give way on a narrow terminal; version, status and counts never. */
const SHRINKABLE = new Map([[0, { keepEnd: true }], [1, { keepEnd: false }], [2, { keepEnd: false }], [4, { keepEnd: false }]]);
/** Where a finding is, on a terminal: at most this wide (the message after it runs on). */
const WHERE_ON_TERMINAL = 48;
const TONE: Record<Severity, number> = { error: 31, warning: 33, info: 34 };

function _cut(text: string, max: number, keepEnd: boolean): string {
  if (!keepEnd || displayWidth(text) <= max) return truncateDisplay(text, max);
  const reversed = truncateDisplay([...text].reverse().join(''), max);
  return [...reversed].reverse().join('');
}

/** A bundle's findings under its name: severity, where inside the bundle, rule and article, message last (long). */
function _findings(b: BundleSummary, findings: Finding[], ctx: VerifyReportContext): string {
  const rows = findings.map((f) => {
    const where = stripControls(findingWhere(f, b.bundle));
    const cited = f.articles.length ? ` (${articleLabel(f.articles, ctx.locale)})` : '';
    return [SEVERITY_LABEL[f.severity][ctx.locale], ctx.width ? _cut(where, WHERE_ON_TERMINAL, false) : where, `${f.ruleId}${cited}`, stripControls(f.message[ctx.locale])];
  });
  const paint = (r: number, col: number, s: string) => (r < 0 ? s : col === 0 ? _sgr(ctx.color, TONE[findings[r].severity], 39)(s) : col === 2 ? _sgr(ctx.color, 2, 22)(s) : s);
  // Rows only, no header: indent them under the bundle's name.
  const lines = _align(['', '', '', ''], rows, paint, new Set()).slice(1).map((l) => `  ${l}`);
  return `${_sgr(ctx.color, 4, 24)(stripControls(b.bundle))}\n${lines.join('\n')}\n`;
}

function _align(head: string[], rows: string[][], paint: (r: number, col: number, s: string) => string, numeric: ReadonlySet<number>): string[] {
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[k]))));
  const line = (cells: string[], r: number) =>
    cells
      .map((cell, k) => {
        const pad = ' '.repeat(widths[k] - displayWidth(cell));
        // Colour goes around the text, never the padding; counts are right-aligned.
        return numeric.has(k) ? pad + paint(r, k, cell) : paint(r, k, cell) + pad;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(head, -1), ...rows.map(line)];
}

function _sgr(on: boolean, open: number, close: number): (s: string) => string {
  return (s) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
}
