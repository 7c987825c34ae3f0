// The `yaml` package (comment-preserving Document API) configured to accept and read exactly what loadYaml does.
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type DocumentOptions, type Node, type ParsedNode, type ParseOptions, type SchemaOptions } from 'yaml';
import { InputError } from '../core/errors.js';
import { LineIndex, MAX_DEPTH } from '../core/load.js';
import type { Bilingual } from '../core/types.js';

/**
 * YAML 1.2 core schema, no custom or YAML 1.1 tags (!!binary, !!set …), no merge keys.
 * Duplicate keys are checked here on the JavaScript key (1 and "1" collide), as js-yaml does.
 */
export const STRICT_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
};

export interface StrictDocument {
  doc: Document.Parsed;
  /** The data as loadYaml constructs it (aliases share one object; keys stringified like js-yaml). */
  data: unknown;
}

export function parseStrict(text: string, file: string): StrictDocument {
  const lines = new LineIndex(text);
  const fail = (msg: Bilingual, offset?: number): never => {
    const at = offset === undefined ? undefined : lines.position(Math.max(0, Math.min(offset, text.length)));
    throw new InputError(file, msg, at?.line, at?.column);
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, STRICT_OPTIONS);
  } catch (e) {
    if (e instanceof RangeError) fail(_DEPTH);
    throw e;
  }
  const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (err) fail(_syntax(err.code, err.message.split('\n')[0]), err.pos[0]);
  if (doc.contents === null) fail({ zh: '文件为空，没有 YAML 内容', en: 'the file is empty: no YAML content' }, 0);
  // At the document's top, parsers disagree on what an explicit indentation indicator counts from (spec: column -1).
  const top = doc.contents;
  if (isScalar(top) && (top.type === 'BLOCK_FOLDED' || top.type === 'BLOCK_LITERAL') && /^[|>][+-]?[1-9]/.test(text.slice(top.range?.[0] ?? 0))) {
    fail({ zh: '文件顶层是带缩进指示符的块标量，不同 YAML 解析器读法不一，无法安全改写', en: 'the document is a block scalar with an indentation indicator, which YAML parsers read differently: it cannot be rewritten safely' }, top.range?.[0]);
  }
  const builder = new _Builder(fail);
  const data = builder.build(doc.contents as ParsedNode);
  return { doc, data };
}

/** Deep equality of YAML data: NaN equals NaN, -0 differs from 0, shared and cyclic structures compared by shape. */
export function sameData(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const bo = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(bo, k) && sameData((a as Record<string, unknown>)[k], bo[k], seen));
}

// --- internal ---

const _DEPTH: Bilingual = { zh: `YAML 语法错误：嵌套过深（超过 ${MAX_DEPTH} 层）`, en: `YAML syntax error: nesting deeper than ${MAX_DEPTH} levels` };

const _ZH_CODES: Record<string, string> = {
  DUPLICATE_KEY: '重复的键',
  TAG_RESOLVE_FAILED: '不支持的自定义标签',
  MULTIPLE_DOCS: '文件包含多个 YAML 文档',
  BAD_INDENT: '缩进错误',
  TAB_AS_INDENT: '不允许使用制表符缩进',
  BAD_DQ_ESCAPE: '无效的转义序列',
  MISSING_CHAR: '缺少字符',
  UNEXPECTED_TOKEN: '意外的标记',
};

function _syntax(code: string, message: string): Bilingual {
  const zh = _ZH_CODES[code];
  return { zh: `YAML 语法错误：${zh ? `${zh}（${message}）` : message}`, en: `YAML syntax error: ${message}` };
}

type Fail = (msg: Bilingual, offset?: number) => never;

/**
 * Builds plain data from the node tree the way js-yaml's constructor does, enforcing the same limits:
 * nesting depth, alias expansion (a budget of ten times the node count plus 10,000, counted like
 * src/core/load.ts counts parser events), complex keys, and duplicate keys compared as strings.
 */
class _Builder {
  private readonly anchors = new Map<string, unknown>();
  /** Sizes are known once a node is complete; an alias inside its own anchor counts as one node, as in js-yaml. */
  private readonly sizes = new Map<string, number>();
  private expanded = 0;
  private limit = 0;

