// Typos non-programmers make in catalogue YAML: each with the line, column and Chinese and English message an officer
// gets. Repairable ones are yaml-typo findings and the content is still linted; the others stop with exit 2 (InputError).
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { lint } from '../src/lint-api.js';
import { loadYaml } from '../src/core/load.js';
import { InputError } from '../src/core/errors.js';
import { PARSER_ERRORS } from '../src/core/yaml-errors.js';
import { yamlTypo } from '../src/core/yaml-typo.js';
import type { Finding } from '../src/core/types.js';
import { govcat } from './cli/run.js';

type Kind = 'error' | 'warning' | 'fatal';
interface Case {
  name: string;
  yaml: string;
  kind: Kind;
  line: number;
  column: number;
  zh: string;
  en: string;
}

const CJK = /[\u4e00-\u9fff]/;

// prettier-ignore
const cases: Case[] = [
  // Repaired in memory, reported as yaml-typo errors.
  { name: 'full-width colon after a key', yaml: 'catalogue:\n  title：企业登记信息\n  region: "110000"\n', kind: 'error', line: 2, column: 8, zh: '“title”后面是中文冒号“：”', en: 'a full-width colon "：" after "title"' },
  { name: 'full-width colon after a Chinese key', yaml: 'entries:\n  - 数据目录名称：企业登记信息\n    提供单位：市场监管局\n', kind: 'error', line: 2, column: 11, zh: '“数据目录名称”后面是中文冒号', en: 'after "数据目录名称"' },
  { name: 'full-width colon on the last key (the parser alone misreads it)', yaml: 'catalogue:\n  title：企业登记信息\n', kind: 'error', line: 2, column: 8, zh: '应写作“title: ”', en: '"title: "' },
  { name: 'full-width colon and a full-width space', yaml: 'catalogue:\n  title：\u3000企业登记信息\n  region: "110000"\n', kind: 'error', line: 2, column: 8, zh: '中文冒号', en: 'full-width colon' },
  { name: 'full-width space in the indentation', yaml: 'catalogue:\n\u3000\u3000title: 企业登记信息\n', kind: 'error', line: 2, column: 1, zh: '行首缩进用了全角空格', en: 'the indentation contains full-width spaces' },
  { name: 'full-width space on an empty line', yaml: 'govcat: 1\n\u3000\ncatalogue: {}\n', kind: 'error', line: 2, column: 1, zh: '全角空格', en: 'full-width spaces' },
  { name: 'full-width space before the colon', yaml: 'catalogue:\n  title\u3000: 企业登记信息\n', kind: 'error', line: 2, column: 8, zh: '“title”的冒号旁边是全角空格', en: 'a full-width space (U+3000) beside the colon after "title"' },
  { name: 'full-width space after the colon', yaml: 'catalogue:\n  title:\u3000企业登记信息\n', kind: 'error', line: 2, column: 8, zh: '冒号旁边是全角空格', en: 'beside the colon after "title"' },
  { name: 'tab indentation', yaml: 'catalogue:\n\ttitle: 企业登记信息\n\tregion: "110000"\n', kind: 'error', line: 2, column: 1, zh: '行首用 Tab 键缩进，YAML 只能用空格缩进（按 2 个空格理解）', en: 'indented with a tab' },
  { name: 'a tab after spaces, at the next tab stop', yaml: 'catalogue:\n  title: 企业登记信息\n \tregion: "110000"\n', kind: 'error', line: 3, column: 1, zh: '按 2 个空格理解', en: 'read as 2 spaces' },
  { name: 'no space after the colon', yaml: 'catalogue:\n  title:企业登记信息\n  region: "110000"\n', kind: 'error', line: 2, column: 8, zh: '“title:”后面缺少空格，应写作“title: 企业登记信息”', en: 'no space after "title:"' },
  { name: 'no space after the colon of the only key', yaml: 'catalogue:\n  level:provincial\n', kind: 'error', line: 2, column: 8, zh: '“level:”后面缺少空格', en: 'write "level: provincial"' },
  // Reported as warnings: the text is valid YAML, but not what was meant.
  { name: 'curly quotes around a value', yaml: 'catalogue:\n  title: “企业登记信息”\n', kind: 'warning', line: 2, column: 10, zh: '中文引号“”不是 YAML 的引号', en: 'the curly quotes “” are not YAML quotes' },
  { name: 'curly single quotes around a key', yaml: '‘catalogue’: {}\n', kind: 'warning', line: 1, column: 1, zh: '中文引号‘’', en: 'curly quotes ‘’' },
  { name: 'a list item indented deeper than the one above', yaml: 'items:\n  - 企业名称\n   - 统一社会信用代码\n', kind: 'warning', line: 3, column: 4, zh: '比第 2 行的列表项缩进得多', en: 'indented deeper than the list item on line 2' },
  // Cannot be repaired with certainty: exit 2 with the explanation.
  { name: 'full-width comma after a field name', yaml: 'catalogue:\n  title，企业登记信息\n', kind: 'fatal', line: 2, column: 8, zh: '“title”后面是中文逗号“，”', en: 'a full-width comma "，" after "title"' },
  { name: 'full-width comma beside other keys', yaml: 'catalogue:\n  id: CAT-1\n  备注，临时\n  region: "110000"\n', kind: 'fatal', line: 3, column: 5, zh: '“备注”后面是中文逗号', en: 'full-width comma' },
  { name: 'unclosed double quote', yaml: 'catalogue:\n  title: "企业登记信息\n  region: "110000"\n', kind: 'fatal', line: 2, column: 10, zh: '第 2 行的引号 " 没有结束引号', en: 'the quote " on line 2 is never closed' },
  { name: 'unclosed single quote at the end of the file', yaml: "catalogue:\n  title: '企业登记信息\n", kind: 'fatal', line: 2, column: 10, zh: "引号 ' 没有结束引号", en: 'never closed' },
  { name: 'curly quotes around text with a colon', yaml: 'catalogue:\n  title: “说明: 企业”\n', kind: 'fatal', line: 2, column: 10, zh: '中文引号“”不是 YAML 的引号，引号里的冒号或“#”因此被误读', en: 'so a colon or "#" inside them is misread' },
  { name: 'list item indented less than its list', yaml: 'entries:\n  - id: A-1\n    name: 甲\n - id: A-2\n', kind: 'fatal', line: 4, column: 2, zh: '列表项“- ”缩进了 1 格，而第 2 行同一列表的项缩进 2 格', en: 'has an indentation of 1 but the item of the same list on line 2 has 2' },
  { name: 'list item indented more than its list', yaml: 'entries:\n  - id: A-1\n    name: 甲\n   - id: A-2\n', kind: 'fatal', line: 4, column: 4, zh: '缩进了 3 格', en: 'has an indentation of 3' },
  { name: 'list item under a key that has a value', yaml: 'catalogue:\n  title: 目录\n  - 企业名称\n', kind: 'fatal', line: 3, column: 3, zh: '列表项“- ”不能写在这里', en: 'a list item "- " cannot go here' },
  { name: 'no space after the dash of a list item', yaml: 'items:\n  - name: 甲\n  -name: 乙\n', kind: 'fatal', line: 3, column: 3, zh: '列表项的“-”后面缺少空格，应写作“- name: 乙”', en: 'no space after the "-"' },
  { name: 'a key repeated in one mapping', yaml: 'catalogue:\n  title: 甲\n  region: "110000"\n  title: 乙\n', kind: 'fatal', line: 4, column: 3, zh: '重复的键“title”：第 2 行和第 4 行', en: 'the key "title" is written twice in one mapping, on lines 2 and 4' },
  { name: 'a key repeated, once quoted', yaml: 'govcat: 1\n"govcat": 1\n', kind: 'fatal', line: 2, column: 1, zh: '第 1 行和第 2 行', en: 'lines 1 and 2' },
  { name: 'a line without its colon (the parser stops on the next line)', yaml: 'catalogue:\n  title 企业登记信息\n  region: "110000"\n', kind: 'fatal', line: 2, column: 8, zh: '这一行“title 企业登记信息”缺少英文冒号“:”', en: 'lacks its ASCII colon' },
  { name: 'a line without its colon, last in its mapping', yaml: 'catalogue:\n  title: 目录\n  region 110000\n', kind: 'fatal', line: 3, column: 9, zh: '如“region: 110000”', en: 'e.g. "region: 110000"' },
  { name: 'a line without its colon, first in the file', yaml: 'govcat 1\ncatalogue: {}\n', kind: 'fatal', line: 1, column: 7, zh: '缺少英文冒号', en: 'lacks its ASCII colon' },
  { name: 'a line without its colon inside a list item', yaml: 'entries:\n  - id: A-1\n    name 企业登记\n    summary: x\n', kind: 'fatal', line: 3, column: 9, zh: '“name 企业登记”缺少英文冒号', en: '"name: 企业登记"' },
  // js-yaml's own error classes, in words.
  { name: 'a key indented deeper than its siblings', yaml: 'catalogue:\n  title: 目录\n    region: "110000"\n', kind: 'fatal', line: 3, column: 11, zh: '缩进不对：同一层的键须左对齐', en: 'wrong indentation' },
  { name: 'a key indented less than its siblings', yaml: 'catalogue:\n  title: 目录\n region: "110000"\n', kind: 'fatal', line: 3, column: 2, zh: '缩进不对', en: 'wrong indentation' },
  { name: 'a quoted value over two lines, not indented', yaml: 'catalogue:\n  title: "企业\n  登记"\n', kind: 'fatal', line: 3, column: 3, zh: '缩进不足', en: 'too little indentation' },
  { name: 'a bad escape in double quotes', yaml: 'catalogue:\n  title: "C:\\数据"\n', kind: 'fatal', line: 2, column: 13, zh: '双引号里的反斜杠“\\”后面不是有效的转义', en: 'starts no valid escape' },
  { name: 'an unknown tag', yaml: 'govcat: !version 1\n', kind: 'fatal', line: 1, column: 9, zh: '不支持以“!”开头的标签', en: 'tags starting with "!"' },
  { name: 'an undefined alias', yaml: 'catalogue:\n  title: *目录\n', kind: 'fatal', line: 2, column: 10, zh: '“*”开头的值表示引用一个锚点', en: 'refers to an anchor that is not defined' },
  { name: 'an unclosed bracket', yaml: 'entries:\n  - share_method: [api, batch_exchange\n    name: 甲\n', kind: 'fatal', line: 2, column: 19, zh: '第 2 行的括号“[”没有配对的结束括号；请补上“]”', en: 'the bracket "[" on line 2 is never closed' },
  { name: 'a comma missing in brackets', yaml: 'entries:\n  - share_method: ["api" "batch_exchange"]\n', kind: 'fatal', line: 2, column: 26, zh: '缺少英文逗号“,”', en: 'an ASCII comma "," is missing' },
  { name: 'an extra comma in brackets', yaml: 'entries:\n  - share_method: [api,, batch_exchange]\n', kind: 'fatal', line: 2, column: 24, zh: '多余的逗号', en: 'an extra comma' },
  { name: 'text after the end of the document', yaml: 'govcat: 1\n]\n', kind: 'fatal', line: 2, column: 1, zh: '这一行无法接在上文之后', en: 'cannot follow the text above' },
  { name: 'text after a block marker', yaml: 'catalogue:\n  title: | 企业\n', kind: 'fatal', line: 2, column: 12, zh: '多行文字标记“|”或“>”的写法不对', en: 'a text block marker' },
  { name: 'an invisible control character', yaml: 'catalogue:\n  title: 企业\u0007\n', kind: 'fatal', line: 2, column: 12, zh: '不可见的控制字符', en: 'invisible control character' },
  { name: 'a colon without space after a quoted key', yaml: '"title":目录\n', kind: 'fatal', line: 1, column: 9, zh: '冒号“:”后面缺少空格', en: 'a space is missing after the colon' },
];

