// govcat fmt --fix / lint --fix as a pure function: the certain YAML typos, dates written 2026年3月2日 or 2026/3/2, and
// (with canonical) variant terms, each repaired where it is written; every other byte of the text stays as it was.
import { readResource } from '../cli/paths.js';
import { loadYaml } from '../core/load.js';
import { normalize } from '../core/normalize.js';
import { applyEdits, scanTypos, type Edit, type Typo } from '../core/typos.js';
import { VOCABULARIES, type VocabularyName } from '../core/vocabulary.js';
import { refusal } from '../core/yaml-errors.js';
import type { Bilingual, JsonObject, Locale, Path, Range } from '../core/types.js';

export interface FixOptions {
  /** Also rewrite variant enumerated values (每 3 月, 依申请共享) to their canonical terms. */
  canonical?: boolean;
}

export type FixKind = 'fullwidthColon' | 'fullwidthSpaceColon' | 'fullwidthSpaceIndent' | 'tabIndent' | 'missingSpace' | 'date' | 'canonical';

export interface FixChange {
  line: number;
  column: number;
  kind: FixKind;
  /** Text as written and as fixed; a Bilingual is a description (indentation), shown without quotes. */
  before: string | Bilingual;
  after: string | Bilingual;
}

export interface FixResult {
  output: string;
  changes: FixChange[];
}

/** What each kind of repair is called in the list of changes. */
export const FIX_TEXT: Record<FixKind, Bilingual> = {
  fullwidthColon: { zh: '中文冒号改为英文冒号', en: 'full-width colon to an ASCII colon' },
  fullwidthSpaceColon: { zh: '冒号旁的全角空格改为英文空格', en: 'full-width space beside a colon to an ASCII space' },
  fullwidthSpaceIndent: { zh: '缩进中的全角空格改为英文空格', en: 'full-width spaces in the indentation to ASCII spaces' },
  tabIndent: { zh: 'Tab 缩进改为空格', en: 'tab indentation to spaces' },
  missingSpace: { zh: '冒号后补空格', en: 'space added after a colon' },
  date: { zh: '日期改为 yyyy-mm-dd', en: 'date to yyyy-mm-dd' },
  canonical: { zh: '变体用语改为规范术语', en: 'variant term to its canonical term' },
};

/**
 * The text with every safe repair made. Throws the loader's InputError when the text, typos repaired, still cannot be
 * read (an unclosed quote, a repeated key …): nothing is half fixed.
 */
export function fixCatalogue(text: string, file: string, opts: FixOptions = {}): FixResult {
  const scan = scanTypos(text);
  const refused = scan.suspects.find((s) => s.fatal);
  if (refused) throw refusal(refused, file);
  const typos = scan.typos.filter((t) => t.edits.length);
  const changes: FixChange[] = typos.map((t) => _typoChange(t, text));
  const first = typos.length ? applyEdits(text, typos.flatMap((t) => t.edits)).text : text;
  const doc = loadYaml(first, file);
  const catalogue = normalize(doc.data, file);
  const starts = _lineStarts(first);
  const edits: Edit[] = [];
  const sourcePath = (catalogue as { sourcePath?: (p: Path) => Path }).sourcePath;
  const at = (path: Path) => doc.locate(sourcePath ? sourcePath(path) : path);
  const replace = (path: Path, written: string, value: string, kind: FixKind) => {
    const edit = _scalarEdit(first, starts, at(path), written, value);
    if (!edit) return;
    edits.push(edit.edit);
    changes.push({ line: edit.line, column: edit.column, kind, before: written, after: value });
  };
  for (const [path, value] of _dates(catalogue.root)) {
    const iso = isoDate(value);
    if (iso && iso !== value) replace(path, value, iso, 'date');
  }
  if (opts.canonical) {
    const zh = (catalogue as { keyStyle?: string }).keyStyle === 'zh';
    for (const hit of catalogue.normalized) {
      const term = zh ? VOCABULARIES[hit.field as VocabularyName]?.terms[hit.canonical] ?? hit.canonical : hit.canonical;
      if (term !== hit.given) replace(hit.path, hit.given, term, 'canonical');
    }
  }
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { output: edits.length ? applyEdits(first, edits).text : first, changes };
}

/** The list of changes, one line each: file:line what "before" → "after". */
export function fixReport(file: string, changes: readonly FixChange[], locale: Locale): string[] {
  const show = (v: string | Bilingual) => (typeof v === 'string' ? (locale === 'zh' ? `“${v}”` : `"${v}"`) : v[locale]);
  return changes.map((c) => `${file}:${c.line}  ${FIX_TEXT[c.kind][locale]}${locale === 'zh' ? '：' : ': '}${show(c.before)} → ${show(c.after)}`);
}

