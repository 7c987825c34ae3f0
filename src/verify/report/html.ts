// One self-contained HTML page for a batch: summary table, findings by rule and by department as SVG charts, each bundle's findings expandable.
import { createHash } from 'node:crypto';
import { SEVERITY_LABEL, TEXT, articleLabel } from '../../formatters/_shared.js';
import { SIGNATURE_TEXT, VERIFY_TEXT, batchCounts, batchSummaryText, findingWhere, type BatchCounts, type VerifyReportContext } from './index.js';
import { barChart, escapeHtml as e, topBars, type Bar } from './svg.js';
import type { Finding, Locale } from '../../core/types.js';
import type { BundleSummary } from '../types.js';

export default function html(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const c = batchCounts(bundles);
  // No network and nothing injected can run: the policy admits only this page's own style and script, by hash.
  const csp = `default-src 'none'; style-src '${_hash(STYLE)}'; script-src '${_hash(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${ctx.locale === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(t('title'))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    _header(c, ctx),
    _summaryTable(bundles, ctx),
    _charts(bundles, ctx),
    `<section id="details"><h2>${e(t('bundles'))}</h2>${bundles.map((b, i) => _details(b, i, ctx)).join('\n')}</section>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// --- internal ---

function _header(c: BatchCounts, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const count = (key: keyof BatchCounts, label: string) => `<div class="count ${key}"><dt>${e(label)}</dt><dd data-count="${key}">${c[key]}</dd></div>`;
  const dates = [`${t('asOf')}: ${ctx.asOf}`, ...(ctx.received ? [`${t('received')}: ${ctx.received}`] : []), `${t('generatedBy')}: govcat ${ctx.toolVersion}`];
  return [
    `<header><h1>${e(t('title'))}</h1><p class="meta">${e(dates.join(' · '))}</p>`,
    `<dl class="counts">${count('bundles', t('bundles'))}${count('passed', t('passed'))}${count('failed', t('failed'))}${count('errors', t('errors'))}${count('warnings', t('warnings'))}</dl>`,
    `<p class="summary">${e(batchSummaryText(c, ctx.locale))}</p></header>`,
  ].join('\n');
}

function _summaryTable(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const head = [t('bundle'), t('department'), t('catalogue'), t('version'), t('signature'), t('status'), t('errors'), t('warnings')];
  const rows = bundles.map((b, i) => {
    const cells = [
      `<a href="#bundle-${i}">${e(b.bundle)}</a>`,
      e(b.department ?? ''),
      e(b.catalogueId ?? ''),
      e(b.version ?? ''),
      e(SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature),
      `<span class="status ${b.status}">${e(VERIFY_TEXT[b.status][ctx.locale])}</span>`,
      String(b.errors),
      String(b.warnings),
    ];
    return `<tr class="${b.status}">${cells.map((cell, k) => `<td${k >= 6 ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`;
  });
  const filter = `<label class="filter"><input type="checkbox" id="failed-only"> ${e(t('failedOnly'))}</label>`;
  return `<section id="summary">${filter}<table class="bundles"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
}

function _charts(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const byRule = _group(bundles, (_, f) => f.ruleId);
  const byDepartment = _group(bundles, (b) => b.department?.trim() || t('unknownDepartment'));
  const severities = { error: SEVERITY_LABEL.error[ctx.locale], warning: SEVERITY_LABEL.warning[ctx.locale], info: SEVERITY_LABEL.info[ctx.locale] };
  const figure = (id: string, caption: string, bars: Bar[]) =>
    `<figure id="${id}"><figcaption>${e(caption)}</figcaption>${barChart(topBars(bars, MAX_BARS, t('others')), caption, t('noFindings'), severities)}</figure>`;
  const legend = `<p class="legend">${(['error', 'warning', 'info'] as const).map((s) => `<span class="key ${s}"></span>${e(SEVERITY_LABEL[s][ctx.locale])}`).join(' ')}</p>`;
  return `<section id="charts">${legend}${figure('chart-rules', t('findingsByRule'), byRule)}${figure('chart-departments', t('findingsByDepartment'), byDepartment)}</section>`;
}

/** Findings counted by severity under the key each finding maps to. */
function _group(bundles: BundleSummary[], key: (b: BundleSummary, f: Finding) => string): Bar[] {
  const bars = new Map<string, Bar>();
  for (const b of bundles) {
    for (const f of b.findings) {
      const label = key(b, f);
      const bar = bars.get(label) ?? bars.set(label, { label, counts: { error: 0, warning: 0, info: 0 } }).get(label)!;
      bar.counts[f.severity]++;
    }
  }
  return [...bars.values()];
}

function _details(b: BundleSummary, i: number, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const what = [b.department, b.catalogueId, b.version].filter((x) => x !== undefined && x !== '').join(' · ');
  const counts = `${t('errors')} ${b.errors} · ${t('warnings')} ${b.warnings} · ${t('infos')} ${b.infos}`;
  const summary = `<summary><span class="status ${b.status}">${e(VERIFY_TEXT[b.status][ctx.locale])}</span> <code>${e(b.bundle)}</code> ${e(what)} <span class="counts">${e(counts)}</span></summary>`;
  const facts = [
    [t('departmentCode'), b.departmentCode],
    [t('profile'), b.profile],
    [t('signature'), SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature],
  ].filter(([, v]) => v !== undefined && v !== '');
  const dl = `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k!)}</dt><dd>${e(v!)}</dd>`).join('')}</dl>`;
  const body = b.findings.length ? _findingTable(b.findings, b.bundle, ctx.locale) : `<p class="empty">${e(t('noFindings'))}</p>`;
  return `<details id="bundle-${i}" class="${b.status}">${summary}${dl}${body}</details>`;
}

function _findingTable(findings: Finding[], bundle: string, locale: Locale): string {
  const head = [TEXT.severity, TEXT.rule, TEXT.article, TEXT.file, TEXT.message].map((h) => h[locale]);
  const rows = findings.map((f) => {
    const where = findingWhere(f, bundle);
    const cells = [`<span class="sev ${f.severity}">${e(SEVERITY_LABEL[f.severity][locale])}</span>`, `<code>${e(f.ruleId)}</code>`, e(articleLabel(f.articles, locale)), e(where), e(f.message[locale])];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table class="findings"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function _hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const MAX_BARS = 15;

const STYLE = `
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--ok:#2e7d32;--line:#ddd;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#222;line-height:1.45}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}
.meta{color:#666;margin:.2rem 0 1rem}
dl.counts{display:flex;gap:1rem;margin:0;flex-wrap:wrap}
.count{border:1px solid var(--line);border-radius:6px;padding:.4rem .9rem;min-width:6rem}
.count dt{font-size:.8rem;color:#666}.count dd{margin:0;font-size:1.6rem;font-weight:600}
.count.failed dd,.count.errors dd{color:var(--error)}.count.passed dd{color:var(--ok)}.count.warnings dd{color:var(--warning)}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f6f6f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
.status{font-weight:600}.status.passed{color:var(--ok)}.status.failed{color:var(--error)}
.sev{white-space:nowrap}.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.filter{display:block;margin:1rem 0 .3rem}
body.failed-only tr.passed,body.failed-only details.passed{display:none}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
.chart{max-width:100%;height:auto}.chart text{font-size:12px;fill:#333}
.bar.error,.key.error{fill:var(--error);background:var(--error)}.bar.warning,.key.warning{fill:var(--warning);background:var(--warning)}.bar.info,.key.info{fill:var(--info);background:var(--info)}
.key{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:middle}
details{border:1px solid var(--line);border-radius:6px;margin:.4rem 0;padding:.3rem .8rem}
details>summary{cursor:pointer}details .counts{color:#666;font-size:.85rem;margin-left:.5rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.85rem}dl.facts dd{margin:0}
.empty{color:#666}
`;

// Filters the page to failed bundles, and opens a bundle's details when its row link is followed.
const SCRIPT = `
(function(){
  var box=document.getElementById('failed-only');
  box.addEventListener('change',function(){document.body.classList.toggle('failed-only',box.checked);});
  function openTarget(){var id=decodeURIComponent(location.hash.slice(1));var d=id&&document.getElementById(id);if(d&&d.tagName==='DETAILS'){d.open=true;}}
  window.addEventListener('hashchange',openTarget);openTarget();
})();
`;