  constructor(private readonly fail: Fail) {}

  build(root: ParsedNode): unknown {
    // js-yaml's stream has a DOCUMENT event and its POP around the nodes.
    this.limit = (2 + _eventCount(root)) * 10 + 10_000;
    return this.node(root, 1).value;
  }

  private node(n: Node | null, depth: number): { value: unknown; size: number } {
    // js-yaml's counter includes its look-ahead calls, so its limit bites one or two levels earlier on some shapes;
    // the yaml side is the more lenient one there and never refuses a file the lint loader accepts.
    if (depth > MAX_DEPTH) this.fail(_DEPTH, n?.range?.[0]);
    if (n === null) return { value: null, size: 1 };
    if (isAlias(n)) return this.alias(n.source, n.range?.[0]);
    if (isScalar(n)) return this.done(n, this.start(n, n.value), 1);
    if (isSeq(n)) {
      const list = this.start(n, [] as unknown[]);
      let size = 1;
      for (const item of n.items) {
        const child = this.node(item as Node | null, depth + 1);
        list.push(child.value);
        size += child.size;
      }
      return this.done(n, list, size);
    }
    if (isMap(n)) return this.map(n, depth);
    return this.fail({ zh: '无法识别的 YAML 节点', en: 'unrecognised YAML node' }, (n as Node).range?.[0]);
  }

  private map(n: Extract<Node, { items: unknown[] }>, depth: number): { value: unknown; size: number } {
    const obj = this.start(n, {} as Record<string, unknown>);
    let size = 1;
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = this.node(keyNode, depth + 1);
      if (typeof key.value === 'object' && key.value !== null) {
        this.fail({ zh: 'YAML 语法错误：不支持以集合作为键', en: 'YAML syntax error: object-based map does not support complex keys' }, keyNode?.range?.[0]);
      }
      const name = String(key.value);
      if (Object.hasOwn(obj, name)) {
        this.fail({ zh: `YAML 语法错误：重复的键“${name}”（同一层里写了两次）`, en: `YAML syntax error: the key "${name}" is written twice in one mapping (duplicated mapping key)` }, keyNode?.range?.[0]);
      }
      const value = this.node(pair.value as Node | null, depth + 1);
      // Plain assignment would set the prototype for "__proto__"; js-yaml keeps it as an own key.
      Object.defineProperty(obj, name, { value: value.value, enumerable: true, writable: true, configurable: true });
      size += key.size + value.size;
    }
    return this.done(n, obj, size);
  }

  private start<T>(n: Node, value: T): T {
    if (n.anchor) this.anchors.set(n.anchor, value);
    return value;
  }

  private done(n: Node, value: unknown, size: number): { value: unknown; size: number } {
    if (n.anchor) this.sizes.set(n.anchor, size);
    return { value, size };
  }

  private alias(name: string, offset: number | undefined): { value: unknown; size: number } {
    if (!this.anchors.has(name)) this.fail({ zh: `YAML 语法错误：引用了未定义的锚点（*${name}）`, en: `YAML syntax error: unidentified alias "${name}"` }, offset);
    const size = this.sizes.get(name) ?? 1;
    this.expanded += size;
    if (this.expanded > this.limit) {
      this.fail({
        zh: `别名（*${name}）展开后节点过多（超过 ${this.limit} 个），疑为“别名炸弹”，拒绝处理`,
        en: `aliases (*${name}) expand to more than ${this.limit} nodes; refusing a possible alias bomb`,
      }, offset);
    }
    return { value: this.anchors.get(name), size };
  }
}

/** Parser events js-yaml would emit for this subtree: one per scalar or alias, two per collection. */
function _eventCount(n: Node | null): number {
  if (n === null || isScalar(n) || isAlias(n)) return 1;
  if (isSeq(n)) return 2 + n.items.reduce((s: number, i) => s + _eventCount(i as Node | null), 0);
  if (isMap(n)) return 2 + n.items.reduce((s: number, p) => s + _eventCount(p.key as Node | null) + _eventCount(p.value as Node | null), 0);
  return 1;
}
