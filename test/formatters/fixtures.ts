// Literal results and fake rule metadata shared by the formatter tests.
import type { AnyRule, ArticleRef, Finding, Severity } from '../../src/core/types.js';
import type { FileResult, FormatterContext } from '../../src/formatters/types.js';

function rule(id: string, severity: Severity, articles: ArticleRef[], summary: [string, string]): AnyRule {
  return {
    id,
    articles,
    severity,
    docs: { summary: { zh: summary[0], en: summary[1] }, details: { zh: `${summary[0]}（详细说明）`, en: `${summary[1]} (details)` } },
    messages: { bad: { zh: '不合规', en: 'not compliant' } },
    defaults: {},
    examples: { pass: { at: 'entry', yaml: 'id: E1' }, fail: { at: 'entry', yaml: 'id: E2' } },
    check: () => {},
  };
}

export const RULES: AnyRule[] = [
  rule('share-type-valid', 'error', [{ source: 'decree-809', article: 14 }], ['共享属性须为三类之一', 'share_type is one of the three classes']),
  rule('conditional-usage-conditions', 'error', [{ source: 'decree-809', article: 15, paragraph: 2 }], ['有条件共享须列明条件', 'Conditional entries state conditions']),
  rule('unconditional-extra-conditions', 'warning', [{ source: 'decree-809', article: 15, paragraph: 1 }], ['无条件共享不得增设条件', 'No extra conditions on unconditional entries']),
  rule('vocabulary-normalized', 'info', [], ['取值已规范化', 'Value mapped to canonical term']),
  rule('header-required', 'error', [{ source: 'decree-809', article: 12 }, { source: 'decree-809', article: 13 }], ['目录须有表头', 'Catalogue header present']),
];

export const SOURCE = [
  'catalogue:',
  '  id: CAT-001',
  '  department: 某某市数据局',
  'entries:',
  '  - { id: E1, 名称: 企业登记信息, share_type: 开放 }',
  '  - id: E2',
  '    usage_conditions: 待定',
  '',
].join('\n');

export const CN_FILE = 'catalogues/市级目录.yaml';

function at(lineNo: number, needle: string): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const column = SOURCE.split('\n')[lineNo - 1].indexOf(needle) + 1;
  if (column < 1) throw new Error(`fixture: ${needle} not on line ${lineNo}`);
  return { line: lineNo, column, endLine: lineNo, endColumn: column + needle.length };
}

function finding(ruleId: string, severity: Severity, message: [string, string], range: ReturnType<typeof at>, path: string, entryId?: string): Finding {
  const meta = RULES.find((r) => r.id === ruleId)!;
  return { ruleId, messageId: 'bad', severity, articles: meta.articles, message: { zh: message[0], en: message[1] }, file: CN_FILE, path, ...range, ...(entryId ? { entryId } : {}) };
}

export const FINDINGS: Finding[] = [
  finding('share-type-valid', 'error', ['共享属性“开放”不是三类之一', 'share_type "开放" is not one of the three classes'], at(5, '开放'), 'entries[0].share_type', 'E1'),
  finding('vocabulary-normalized', 'info', ['“开放”按“无条件共享”理解', '"开放" read as unconditional'], at(5, '开放'), 'entries[0].share_type', 'E1'),
  finding('unconditional-extra-conditions', 'warning', ['无条件共享却设有条件', 'unconditional entry imposes conditions'], at(6, 'id: E2'), 'entries[1]', 'E2'),
  finding('conditional-usage-conditions', 'error', ['使用条件为占位符“待定”', 'usage_conditions is the placeholder "待定"'], at(7, '待定'), 'entries[1].usage_conditions', 'E2'),
];

export const LINTED: FileResult = { file: CN_FILE, findings: FINDINGS, source: SOURCE };

export const FATAL: FileResult = {
  file: 'broken.yaml',
  findings: [],
  fatal: { message: { zh: 'YAML 语法错误：缩进不一致', en: 'YAML syntax error: bad indentation' }, line: 3, column: 7 },
};

export const CLEAN: FileResult = { file: 'clean.yaml', findings: [], source: 'catalogue:\n  id: X\n' };

export const RESULTS: FileResult[] = [LINTED, FATAL, CLEAN];

export function ctx(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { locale: 'en', color: false, cwd: '/repo', rules: RULES, toolVersion: '0.1.0', profile: 'national-decree-809', ...overrides };
}

/** A finding whose text tries every escaping hazard at once. */
export function hostile(file: string): FileResult {
  const text = 'a|b <tag> & "q" \'s\' 100% x:y,z\nnext\rline\u0007bell\u001b[31mred';
  const base = FINDINGS[0];
  return { file, findings: [{ ...base, file, message: { zh: `中文${text}`, en: text } }] };
}
