// The checker page: files in, the lint worker's report shown as a summary, a sortable table and the offending place.
// Nothing leaves the tab: the files are read with FileReader-like APIs and handed to a worker made from inline code.
import type { Bilingual, Locale } from '../core/types.js';
import type { AnnotateReply, AnnotateRequest, FileView, LintFailure, LintReply, LintRequest } from './protocol.js';

/** Bigger files are refused before reading: a catalogue is a few megabytes at most, and the tab must stay usable. */
export const MAX_BYTES = 20 * 1024 * 1024;

const T = {
  title: { zh: '政务数据目录检查', en: 'Government data catalogue checker' },
  privacy: { zh: '文件只在本机浏览器中检查，不会上传，也不会保存。', en: 'Files are checked in this browser only: never uploaded, never stored.' },
  pick: { zh: '选择文件（YAML、xlsx、csv）', en: 'Choose files (YAML, xlsx, csv)' },
  drop: { zh: '或将文件拖放到此处', en: 'or drop files here' },
  profile: { zh: '规则配置', en: 'Profile' },
  auto: { zh: '按目录声明（默认国家）', en: 'as the catalogue names (national by default)' },
  asOf: { zh: '检查日期', en: 'As of' },
  lang: { zh: 'English', en: '中文' },
  langLabel: { zh: 'Switch to English', en: '切换到中文' },
  checking: { zh: '正在检查……', en: 'Checking…' },
  done: { zh: '检查完成', en: 'Check complete' },
  summary: { zh: '概览', en: 'Summary' },
  file: { zh: '文件', en: 'File' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  infos: { zh: '提示', en: 'Notes' },
  unreadable: { zh: '无法检查', en: 'Could not be checked' },
  findings: { zh: '问题', en: 'Findings' },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  position: { zh: '位置', en: 'Position' },
  message: { zh: '说明', en: 'Message' },
  article: { zh: '条文', en: 'Article' },
  show: { zh: '查看位置', en: 'Show place' },
  none: { zh: '未发现问题', en: 'No findings' },
  place: { zh: '问题位置', en: 'Where' },
  download: { zh: '下载报告', en: 'Download the report' },
  annotated: { zh: '带问题标注的副本', en: 'annotated copy' },
  tooBig: { zh: '文件过大（超过 20 MB），未检查', en: 'the file is larger than 20 MB and was not checked' },
  crashed: { zh: '检查程序意外停止，已重新启动；请重试或检查文件', en: 'the checker stopped unexpectedly and was restarted; try again or check the file' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
} satisfies Record<string, Bilingual>;

interface _Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  messages: Bilingual;
  articles: { source: string; article: number; label: Bilingual }[];
  file: string;
  line: number;
  column: number;
  /** column as letters (J), as in the JSON report. */
  cell?: { sheet: string; row: number; column: string; ref: string };
}

interface _Report {
  results: { file: string; errorCount: number; warningCount: number; infoCount: number; fatal?: { messages: Bilingual; line?: number; column?: number }; findings: _Finding[] }[];
}

type _SortKey = 'severity' | 'rule' | 'position';

const RANK = { error: 0, warning: 1, info: 2 };

const state = {
  locale: _browserLocale(),
  files: [] as File[],
  reply: undefined as LintReply | undefined,
  refused: [] as string[],
  sort: { key: 'position' as _SortKey, ascending: true },
  selected: -1,
  /** The check whose answer the page waits for; answers to older ones are dropped. */
  request: 0,
  /** Checks shown so far. */
  checks: 0,
};

let lastId = 0;

let worker: Worker | undefined;

/** zh on a Chinese browser (any zh among the preferred languages first met before en), English otherwise. */
export function _browserLocale(): Locale {
  for (const l of navigator.languages ?? [navigator.language]) {
    if (/^zh/i.test(l)) return 'zh';
    if (/^en/i.test(l)) return 'en';
  }
  return 'zh';
}

function t(key: keyof typeof T): string {
  return T[key][state.locale];
}

function $(id: string): HTMLElement {
  return document.getElementById(id)!;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function _worker(): Worker {
  if (worker) return worker;
  const code = $('govcat-worker').textContent ?? '';
  worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  return worker;
}

async function check(): Promise<void> {
  const id = (state.request = ++lastId);
  const big = state.files.filter((f) => f.size > MAX_BYTES);
  state.refused = big.map((f) => f.name);
  const files = state.files.filter((f) => f.size <= MAX_BYTES);
  _status(t('checking'));
  const req: LintRequest = {
    id,
    files: await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
    profile: ($('profile') as HTMLSelectElement).value,
    asOf: ($('as-of') as HTMLInputElement).value,
    locale: state.locale,
  };
  const reply = await _ask<LintReply>(req, req.files.map((f) => f.bytes));
  if (id !== state.request) return;
  if ('error' in reply) {
    state.reply = undefined;
    _render();
    _status(reply.error[state.locale], true);
  } else {
    state.reply = reply;
    state.selected = -1;
    _render();
    _status(t('done'));
  }
  // Which check the page shows: tests and assistive scripts wait on it.
  document.body.dataset.checked = String(++state.checks);
}

/** One request to the worker and its answer; a worker that dies (out of memory on a hostile file) is replaced. */
function _ask<R extends { id: number }>(message: { id: number }, transfer: Transferable[] = []): Promise<R | LintFailure> {
  const w = _worker();
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<R | LintFailure>) => {
      if (e.data.id === message.id) { w.removeEventListener('message', onMessage); resolve(e.data); }
    };
    w.addEventListener('message', onMessage);
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      worker = undefined;
      resolve({ id: message.id, error: T.crashed });
    };
    w.postMessage(message, transfer);
  });
}

