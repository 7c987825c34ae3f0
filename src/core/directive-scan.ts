// The govcat-… comments of a YAML text. Comments are found with the yaml package's CST, so a "#" inside a quoted or
// block scalar is never one.
import { Parser } from 'yaml';
import type { Directive, DirectiveKind } from './directives.js';

/** The govcat-… comments of a YAML text, in source order. */
export function scanDirectives(text: string): Directive[] {
  // Most files have none: one search spares them the second parse.
  if (!text.includes('govcat-')) return [];
  const comments: { offset: number; source: string }[] = [];
  for (const token of new Parser().parse(text)) _comments(token, comments);
  const starts = _lineStarts(text);
  const out: Directive[] = [];
  for (const c of comments.sort((a, b) => a.offset - b.offset)) {
    const d = _parse(c.source.slice(1));
    if (!d) continue;
    const { line, column } = _position(starts, c.offset);
    out.push({ ...d, text: c.source.slice(1).trim(), line, column, endColumn: column + c.source.length });
  }
  return out;
}

// --- internal ---

const _DIRECTIVE = /^\s*govcat-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;
// " -- reason"; the Chinese dash "——" typed with a Chinese input method serves too.
const _REASON = /(?:^|\s)(?:--|——)(?:\s+(.*)|\s*$)/s;

function _parse(comment: string): Pick<Directive, 'kind' | 'rules' | 'reason'> | undefined {
  const m = _DIRECTIVE.exec(comment);
  if (!m) return undefined;
  const rest = m[2];
  const r = _REASON.exec(rest);
  const list = r ? rest.slice(0, r.index) : rest;
  const reason = r?.[1]?.trim();
  // Rules are separated by commas (also "，" and "、") or spaces: no rule id has either.
  const rules = list.split(/[\s,，、]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, ...(reason ? { reason } : {}) };
}

function _comments(node: unknown, out: { offset: number; source: string }[]): void {
  if (Array.isArray(node)) {
    for (const n of node) _comments(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const t = node as { type?: unknown; offset?: unknown; source?: unknown };
  if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
    out.push({ offset: t.offset, source: t.source });
    return;
  }
  for (const v of Object.values(node)) if (v && typeof v === 'object') _comments(v, out);
}

function _lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function _position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

