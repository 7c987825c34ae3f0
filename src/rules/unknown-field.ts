// Keys the format does not define are usually typos or fields from another template; say which key was meant.
import { defineRule } from '../core/define-rule.js';
import { KEYS, type KeyContext } from '../core/keys.js';
import { allowedKeys, closest, errorPath } from './_schema.js';

export default defineRule({
  id: 'unknown-field',
  articles: [],
  severity: 'warning',
  docs: {
    summary: { zh: '未定义的字段（可能是拼写错误）', en: 'Unknown field (often a typo)' },
    details: {
      zh: '目录格式未定义该字段，govcat 不会读取其内容；若是拼写错误，必填信息可能因此被视为缺失。提示会给出最接近的字段名，或与中文标题相同的字段。',
      en: 'The catalogue format does not define this key, so govcat ignores its content; when it is a typo, a required field may be treated as missing. The hint names the closest defined key, or the key whose Chinese title was written.',
    },
  },
  messages: {
    unknown: { zh: '未定义的字段“{{key}}”', en: 'unknown field "{{key}}"' },
    suggest: { zh: '未定义的字段“{{key}}”，是否应为“{{suggestion}}”（{{title}}）？', en: 'unknown field "{{key}}"; did you mean "{{suggestion}}" ({{title}})?' },
    duplicate: { zh: '“{{key}}”与“{{first}}”是同一字段，写了两次；只按先写的“{{first}}”检查', en: '"{{key}}" is the same field as "{{first}}", written twice; only "{{first}}", written first, is checked' },
  },
  defaults: {},
  claims: [{ keyword: 'additionalProperties', path: /.*/ }],
  examples: {
    pass: { at: 'entry', yaml: 'update_frequency: daily' },
    fail: { at: 'entry', yaml: 'update_frequncy: daily' },
  },
  check({ catalogue, schemaErrors, report }) {
    // The same field under two names (name and 数据目录名称): the second is kept aside under the name it was written with.
    const twice = new Map((catalogue.duplicates ?? []).map((d) => [JSON.stringify(d.path), d]));
    for (const e of schemaErrors) {
      if (e.keyword !== 'additionalProperties') continue;
      const key = String(e.params.additionalProperty);
      const dup = twice.get(JSON.stringify(catalogue.sourcePath ? catalogue.sourcePath(errorPath(e)) : []));
      if (dup) {
        report({ messageId: 'duplicate', path: errorPath(e), key: true, data: { key: dup.written, first: String(dup.first[dup.first.length - 1]) } });
        continue;
      }
      const keys = allowedKeys(e);
      const byTitle = keys.find(([, title]) => title && title === key.trim());
      const path = errorPath(e);
      // A mistyped Chinese key (数据更新频律) is compared with the Chinese names, and the Chinese name suggested.
      if (!byTitle && /[\u4e00-\u9fa5]/.test(key)) {
        const names = _chineseNames(e.instancePath);
        const near = closest(key, [...names.keys()]);
        const field = near && names.get(near);
        if (near && field) {
          report({ messageId: 'suggest', path, key: true, data: { key, suggestion: near, title: field } });
          continue;
        }
      }
      const suggestion = byTitle?.[0] ?? closest(key, keys.map(([k]) => k));
      const title = keys.find(([k]) => k === suggestion)?.[1] ?? '';
      if (suggestion) report({ messageId: 'suggest', path, key: true, data: { key, suggestion, title } });
      else report({ messageId: 'unknown', path, key: true, data: { key } });
    }
  },
});

// --- internal ---

/** Every Chinese name of the fields where an unknown key stands (flat forms too: 共享范围 on an entry), with its field. */
function _chineseNames(instancePath: string): Map<string, string> {
  const named = instancePath.split('/').filter((s) => s && !/^\d+$/.test(s));
  const context = named.length ? _CONTEXT[named[named.length - 1]] : 'root';
  const names = new Map<string, string>();
  for (const spec of context ? KEYS[context] : []) for (const name of spec.zh) if (!names.has(name)) names.set(name, spec.key);
  return names;
}

const _CONTEXT: Record<string, KeyContext> = {
  catalogue: 'catalogue', entries: 'entry', items: 'item', provider: 'provider', format: 'format', usage_conditions: 'usageConditions',
  non_share: 'nonShare', legal_basis: 'legalBasis', classification: 'classification', department: 'department', approval: 'approval',
  assessments: 'assessments', confidentiality_risk: 'assessment', personal_information_impact: 'assessment', change_events: 'changeEvent',
  extension: 'extension', terminations: 'termination', review: 'review',
};
