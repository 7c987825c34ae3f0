// What the wizards write: a new commented catalogue (init), and one more entry appended to an existing file that keeps
// every byte already there, comments and order included (add).
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { loadYaml } from '../../core/load.js';
import { VOCABULARIES } from '../../core/vocabulary.js';
import { TO_STRING } from '../format.js';
import { keyOrder, orderData } from '../key-order.js';
import { setIn } from './check.js';
import type { JsonObject, LawSource, Path } from '../../core/types.js';

/** The comments of a new entry, in the words of the regime the catalogue is compiled under. */
interface EntryComments {
  shareType: boolean;
  usageConditions: string;
  nonShare: string;
}
const DECREE_COMMENTS: EntryComments = {
  shareType: true,
  usageConditions: ' 第十五条第二款：列明共享范围、使用用途等共享使用条件',
  nonShare: ' 第十五条第二款：列明理由，并明确法律、行政法规、国务院决定依据',
};
const COMMENTS: Partial<Record<LawSource, EntryComments>> = {
  'miit-measures': {
    shareType: false,
    usageConditions: ' 《工信部办法》第二十条第三款：明确共享范围、对象等相关条件，报分管部领导审批',
    nonShare: ' 《工信部办法》第二十条第四款：以法律法规或党中央、国务院政策文件为依据，报部长审批同意后列入负面清单',
  },
  'hubei-regulation': {
    shareType: false,
    usageConditions: ' 《湖北省数据条例》第十九条第三款：明确使用条件',
    nonShare: ' 《湖北省数据条例》第三十一条第一款：以法律、法规或者国家有关规定为依据，实行负面清单管理',
  },
};
// Comments of a new catalogue: [path, before the key, after the value].
const HEADER_COMMENTS: [Path, string?, string?][] = [
  [['govcat'], undefined, ' 格式版本'],
  [['catalogue'], ' 目录信息（第十二条、第十三条）'],
  [['catalogue', 'id'], undefined, ' 目录编号'],
  [['catalogue', 'department'], ' 编制部门及其统一社会信用代码（GB 32100，加引号）'],
  [['catalogue', 'level'], undefined, ' 层级：national 国家级 | provincial 省级 | municipal 市级 | county 县级'],
  [['catalogue', 'region'], undefined, ' 行政区划代码（GB/T 2260），加引号以免被读作数字'],
  [['catalogue', 'compiled_at'], undefined, ' 编制日期'],
  [['catalogue', 'assessments'], ' 第十三条第一款：依法开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。\n 日期顺序：评估 ≤ 审核同意 ≤ 报送（报送主管部门审核时填写 submitted_at，第十六条）。'],
  [['catalogue', 'assessments', 'personal_information_impact'], ' 目录含个人信息数据项（personal_info: true），须开展个人信息保护影响评估。'],
  [['catalogue', 'approval'], ' 部门负责人审核同意（第十三条第一款）'],
  [['entries'], ' 目录条目（第十三条第二款）：数据目录名称、数据项、提供单位、数据格式、数据更新频率、\n 共享属性、共享方式、使用条件、数据分类分级。用 govcat add 逐条添加。'],
];
const SHARE_TYPE_ITEM: Record<string, string> = { unconditional: '一', conditional: '二', non_shareable: '三' };

