// One self-contained HTML page for a batch: summary table with each failed bundle's main problems, findings by rule and by
// department as bar charts, each bundle's findings (a failed bundle's open).
import { createHash } from 'node:crypto';
import { SEVERITY_LABEL, TEXT, articleLabel } from '../../formatters/_shared.js';
import { SIGNATURE_TEXT, VERIFY_TEXT, batchCounts, batchSummaryText, findingWhere, moreRulesText, othersText, reasonCount, ruleTitles, topReasons, SEVERITY_RANK, type BatchCounts, type VerifyReportContext } from './index.js';
import { barChart, escapeHtml as e, topBars, type Bar } from './svg.js';
import type { Finding, Locale } from '../../core/types.js';
import type { BundleSummary } from '../types.js';

export default function html(bundles: BundleSummary[], ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const c = batchCounts(bundles);
  const title = ruleTitles(ctx.rules, ctx.locale);
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
    _summaryTable(bundles, title, ctx),
    _charts(bundles, title, ctx),
    `<section id="details"><h2>${e(t('bundles'))}</h2>${bundles.map((b, i) => _details(b, i, title, ctx)).join('\n')}</section>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// --- internal ---

/** A rule's title in the report's language, by id. */
type RuleTitle = (ruleId: string) => string;

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

function _summaryTable(bundles: BundleSummary[], title: RuleTitle, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  // Each column's class sizes it (see STYLE): identifiers may break anywhere, words never.
  const columns: [string, keyof typeof VERIFY_TEXT][] = [
    ['bundle', 'bundle'], ['department', 'department'], ['catalogue', 'catalogue'], ['version', 'version'], ['signature', 'signature'],
    ['status', 'status'], ['num', 'errors'], ['num', 'warnings'], ['reasons', 'mainProblems'],
  ];
  const rows = bundles.map((b, i) => {
    const cells = [
      `<a class="token" href="#bundle-${i}">${e(b.bundle)}</a>`,
      e(b.department ?? ''),
      `<span class="token">${e(b.catalogueId ?? '')}</span>`,
      `<span class="token">${e(b.version ?? '')}</span>`,
      e(SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature),
      `<span class="status ${b.status}">${e(VERIFY_TEXT[b.status][ctx.locale])}</span>`,
      String(b.errors),
      String(b.warnings),
      b.status === 'failed' ? _reasons(b, title, ctx.locale) : '',
    ];
    return `<tr class="${b.status}">${cells.map((cell, k) => `<td class="${columns[k][0]}">${cell}</td>`).join('')}</tr>`;
  });
  const head = columns.map(([cls, key]) => `<th class="${cls}">${e(t(key))}</th>`).join('');
  const filter = `<label class="filter"><input type="checkbox" id="failed-only"> ${e(t('failedOnly'))}</label>`;
  return `<section id="summary">${filter}<table class="bundles"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
}

/** The top reasons a bundle failed, errors first; the rule id is the tooltip of its title. */
function _reasons(b: BundleSummary, title: RuleTitle, locale: Locale): string {
  // Infos are notes, not problems: the reasons are errors, then warnings.
  const { reasons, more } = topReasons(b.findings.filter((f) => f.severity !== 'info'), MAX_REASONS);
  // The count stays on one line with the title's last word.
  const items = reasons.map((r) => `<li class="${r.severity}" title="${e(r.ruleId)}">${e(title(r.ruleId))}<span class="tally">${e(reasonCount(r, locale))}</span></li>`);
  if (more) items.push(`<li class="more">${e(moreRulesText(more, locale))}</li>`);
  return `<ul class="reasons">${items.join('')}</ul>`;
}

