// Terminal summary of a batch: one row per bundle (CJK-aware columns), then the findings of the failed bundles grouped by bundle.
import { SEVERITY_LABEL, articleLabel } from '../../formatters/_shared.js';
import { displayWidth, stripControls, truncateDisplay } from '../../formatters/_text.js';
import { VERIFY_TEXT, batchCounts, batchSummaryText, findingWhere, type VerifyReportContext } from './index.js';
import type { Severity } from '../../core/types.js';
import type { BundleSummary } from '../types.js';

export default function table(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const c = batchCounts(bundles);
  if (!bundles.length) return `${t('noBundles')}\n`;
  const head = [t('bundle'), t('department'), t('catalogue'), t('version'), t('status'), t('errors'), t('warnings')];
  const rows = bundles.map((b) => [
    _cell(b.bundle, MAX.bundle, true),
    _cell(b.department ?? '', MAX.department),
    _cell(b.catalogueId ?? '', MAX.catalogue),
    _cell(b.version ?? '', MAX.version),
    VERIFY_TEXT[b.status][ctx.locale],
    String(b.errors),
    String(b.warnings),
  ]);
  const paint = (r: number, col: number, s: string) => (r < 0 ? _sgr(ctx.color, 1, 22)(s) : col === 4 ? _sgr(ctx.color, bundles[r].status === 'passed' ? 32 : 31, 39)(s) : s);
  const lines = _align(head, rows, paint, NUMERIC);
  const failed = bundles.filter((b) => b.status === 'failed' && b.findings.length);
  const details = failed.length ? `\n${_sgr(ctx.color, 1, 22)(t('findingsOfFailed'))}\n\n${failed.map((b) => _findings(b, ctx)).join('\n')}` : '';
  const tone = _sgr(ctx.color, c.failed ? 31 : 32, 39);
  return `${lines.join('\n')}\n${details}\n${_sgr(ctx.color, 1, 22)(tone(`${c.failed ? '✖' : '✔'} ${batchSummaryText(c, ctx.locale)}`))}\n`;
}

// --- internal ---

/** Display columns a cell may take; longer text is cut with "…" (bundle paths keep their end, where the name is). */
const MAX = { bundle: 48, department: 24, catalogue: 24, version: 12, where: 48 };
const NUMERIC = new Set([5, 6]);
const TONE: Record<Severity, number> = { error: 31, warning: 33, info: 34 };

function _cell(text: string, max: number, keepEnd = false): string {
  const clean = stripControls(String(text));
  if (!keepEnd || displayWidth(clean) <= max) return truncateDisplay(clean, max);
  const reversed = truncateDisplay([...clean].reverse().join(''), max);
  return [...reversed].reverse().join('');
}

/** A failed bundle's findings under its name: severity, where inside the bundle, rule and article, message last (long). */
function _findings(b: BundleSummary, ctx: VerifyReportContext): string {
  const rows = b.findings.map((f) => {
    const where = findingWhere(f, b.bundle);
    const cited = f.articles.length ? ` (${articleLabel(f.articles, ctx.locale)})` : '';
    return [SEVERITY_LABEL[f.severity][ctx.locale], _cell(where, MAX.where), `${f.ruleId}${cited}`, stripControls(f.message[ctx.locale])];
  });
  const paint = (r: number, col: number, s: string) => (r < 0 ? s : col === 0 ? _sgr(ctx.color, TONE[b.findings[r].severity], 39)(s) : col === 2 ? _sgr(ctx.color, 2, 22)(s) : s);
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
      .join('  ')
      .trimEnd();
  return [line(head, -1), ...rows.map(line)];
}

function _sgr(on: boolean, open: number, close: number): (s: string) => string {
  return (s) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
}
