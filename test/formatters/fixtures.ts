// Literal results and fake rule metadata shared by the formatter tests.
import type { AnyRule, ArticleRef, Finding, Severity } from '../../src/core/types.js';
import type { ChangeList, EventRow, FileResult, FormatterContext } from '../../src/formatters/types.js';

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

/** 60 CJK characters: 120 display columns, far past the 40 a value may take in the change table. */
export const LONG_CONDITIONS = '仅限用于市场监管执法，不得向第三方提供，使用单位应当建立数据安全管理制度并定期报告使用情况和安全状况，接受主管部门监督检查。';

export const PREVIOUS_FILE = 'catalogues/市级目录.v1.yaml';

/** What `govcat diff` would hand over: header and entry changes with lines resolved by the CLI. */
export const CHANGES: ChangeList = {
  previous: PREVIOUS_FILE,
  header: [{ field: 'version', before: '1.0', after: '1.1', oldPath: ['catalogue', 'version'], newPath: ['catalogue', 'version'], oldLine: 3, newLine: 3 }],
  entries: [
    {
      kind: 'changed',
      id: 'E1',
      name: '企业登记信息',
      oldPath: ['entries', 0],
      newPath: ['entries', 0],
      oldLine: 5,
      newLine: 5,
      fields: [
        { field: 'share_type', before: 'unconditional', after: 'conditional', oldPath: ['entries', 0, 'share_type'], newPath: ['entries', 0, 'share_type'], oldLine: 5, newLine: 5 },
        { field: 'share_method', before: ['api'], after: ['api', 'file_download'], newPath: ['entries', 0, 'share_method'], oldLine: 5, newLine: 6 },
        { field: 'usage_conditions', after: LONG_CONDITIONS, newPath: ['entries', 0, 'usage_conditions'], newLine: 7 },
        { field: 'format', before: { kind: 'database_table', detail: 'MySQL' }, after: { kind: 'file' }, oldLine: 8, newLine: 9 },
      ],
    },
    { kind: 'added', id: 'E3', name: '食品经营许可', newPath: ['entries', 2], newLine: 20, fields: [] },
    { kind: 'removed', id: 'E9', name: 'Retired entry', oldPath: ['entries', 4], oldLine: 30, fields: [] },
  ],
};

/** One event in each state; the second has a 5-day extension and was submitted late. */
export const EVENTS: EventRow[] = [
  { id: 'EV-2026-01', kind: 'law_change', effective: '2026-09-30', originalDue: '2026-10-20', due: '2026-10-20', submitted: '2026-10-19', state: 'on-time', line: 12 },
  { id: 'EV-2026-02', kind: 'duty_change', effective: '2026-02-10', originalDue: '2026-03-03', due: '2026-03-10', extensionDays: 5, submitted: '2026-03-13', state: 'late', workingDays: 3, line: 16 },
  { id: 'EV-2026-03', kind: 'state_council_decision_change', effective: '2026-11-02', originalDue: '2026-11-16', due: '2026-11-16', state: 'open', workingDays: 4, line: 20 },
  { id: 'EV-2026-04', kind: 'administrative_regulation_change', effective: '2026-10-01', originalDue: '2026-10-21', due: '2026-10-21', state: 'overdue', workingDays: 2, line: 24 },
  { id: 'EV-2026-05', state: 'unknown', line: 28 },
];

/** The new version of the linted file, compared with its previous version. */
export const DIFFED: FileResult = { ...LINTED, changes: CHANGES, events: EVENTS };

/** A clean new version: no findings, but still a change list and an event. */
export const CLEAN_DIFF: FileResult = { file: 'clean.yaml', findings: [], source: 'catalogue:\n  id: X\n', changes: CHANGES, events: [EVENTS[0]] };
