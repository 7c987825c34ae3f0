// A plugin rule's metadata checked before it runs: the same contract as a built-in rule (id, articles, severity, docs and
// messages in both languages, options schema and defaults, examples, check). Plugin ids are NAMESPACE/rule-name, so a
// built-in rule added later can never take a department's id.
import { LAW_TITLES } from '../core/articles.js';
import { placeholders } from '../core/messages.js';
import { isObject } from '../core/normalize.js';
import type { AnyRule, Bilingual } from '../core/types.js';

export const PLUGIN_RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** What is wrong with a value exported as a rule, each problem in both languages; empty when it is a rule. */
export function checkPluginRule(value: unknown, taken: ReadonlySet<string>): Bilingual[] {
  if (!isObject(value)) return [{ zh: '导出的规则应为对象（用 defineRule 定义）', en: 'an exported rule must be an object (made with defineRule)' }];
  const problems: Bilingual[] = [];
  const bad = (zh: string, en: string) => problems.push({ zh, en });
  const id = value.id;
  if (typeof id !== 'string' || !PLUGIN_RULE_ID.test(id)) {
    bad(`id 应为“命名空间/规则名”形式的小写短横线名称（如 beijing/entry-owner），而不是 ${JSON.stringify(id)}`, `id must be NAMESPACE/rule-name in lower-case kebab-case (e.g. beijing/entry-owner), not ${JSON.stringify(id)}`);
  } else if (taken.has(id)) bad(`规则 ID“${id}”已被使用`, `rule id "${id}" is taken already`);
  if (!Array.isArray(value.articles)) bad('articles 应为所依据条款的列表（可为空）', 'articles must be a list of the articles enforced (may be empty)');
  else {
    value.articles.forEach((a, i) => {
      const ok = isObject(a) && typeof a.source === 'string' && Object.hasOwn(LAW_TITLES, a.source) && _positive(a.article) && (a.paragraph === undefined || _positive(a.paragraph)) && (a.item === undefined || _positive(a.item));
      if (!ok) bad(`articles[${i}] 应为 {source, article, paragraph?, item?}，source 为 ${Object.keys(LAW_TITLES).join('、')} 之一`, `articles[${i}] must be {source, article, paragraph?, item?} with source one of ${Object.keys(LAW_TITLES).join(', ')}`);
    });
  }
  if (!['error', 'warning', 'info'].includes(value.severity as string)) bad('severity 应为 error、warning 或 info', 'severity must be error, warning or info');
  const docs = value.docs;
  for (const part of ['summary', 'details']) {
    if (!isObject(docs) || !_bilingual(docs[part])) bad(`docs.${part} 应为 {zh, en}，zh 用中文书写`, `docs.${part} must be {zh, en}, the zh text in Chinese`);
  }
  if (!isObject(value.messages) || !Object.keys(value.messages).length) bad('messages 应为“消息 ID → {zh, en}”的映射', 'messages must map message ids to {zh, en}');
  else {
    for (const [mid, m] of Object.entries(value.messages)) {
      if (!_bilingual(m)) bad(`messages.${mid} 应为 {zh, en}，zh 用中文书写`, `messages.${mid} must be {zh, en}, the zh text in Chinese`);
      else if (placeholders(m.zh).sort().join() !== placeholders(m.en).sort().join()) bad(`messages.${mid} 的中英文占位符 {{…}} 不一致`, `messages.${mid} uses different {{placeholders}} in zh and en`);
    }
  }
  if (value.optionsSchema !== undefined && !isObject(value.optionsSchema)) bad('optionsSchema 应为 JSON Schema 对象', 'optionsSchema must be a JSON Schema object');
  if (!isObject(value.examples) || !_example(value.examples.pass) || !_example(value.examples.fail)) {
    bad('examples 应为 {pass, fail}，各为 {at: entry | catalogue | file, yaml}', 'examples must be {pass, fail}, each {at: entry | catalogue | file, yaml}');
  }
  if (typeof value.check !== 'function') bad('check 应为函数', 'check must be a function');
  if (value.late !== undefined && typeof value.late !== 'boolean') bad('late 应为 true 或 false', 'late must be true or false');
  return problems;
}

/** The rule as govcat runs it: defaults filled in. Call only on a value checkPluginRule accepted. */
export function asPluginRule(value: Record<string, unknown>): AnyRule {
  return { ...value, defaults: value.defaults ?? {} } as unknown as AnyRule;
}

// --- internal ---

function _positive(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 1;
}

function _bilingual(v: unknown): v is Bilingual {
  return isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string' && /\p{Script=Han}/u.test(v.zh) && v.en.trim() !== '';
}

function _example(v: unknown): boolean {
  return isObject(v) && ['entry', 'catalogue', 'file'].includes(v.at as string) && typeof v.yaml === 'string';
}
