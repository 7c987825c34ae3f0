// Values of the wrong kind (a list where text belongs, text where a mapping belongs) that no specific rule covers.
import { defineRule } from '../core/define-rule.js';
import { errorPath, fieldLabel, typeName, typeOf, valueAt } from './_schema.js';
import type { AjvError, ArticleRef, Bilingual, Path, Severity } from '../core/types.js';

const ART_13_1: ArticleRef = { source: 'decree-809', article: 13, paragraph: 1 };
const ART_13_2: ArticleRef = { source: 'decree-809', article: 13, paragraph: 2 };

/** What a finding cites, by where it is: the header's approval and assessments are Art. 13 ¶1, the rest of the format serves Art. 13 ¶2. */
const CITATIONS: { at: RegExp; articles: ArticleRef[]; severity?: Severity }[] = [
  { at: /^\/catalogue\/(assessments|approval)(\/|$)/, articles: [ART_13_1] },
  // Opening data to the public is outside the Decree: a value off our list there is at most a warning.
  { at: /^\/entries\/\d+\/open_type$/, articles: [], severity: 'warning' },
];

export default defineRule({
  id: 'schema-valid',
  articles: [ART_13_1, ART_13_2],
  severity: 'error',
  docs: {
    summary: { zh: '字段值须符合目录格式（类型、取值范围）', en: 'Field values match the catalogue format (types, ranges)' },
    details: {
      zh: '目录各字段有确定的类型：例如数据项为列表、提供单位为包含名称的映射。类型不符的值无法被可靠读取，也无法据以判断是否符合第十三条的要求。评估和部门负责人审核记录（catalogue.assessments、catalogue.approval）中的问题引用第十三条第一款，其余引用第十三条第二款；开放属性（open_type）不属于条例的要求，取值不符只作警告。一个字段只报告一次：其他规则已在同一位置报告的（如有条件共享条目的使用条件写作“N/A”），本规则不再重复；可取几种形式的字段（使用条件可写 none/无 或映射）合并为一条，列出可用的形式。',
      en: 'Each field has a definite type: data items are a list, the provider is a mapping with a name, and so on. A value of the wrong type cannot be read reliably, so compliance with Art. 13 cannot be judged. Findings in the assessment and approval records (catalogue.assessments, catalogue.approval) cite Art. 13(1), the rest Art. 13(2); the open-data class (open_type) is no requirement of the Decree, so a value off its list is only a warning. A field is reported once: where another rule already reported the same node (usage_conditions: N/A on a conditional entry), this rule stays silent, and a field that takes several forms (usage_conditions: none/无 or a mapping) gets one finding listing them.',
    },
  },
  messages: {
    type: { zh: '“{{field}}”应为{{expected}}，实际为{{actual}}', en: '"{{field}}" should be {{expected}}, not {{actual}}' },
    other: { zh: '“{{field}}”不符合目录格式（{{detail}}）', en: '"{{field}}" does not match the catalogue format ({{detail}})' },
  },
  defaults: {},
  late: true,
  examples: {
    pass: { at: 'entry', yaml: 'items: [{name: 企业名称, type: string}]' },
    fail: { at: 'entry', yaml: 'items: 企业名称、统一社会信用代码' },
  },
  check({ catalogue, schemaErrors, isClaimed, reportedAt, report }) {
    // anyOf summaries mark the paths whose errors are alternatives (several branches failed), not separate defects.
    const alternatives = new Set(schemaErrors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    const groups = new Map<string, { path: Path; errors: AjvError[] }>();
    for (const e of schemaErrors) {
      if (isClaimed(e) || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
      const path = errorPath(e);
      const key = JSON.stringify(path);
      if (!groups.has(key)) groups.set(key, { path, errors: [] });
      groups.get(key)!.errors.push(e);
    }
    for (const { path, errors } of groups.values()) {
      if (reportedAt(path)) continue; // one defect, one finding: a specific rule already said it
      const pointer = errors[0].instancePath;
      const cite = CITATIONS.find((c) => c.at.test(pointer));
      const extra = cite ? { articles: cite.articles, ...(cite.severity ? { severity: cite.severity } : {}) } : { articles: [ART_13_2] };
      const field = fieldLabel(path);
      const actual = typeName(typeOf(valueAt(catalogue.root, path)));
      const type = errors.find((e) => e.keyword === 'type');
      if (alternatives.has(pointer)) {
        // A value of the right shape for one of the forms fails inside it: the errors there say what is wrong, not these.
        if (_fitsAForm(pointer, schemaErrors)) continue;
        report({ messageId: 'type', path, ...extra, data: { field, expected: _alternatives(errors), actual } });
      } else if (type) {
        report({ messageId: 'type', path, ...extra, data: { field, expected: typeName(type.params.type), actual } });
      } else {
        const e = errors[0];
        report({ messageId: 'other', path, ...extra, data: { field, detail: { zh: _zhDetail(e.keyword, e.params), en: _enDetail(e) } } });
      }
    }
  },
});

// --- internal ---

/** Some anyOf form accepted the value's shape: errors lie inside it (a key, an element) rather than at the value itself. */
function _fitsAForm(pointer: string, errors: readonly AjvError[]): boolean {
  return errors.some((e) => e.keyword !== 'anyOf' && (e.instancePath.startsWith(`${pointer}/`) || (e.instancePath === pointer && !['type', 'enum', 'const'].includes(e.keyword))));
}

/** The forms a field may take, from its failed anyOf branches: 取值 none、无，或映射 / one of none, 无, or a mapping. */
function _alternatives(errors: AjvError[]): Bilingual {
  const values = errors.filter((e) => e.keyword === 'enum').flatMap((e) => (e.params.allowedValues as unknown[] | undefined) ?? []).map(String);
  // An enum of strings already says "text": its type error adds nothing.
  const types = [...new Set(errors.filter((e) => e.keyword === 'type').map((e) => String(e.params.type)))].filter((t) => !(values.length && t === 'string'));
  const names = types.map((t) => typeName(t));
  const zh = [...(values.length ? [`取值 ${[...new Set(values)].join('、')}`] : []), ...names.map((n) => n.zh)].join('，或');
  const en = [...(values.length ? [`one of ${[...new Set(values)].join(', ')}`] : []), ...names.map((n) => n.en)].join(', or ');
  return { zh, en };
}

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
