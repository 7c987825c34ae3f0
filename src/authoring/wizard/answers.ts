// Answers given up front: command-line flags and --from answers.yaml, merged into one map keyed by flag name.
import { InputError } from '../../core/errors.js';
import { loadYaml } from '../../core/load.js';
import { canonicalize, VOCABULARIES } from '../../core/vocabulary.js';
import { readSource } from '../../io/read.js';
import type { Answers } from './engine.js';

/** Keys of an answers file that mean the same as a flag. */
const ALIASES: Record<string, string> = { items: 'item', 'legal-basis': 'basis', bases: 'basis', 'share-methods': 'share-method', version: 'catalogue-version' };

/**
 * Flags (commander's camelCase options) over the --from file: a flag always wins. Only the wizard's own keys are
 * taken, so global options (--lang, --config) are not mistaken for answers.
 */
export function collectAnswers(flags: Record<string, unknown>, keys: readonly string[], from?: string): Answers {
  const out: Answers = from ? readAnswersFile(from, keys) : {};
  for (const key of keys) {
    const v = flags[_camel(key)];
    if (v === undefined || (Array.isArray(v) && !v.length)) continue;
    out[key] = key === 'item' ? (v as string[]).map(parseItem) : key === 'basis' ? (v as string[]).map(parseBasis) : v;
  }
  return out;
}

/** `名称:string[:pi|:sensitive]` → the answers of one data item. */
export function parseItem(spec: string): Answers {
  const [name, type, ...marks] = spec.split(/[:：]/).map((s) => s.trim());
  const flags = marks.map((m) => m.toLowerCase());
  const sensitive = flags.some((m) => ['sensitive', '敏感'].includes(m));
  const pi = sensitive || flags.some((m) => ['pi', 'personal', 'personal_info', '个人信息'].includes(m));
  return { name, type: type || undefined, 'personal-info': pi, ...(pi ? { sensitive } : {}) };
}

/** `《中华人民共和国XX法》第十条`, or with its type first, `law:中华人民共和国XX法[:第十条]` → the answers of one legal basis. */
export function parseBasis(spec: string): Answers {
  const [first, title, ...article] = spec.split(/[:：]/).map((s) => s.trim());
  if (title === undefined || !canonicalize(VOCABULARIES.basis_type, first)) return { title: spec.trim() || undefined };
  return { type: first || undefined, title: title || undefined, article: article.join(':') || undefined };
}

export function readAnswersFile(file: string, keys: readonly string[]): Answers {
  const data = loadYaml(readSource(file), file).data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, { zh: '回答文件的顶层应为映射（问题: 回答）', en: 'an answers file must be a mapping (question: answer)' }, 1, 1);
  }
  const out: Answers = {};
  const unknown: string[] = [];
  for (const [raw, v] of Object.entries(data)) {
    const key = ALIASES[_kebab(raw)] ?? _kebab(raw);
    if (!keys.includes(key)) unknown.push(raw);
    else out[key] = key === 'item' ? _list(v).map((x) => (typeof x === 'string' ? parseItem(x) : _subAnswers(x))) : key === 'basis' ? _list(v).map((x) => (typeof x === 'string' ? parseBasis(x) : _subAnswers(x))) : v;
  }
  if (unknown.length) {
    throw new InputError(file, { zh: `回答文件中有未知的键：${unknown.join('、')}；可用：${keys.join('、')}`, en: `unknown keys in the answers file: ${unknown.join(', ')}; known: ${keys.join(', ')}` });
  }
  return out;
}

// --- internal ---

function _camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function _kebab(key: string): string {
  return key.trim().replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function _list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** A mapping of an answers file ({name, type, personal_info}) with its keys in flag form. */
function _subAnswers(v: unknown): Answers {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [_kebab(k), x]));
}
