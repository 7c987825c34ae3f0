// Horizontal bar charts for the HTML report: HTML rows whose bars are inline SVG. No chart library, no script, every label escaped.
// Labels are HTML text, not SVG text, so the browser wraps them by the page's language: no truncation, no clipped CJK.
import { stripControls } from '../../formatters/_text.js';
import type { Severity } from '../../core/types.js';

export interface Bar {
  label: string;
  /** A tooltip saying what the label stands for (a rule's id). */
  hint?: string;
  /** Stacked segments, drawn in this order; zero counts draw nothing. */
  counts: Record<Severity, number>;
  /** Set on a row that folds this many bars together: it draws no bar, since a sum over several is no one's count. */
  folded?: number;
}

/** Text for HTML/SVG element content and double- or single-quoted attribute values; control characters dropped. */
export function escapeHtml(text: string): string {
  return stripControls(String(text), { keepNewlines: true }).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface ChartOptions {
  /**
   * Each severity's rows under their own heading and on their own scale: a few errors stay visible beside hundreds of
   * warnings (for charts whose bars are mostly of one severity each, as rules are).
   */
  bySeverity?: boolean;
}

/** A chart of one row per bar (stacked by severity, `severities` naming them in the report's language); `caption` names it for screen readers. */
export function barChart(bars: Bar[], caption: string, emptyText: string, severities: Record<Severity, string>, opts: ChartOptions = {}): string {
  if (!bars.length) return `<p class="empty">${escapeHtml(emptyText)}</p>`;
  const groups: [Severity | undefined, Bar[]][] = opts.bySeverity ? SEVERITIES.map((s): [Severity, Bar[]] => [s, bars.filter((b) => gravest(b.counts) === s)]).filter(([, g]) => g.length) : [[undefined, bars]];
  const bodies = groups.map(([s, group]) => {
    const max = Math.max(...group.filter((b) => !b.folded).map(_total), 1);
    const head = s ? `<tr class="group"><th colspan="3" scope="rowgroup"><span class="key ${s}"></span>${escapeHtml(severities[s])}</th></tr>` : '';
    return `<tbody>${head}${group.map((b) => _row(b, max, severities)).join('')}</tbody>`;
  });
  // Column widths come from the <col>s: the fixed layout would otherwise take them from a heading row's single cell.
  return `<table class="chart" aria-label="${escapeHtml(caption)}"><colgroup><col class="label"><col class="bar"><col class="num"></colgroup>${bodies.join('')}</table>`;
}

/**
 * The bars in reading order: errors first (a bar ranks by its gravest severity, then by that count, then by its total).
 * Beyond `limit` rows the rest of each severity is folded into one row, named by `others(bars, findings, severity)`;
 * each severity shows at least its largest bar, and a single leftover bar is shown rather than folded.
 */
export function topBars(bars: Bar[], limit: number, others: (folded: number, findings: number, severity: Severity) => string): Bar[] {
  const sorted = [...bars].sort(_byGravity);
  const out: Bar[] = [];
  for (const s of SEVERITIES) {
    const all = sorted.filter((b) => gravest(b.counts) === s);
    // Each severity keeps at least its largest bar: folding it away would hide the biggest cause of its kind.
    const shown = all.slice(0, Math.max(1, limit - out.length));
    const rest = all.slice(shown.length);
    out.push(...shown);
    if (rest.length === 1) out.push(rest[0]);
    if (rest.length > 1) {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const b of rest) for (const k of SEVERITIES) counts[k] += b.counts[k];
      out.push({ label: others(rest.length, counts.error + counts.warning + counts.info, s), counts, folded: rest.length });
    }
  }
  return out;
}

/** The gravest severity with a non-zero count (info when all are zero). */
export function gravest(counts: Record<Severity, number>): Severity {
  return SEVERITIES.find((s) => counts[s] > 0) ?? 'info';
}

// --- internal ---

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** The bar's drawing box; the SVG stretches it to the cell's width. */
const SPAN = 1000;
const BAR_HEIGHT = 14;

function _total(b: Bar): number {
  return b.counts.error + b.counts.warning + b.counts.info;
}

function _byGravity(a: Bar, b: Bar): number {
  const ga = gravest(a.counts);
  const gb = gravest(b.counts);
  return SEVERITIES.indexOf(ga) - SEVERITIES.indexOf(gb) || b.counts[gb] - a.counts[ga] || _total(b) - _total(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

function _row(b: Bar, max: number, severities: Record<Severity, string>): string {
  const parts = SEVERITIES.filter((s) => b.counts[s]).map((s) => `${b.counts[s]} ${severities[s]}`);
  const hint = b.hint ? ` title="${escapeHtml(b.hint)}"` : '';
  const label = `<th scope="row"${hint}>${escapeHtml(b.label)}</th>`;
  const value = `<td class="num">${_total(b)}</td>`;
  if (b.folded) return `<tr class="folded">${label}<td class="bar">${escapeHtml(SEVERITIES.filter((s) => b.counts[s]).map((s) => `${severities[s]} ${b.counts[s]}`).join(' · '))}</td>${value}</tr>`;
  let x = 0;
  let rects = '';
  for (const s of SEVERITIES) {
    if (!b.counts[s]) continue;
    const w = Math.max(2, (b.counts[s] / max) * SPAN);
    rects += `<rect class="bar ${s}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${b.label}: ${b.counts[s]} ${severities[s]}`)}</title></rect>`;
    x += w;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SPAN} ${BAR_HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(parts.join(', '))}">${rects}</svg>`;
  return `<tr>${label}<td class="bar">${svg}</td>${value}</tr>`;
}
