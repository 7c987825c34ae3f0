// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues, the fields GitLab documents.
import { createHash } from 'node:crypto';
import type { Severity } from '../core/types.js';
import { TEXT, articleLabel, cellLabel, relativePath } from './_shared.js';
import { stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

/** One issue as GitLab reads it (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end?: number } };
}

export default function gitlab(results: FileResult[], ctx: FormatterContext): string {
  const issues: CodeQualityIssue[] = [];
  // GitLab shows one issue per fingerprint: the same rule saying the same thing twice in a file counts its occurrences.
  const seen = new Map<string, number>();
  const fingerprint = (...parts: string[]) => {
    const key = parts.join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  };
  for (const r of results) {
    const path = relativePath(r.file, ctx.cwd);
    if (r.fatal) {
      const message = r.fatal.message[ctx.locale];
      issues.push({
        description: _text(`${TEXT.fatal[ctx.locale]}${TEXT.colon[ctx.locale]}${message}`),
        check_name: 'govcat/fatal',
        fingerprint: fingerprint(path, 'fatal', r.fatal.message.en),
        severity: 'blocker',
        location: { path, lines: { begin: Math.max(1, r.fatal.line ?? 1) } },
      });
    }
    for (const f of r.findings) {
      const label = f.articles.length ? articleLabel(f.articles, ctx.locale) : '';
      const articles = !label ? '' : ctx.locale === 'zh' ? `（${label}）` : ` (${label})`;
      // A workbook has no lines: the cell leads the description, and the issue sits on the row.
      const cell = f.cell ? `${cellLabel(f.cell)}${TEXT.colon[ctx.locale]}` : '';
      const begin = Math.max(1, f.line);
      const end = f.endLine !== undefined && f.endLine > begin ? { end: f.endLine } : {};
      issues.push({
        description: _text(`${cell}${f.message[ctx.locale]}${articles}`),
        check_name: f.ruleId,
        // No line, and the entry by its id: an issue keeps its fingerprint when lines or entries above it come and go.
        fingerprint: fingerprint(path, f.ruleId, f.entryId ?? '', f.entryId ? f.path.replace(/^entries\[\d+\]/, '') : f.path, f.message.en),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin, ...end } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

// --- internal ---

// As GitLab's own linters map theirs: an error blocks as "major", a warning is "minor", a note stays "info".
const SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

function _text(s: string): string {
  return stripControls(s).trim();
}
