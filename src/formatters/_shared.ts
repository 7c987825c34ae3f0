// Pieces every formatter shares: counts, bilingual labels, citations with the law's title, relative paths.
import { posix } from 'node:path';
import { LAW_TITLES, cite, citeAll } from '../core/articles.js';
import type { ArticleRef, Bilingual, Finding, Locale, Severity } from '../core/types.js';
import type { FileResult } from './types.js';

export interface Counts {
  files: number;
  /** Findings of severity error plus fatal errors (a file that could not be linted is an error). */
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
}

export function countResults(results: readonly FileResult[]): Counts {
  const counts: Counts = { files: results.length, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const r of results) {
    const c = countFindings(r.findings);
    const fatal = r.fatal ? 1 : 0;
    counts.errors += c.error + fatal;
    counts.warnings += c.warning;
    counts.infos += c.info;
    counts.fatal += fatal;
  }
  return counts;
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export const TEXT = {
  noProblems: { zh: '未发现问题', en: 'No problems found' },
  fatal: { zh: '无法检查', en: 'Could not be linted' },
  legalBasis: { zh: '法律依据', en: 'Legal basis' },
  report: { zh: 'govcat 检查报告', en: 'govcat report' },
  line: { zh: '行', en: 'Line' },
  cell: { zh: '单元格', en: 'Cell' },
  severity: { zh: '级别', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  article: { zh: '条款', en: 'Article' },
  message: { zh: '说明', en: 'Message' },
  file: { zh: '文件', en: 'File' },
  colon: { zh: '：', en: ': ' },
} satisfies Record<string, Bilingual>;

/** "12 problems (10 errors, 2 warnings, 0 infos)" / "共 12 个问题（10 个错误，2 个警告，0 个提示）". */
export function summaryText(c: Counts, locale: Locale): string {
  const total = c.errors + c.warnings + c.infos;
  if (locale === 'zh') return `共 ${total} 个问题（${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示）`;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(total, 'problem')} (${n(c.errors, 'error')}, ${n(c.warnings, 'warning')}, ${n(c.infos, 'info')})`;
}

export function articleLabel(articles: readonly ArticleRef[], locale: Locale): string {
  return citeAll(articles)[locale];
}

/** The article together with its law: 《政务数据共享条例》第十五条第二款 / Art. 15(2), Regulations on … */
export function lawCitation(ref: ArticleRef, locale: Locale): string {
  const title = LAW_TITLES[ref.source];
  return locale === 'zh' ? `${title.zh}${cite(ref, false, true).zh}` : `${cite(ref, false, true).en}, ${title.en}`;
}

/** Where a finding is, as a person reads it: 12:5 in a YAML file, 数据目录!F12 in a spreadsheet. */
export function position(f: Pick<Finding, 'line' | 'column' | 'cell'>): string {
  return f.cell ? cellLabel(f.cell) : `${f.line}:${f.column}`;
}

/** 数据目录!F12; a sheet name that is not a plain word is quoted as Excel quotes it ('数据 目录'!F12). */
export function cellLabel(cell: { sheet: string; ref: string }): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(cell.sheet);
  return `${plain ? cell.sheet : `'${cell.sheet.replace(/'/g, "''")}'`}!${cell.ref}`;
}

/** Path of `file` relative to `cwd`, with forward slashes; never consults the process's own directory. */
export function relativePath(file: string, cwd: string): string {
  const f = file.replace(/\\/g, '/');
  const c = cwd.replace(/\\/g, '/');
  if (!isAbsolutePath(f)) return posix.normalize(f).replace(/^\.\//, '');
  if (!isAbsolutePath(c)) return f;
  return posix.relative(_rooted(c), _rooted(f)) || '.';
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

// --- internal ---

const _rooted = (p: string) => (p.startsWith('/') ? p : `/${p}`);