function _status(text: string, alert = false): void {
  const s = $('status');
  s.textContent = text;
  s.className = alert ? 'alert' : '';
}

function _report(): _Report | undefined {
  return state.reply && (JSON.parse(state.reply.json) as _Report);
}

function _render(): void {
  document.documentElement.lang = state.locale === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const e of document.querySelectorAll<HTMLElement>('[data-t]')) e.textContent = t(e.dataset.t as keyof typeof T);
  $('lang').setAttribute('aria-label', t('langLabel'));
  ($('auto-option') as HTMLOptionElement).textContent = t('auto');
  const report = _report();
  _renderSummary(report);
  _renderFindings(report);
  _renderPlace(report);
  $('downloads').hidden = !report;
  _renderWorkbookDownloads();
}

/** One button per workbook checked: the officer's own file back with a 问题 column and a comment at each cell. */
function _renderWorkbookDownloads(): void {
  const box = $('download-xlsx');
  box.replaceChildren();
  for (const v of state.reply?.views ?? []) {
    if (v.kind !== 'xlsx' || !v.sheets) continue;
    const b = el('button', { type: 'button', 'data-file': v.file }, `${v.file}（${t('annotated')}）`);
    b.addEventListener('click', () => void _downloadAnnotated(v.file));
    box.append(b);
  }
}

