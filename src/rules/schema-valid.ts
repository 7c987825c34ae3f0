// Values of the wrong kind (a list where text belongs, text where a mapping belongs) that no specific rule covers.
import { defineRule } from '../core/define-rule.js';
import { errorPath, fieldLabel, typeName, typeOf, valueAt } from './_schema.js';

export default defineRule({
  id: 'schema-valid',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '字段值须符合目录格式（类型、取值范围）', en: 'Field values match the catalogue format (types, ranges)' },
    details: {
      zh: '目录各字段有确定的类型：例如数据项为列表、提供单位为包含名称和代码的映射。类型不符的值无法被可靠读取，也无法据以判断是否符合第十三条的要求。',
      en: 'Each field has a definite type: data items are a list, the provider is a mapping with name and code, and so on. A value of the wrong type cannot be read reliably, so compliance with Art. 13 cannot be judged.',
    },
  },
  messages: {
    type: { zh: '“{{field}}”应为{{expected}}，实际为{{actual}}', en: '"{{field}}" should be {{expected}}, not {{actual}}' },
    other: { zh: '“{{field}}”不符合目录格式（{{detail}}）', en: '"{{field}}" does not match the catalogue format ({{detail}})' },
  },
  defaults: {},
  examples: {
    pass: { at: 'entry', yaml: 'items: [{name: 企业名称, type: string}]' },
    fail: { at: 'entry', yaml: 'items: 企业名称、统一社会信用代码' },
  },
  check({ catalogue, schemaErrors, isClaimed, report }) {
    for (const e of schemaErrors) {
      // anyOf/oneOf summaries repeat what their branches already said.
      if (isClaimed(e) || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
      const path = errorPath(e);
      const field = fieldLabel(path);
      if (e.keyword === 'type') {
        const actual = typeName(typeOf(valueAt(catalogue.root, path)));
        report({ messageId: 'type', path, data: { field, expected: typeName(e.params.type), actual } });
      } else {
        report({ messageId: 'other', path, data: { field, detail: { zh: _zhDetail(e.keyword, e.params), en: _enDetail(e) } } });
      }
    }
  },
});

// --- internal ---

function _enDetail(e: { keyword: string; params: Record<string, unknown>; message?: string }): string {
  if (e.keyword === 'enum') return `must be one of: ${(e.params.allowedValues as unknown[] | undefined)?.join(', ') ?? ''}`;
  return e.message ?? e.keyword;
}

function _zhDetail(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'required': return `缺少“${params.missingProperty}”`;
    case 'enum': return `取值须为：${(params.allowedValues as unknown[] | undefined)?.join('、') ?? ''}`;
    case 'const': return `取值须为 ${JSON.stringify(params.allowedValue)}`;
    case 'pattern': return `格式须匹配 ${params.pattern}`;
    case 'minimum': case 'maximum': return `${keyword === 'minimum' ? '不得小于' : '不得大于'} ${params.limit}`;
    case 'minLength': case 'minItems': return `不得为空`;
    case 'maxLength': case 'maxItems': return `过长（上限 ${params.limit}）`;
    case 'uniqueItems': return `第 ${Number(params.j) + 1} 项与第 ${Number(params.i) + 1} 项重复`;
    default: return keyword;
  }
}