function _charts(bundles: BundleSummary[], title: RuleTitle, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const byRule = _group(bundles, (_, f) => f.ruleId).map((b) => ({ ...b, label: title(b.label), hint: b.label }));
  const byDepartment = _group(bundles, (b) => b.department?.trim() || t('unknownDepartment'));
  const severities = { error: SEVERITY_LABEL.error[ctx.locale], warning: SEVERITY_LABEL.warning[ctx.locale], info: SEVERITY_LABEL.info[ctx.locale] };
  // Rules: each severity on its own scale, so that hundreds of warnings do not shrink the errors out of sight.
  // Departments: one scale, a department's bar stacking all its findings.
  const figure = (id: string, kind: 'rules' | 'departments', caption: string, bars: Bar[]) => {
    const shown = topBars(bars, MAX_BARS, (folded, findings, severity) => othersText(kind, folded, findings, severity, ctx.locale));
    return `<figure id="${id}"><figcaption>${e(caption)}</figcaption>${barChart(shown, caption, t('noFindings'), severities, { bySeverity: kind === 'rules' })}</figure>`;
  };
  const legend = `<p class="legend">${(['error', 'warning', 'info'] as const).map((s) => `<span class="key ${s}"></span>${e(SEVERITY_LABEL[s][ctx.locale])}`).join(' ')}</p>`;
  return `<section id="charts">${legend}${figure('chart-rules', 'rules', t('findingsByRule'), byRule)}${figure('chart-departments', 'departments', t('findingsByDepartment'), byDepartment)}</section>`;
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

function _details(b: BundleSummary, i: number, title: RuleTitle, ctx: VerifyReportContext): string {
  const t = (k: keyof typeof VERIFY_TEXT) => VERIFY_TEXT[k][ctx.locale];
  const what = [b.department, b.catalogueId, b.version].filter((x) => x !== undefined && x !== '').join(' · ');
  const counts = `${t('errors')} ${b.errors} · ${t('warnings')} ${b.warnings} · ${t('infos')} ${b.infos}`;
  const summary = `<summary><span class="status ${b.status}">${e(VERIFY_TEXT[b.status][ctx.locale])}</span> <code class="token">${e(b.bundle)}</code> ${e(what)} <span class="counts">${e(counts)}</span></summary>`;
  const facts = [
    [t('departmentCode'), b.departmentCode],
    [t('profile'), b.profile],
    [t('signature'), SIGNATURE_TEXT[b.signature]?.[ctx.locale] ?? b.signature],
  ].filter(([, v]) => v !== undefined && v !== '');
  const dl = `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k!)}</dt><dd>${e(v!)}</dd>`).join('')}</dl>`;
  const body = b.findings.length ? _findingTable(b.findings, b.bundle, title, ctx.locale) : `<p class="empty">${e(t('noFindings'))}</p>`;
  // A failed bundle's reasons are what the reader came for: open; a passed one stays closed.
  return `<details id="bundle-${i}" class="${b.status}"${b.status === 'failed' ? ' open' : ''}>${summary}${dl}${body}</details>`;
}

function _findingTable(findings: Finding[], bundle: string, title: RuleTitle, locale: Locale): string {
  const columns = ['severity', 'rule', 'article', 'file', 'message'] as const;
  // Errors first, as in the bundle table's reasons: what failed the bundle leads (the sort is stable within a severity).
  const rows = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).map((f) => {
    const cells = [
      `<span class="sev ${f.severity}">${e(SEVERITY_LABEL[f.severity][locale])}</span>`,
      `<span title="${e(f.ruleId)}">${e(title(f.ruleId))}</span>`,
      e(articleLabel(f.articles, locale)),
      `<span class="token">${e(findingWhere(f, bundle))}</span>`,
      e(f.message[locale]),
    ];
    return `<tr>${cells.map((c, k) => `<td class="${columns[k]}">${c}</td>`).join('')}</tr>`;
  });
  const head = columns.map((c) => `<th class="${c}">${e(TEXT[c][locale])}</th>`).join('');
  return `<table class="findings"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function _hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Rows per chart before the rest is folded per severity: enough to name what matters, few enough to read at a glance. */
const MAX_BARS = 12;
/** Reasons per failed bundle in the bundle table; its details list them all. */
const MAX_REASONS = 3;

// Line breaking: words and CJK text break only where the language allows (hyphens:auto by the page's lang); long unbroken
// tokens (paths, ids, versions) may break anywhere rather than widen their column. Nothing is clipped.
const STYLE = `
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--ok:#2e7d32;--line:#ddd;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#222;line-height:1.45;word-break:normal;overflow-wrap:break-word}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}
p,td.message{hyphens:auto}
.token{overflow-wrap:anywhere;hyphens:manual}
.meta{color:#666;margin:.2rem 0 1rem}
dl.counts{display:flex;gap:1rem;margin:0;flex-wrap:wrap}
.count{border:1px solid var(--line);border-radius:6px;padding:.4rem .9rem;min-width:6rem}
.count dt{font-size:.8rem;color:#666}.count dd{margin:0;font-size:1.6rem;font-weight:600}
.count.failed dd,.count.errors dd{color:var(--error)}.count.passed dd{color:var(--ok)}.count.warnings dd{color:var(--warning)}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f6f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:1%}
th.status,td.status,th.severity,td.severity,th.signature,td.signature,th.version,ul.reasons .tally{white-space:nowrap}
table.bundles td.bundle{min-width:9em}table.bundles td.department{min-width:7em}table.bundles td.catalogue{min-width:9.5em}table.bundles td.version{min-width:4.5em}table.bundles td.reasons{width:32%}
ul.reasons{margin:0;padding-left:1.1em}ul.reasons li.error::marker{color:var(--error)}ul.reasons li.warning::marker{color:var(--warning)}ul.reasons li.info::marker{color:var(--info)}
ul.reasons li.more{list-style:none;color:#666}
table.findings td.rule{width:22%}table.findings td.file{width:22%}table.findings td.message{width:40%}
.status{font-weight:600}.status.passed{color:var(--ok)}.status.failed{color:var(--error)}
.sev{white-space:nowrap}.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.filter{display:block;margin:1rem 0 .3rem}
body.failed-only tr.passed,body.failed-only details.passed{display:none}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
table.chart{table-layout:fixed}table.chart col.label{width:40%}table.chart col.num{width:4em}table.chart th{background:none;font-weight:normal}table.chart td.bar{padding-top:.45rem}
table.chart svg{display:block;width:100%;height:14px}
table.chart tr.group th{padding-top:.6rem;font-weight:600}table.chart tr.group .key{margin-left:0}table.chart tr.folded th{color:#555}table.chart tr.folded td.bar{color:#666;font-size:.85rem;padding-top:.3rem}
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