async function _downloadAnnotated(file: string): Promise<void> {
  const req: AnnotateRequest = { id: ++lastId, annotate: file, locale: state.locale };
  const reply = await _ask<AnnotateReply>(req);
  if ('error' in reply) return _status(reply.error[state.locale], true);
  const name = `${file.replace(/\.xls[xm]$/i, '')}-${state.locale === 'zh' ? '问题' : 'issues'}.xlsx`;
  _save(new Blob([reply.workbook], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
}

function _renderSummary(report: _Report | undefined): void {
  const body = $('summary-body');
  body.replaceChildren();
  for (const name of state.refused) body.append(el('tr', {}, el('th', { scope: 'row' }, name), el('td', { colspan: '3', class: 'fatal' }, `${t('unreadable')}：${T.tooBig[state.locale]}`)));
  for (const r of report?.results ?? []) {
    const row = el('tr', {}, el('th', { scope: 'row' }, r.file));
    if (r.fatal) {
      const at = r.fatal.line ? ` (${r.fatal.line}:${r.fatal.column ?? 1})` : '';
      row.append(el('td', { colspan: '3', class: 'fatal' }, `${t('unreadable')}${at}：${r.fatal.messages[state.locale]}`));
    } else row.append(el('td', { class: 'num' }, String(r.errorCount)), el('td', { class: 'num' }, String(r.warningCount)), el('td', { class: 'num' }, String(r.infoCount)));
    body.append(row);
  }
  $('summary').hidden = body.children.length === 0;
}

function _sorted(report: _Report): _Finding[] {
  const all = report.results.flatMap((r) => r.findings);
  const pos = (a: _Finding, b: _Finding) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  const cmp = { severity: (a: _Finding, b: _Finding) => RANK[a.severity] - RANK[b.severity] || pos(a, b), rule: (a: _Finding, b: _Finding) => a.ruleId.localeCompare(b.ruleId) || pos(a, b), position: pos }[state.sort.key];
  // Stable: equal keys keep the report's order.
  return all.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => (state.sort.ascending ? cmp(a, b) : cmp(b, a)) || i - j).map(([f]) => f);
}

function _renderFindings(report: _Report | undefined): void {
  const section = $('findings');
  section.hidden = !report;
  if (!report) return;
  for (const th of section.querySelectorAll<HTMLElement>('th[data-sort]')) {
    const key = th.dataset.sort as _SortKey;
    th.setAttribute('aria-sort', key === state.sort.key ? (state.sort.ascending ? 'ascending' : 'descending') : 'none');
  }
  const body = $('findings-body');
  body.replaceChildren();
  const findings = _sorted(report);
  $('findings-none').hidden = findings.length > 0;
  findings.forEach((f, i) => {
    const where = f.cell ? `${f.file} ${f.cell.sheet}!${f.cell.ref}` : `${f.file}:${f.line}:${f.column}`;
    const message = el('td', { class: 'message' }, f.messages[state.locale]);
    for (const a of f.articles) {
      const text = state.reply!.articles[`${a.source}:${a.article}`];
      message.append(text ? el('details', {}, el('summary', {}, `${t('article')} ${a.label[state.locale]}`), el('blockquote', { lang: 'zh-CN' }, text)) : el('div', { class: 'cite' }, a.label[state.locale]));
    }
    const show = el('button', { type: 'button', 'data-finding': String(i), 'aria-controls': 'place' }, t('show'));
    show.addEventListener('click', () => {
      state.selected = i;
      _renderPlace(report);
      $('place').focus();
    });
    body.append(el('tr', { class: f.severity, 'data-rule': f.ruleId, ...(i === state.selected ? { 'aria-current': 'true' } : {}) }, el('td', {}, el('span', { class: `sev ${f.severity}` }, t(f.severity))), el('td', {}, el('code', {}, f.ruleId)), el('td', { class: 'where' }, where, ' ', show), message));
  });
}

function _renderPlace(report: _Report | undefined): void {
  const box = $('place');
  const f = report && state.selected >= 0 ? _sorted(report)[state.selected] : undefined;
  box.hidden = !f;
  const body = $('place-body');
  body.replaceChildren();
  if (!f) return;
  const view = state.reply!.views.find((v) => v.file === f.file);
  body.append(el('p', {}, el('span', { class: `sev ${f.severity}` }, t(f.severity)), ' ', f.messages[state.locale]));
  if (f.cell) body.append(_grid(_sheetOf(f, state.reply!.views), f.cell));
  else if (view?.source !== undefined) body.append(_frame(view.source, f.line));
}

function _sheetOf(f: _Finding, views: FileView[]): string[][] {
  for (const v of views) for (const s of v.sheets ?? []) if (s.name === f.cell!.sheet && (v.file === f.file || v.kind === 'csv')) return s.rows;
  return [];
}

/** A code frame: three lines either side, the finding's line marked (not by colour alone). */
function _frame(source: string, line: number): HTMLElement {
  const lines = source.split(/\r?\n/);
  const pre = el('pre', { class: 'frame', tabindex: '0', 'aria-label': `${t('position')} ${line}` });
  for (let n = Math.max(1, line - 3); n <= Math.min(lines.length, line + 3); n++) {
    const hit = n === line;
    pre.append(el('span', { class: hit ? 'line hit' : 'line', ...(hit ? { 'data-line': String(n) } : {}) }, `${hit ? '>' : ' '} ${String(n).padStart(4)} | ${lines[n - 1]}`), '\n');
  }
  return pre;
}

/** A few rows and columns of the sheet around the cell, the cell marked. */
function _grid(rows: string[][], at: { row: number; column: string; ref: string }): HTMLElement {
  const cell = { ...at, column: [...at.column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  const r0 = Math.max(1, cell.row - 3);
  const c0 = Math.max(1, cell.column - 3);
  const width = cell.column + 3;
  const letters = (c: number) => { let s = ''; for (; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s; return s; };
  const head = el('tr', {}, el('th', {}, ''));
  for (let c = c0; c <= width; c++) head.append(el('th', { scope: 'col' }, letters(c)));
  const table = el('table', { class: 'grid' }, el('caption', {}, cell.ref), el('thead', {}, head));
  const body = el('tbody');
  for (let r = r0; r <= cell.row + 3 && r <= Math.max(rows.length, cell.row); r++) {
    const tr = el('tr', {}, el('th', { scope: 'row' }, String(r)));
    for (let c = c0; c <= width; c++) {
      const hit = r === cell.row && c === cell.column;
      tr.append(el('td', hit ? { class: 'hit', 'data-cell': cell.ref } : {}, rows[r - 1]?.[c - 1] ?? ''));
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

function _download(kind: 'json' | 'sarif'): void {
  if (!state.reply) return;
  const text = kind === 'json' ? state.reply.json : state.reply.sarif;
  _save(new Blob([text], { type: 'application/json' }), kind === 'json' ? 'govcat-report.json' : 'govcat-report.sarif');
}

/** A download made in the tab (a blob: URL): nothing is sent anywhere. */
function _save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function _take(files: FileList | null): void {
  if (!files || files.length === 0) return;
  state.files = [...files];
  void check();
}

function _start(): void {
  ($('as-of') as HTMLInputElement).value = new Date().toISOString().slice(0, 10);
  $('files').addEventListener('change', (e) => _take((e.target as HTMLInputElement).files));
  const zone = $('drop');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); _take(e.dataTransfer?.files ?? null); });
  for (const id of ['profile', 'as-of']) $(id).addEventListener('change', () => { if (state.files.length) void check(); });
  $('lang').addEventListener('click', () => {
    state.locale = state.locale === 'zh' ? 'en' : 'zh';
    _render();
    if (state.files.length) void check();
  });
  for (const th of document.querySelectorAll<HTMLElement>('th[data-sort]')) {
    th.querySelector('button')!.addEventListener('click', () => {
      const key = th.dataset.sort as _SortKey;
      state.sort = { key, ascending: state.sort.key === key ? !state.sort.ascending : true };
      state.selected = -1;
      _render();
    });
  }
  $('download-json').addEventListener('click', () => _download('json'));
  $('download-sarif').addEventListener('click', () => _download('sarif'));
  _render();
}

_start();
