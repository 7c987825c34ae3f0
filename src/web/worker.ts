// The page's lint worker: the CLI's own reading, rules, profiles and formatters on files handed over as bytes.
import { decodeSource } from '../core/decode.js';
import { InputError } from '../core/errors.js';
import { LAW_TITLES } from '../core/articles.js';
import { articleText } from '../core/law.js';
import { yamlTypo } from '../core/yaml-typo.js';
import { disableDirective } from '../core/directives.js';
import { resolveProfile } from '../profiles/index.js';
import { rules } from '../rules/index.js';
import { lintYamlText, type ProfileChoice } from '../lint-file.js';
import { lintSheets, SPREADSHEET_CELL } from '../authoring/sheet/lint.js';
import { readXlsx } from '../authoring/xlsx.js';
import { csvSetOf, csvSheet, spreadsheetKind } from '../authoring/spreadsheet/sheets.js';
import { cellText } from '../authoring/sheet/values.js';
import json from '../formatters/json.js';
import sarif from '../formatters/sarif.js';
import type { Sheet } from '../authoring/sheet/cells.js';
import type { AnyRuleBase } from '../core/types.js';
import type { FileResult } from '../formatters/types.js';
import { annotateXlsx } from '../authoring/xlsx-annotate.js';
import type { AnnotateReply, AnnotateRequest, FileView, LintFailure, LintReply, LintRequest } from './protocol.js';
import type { Finding } from '../core/types.js';
import { LAW_FILES, TOOL_VERSION } from 'govcat:web-data';

const SPREADSHEET = /\.(xlsx|xlsm|csv|xls|et)$/i;

/** The workbooks of the last check with their findings, for an annotated copy on request (the tab's memory only). */
const workbooks = new Map<string, { bytes: Uint8Array; findings: Finding[] }>();

interface _Input {
  name: string;
  bytes: Uint8Array;
}

