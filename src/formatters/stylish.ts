// ESLint-like terminal report: findings grouped by file, each with a code frame; ANSI colour only when ctx.color.
import type { Finding, Severity } from '../core/types.js';
import { SEVERITY_LABEL, TEXT, articleLabel, countResults, summaryText } from './_shared.js';
import { displayWidth, padDisplay, stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

export default function stylish(results: FileResult[], ctx: FormatterContext): string {
  const c = _ansi(ctx.color);
  const blocks: string[] = [];
  for (const r of results) {
    if (r.fatal) blocks.push(_fatalLine(r, ctx, c));
    if (r.findings.length) blocks.push(_fileBlock(r, ctx, c));
  }
  const counts = countResults(results);
  if (!counts.errors && !counts.warnings && !counts.infos) return `${c.green('✔')} ${TEXT.noProblems[ctx.locale]}\n`;
  const tone = counts.errors ? c.red : counts.warnings ? c.yellow : c.blue;
  return `${blocks.join('\n')}\n${c.bold(tone(`✖ ${summaryText(counts, ctx.locale)}`))}\n`;
}

// --- internal ---

type Ansi = ReturnType<typeof _ansi>;
type Paint = (s: string) => string;

function _ansi(on: boolean) {
  const wrap = (open: number, close: number): Paint => (s) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

function _tone(severity: Severity, c: Ansi): Paint {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
}

function _fatalLine(r: FileResult, ctx: FormatterContext, c: Ansi): string {
  const fatal = r.fatal!;
  const at = fatal.line ? `${r.file}:${fatal.line}:${fatal.column ?? 1}` : r.file;
  return `${c.bold(stripControls(at))}  ${c.red(SEVERITY_LABEL.error[ctx.locale])}  ${stripControls(fatal.message[ctx.locale])}\n`;
}

const MAX_MESSAGE_PAD = 72;

function _fileBlock(r: FileResult, ctx: FormatterContext, c: Ansi): string {
  const rows = r.findings.map((f) => [`${f.line}:${f.column}`, SEVERITY_LABEL[f.severity][ctx.locale], stripControls(f.message[ctx.locale])]);
  // Long messages are not padded: one long message must not push every rule id off the screen.
  const widths = [0, 1, 2].map((i) => Math.min(i === 2 ? MAX_MESSAGE_PAD : Infinity, Math.max(...rows.map((row) => displayWidth(row[i])))));
  const source = r.source?.split('\n').map((l) => l.replace(/\r$/, ''));
  const out = [c.underline(stripControls(r.file))];
  r.findings.forEach((f, i) => {
    const [pos, sev, msg] = rows[i].map((cell, k) => padDisplay(cell, widths[k]));
    const cited = f.articles.length ? ` (${articleLabel(f.articles, ctx.locale)})` : '';
    out.push(`  ${c.dim(pos)}  ${_tone(f.severity, c)(sev)}  ${msg}  ${c.dim(f.ruleId + cited)}`.trimEnd());
    // Several findings on one line share the frame shown under the first of them.
    const next = r.findings[i + 1];
    if (source && !(next && next.line === f.line)) out.push(..._codeFrame(source, f, c));
  });
  return `${out.join('\n')}\n`;
}

/** The finding's line between its neighbours, with a caret run under [column, endColumn) in display columns. */
function _codeFrame(lines: string[], f: Finding, c: Ansi): string[] {
  if (f.line < 1 || f.line > lines.length) return [];
  const first = Math.max(1, f.line - 1);
  const last = Math.min(lines.length, f.line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1];
    out.push(`  ${n === f.line ? c.red('>') : ' '} ${c.dim(`${String(n).padStart(gutter)} |`)} ${_frameText(text)}`.trimEnd());
    if (n === f.line) out.push(`    ${' '.repeat(gutter)} ${c.dim('|')} ${_caret(text, f, c)}`);
  }
  return out;
}

function _caret(text: string, f: Finding, c: Ansi): string {
  const start = Math.min(Math.max(f.column - 1, 0), text.length);
  // A range running past this line (a whole mapping) is underlined up to the line's content, not its comment.
  const end = f.endLine === f.line ? Math.max(start, f.endColumn - 1) : _contentEnd(text, start);
  const indent = displayWidth(_frameText(text.slice(0, start)));
  const width = Math.max(1, displayWidth(_frameText(text.slice(start, end))));
  return ' '.repeat(indent) + _tone(f.severity, c)('^'.repeat(width));
}

function _contentEnd(text: string, start: number): number {
  const comment = text.slice(start).search(/\s#/);
  return (comment < 0 ? text : text.slice(0, start + comment)).trimEnd().length;
}

// Tabs become two spaces both in the shown line and in the caret arithmetic, so they stay aligned.
function _frameText(text: string): string {
  return stripControls(text).replace(/\t/g, '  ');
}
