// ESLint-like terminal report: per file its change table and events (govcat diff / deadlines), then its findings with
// code frames; ANSI colour only when ctx.color.
import type { Finding, Severity } from '../core/types.js';
import { SEVERITY_LABEL, TEXT, articleLabel, countResults, position, summaryText } from './_shared.js';
import { CHANGE_TEXT, changeRows, changesHeading, eventCells, eventsHeading } from './_changes.js';
import { displayWidth, padDisplay, stripControls, truncateDisplay } from './_text.js';
import type { ChangeList, EventRow, FileResult, FormatterContext } from './types.js';

export default function stylish(results: FileResult[], ctx: FormatterContext): string {
  const stream = stylishStream(ctx);
  return results.map((r) => stream.file(r)).join('') + stream.end();
}

export interface StylishStreamOptions {
  /** List at most this many findings of each rule; the rest are counted (summary per rule), never dropped from the counts. */
  maxPerRule?: number;
}

/** The report file by file as results arrive (a long lint prints as it goes), then the per-rule summary and the totals. */
export function stylishStream(ctx: FormatterContext, o: StylishStreamOptions = {}): { file(r: FileResult): string; end(): string } {
  const c = _ansi(ctx.color);
  const counts = { files: 0, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  const byRule = new Map<string, _RuleTally>();
  let blocks = 0;
  let hidden = 0;
  return {
    file(r) {
      const n = countResults([r]);
      for (const k of ['files', 'errors', 'warnings', 'infos', 'fatal'] as const) counts[k] += n[k];
      const listed = r.findings.filter((f) => {
        const t = byRule.get(f.ruleId) ?? byRule.set(f.ruleId, { error: 0, warning: 0, info: 0, shown: 0 }).get(f.ruleId)!;
        t[f.severity]++;
        if (o.maxPerRule !== undefined && t.shown >= o.maxPerRule) return (hidden++, false);
        t.shown++;
        return true;
      });
      let out = '';
      const add = (block: string) => (out += (blocks++ ? '\n' : '') + block);
      if (r.fatal) add(_fatalLine(r, ctx, c));
      if (listed.length || r.changes || r.events) add(_fileBlock({ ...r, findings: listed }, ctx, c));
      return out;
    },
    end() {
      // A clean diff still shows what changed and when each update is due, then the all-clear.
      if (!counts.errors && !counts.warnings && !counts.infos) return `${blocks ? '\n' : ''}${c.green('✔')} ${TEXT.noProblems[ctx.locale]}\n`;
      const total = counts.errors + counts.warnings + counts.infos - counts.fatal;
      const perRule = hidden || total >= PER_RULE_FROM ? `\n${_ruleSummary(byRule, hidden, o.maxPerRule, ctx, c).join('\n')}\n` : '';
      const tone = counts.errors ? c.red : counts.warnings ? c.yellow : c.blue;
      return `${perRule}\n${c.bold(tone(`✖ ${summaryText(counts, ctx.locale)}`))}\n`;
    },
  };
}

/** From this many findings on, the report ends with their count per rule (a long list is hard to take in). */
export const PER_RULE_FROM = 20;

// --- internal ---

interface _RuleTally extends Record<Severity, number> {
  shown: number;
}

const _PER_RULE = {
  heading: { zh: '按规则统计', en: 'Findings per rule' },
  rule: { zh: '规则', en: 'rule' },
  count: { zh: '数量', en: 'count' },
  unlisted: { zh: '未列出', en: 'not listed' },
};

/** Rules by how often they fired (most first), with their severities, and how many of each the listing left out. */
function _ruleSummary(byRule: Map<string, _RuleTally>, hidden: number, max: number | undefined, ctx: FormatterContext, c: Ansi): string[] {
  const t = (k: keyof typeof _PER_RULE) => _PER_RULE[k][ctx.locale];
  const tallies = [...byRule].map(([id, x]) => ({ id, x, total: x.error + x.warning + x.info })).sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));
  const severities = (x: _RuleTally) => (['error', 'warning', 'info'] as const).filter((k) => x[k]).map((k) => `${x[k]} ${SEVERITY_LABEL[k][ctx.locale]}`).join(ctx.locale === 'zh' ? '，' : ', ');
  const head = [t('rule'), t('count'), '', ...(hidden ? [t('unlisted')] : [])];
  const body = tallies.map(({ id, x, total }) => [id, String(total), severities(x), ...(hidden ? [total > x.shown ? String(total - x.shown) : ''] : [])]);
  const paint = (r: number, col: number): Paint => (r < 0 ? c.dim : col === 2 ? _tone(tallies[r].x.error ? 'error' : tallies[r].x.warning ? 'warning' : 'info', c) : (s) => s);
  const lines = [`  ${c.bold(t('heading'))}`, ..._table(head, body, paint)];
  if (hidden) {
    lines.push(ctx.locale === 'zh'
      ? `  ${c.dim(`另有 ${hidden} 个问题未逐条列出（--max-findings-per-rule ${max}），上面的计数完整`)}`
      : `  ${c.dim(`${hidden} more finding${hidden === 1 ? ' is' : 's are'} not listed (--max-findings-per-rule ${max}); the counts above are complete`)}`);
  }
  return lines;
}