function outcome(yaml: string): { kind: Kind; line?: number; column?: number; zh: string; en: string } {
  try {
    const doc = loadYaml(yaml, 't.yaml', { repair: true });
    const f = doc.typos?.[0];
    if (!f) return { kind: 'error', zh: '(no typo)', en: '(no typo)' };
    return { kind: f.severity as Kind, line: f.line, column: f.column, zh: f.message.zh, en: f.message.en };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { kind: 'fatal', line: e.line, column: e.column, zh: e.text.zh, en: e.text.en };
  }
}

describe('typos officers make', () => {
  it('has at least 25 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const got = outcome(c.yaml);
    expect({ kind: got.kind, line: got.line, column: got.column }).toEqual({ kind: c.kind, line: c.line, column: c.column });
    expect(got.zh).toContain(c.zh);
    expect(got.en).toContain(c.en);
    // No parser English inside the Chinese text: only the words of the file itself may be Latin.
    expect(got.zh).toMatch(CJK);
    expect(got.zh).not.toMatch(/mapping|indentation|scalar|stream|expected|sequence|alias|unknown|tag !|escape|flow/i);
    if (c.kind === 'fatal') {
      expect(got.zh).toMatch(/^YAML 语法错误：/);
      expect(got.en).toMatch(/^YAML syntax error: /);
    }
  });
});