/** A new catalogue: schema modeline, format marker, the header with comments citing the articles, no entries yet. */
export function catalogueYaml(header: JsonObject, schemaRef: string): string {
  const doc = new Document(orderData({ govcat: 1, catalogue: header, entries: [] }));
  const title = typeof header.title === 'string' ? header.title : '政务数据目录';
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaRef}`, '', ` ${title}`,
    ' 依据《政务数据共享条例》（国务院令第809号）编制，由 govcat init 生成；用 govcat add 添加条目，用 govcat lint 检查。',
    ' 枚举值可以写英文规范值（conditional），也可以写中文（有条件共享）。',
  ].join('\n');
  for (const [path, before, after] of HEADER_COMMENTS) {
    const pair = _pair(doc, path);
    if (!pair) continue;
    if (before) (pair.key as Scalar).commentBefore = before;
    if (after && isScalar(pair.value)) pair.value.comment = after;
  }
  for (const key of ['catalogue', 'entries']) (_pair(doc, [key])!.key as Scalar).spaceBefore = true;
  _quote(_pair(doc, ['catalogue', 'department', 'code'])?.value);
  return doc.toString(TO_STRING);
}

/**
 * `text` with `entry` appended to its entries. The new entry is spliced in as text after the last one, so nothing
 * else changes; where that cannot be done safely (flow lists with content, header changes) the YAML Document API
 * rewrites the file, which keeps comments and order but may re-space them.
 */
export function appendEntry(text: string, entry: JsonObject, header: readonly [Path, unknown][] = [], source: LawSource = 'decree-809'): string {
  const ordered = orderData(entry, ['entries', 0]);
  const expected = _expected(text, ordered, header);
  const comments = COMMENTS[source] ?? DECREE_COMMENTS;
  const spliced = header.length ? undefined : _splice(text, ordered, comments);
  if (spliced !== undefined && _holds(spliced, expected)) return spliced;
  const rewritten = _rewrite(text, ordered, header, comments);
  if (!_holds(rewritten, expected)) throw new Error('appendEntry: the rewritten file does not hold the catalogue plus the new entry');
  return rewritten;
}

// --- internal ---

function _pair(doc: Document, path: Path): Pair | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (!isMap(node)) return undefined;
    pair = (node as YAMLMap).items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg) as Pair | undefined;
    node = pair?.value;
  }
  return pair;
}

function _quote(node: unknown): void {
  if (isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
}

/** The entry as a YAML node in the samples' style: items, format, share methods and classification in flow form. */
function _entryNode(doc: Document, entry: JsonObject, comments: EntryComments): Node {
  const node = doc.createNode(entry) as YAMLMap;
  const at = (key: string) => node.get(key, true) as Node | undefined;
  for (const key of ['format', 'share_method', 'classification']) if (at(key)) (at(key) as YAMLMap).flow = true;
  const items = at('items');
  if (isSeq(items)) for (const it of items.items) (it as YAMLMap).flow = true;
  const bases = (at('non_share') as YAMLMap | undefined)?.get('legal_basis', true);
  if (isSeq(bases)) for (const b of bases.items) (b as YAMLMap).flow = true;
  _quote((at('provider') as YAMLMap | undefined)?.get('code', true));
  const type = at('share_type');
  const item = isScalar(type) ? SHARE_TYPE_ITEM[String(type.value)] : undefined;
  if (comments.shareType && item && isScalar(type)) type.comment = ` ${VOCABULARIES.share_type.terms[String(type.value)]}（第十四条第（${item}）项）`;
  const uc = node.items.find((p) => isScalar(p.key) && p.key.value === 'usage_conditions');
  if (uc && isMap(uc.value)) (uc.key as Scalar).commentBefore = comments.usageConditions;
  const ns = node.items.find((p) => isScalar(p.key) && p.key.value === 'non_share');
  if (ns) (ns.key as Scalar).commentBefore = comments.nonShare;
  return node;
}

function _entryText(entry: JsonObject, indent: string, eol: string, comments: EntryComments): string {
  const doc = new Document();
  doc.contents = new YAMLSeq();
  (doc.contents as YAMLSeq).items.push(_entryNode(doc, entry, comments));
  const lines = doc.toString(TO_STRING).replace(/\n$/, '').split('\n');
  return lines.map((l) => (l ? indent + l : l)).join(eol) + eol;
}

function _splice(text: string, entry: JsonObject, comments: EntryComments): string | undefined {
  const doc = parseDocument(text);
  const seq = doc.get('entries', true);
  if (doc.errors.length || !isSeq(seq) || !seq.range) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [start, end] = seq.range;
  if (seq.flow) {
    // entries: [] on a line of its own (as init writes it) becomes a block list.
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
    if (seq.items.length || text.slice(end, lineEnd).trim()) return undefined;
    return text.slice(0, start).replace(/[ \t]+$/, '') + eol + _entryText(entry, '  ', eol, comments) + text.slice(lineEnd);
  }
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  const lead = text[end - 1] === '\n' ? '' : eol;
  return text.slice(0, end) + lead + eol + _entryText(entry, ' '.repeat(column), eol, comments) + text.slice(end);
}

function _rewrite(text: string, entry: JsonObject, header: readonly [Path, unknown][], comments: EntryComments): string {
  const doc = parseDocument(text);
  for (const [path, value] of header) {
    _setCanonical(doc, path, value);
    // The record added for personal data gets the comment init would have written.
    const before = HEADER_COMMENTS.find(([p]) => isDeepStrictEqual(p, path))?.[1];
    const pair = _pair(doc, path);
    if (!before || !pair) continue;
    // A key set through the API is a plain string; a comment needs a node.
    if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
    if (!(pair.key as Scalar).commentBefore) (pair.key as Scalar).commentBefore = before;
  }
  let seq = doc.get('entries', true);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('entries', seq);
  }
  (seq as YAMLSeq).flow = false;
  (seq as YAMLSeq).items.push(_entryNode(doc, entry, comments));
  return doc.toString(TO_STRING);
}

/** Sets `path`; a key that is new goes where the canonical order puts it among the keys already there. */
function _setCanonical(doc: Document, path: Path, value: unknown): void {
  if (doc.hasIn(path)) {
    doc.setIn(path, doc.createNode(value));
    return;
  }
  const parentPath = path.slice(0, -1);
  if (parentPath.length && !isMap(doc.getIn(parentPath, true))) _setCanonical(doc, parentPath, {});
  const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents) as YAMLMap;
  const key = String(path[path.length - 1]);
  const order = keyOrder(parentPath) ?? [];
  const rank = (k: unknown) => (order.includes(String(k)) ? order.indexOf(String(k)) : order.length);
  const at = parent.items.findIndex((p) => rank(isScalar(p.key) ? p.key.value : p.key) > rank(key));
  const pair = doc.createPair(key, value);
  if (at < 0) parent.items.push(pair);
  else parent.items.splice(at, 0, pair);
}

/** The data the new file must hold: the old data, the header changes, one more entry. */
function _expected(text: string, entry: JsonObject, header: readonly [Path, unknown][]): JsonObject {
  const data = loadYaml(text, '<before>').data as JsonObject;
  for (const [path, value] of header) setIn(data, path, value);
  data.entries = [...(Array.isArray(data.entries) ? data.entries : []), entry];
  return data;
}

/** The written text holds exactly the expected data (the check that makes the text splice safe to use). */
function _holds(text: string, expected: JsonObject): boolean {
  try {
    return isDeepStrictEqual(loadYaml(text, '<after>').data, expected);
  } catch {
    return false;
  }
}