/** The workbook `file` of the last check, annotated with its findings in `locale`. */
export async function annotated(file: string, locale: 'zh' | 'en'): Promise<ArrayBuffer> {
  const hit = workbooks.get(file);
  if (!hit) throw new Error(`${file} is not a workbook of the last check`);
  const bytes = await annotateXlsx(hit.bytes, hit.findings, locale);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function lintFiles(req: Omit<LintRequest, 'id'>): Promise<Omit<LintReply, 'id'>> {
  const inputs: _Input[] = req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
  const chosen = new Map<string, ProfileChoice>();
  const choose = (name: string) => {
    let hit = chosen.get(name);
    if (!hit) chosen.set(name, (hit = { profile: resolveProfile(name, rules), all: [...rules] }));
    return hit;
  };
  const base = choose(req.profile || 'national');
  const used = new Set<ProfileChoice>([base]);
  const own = req.profile ? undefined : (name: string) => { const p = choose(name); used.add(p); return p; };
  const results: FileResult[] = [];
  const views: FileView[] = [];
  const names = new Set(inputs.map((f) => f.name));
  const csvRead = new Set<string>();
  workbooks.clear();
  for (const input of inputs) {
    if (SPREADSHEET.test(input.name)) {
      const { results: r, view } = await _lintSpreadsheet(input, inputs, names, csvRead, base, req.asOf);
      results.push(...r);
      if (view) views.push(view);
      continue;
    }
    views.push({ file: input.name, kind: 'yaml' });
    try {
      const source = decodeSource(input.bytes, input.name);
      views[views.length - 1].source = source;
      results.push(await lintYamlText(source, input.name, { asOf: req.asOf, base, own }));
    } catch (e) {
      results.push(_fatal(input.name, e));
    }
  }
  const ruleList = new Map<string, AnyRuleBase>();
  for (const p of used) for (const r of p.profile.rules) ruleList.set(r.rule.id, r.rule);
  if (inputs.some((f) => SPREADSHEET.test(f.name))) ruleList.set(SPREADSHEET_CELL.id, SPREADSHEET_CELL);
  const found = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  for (const extra of [yamlTypo, disableDirective]) if (found.has(extra.id)) ruleList.set(extra.id, extra);
  const ctx = { locale: req.locale, color: false, cwd: '/', rules: [...ruleList.values()], toolVersion: TOOL_VERSION, profile: [...used].map((p) => p.profile.id).join(', ') };
  return { json: json(results, ctx), sarif: sarif(results, ctx), views, articles: _articles(results) };
}

// --- internal ---

async function _lintSpreadsheet(input: _Input, inputs: _Input[], names: Set<string>, csvRead: Set<string>, base: ProfileChoice, asOf: string): Promise<{ results: FileResult[]; view?: FileView }> {
  try {
    const kind = spreadsheetKind(input.name);
    let sheets: Sheet[];
    if (kind === 'xlsx') sheets = await readXlsx(input.bytes, input.name);
    else {
      // The CSV files of one export (OUT-entries.csv, OUT-items.csv …) are one catalogue, linted once, as in the CLI.
      const set = csvSetOf(input.name, (f) => names.has(f));
      if (set.some((f) => csvRead.has(f))) return { results: [] };
      for (const f of set) csvRead.add(f);
      sheets = set.map((f) => csvSheet(f, inputs.find((i) => i.name === f)!.bytes));
    }
    const files = lintSheets(sheets, input.name, base.profile, { asOf }, base.all).files;
    if (kind === 'xlsx') workbooks.set(input.name, { bytes: input.bytes, findings: files.flatMap((r) => r.findings) });
    const view: FileView = { file: input.name, kind, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c === null ? '' : cellText(c)))) })) };
    // A workbook's size, as the CLI gives it: SARIF places findings at its cells in a region covering the whole file.
    return { results: files.map((r) => ({ file: r.file, findings: r.findings, ...(kind === 'xlsx' ? { bytes: input.bytes.byteLength } : {}) })), view };
  } catch (e) {
    return { results: [_fatal(input.name, e)], view: { file: input.name, kind: /\.csv$/i.test(input.name) ? 'csv' : 'xlsx' } };
  }
}

/** Unreadable input is the file's fatal result, as in the CLI; anything else is said plainly and the page goes on. */
function _fatal(file: string, e: unknown): FileResult {
  if (e instanceof InputError) return { file: e.file || file, findings: [], fatal: { message: e.text, line: e.line, column: e.column } };
  const why = e instanceof Error ? e.message : String(e);
  return { file, findings: [], fatal: { message: { zh: `无法检查此文件（${why}）`, en: `this file could not be checked (${why})` } } };
}

function _articles(results: FileResult[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of results.flatMap((r) => r.findings)) {
    for (const a of f.articles) {
      const key = `${a.source}:${a.article}`;
      const law = LAW_FILES[LAW_TITLES[a.source]?.file ?? ''];
      const text = law === undefined || key in out ? undefined : articleText(law, a.article);
      if (text) out[key] = text;
    }
  }
  return out;
}

// In a worker: answer each request; an exception is reported, never left to kill the worker silently.
const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<LintRequest | AnnotateRequest>) => void) | null; postMessage: (m: LintReply | AnnotateReply | LintFailure, transfer?: Transferable[]) => void; document?: unknown };
if (typeof scope.document === 'undefined' && typeof (globalThis as { importScripts?: unknown }).importScripts === 'function') {
  scope.onmessage = async (e) => {
    const { id } = e.data;
    try {
      if ('annotate' in e.data) {
        const workbook = await annotated(e.data.annotate, e.data.locale);
        scope.postMessage({ id, workbook }, [workbook]);
        return;
      }
      const { id: _, ...req } = e.data;
      scope.postMessage({ id, ...(await lintFiles(req)) });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      scope.postMessage({ id, error: { zh: `检查失败：${why}`, en: `the check failed: ${why}` } });
    }
  };
}