describe('every js-yaml error class has its own explanation', () => {
  const reasons = [
    'bad indentation of a mapping entry', 'bad indentation of a sequence entry', 'deficient indentation',
    'can not read a block mapping entry; a multiline key may not be an implicit key', "expected ':' after a mapping key",
    'a whitespace character is expected after the key-value separator within a block mapping',
    'end of the stream or a document separator is expected', 'unexpected end of the stream within a double quoted scalar',
    'unexpected end of the document within a single quoted scalar', 'unexpected end of the stream within a flow collection',
    'missed comma between flow collection entries', "expected the node content, but found ','", 'unknown escape sequence',
    'expected hexadecimal character', 'expected valid JSON character', 'the stream contains non-printable characters',
    'tab characters must not be used in indentation', 'duplicated mapping key', 'unknown scalar tag !<!x>',
    'unknown mapping tag !<tag:yaml.org,2002:seq>', 'cannot resolve a node with !<tag:yaml.org,2002:int> explicit tag',
    'undeclared tag handle "!x!"', 'unidentified alias "x"', 'name of an anchor node must contain at least one character',
    'alias node should not have any properties', 'duplication of a tag property', 'nesting exceeded maxDepth (64)',
    'repeat of a chomping mode identifier', 'a line break is expected', 'directives end mark is expected',
    'unacceptable YAML version of the document', 'object-based map does not support complex keys',
    'unexpected end of the stream within a verbatim tag', 'can not read a document',
  ];
  it.each(reasons)('%s', (reason) => {
    const hit = PARSER_ERRORS.find((p) => p.match.test(reason));
    expect(hit, reason).toBeDefined();
    expect(hit!.text.zh).toMatch(CJK);
    expect(hit!.text.zh.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[a-z]{4,}/);
  });
});

