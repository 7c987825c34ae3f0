// Parser failures told in words an officer can act on: a typo the scanner found near the failure when there is one
// (an unclosed quote, a line without its colon, a misplaced "- ", a key written twice with both lines), else the
// parser's error class, every one of js-yaml's in Chinese and English. English keeps the parser's reason in brackets.
import { getScalarValue, load, CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { InputError } from './errors.js';
import { render } from './messages.js';
import { yamlTypo } from './yaml-typo.js';
import type { ColumnMap, LineFacts, Scan, Suspect } from './typos.js';
import type { Bilingual, MessageData } from './types.js';

export interface FailureContext {
  file: string;
  /** The text as written, and the text the parser read (the same unless typos were repaired). */
  text: string;
  parsed: string;
  columns: ColumnMap;
  /** Parser events, when parsing got that far (a duplicate key is found while constructing). */
  events: readonly Event[];
  scan: () => Scan;
  /** Whether the certain typos were repaired before parsing (lint), or the text is read as written (fmt). */
  repaired: boolean;
  maxDepth: number;
}

/** Explanations that are no parser error class: what the scanner recognised around the failure. */
export const DETECTED: Record<'fullwidthComma' | 'unclosedQuote' | 'unclosedFlow' | 'smartQuotes' | 'listIndent' | 'listPlacement' | 'dashNoSpace' | 'duplicateKey' | 'duplicateKeyOnLine' | 'duplicateKeyAsWritten' | 'missingColon' | 'tabIndent' | 'fullwidthSpaceIndent' | 'fixable', Bilingual> = {
  fullwidthComma: { zh: '“{{key}}”后面是中文逗号“，”；键和值之间须用英文冒号加空格，应写作“{{key}}: ”', en: 'a full-width comma "，" after "{{key}}": a key and its value are separated by an ASCII colon and a space, "{{key}}: "' },
  unclosedQuote: { zh: '第 {{line}} 行的引号 {{quote}} 没有结束引号；请在值的末尾补上 {{quote}}，或删去这个引号', en: 'the quote {{quote}} on line {{line}} is never closed: add the closing {{quote}} at the end of the value, or remove the opening one' },
  unclosedFlow: { zh: '第 {{line}} 行的括号“{{bracket}}”没有配对的结束括号；请补上“{{close}}”', en: 'the bracket "{{bracket}}" on line {{line}} is never closed: add the closing "{{close}}"' },
  smartQuotes: { zh: '中文引号{{quote}}不是 YAML 的引号，引号里的冒号或“#”因此被误读；请改用英文引号 "…"', en: 'the curly quotes {{quote}} are not YAML quotes, so a colon or "#" inside them is misread: use ASCII quotes "…"' },
  listIndent: { zh: '列表项“- ”缩进了 {{width}} 格，而第 {{line}} 行同一列表的项缩进 {{expected}} 格；同一列表的各项须左对齐', en: 'this list item "- " has an indentation of {{width}} but the item of the same list on line {{line}} has {{expected}}: the items of one list line up' },
  listPlacement: { zh: '列表项“- ”不能写在这里：列表须放在以冒号结尾的键（如“数据项:”）下面，并比这个键多缩进', en: 'a list item "- " cannot go here: a list belongs under a key ending in a colon (such as "items:"), indented deeper than that key' },
  dashNoSpace: { zh: '列表项的“-”后面缺少空格，应写作“- {{text}}”', en: 'no space after the "-" of a list item: write "- {{text}}"' },
  duplicateKey: { zh: '重复的键“{{key}}”：第 {{first}} 行和第 {{line}} 行在同一层都写了它；只能保留一处，请删去或合并', en: 'the key "{{key}}" is written twice in one mapping, on lines {{first}} and {{line}}: keep one, delete or merge the other' },
  duplicateKeyOnLine: { zh: '重复的键“{{key}}”：第 {{line}} 行的同一个映射里写了两次；只能保留一处，请删去或合并', en: 'the key "{{key}}" is written twice in one mapping on line {{line}}: keep one, delete or merge the other' },
  duplicateKeyAsWritten: { zh: '重复的键“{{key}}”：同一层里这个键已经写过；只能保留一处，请删去或合并', en: 'the key "{{key}}" is written twice in one mapping: keep one, delete or merge the other' },
  missingColon: { zh: '这一行“{{text}}”缺少英文冒号“:”；键和值之间须写冒号加空格，如“{{example}}”', en: 'this line, "{{text}}", lacks its ASCII colon ":": write a colon and a space between the key and its value, e.g. "{{example}}"' },
  tabIndent: { zh: '行首用 Tab 键缩进；YAML 只能用空格缩进，请改为空格，并与同一层的行对齐', en: 'the line is indented with a tab: YAML indents with spaces only; use spaces, lined up with the lines of the same level' },
  fullwidthSpaceIndent: { zh: '行首缩进用了全角空格；缩进只能用英文空格，请改为空格，并与同一层的行对齐', en: 'the indentation contains full-width spaces (U+3000): indent with ASCII spaces, lined up with the lines of the same level' },
  fixable: { zh: '{{message}}（govcat fmt --fix 可自动修正）', en: '{{message}} (govcat fmt --fix repairs this)' },
};

/** Every error class js-yaml 5 raises while parsing and constructing, in words an officer can act on. */
export const PARSER_ERRORS: readonly { match: RegExp; text: Bilingual }[] = [
  { match: /^bad indentation of a mapping entry/, text: { zh: '缩进不对：同一层的键须左对齐，下一层须比上一层多缩进；也可能是上一行缺少冒号', en: 'wrong indentation: the keys of one level line up and a deeper level is indented more; or the line above lacks its colon' } },
  { match: /^bad indentation of a sequence entry/, text: { zh: '列表项“- ”的缩进不对：同一列表的各项须左对齐', en: 'a list item "- " at the wrong indentation: the items of one list line up' } },
  { match: /^deficient indentation/, text: { zh: '缩进不足：这一行属于上面的值（如多行文字、引号或括号里的内容），须比它的键缩进更多；也可能是上面的引号或括号没有闭合', en: 'too little indentation: this line continues a value above (text on several lines, or inside quotes or brackets) and must be indented deeper than its key; or a quote or bracket above is never closed' } },
  { match: /^can not read a block mapping entry; a multiline key may not be an implicit key/, text: { zh: '无法读取“键: 值”：上一行可能缺少冒号，或一个键被写成了多行', en: 'cannot read a "key: value" line: the line above may lack its colon, or a key runs over several lines' } },
  { match: /^expected ':' after a mapping key/, text: { zh: '这里缺少英文冒号“:”：键后面须写冒号加空格', en: 'an ASCII colon ":" is missing here: a key is followed by a colon and a space' } },
  { match: /^a whitespace character is expected after the key-value separator/, text: { zh: '冒号“:”后面缺少空格', en: 'a space is missing after the colon ":"' } },
  { match: /^end of the stream or a document separator is expected/, text: { zh: '这一行无法接在上文之后：可能缩进不对、缺少冒号，或列表项“- ”放错了位置', en: 'this line cannot follow the text above: wrong indentation, a missing colon, or a misplaced list item "- "' } },
  { match: /^unexpected end of the (stream|document) within a double quoted scalar/, text: { zh: '双引号“"”没有闭合：到文件结束也没有找到结束引号', en: 'a double quote is never closed: no closing quote before the end of the file' } },
  { match: /^unexpected end of the (stream|document) within a single quoted scalar/, text: { zh: "单引号“'”没有闭合：到文件结束也没有找到结束引号", en: 'a single quote is never closed: no closing quote before the end of the file' } },
  { match: /^unexpected end of the stream within a flow collection/, text: { zh: '方括号“[”或花括号“{”没有闭合', en: 'a bracket "[" or brace "{" is never closed' } },
  { match: /^missed comma between flow collection entries/, text: { zh: '方括号或花括号里的各项之间缺少英文逗号“,”', en: 'an ASCII comma "," is missing between the items in brackets or braces' } },
  { match: /^expected the node content, but found ','/, text: { zh: '方括号或花括号里有多余的逗号“,”', en: 'an extra comma "," in brackets or braces' } },
  { match: /^(unknown escape sequence|expected hexadecimal character)/, text: { zh: '双引号里的反斜杠“\\”后面不是有效的转义；要写反斜杠本身请写“\\\\”，或改用单引号', en: 'a backslash "\\" in double quotes starts no valid escape: write "\\\\" for a backslash, or use single quotes' } },
  { match: /^expected valid JSON character/, text: { zh: '引号里有不可见的控制字符（常由复制粘贴带入），请删除', en: 'an invisible control character inside quotes (often pasted in): delete it' } },
  { match: /^the stream contains non-printable characters/, text: { zh: '文件里有不可见的控制字符（常由复制粘贴带入），请删除', en: 'the file contains an invisible control character (often pasted in): delete it' } },
  { match: /^tab characters must not be used in indentation/, text: DETECTED.tabIndent },
  { match: /^duplicated mapping key/, text: { zh: '重复的键：同一层里同一个键写了两次', en: 'a key written twice in one mapping' } },
  { match: /tag|cannot resolve a node/, text: { zh: '不支持以“!”开头的标签；如果“!”是内容的一部分，请给整个值加引号', en: 'tags starting with "!" (!!str, !custom …) are not supported: if the "!" is part of the text, quote the whole value' } },
  { match: /^unidentified alias/, text: { zh: '“*”开头的值表示引用一个锚点，而这个锚点没有定义；如果“*”是内容的一部分，请给整个值加引号', en: 'a value starting with "*" refers to an anchor that is not defined: if the "*" is part of the text, quote the whole value' } },
  { match: /^name of an (anchor|alias) node must contain at least one character/, text: { zh: '“&”或“*”后面缺少名称；如果它们是内容的一部分，请给整个值加引号', en: 'a name is missing after "&" or "*": if they are part of the text, quote the whole value' } },
  { match: /^alias node should not have any properties/, text: { zh: '引用“*”前面不能再写“&”或“!”', en: 'an alias "*" cannot carry an anchor "&" or a tag "!"' } },
  { match: /^duplication of an? (tag|anchor) property/, text: { zh: '一个值前面写了两个“&”锚点或两个“!”标签', en: 'a value carries two anchors "&" or two tags "!"' } },
  { match: /^nesting exceeded maxDepth|maxDepth/, text: { zh: '嵌套过深（超过 {{depth}} 层）', en: 'nesting deeper than {{depth}} levels' } },
  { match: /^(repeat of a chomping mode identifier|bad explicit indentation width|repeat of an indentation width identifier|a line break is expected)/, text: { zh: '多行文字标记“|”或“>”的写法不对：它后面不能接文字，多行文字从下一行开始并缩进', en: 'a text block marker "|" or ">" is written wrongly: nothing follows it on its line, the text starts on the next line, indented' } },
  { match: /directive|^directives end mark is expected|^unacceptable YAML version|^ill-formed|previously declared suffix/, text: { zh: '文件开头以“%”开头的指令不正确；请删去以“%”开头的行', en: 'a directive line starting with "%" is not valid: delete the lines starting with "%"' } },
  { match: /^object-based map does not support complex keys/, text: { zh: '键不能是列表或映射（“[…]”或“{…}”）；如果是文字，请给它加引号', en: 'a key cannot be a list or mapping ("[…]" or "{…}"): quote it if it is text' } },
  { match: /merge/, text: { zh: '不支持合并键“<<”', en: 'merge keys "<<" are not supported' } },
  { match: /^(aliases exceeded maxAliases|recursive alias)/, text: { zh: '引用“*”过多或互相嵌套，无法展开', en: 'aliases "*" are too many or nest in themselves and cannot be expanded' } },
  { match: /^(can not read a document|incomplete mapping pair|expected a (single )?document)/, text: { zh: '无法读取文件的结构', en: 'the structure of the file cannot be read' } },
];

/** The fallback when js-yaml grows an error this table does not know: no parser English in the Chinese text. */
const _UNKNOWN: Bilingual = { zh: '无法读取这里的内容', en: 'the text cannot be read here' };

export function explainFailure(e: unknown, ctx: FailureContext): InputError {
  const { file } = ctx;
  if (e instanceof RangeError) return new InputError(file, syntaxText(render(_find('maxDepth'), { depth: ctx.maxDepth })));
  if (e instanceof InputError) {
    return e.line && e.column ? new InputError(e.file, e.text, e.line, ctx.columns.original(e.line, e.column)) : e;
  }
  const err = e as { reason?: string; message?: string; mark?: { position?: number } };
  const reason = (err.reason || err.message || String(e)).split('\n')[0].replace(/\s*\(\d+:\d+\)\s*$/, '');
  let position = typeof err.mark?.position === 'number' ? Math.min(err.mark.position, ctx.parsed.length) : undefined;
  // js-yaml points after the "\\" of a bad escape and after the "*" of an alias; the officer looks for those.
  if (position && /^(unknown escape sequence|unidentified alias)/.test(reason) && /[\\*]/.test(ctx.parsed[position - 1])) position--;
  const at = position === undefined ? undefined : _position(ctx.parsed, position);
  const line = at?.line;
  const column = at ? ctx.columns.original(at.line, at.column) : undefined;
  const said = (text: Bilingual, data: MessageData, l = line, c = column) => new InputError(file, syntaxText(render(text, data), reason), l, c);

  if (/^duplicated mapping key/.test(reason) && position !== undefined) {
    const dup = _duplicate(ctx.events, ctx.parsed, position);
    if (dup) {
      const p = _position(ctx.parsed, dup.at);
      return said(dup.first === p.line ? DETECTED.duplicateKeyOnLine : DETECTED.duplicateKey, { key: dup.key, first: dup.first, line: p.line }, p.line, ctx.columns.original(p.line, p.column));
    }
    // A key the events cannot resolve (an alias, *k): named as written.
    const written = _tokenAt(ctx.parsed, position);
    if (written) return said(DETECTED.duplicateKeyAsWritten, { key: _short(written) });
  }
  if (line !== undefined) {
    const hit = _detected(ctx, line, reason);
    if (hit) return said(hit.text, hit.data, hit.line, hit.column);
  }
  const known = PARSER_ERRORS.find((p) => p.match.test(reason));
  return said(known?.text ?? _UNKNOWN, { depth: ctx.maxDepth });
}

/** A scanner finding that refuses the file although the parser reads it (a comma after a field name). */
export function refusal(s: Suspect, file: string): InputError {
  return new InputError(file, syntaxText(render(DETECTED.fullwidthComma, s.data)), s.line, s.column);
}

/** "YAML 语法错误：…" / "YAML syntax error: … (parser reason)". */
export function syntaxText(text: Bilingual, reason?: string): Bilingual {
  return { zh: `YAML 语法错误：${text.zh}`, en: `YAML syntax error: ${text.en}${reason ? ` (${reason})` : ''}` };
}

// --- internal ---

function _find(name: string): Bilingual {
  return PARSER_ERRORS.find((p) => p.match.test(name))!.text;
}

function _position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

type _Hit = { text: Bilingual; data: MessageData; line: number; column: number };

/** What the scanner saw at or just before the failing line, most specific first. */
function _detected(ctx: FailureContext, line: number, reason: string): _Hit | undefined {
  const scan = ctx.scan();
  const { lines, suspects, typos } = scan;
  const prev = _previous(lines, line);
  const near = (l: number) => l === line || l === prev;
  const from = (s: Suspect, text: Bilingual, data: MessageData = s.data): _Hit => ({ text, data, line: s.line, column: s.column });
  const closes: Record<string, string> = { '[': ']', '{': '}' };

  const quote = suspects.find((s) => s.id === 'unclosedQuote' && s.line <= line);
  if (quote) return from(quote, DETECTED.unclosedQuote, { ...quote.data, line: quote.line });
  const flow = suspects.find((s) => s.id === 'unclosedFlow' && s.line <= line);
  if (flow) return from(flow, DETECTED.unclosedFlow, { ...flow.data, line: flow.line, close: closes[String(flow.data.bracket)] });
  const comma = suspects.find((s) => s.id === 'fullwidthComma' && near(s.line));
  if (comma) return from(comma, DETECTED.fullwidthComma);
  const smart = suspects.find((s) => s.id === 'smartQuotes' && s.line === line);
  if (smart) return from(smart, DETECTED.smartQuotes);
  // A typo left as written: unconfirmed by the scanner, or every typo when fmt reads the file as written.
  const typo = suspects.find((s) => s.id === 'typo' && near(s.line));
  if (typo) return from(typo, DETECTED.fixable, { message: render(yamlTypo.messages[typo.messageId!], typo.data) });
  const indent = typos.find((t) => (t.messageId === 'tabIndent' || t.messageId === 'fullwidthSpaceIndent') && (t.line === line || (!ctx.repaired && near(t.line))));
  if (indent) {
    const text = indent.messageId === 'tabIndent' ? DETECTED.tabIndent : DETECTED.fullwidthSpaceIndent;
    return ctx.repaired ? { text, data: {}, line: indent.line, column: indent.column } : { text: DETECTED.fixable, data: { message: text }, line: indent.line, column: indent.column };
  }
  if (!ctx.repaired) {
    const t = typos.find((x) => x.severity === 'error' && near(x.line));
    if (t) return { text: DETECTED.fixable, data: { message: render(yamlTypo.messages[t.messageId], t.data) }, line: t.line, column: t.column };
  }
  const list = _listItem(lines, line, reason);
  if (list) return list;
  if (/^(bad indentation of a (mapping|sequence) entry|can not read a block mapping entry|expected ':' after a mapping key|end of the stream or a document separator)/.test(reason)) {
    for (const l of [line, prev]) {
      const f = l === undefined ? undefined : lines[l - 1];
      if (l === undefined || !f || f.kind !== 'plain' || f.colonAt === undefined || !/^[\p{L}\p{N}_]/u.test(f.content)) continue;
      const text = f.content;
      const key = text.slice(0, f.colonAt).trim();
      const value = text.slice(f.colonAt).trim();
      const example = value ? `${key}: ${value}` : `${key}: …`;
      return { text: DETECTED.missingColon, data: { text: _short(text), example: _short(example) }, line: l, column: f.at + f.colonAt };
    }
  }
  return undefined;
}

/** A "- " at the wrong column: beside the items of its list, or where no list can start; or a "-" without its space. */
function _listItem(lines: readonly LineFacts[], line: number, reason: string): _Hit | undefined {
  const f = lines[line - 1];
  if (!f) return undefined;
  const p = _previous(lines, line);
  if (f.dash < 0) {
    // "-x" where the items above are "- x".
    const m = /^-([^\s-].*)$/.exec(f.content);
    if (m && p !== undefined && lines[p - 1].dash >= 0 && lines[p - 1].dash === f.indent) return { text: DETECTED.dashNoSpace, data: { text: _short(m[1]) }, line, column: f.at };
    return undefined;
  }
  const column = f.at - (f.keyCol - f.dash);
  for (let i = line - 2; i >= 0; i--) {
    const g = lines[i];
    if (g.kind === 'blank' || g.kind === 'comment' || g.kind === 'inner' || g.kind === 'marker') continue;
    if (g.dash >= 0) {
      return g.dash !== f.dash && Math.abs(g.dash - f.dash) <= 3 ? { text: DETECTED.listIndent, data: { width: f.dash, line: i + 1, expected: g.dash }, line, column } : undefined;
    }
    if (g.indent > f.dash) continue;
    // The line above at the same column is a key with its value: the list has no key to belong to.
    if (g.indent === f.dash && g.kind === 'key' && !g.content.endsWith(':') && /^(end of the stream|bad indentation of a mapping)/.test(reason)) return { text: DETECTED.listPlacement, data: {}, line, column };
    return undefined;
  }
  return undefined;
}

/** The structural line before `line` (blank lines, comments and continuation lines skipped). */
function _previous(lines: readonly LineFacts[], line: number): number | undefined {
  for (let i = line - 2; i >= 0; i--) {
    const k = lines[i].kind;
    if (k !== 'blank' && k !== 'comment' && k !== 'inner') return i + 1;
  }
  return undefined;
}

/** The repeated key and the line of its first occurrence, from the parser's events. */
function _duplicate(events: readonly Event[], text: string, position: number): { key: string; first: number; at: number } | undefined {
  const { MAPPING, SEQUENCE, SCALAR, ALIAS, POP, DOCUMENT } = EVENT_ID;
  const stack: { keys: ScalarEvent[] | null; expectKey: boolean }[] = [];
  for (const ev of events) {
    const top = stack[stack.length - 1];
    if (ev.type === POP) {
      stack.pop();
      continue;
    }
    if (ev.type === DOCUMENT) {
      stack.push({ keys: null, expectKey: false });
      continue;
    }
    const isKey = !!top?.keys && top.expectKey;
    if (top?.keys) top.expectKey = !top.expectKey;
    if (isKey && ev.type === SCALAR) {
      const start = _start(ev);
      if (start <= position && position <= Math.max(ev.valueEnd, start)) {
        const name = _keyString(text, ev);
        const first = top.keys!.find((k) => _keyString(text, k) === name);
        if (!first) return undefined;
        return { key: getScalarValue(text, ev), first: _position(text, _start(first)).line, at: start };
      }
      top.keys!.push(ev);
    }
    if (ev.type === MAPPING) stack.push({ keys: [], expectKey: true });
    else if (ev.type === SEQUENCE) stack.push({ keys: null, expectKey: false });
    else if (ev.type === ALIAS) continue;
  }
  return undefined;
}

function _start(ev: ScalarEvent): number {
  const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return ev.valueStart < 0 ? 0 : quoted ? ev.valueStart - 1 : ev.valueStart;
}

/** A key as js-yaml compares keys: plain scalars resolved (1, 1.0 and "1" collide; ~ and null too). */
function _keyString(text: string, ev: ScalarEvent): string {
  const raw = getScalarValue(text, ev);
  if (ev.style !== SCALAR_STYLE.PLAIN) return raw;
  try {
    return String(load(raw, { schema: CORE_SCHEMA }));
  } catch {
    return raw;
  }
}

/** The key written around a position: the run of text up to the spaces and the colon around it. */
function _tokenAt(text: string, position: number): string | undefined {
  const stop = /[\s:,{}[\]]/;
  let a = Math.min(position, text.length);
  let b = a;
  while (a > 0 && !stop.test(text[a - 1])) a--;
  while (b < text.length && !stop.test(text[b])) b++;
  return text.slice(a, b) || undefined;
}

function _short(s: string): string {
  const chars = [...s];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : s;
}
