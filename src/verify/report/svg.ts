// Inline SVG horizontal bar charts for the HTML report: no chart library, no script, every label escaped.
import { stripControls, truncateDisplay } from '../../formatters/_text.js';
import type { Severity } from '../../core/types.js';

export interface Bar {
  label: string;
  /** Stacked segments, drawn in this order; zero counts draw nothing. */
  counts: Record<Severity, number>;
}

/** Text for HTML/SVG element content and double- or single-quoted attribute values; control characters dropped. */
export function escapeHtml(text: string): string {
  return stripControls(String(text), { keepNewlines: true }).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A chart of one bar per label (stacked by severity, `severities` naming them in the report's language); `caption` names it for screen readers. */
export function barChart(bars: Bar[], caption: string, emptyText: string, severities: Record<Severity, string>): string {
  if (!bars.length) return `<p class="empty">${escapeHtml(emptyText)}</p>`;
  const max = Math.max(...bars.map(_total));
  const height = PAD * 2 + bars.length * ROW;
  const rows = bars.map((b, i) => _row(b, i, max, severities)).join('');
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(caption)}">${rows}</svg>`;
}

/** Keeps the `limit - 1` largest bars and folds the rest into one bar named `others`. */
export function topBars(bars: Bar[], limit: number, others: string): Bar[] {
  const sorted = [...bars].sort((a, b) => _total(b) - _total(a) || (a.label < b.label ? -1 : 1));
  if (sorted.length <= limit) return sorted;
  const rest = sorted.slice(limit - 1);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const b of rest) for (const s of SEVERITIES) counts[s] += b.counts[s];
  return [...sorted.slice(0, limit - 1), { label: `${others} (${rest.length})`, counts }];
}

// --- internal ---

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const WIDTH = 720;
const LABEL = 260;
const VALUE = 56;
const ROW = 24;
const BAR_HEIGHT = 16;
const PAD = 6;

function _total(b: Bar): number {
  return b.counts.error + b.counts.warning + b.counts.info;
}

function _row(b: Bar, i: number, max: number, severities: Record<Severity, string>): string {
  const y = PAD + i * ROW;
  const span = WIDTH - LABEL - VALUE;
  let x = LABEL;
  let rects = '';
  for (const s of SEVERITIES) {
    if (!b.counts[s]) continue;
    const w = Math.max(1, (b.counts[s] / max) * span);
    rects += `<rect class="bar ${s}" x="${x.toFixed(1)}" y="${y + (ROW - BAR_HEIGHT) / 2}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${b.label}: ${b.counts[s]} ${severities[s]}`)}</title></rect>`;
    x += w;
  }
  const label = `<text class="label" x="${LABEL - 8}" y="${y + ROW / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(truncateDisplay(b.label, 34))}<title>${escapeHtml(b.label)}</title></text>`;
  const value = `<text class="value" x="${(x + 6).toFixed(1)}" y="${y + ROW / 2}" dominant-baseline="middle">${_total(b)}</text>`;
  return `<g>${label}${rects}${value}</g>`;
}
