// The yaml-typo check: typos officers make in catalogue YAML (full-width colons and spaces, tabs, a colon without its
// space, curly quotes), found on the source text by src/core/typos.ts rather than on the data, so it is no lint rule
// of the registry; its findings come with the loaded document. A format error, not a legal one: it cites no article.
import type { Bilingual, RuleBase } from './types.js';

export type YamlTypoMessageId =
  | 'fullwidthColon' | 'fullwidthSpaceColon' | 'fullwidthSpaceIndent' | 'tabIndent' | 'missingSpace'
  | 'smartQuotes' | 'listContinuation';

export const yamlTypo: RuleBase<Record<string, never>, YamlTypoMessageId> = {
  id: 'yaml-typo',
  articles: [],
  severity: 'error',
  docs: {
    summary: { zh: 'YAML 书写笔误：中文冒号、全角空格、Tab 缩进、冒号后缺空格、中文引号', en: 'YAML typos: full-width colons and spaces, tab indentation, no space after a colon, curly quotes' },
    details: {
      zh: '用中文输入法或从文档中复制时，常把“键: 值”写成“键：值”（中文冒号）、“键:值”（缺空格），用全角空格或 Tab 键缩进，或用中文引号“”代替英文引号。按 YAML 的规定，这样的文件不成立或会被误读。govcat 在内存中修正以下几种可确定的笔误后照常检查内容，并把每处笔误作为错误报告：键后的中文冒号“：”、冒号旁的全角空格、缩进中的全角空格和 Tab、冒号后缺少的空格；govcat fmt --fix 或 govcat lint --fix 会把它们改在文件里。中文引号不是 YAML 的引号，会成为内容的一部分；比上一个列表项缩进得多的“- ”行会被读作上一项文字的延续：两者作为警告报告。键后的中文逗号“，”、没有闭合的引号或括号、缩进错位的列表项、同一层重复的键、缺少冒号的行无法确定原意，govcat 说明原因和位置后停止检查（退出码 2）。',
      en: 'Typing with a Chinese input method or copying from a document often gives 键：值 (a full-width colon), key:value (no space), indentation with full-width spaces or tabs, or curly quotes instead of ASCII ones. By the YAML rules such a file is invalid or misread. govcat repairs these certain typos in memory, lints the content as usual and reports each typo as an error: a full-width colon "：" after a key, a full-width space beside a colon, full-width spaces and tabs in indentation, and a missing space after a colon; govcat fmt --fix or govcat lint --fix writes the repairs to the file. Curly quotes are not YAML quotes and become part of the text, and a "- " line indented deeper than the list item above is read as more text of that item: both are warnings. A full-width comma "，" after a key, an unclosed quote or bracket, a list item at the wrong indentation, a key repeated in one mapping and a line without its colon cannot be repaired with certainty: govcat says why and where, and stops (exit code 2).',
    },
  },
  messages: {
    fullwidthColon: { zh: '“{{key}}”后面是中文冒号“：”，YAML 只认英文冒号加空格，应写作“{{key}}: ”', en: 'a full-width colon "：" after "{{key}}": YAML needs an ASCII colon and a space, "{{key}}: "' },
    fullwidthSpaceColon: { zh: '“{{key}}”的冒号旁边是全角空格，应为英文空格', en: 'a full-width space (U+3000) beside the colon after "{{key}}": use an ASCII space' },
    fullwidthSpaceIndent: { zh: '行首缩进用了全角空格，缩进只能用英文空格（按 {{width}} 个空格理解）', en: 'the indentation contains full-width spaces (U+3000): indent with ASCII spaces only (read as {{width}} spaces)' },
    tabIndent: { zh: '行首用 Tab 键缩进，YAML 只能用空格缩进（按 {{width}} 个空格理解）', en: 'the line is indented with a tab: YAML indents with spaces only (read as {{width}} spaces)' },
    missingSpace: { zh: '“{{key}}:”后面缺少空格，应写作“{{key}}: {{value}}”', en: 'no space after "{{key}}:": write "{{key}}: {{value}}"' },
    smartQuotes: {
      zh: '中文引号{{quote}}不是 YAML 的引号，会成为内容的一部分；如需引号请用英文引号 "…"，否则删去',
      en: 'the curly quotes {{quote}} are not YAML quotes and become part of the text: use ASCII quotes "…" if quotes are meant, else remove them',
    },
    listContinuation: {
      zh: '这一行以“- ”开头，但比第 {{line}} 行的列表项缩进得多，因而被当作上一项文字的延续；同一列表的各项须左对齐',
      en: 'this line starts with "- " but is indented deeper than the list item on line {{line}}, so it is read as more text of that item: the items of one list line up',
    },
  },
  defaults: {},
};

/** What `--fix` says it changed, one template per kind of repair (before → after is added by the caller). */
export const FIX_TEXT: Record<'fullwidthColon' | 'fullwidthSpaceColon' | 'fullwidthSpaceIndent' | 'tabIndent' | 'missingSpace' | 'date' | 'canonical', Bilingual> = {
  fullwidthColon: { zh: '中文冒号改为英文冒号', en: 'full-width colon to ASCII colon' },
  fullwidthSpaceColon: { zh: '冒号旁的全角空格改为英文空格', en: 'full-width space beside the colon to an ASCII space' },
  fullwidthSpaceIndent: { zh: '缩进中的全角空格改为英文空格', en: 'full-width spaces in the indentation to ASCII spaces' },
  tabIndent: { zh: 'Tab 缩进改为空格', en: 'tab indentation to spaces' },
  missingSpace: { zh: '冒号后补空格', en: 'space added after the colon' },
  date: { zh: '日期改为 yyyy-mm-dd', en: 'date to yyyy-mm-dd' },
  canonical: { zh: '变体用语改为规范术语', en: 'variant term to the canonical term' },
};