/** 2026年3月2日, 2026/3/2, 2026.3.2 or 2026-3-2 as 2026-03-02, when it names a real day. */
export function isoDate(s: string): string | undefined {
  const m = /^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-/.])(\d{1,2})\4(\d{1,2}))\s*$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1]) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// --- internal ---

/** How a typo reads before and after its repair, for the list of changes. */
function _typoChange(t: Typo, text: string): FixChange {
  const kind = t.messageId as FixKind;
  const e = t.edits[0];
  if (kind === 'tabIndent' || kind === 'fullwidthSpaceIndent') {
    const ws = text.slice(e.start, e.end);
    const tabs = [...ws].filter((c) => c === '\t').length;
    const fws = [...ws].filter((c) => c === '\u3000').length;
    const zh = [tabs ? `${tabs} 个 Tab` : '', fws ? `${fws} 个全角空格` : ''].filter(Boolean).join('、');
    const en = [tabs ? `${tabs} tab${tabs === 1 ? '' : 's'}` : '', fws ? `${fws} full-width space${fws === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    const n = e.insert.length;
    return { line: t.line, column: t.column, kind, before: { zh, en }, after: { zh: `${n} 个空格`, en: `${n} space${n === 1 ? '' : 's'}` } };
  }
  // The line's content as written and as repaired.
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const nl = text.indexOf('\n', e.start);
  const lineEnd = nl < 0 ? text.length : nl;
  const from = lineStart + /^[ \t\u3000]*(?:-[ \t]+)*/.exec(text.slice(lineStart, lineEnd))![0].length;
  const line = text.slice(lineStart, lineEnd);
  const fixed = applyEdits(line, t.edits.map((x) => ({ start: x.start - lineStart, end: x.end - lineStart, insert: x.insert }))).text;
  const cut = from - lineStart;
  return { line: t.line, column: t.column, kind, before: _short(line.slice(cut).replace(/\r$/, '').trimEnd()), after: _short(fixed.slice(cut).replace(/\r$/, '').trimEnd()) };
}

function _short(s: string): string {
  const chars = [...s];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : s;
}

/** Every date field of the catalogue (the schema's $defs/date) that holds text, with its canonical path. */
function _dates(root: JsonObject): [Path, string][] {
  const out: [Path, string][] = [];
  const walk = (node: unknown, pattern: readonly string[], path: Path) => {
    if (typeof node === 'string' && _datePatterns().has(pattern.join('/'))) out.push([path, node]);
    else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...pattern, '*'], [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...pattern, k], [...path, k]);
  };
  walk(root, [], []);
  return out;
}

let _patterns: Set<string> | undefined;

/** Path patterns ("catalogue/compiled_at", "catalogue/change_events/＊/effective_date") of the schema's date fields. */
function _datePatterns(): Set<string> {
  if (_patterns) return _patterns;
  type S = { $ref?: string; properties?: Record<string, S>; items?: S; anyOf?: S[]; oneOf?: S[]; allOf?: S[]; $defs?: Record<string, S> };
  const schema = JSON.parse(readResource('schemas/catalogue.canonical.schema.json')) as S;
  const out = new Set<string>();
  const walk = (s: S | undefined, at: string[], seen: Set<string>) => {
    if (!s || at.length > 12) return;
    if (s.$ref === '#/$defs/date') {
      out.add(at.join('/'));
      return;
    }
    if (s.$ref) {
      const name = s.$ref.replace('#/$defs/', '');
      if (!seen.has(name)) walk(schema.$defs?.[name], at, new Set([...seen, name]));
    }
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, [...at, k], seen);
    walk(s.items, [...at, '*'], seen);
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt, at, seen);
  };
  walk(schema, [], new Set());
  return (_patterns = out);
}

/** An edit replacing a one-line scalar written `written` by `value`, keeping its quotes; none if the text differs. */
function _scalarEdit(text: string, starts: readonly number[], r: Range, written: string, value: string): { edit: Edit; line: number; column: number } | undefined {
  if (r.line !== r.endLine) return undefined;
  const start = starts[r.line - 1] + r.column - 1;
  const end = starts[r.line - 1] + r.endColumn - 1;
  const raw = text.slice(start, end);
  if (raw === written) return { edit: { start, end, insert: value }, line: r.line, column: r.column };
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.endsWith(q) && raw.slice(1, -1) === written && !value.includes(q) && !value.includes('\\')) {
    return { edit: { start: start + 1, end: end - 1, insert: value }, line: r.line, column: r.column };
  }
  return undefined;
}

function _lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