describe('a repaired typo leaves the content findings as they were', () => {
  // A finding as the text it spans: on the mistyped line the columns move with the typo, the text does not (spacing
  // and the colon's width aside).
  const brief = (fs: Finding[], text: string) => {
    const ls = text.split('\n');
    const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/：/g, ':');
    return fs.filter((f) => f.ruleId !== yamlTypo.id).map((f) => {
      const start = ls[f.line - 1].slice(f.column - 1, f.line === f.endLine ? f.endColumn - 1 : undefined);
      const end = f.line === f.endLine ? '' : ls[f.endLine - 1].slice(0, f.endColumn - 1);
      return `${f.line}-${f.endLine} «${norm(start)}»…«${norm(end)}» ${f.ruleId} ${f.path} ${f.message.en}`;
    });
  };
  const run = (text: string) => lint(text, { file: 't.yaml', asOf: '2026-06-01' }).findings;
  const typos: [string, (l: string) => string][] = [
    ['full-width colon', (l) => l.replace(': ', '：')],
    ['full-width colon and space', (l) => l.replace(': ', '： ')],
    ['no space after the colon', (l) => l.replace(': ', ':')],
    ['full-width space after the colon', (l) => l.replace(': ', ':\u3000')],
    ['tab indentation', (l) => l.replace(/^ {2}/, '\t')],
    ['full-width space indentation', (l) => l.replace(/^ {2}/, '\u3000')],
  ];
  // Every line "  key: value" of a catalogue with findings, English-keyed and Chinese-keyed, typed each wrong way.
  const samples = ['samples/violations.yaml', 'test/fixtures/zh/njgl-cgj.yaml'];
  const table = samples.flatMap((f) => typos.map(([what, typo]) => [f, what, typo] as const));

  it.each(samples)('%s has content findings to compare', (f) => {
    const text = readFileSync(f, 'utf8');
    expect(brief(run(text), text).length).toBeGreaterThan(5);
  });

  it.each(table)('%s, %s on every key line: same findings at the same text, plus the typo', (f, _, typo) => {
    const source = readFileSync(f, 'utf8');
    const lines = source.split('\n');
    const keyLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ *[\p{L}_][\p{L}\p{N}_]*: \S/u.test(l));
    const base = brief(run(source), source);
    let checked = 0;
    for (const [line, i] of keyLines) {
      const typed = typo(line);
      if (typed === line) continue;
      const text = [...lines.slice(0, i), typed, ...lines.slice(i + 1)].join('\n');
      const found = run(text);
      expect(brief(found, text), `line ${i + 1}: ${typed}`).toEqual(base);
      expect(found.filter((f) => f.ruleId === yamlTypo.id && f.severity === 'error').map((f) => f.line), `line ${i + 1}`).toEqual([i + 1]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('columns after a repair that inserts a space stay those of the text as written', () => {
    const text = 'govcat: 1\ncatalogue:\n  compiled_at:2026/3/2\n';
    const f = run(text).find((x) => x.ruleId === 'date-valid')!;
    expect([f.line, f.column, f.endColumn]).toEqual([3, 15, 23]);
    expect(text.split('\n')[2].slice(f.column - 1, f.endColumn - 1)).toBe('2026/3/2');
  });

  it('a typo finding names the node it is on', () => {
    const f = run('govcat: 1\ncatalogue:\n  title：目录\nentries:\n  - id：A-1\n    name: 甲\n').filter((x) => x.ruleId === yamlTypo.id);
    expect(f.map((x) => x.path)).toEqual(['catalogue.title', 'entries[0].id']);
  });
});

describe('govcat explain yaml-typo', () => {
  it('says which typos are repaired and which stop the check, in both languages', () => {
    const zh = govcat(['explain', 'yaml-typo', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('govcat fmt --fix 或 govcat lint --fix 会把它们改在文件里');
    expect(zh.stdout).toContain('无法确定原意，govcat 说明原因和位置后停止检查（退出码 2）');
    const en = govcat(['explain', 'yaml-typo', '--lang', 'en']);
    expect(en.stdout).toContain('cannot be repaired with certainty');
  });
});