type Ansi = ReturnType<typeof _ansi>;
type Paint = (s: string) => string;

function _ansi(on: boolean) {
  const wrap = (open: number, close: number): Paint => (s) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

function _tone(severity: Severity, c: Ansi): Paint {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
}

/** A file that could not be read: its position and message, then the code frame when its text is at hand. */
function _fatalLine(r: FileResult, ctx: FormatterContext, c: Ansi): string {
  const fatal = r.fatal!;
  const at = fatal.line ? `${r.file}:${fatal.line}:${fatal.column ?? 1}` : r.file;
  const head = `${c.bold(stripControls(at))}  ${c.red(SEVERITY_LABEL.error[ctx.locale])}  ${stripControls(fatal.message[ctx.locale])}\n`;
  if (!fatal.line || r.source === undefined) return head;
  const column = fatal.column ?? 1;
  const frame = _codeFrame(r.source.split('\n').map((l) => l.replace(/\r$/, '')), { line: fatal.line, column, endLine: fatal.line, endColumn: column + 1, severity: 'error' }, c);
  return frame.length ? `${head}${frame.join('\n')}\n` : head;
}

const MAX_MESSAGE_PAD = 72;

/** The file's name, then its change table, its events table and its findings, a blank line between sections. */
function _fileBlock(r: FileResult, ctx: FormatterContext, c: Ansi): string {
  const sections: string[][] = [];
  if (r.changes) sections.push(_changeSection(r.changes, ctx, c));
  if (r.events) sections.push(_eventSection(r.events, ctx, c));
  if (r.findings.length) sections.push(_findingRows(r, ctx, c));
  const body = sections.flatMap((lines, i) => (i ? ['', ...lines] : lines));
  return `${[c.underline(stripControls(r.file)), ...body].join('\n')}\n`;
}

function _findingRows(r: FileResult, ctx: FormatterContext, c: Ansi): string[] {
  const rows = r.findings.map((f) => [stripControls(position(f)), SEVERITY_LABEL[f.severity][ctx.locale], stripControls(f.message[ctx.locale])]);
  // Long messages are not padded: one long message must not push every rule id off the screen.
  const widths = [0, 1, 2].map((i) => Math.min(i === 2 ? MAX_MESSAGE_PAD : Infinity, Math.max(...rows.map((row) => displayWidth(row[i])))));
  const source = r.source?.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: string[] = [];
  r.findings.forEach((f, i) => {
    const [pos, sev, msg] = rows[i].map((cell, k) => padDisplay(cell, widths[k]));
    const cited = f.articles.length ? ` (${articleLabel(f.articles, ctx.locale)})` : '';
    out.push(`  ${c.dim(pos)}  ${_tone(f.severity, c)(sev)}  ${msg}  ${c.dim(f.ruleId + cited)}`.trimEnd());
    // Several findings on one line (or cell) share the frame shown under the first of them.
    const next = r.findings[i + 1];
    if (f.cell) {
      if (!(next?.cell && next.cell.sheet === f.cell.sheet && next.cell.ref === f.cell.ref)) out.push(..._cellFrame(f, c));
    } else if (source && !(next && next.line === f.line)) out.push(..._codeFrame(source, f, c));
  });
  return out;
}

/** "Changes from <previous>" and a table: entry, field, before → after, lines in the old and new file. */
function _changeSection(changes: ChangeList, ctx: FormatterContext, c: Ansi): string[] {
  const t = (k: keyof typeof CHANGE_TEXT) => CHANGE_TEXT[k][ctx.locale];
  const heading = `  ${c.bold(changesHeading(changes, ctx.locale))}`;
  const rows = changeRows(changes, ctx.locale);
  if (!rows.length) return [heading, `    ${c.dim(t('noChanges'))}`];
  const withLines = rows.some((row) => row.lines);
  const head = [t('entry'), t('field'), t('before'), '', t('after'), ...(withLines ? [t('lines')] : [])];
  const body = rows.map((row) => {
    const whole = row.kind === 'added' || row.kind === 'removed';
    return [row.entry, row.field, row.before, whole ? '' : '→', row.after, ...(withLines ? [row.lines] : [])];
  });
  const paint = (r: number, col: number): Paint => {
    if (r < 0) return c.dim;
    const kind = rows[r].kind;
    if (col === 1 && kind === 'added') return c.green;
    if (col === 1 && kind === 'removed') return c.red;
    return col === 3 || col === 5 ? c.dim : (s) => s;
  };
  return [heading, ..._table(head, body, paint)];
}

/** "Change events (Art. 17)" and a table: event, kind, effective date, due date, submitted date, status. */
function _eventSection(events: EventRow[], ctx: FormatterContext, c: Ansi): string[] {
  const t = (k: keyof typeof CHANGE_TEXT) => CHANGE_TEXT[k][ctx.locale];
  const heading = `  ${c.bold(eventsHeading(ctx.locale, ctx.eventsArticle))}`;
  if (!events.length) return [heading, `    ${c.dim(t('noEvents'))}`];
  const cells = events.map((e) => eventCells(e, ctx.locale));
  const withLines = cells.some((e) => e.line);
  const head = [t('event'), t('kind'), t('effective'), t('due'), t('submitted'), t('status'), ...(withLines ? [t('line')] : [])];
  const body = cells.map((e) => [e.id, e.kind, e.effective, e.due, e.submitted, e.status, ...(withLines ? [e.line] : [])]);
  const paint = (r: number, col: number): Paint => (r < 0 ? c.dim : col === 5 ? _stateTone(events[r].state, c) : col === 6 ? c.dim : (s) => s);
  return [heading, ..._table(head, body, paint)];
}

function _stateTone(state: EventRow['state'], c: Ansi): Paint {
  return state === 'on-time' ? c.green : state === 'late' || state === 'overdue' ? c.red : c.yellow;
}

/** Columns aligned by display width (CJK = 2), two spaces apart; colour goes around the text, never the padding. */
function _table(head: string[], body: string[][], paint: (row: number, col: number) => Paint): string[] {
  const widths = head.map((_, k) => Math.max(displayWidth(head[k]), ...body.map((row) => displayWidth(row[k]))));
  const line = (cells: string[], r: number) =>
    `    ${cells.map((cell, k) => (cell ? paint(r, k)(cell) : '') + ' '.repeat(widths[k] - displayWidth(cell))).join('  ')}`.trimEnd();
  return [line(head, -1), ...body.map((cells, r) => line(cells, r))];
}

const CELL_FRAME_WIDTH = 60;

/** A spreadsheet cell's frame: its column's header cell, then the cell itself (目录信息: the row's label, then its value). */
function _cellFrame(f: Finding, c: Ansi): string[] {
  const frame = f.cell?.frame;
  if (!frame) return [];
  const refs = [frame.headerRef, f.cell!.ref];
  const gutter = Math.max(...refs.map((x) => x.length));
  const text = (t: string) => truncateDisplay(_frameText(t), CELL_FRAME_WIDTH);
  return [
    `    ${c.dim(`${frame.headerRef.padStart(gutter)} |`)} ${text(frame.header)}`.trimEnd(),
    `  ${c.red('>')} ${c.dim(`${f.cell!.ref.padStart(gutter)} |`)} ${text(frame.text)}`.trimEnd(),
  ];
}

/** The finding's line between its neighbours, with a caret run under [column, endColumn) in display columns. */
type _Spot = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'severity'>;

function _codeFrame(lines: string[], f: _Spot, c: Ansi): string[] {
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

function _caret(text: string, f: _Spot, c: Ansi): string {
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
