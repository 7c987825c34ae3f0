// Decree 809 Art. 14 item 3 and Art. 15 ¶2: only a law, administrative regulation or State Council decision can make
// data non-shareable, and the catalogue must give the reason and name that basis.
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { kindOf, show, term, termList } from './_support.js';
import type { Bilingual, JsonObject, Path, ReportDescriptor } from '../core/types.js';

const VOCAB = VOCABULARIES.basis_type;
const REASON = { zh: '不予共享理由', en: 'reason for not sharing' };
const TITLE = { zh: '依据名称', en: 'title of the legal basis' };

export default defineRule({
  id: 'non-shareable-legal-basis',
  articles: [{ source: 'decree-809', article: 14, item: 3 }, { source: 'decree-809', article: 15, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '不予共享的条目须列明理由，并以法律、行政法规或者国务院决定为依据', en: 'Non-shareable entries give a reason and a law, administrative regulation or State Council decision as basis' },
    details: {
      zh: '第十四条第（三）项规定，只有法律、行政法规以及国务院决定明确规定不能提供给其他政府部门共享使用的政务数据，才属于不予共享类；第十五条第二款要求在目录中列明理由，并明确相应的法律、行政法规以及国务院决定依据。部门规章、地方性法规、规范性文件等不能单独作为不予共享的依据。non_share.reason 须写明理由，non_share.legal_basis 至少有一项类型为 law、administrative_regulation 或 state_council_decision 的依据，且每项依据写明名称。其他配置方案可通过 allowedTypes 放宽依据类型。',
      en: 'Under Art. 14 item 3, data is non-shareable only where a law, an administrative regulation or a State Council decision expressly forbids sharing it; Art. 15(2) requires the catalogue to give the reason and name that law, regulation or decision. Departmental rules, local regulations or normative documents cannot on their own make data non-shareable. non_share.reason must state the reason, and non_share.legal_basis must hold at least one basis of type law, administrative_regulation or state_council_decision, each basis with its title. Other profiles may widen the accepted types through allowedTypes.',
    },
  },
  messages: {
    missing: { zh: '条目“{{entry}}”为不予共享，但未列明理由和依据（non_share）', en: 'entry "{{entry}}" is non-shareable but gives no reason and legal basis (non_share)' },
    notMapping: { zh: '条目“{{entry}}”的 non_share 应为映射，包括 reason（理由）和 legal_basis（依据），实际为{{kind}}', en: 'entry "{{entry}}": non_share must be a mapping with reason and legal_basis, not {{kind}}' },
    noReason: { zh: '条目“{{entry}}”为不予共享，但未列明理由', en: 'entry "{{entry}}" is non-shareable but states no reason' },
    noBasis: { zh: '条目“{{entry}}”为不予共享，但未列明依据（{{allowed}}）', en: 'entry "{{entry}}" is non-shareable but names no legal basis ({{allowed}})' },
    noType: { zh: '条目“{{entry}}”的依据“{{basis}}”未注明类型，应为{{allowed}}之一', en: 'entry "{{entry}}": the basis "{{basis}}" does not state its type; expected one of {{allowed}}' },
    unknownType: { zh: '条目“{{entry}}”的依据“{{basis}}”类型“{{value}}”无法识别，应为{{allowed}}之一', en: 'entry "{{entry}}": the basis "{{basis}}" has an unknown type "{{value}}"; expected one of {{allowed}}' },
    insufficient: {
      zh: '条目“{{entry}}”的依据“{{basis}}”属于{{type}}，不足以作为不予共享的依据，须为{{allowed}}之一',
      en: 'entry "{{entry}}": the basis "{{basis}}" is of type {{type}}, which cannot make data non-shareable; expected one of {{allowed}}',
    },
    noTitle: { zh: '条目“{{entry}}”的第{{n}}项依据未写明名称', en: 'entry "{{entry}}": legal basis #{{n}} has no title' },
    placeholder: { zh: '条目“{{entry}}”的{{field}}“{{value}}”是占位内容，应写明实际内容', en: 'entry "{{entry}}": the {{field}} "{{value}}" is a placeholder; state the actual text' },
  },
  optionsSchema: {
    type: 'object',
    properties: { allowedTypes: { type: 'array', minItems: 1, items: { enum: Object.keys(VOCAB.terms) } }, placeholders: { type: 'array', items: { type: 'string' } } },
    additionalProperties: false,
  },
  defaults: { allowedTypes: ['law', 'administrative_regulation', 'state_council_decision'], placeholders: DEFAULT_PLACEHOLDERS },
  claims: [{ keyword: 'enum', path: /^\/entries\/\d+\/non_share\/legal_basis\/\d+\/type$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'name: 统计调查对象原始资料\nshare_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 能够识别单个统计调查对象身份的原始资料，法律规定不得对外提供\n  legal_basis:\n    - {type: law, title: 中华人民共和国统计法}' },
    fail: { at: 'entry', yaml: 'name: 统计调查对象原始资料\nshare_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 内部管理需要\n  legal_basis:\n    - {type: normative_document, title: 本局数据管理办法}' },
  },
  check({ catalogue, options, report }) {
    const allowed = termList(VOCAB, options.allowedTypes);
    forEachEntry(catalogue, (entry, path, label) => {
      if (entry.share_type !== 'non_shareable') return;
      const ns = entry.non_share;
      const at = [...path, 'non_share'];
      if (isBlank(ns)) return report({ messageId: 'missing', path: 'non_share' in entry ? at : path, data: { entry: label } });
      if (!isObject(ns)) return report({ messageId: 'notMapping', path: at, data: { entry: label, kind: kindOf(ns) } });
      const stated = (owner: JsonObject, key: string, p: Path, missing: ReportDescriptor, field: Bilingual) => {
        const t = text(owner[key]);
        if (isBlank(owner[key]) || t?.trim() === '') report({ ...missing, path: key in owner ? [...p, key] : p });
        else if (t !== undefined && isPlaceholder(t, options.placeholders)) report({ messageId: 'placeholder', path: [...p, key], data: { entry: label, field, value: t.trim() } });
      };
      stated(ns, 'reason', at, { messageId: 'noReason', path: at, data: { entry: label } }, REASON);
      const lb = ns.legal_basis;
      const bases: [unknown, Path][] = isBlank(lb) ? [] : Array.isArray(lb) ? lb.map((b, i) => [b, [...at, 'legal_basis', i]]) : [[lb, [...at, 'legal_basis']]];
      if (!bases.length) return report({ messageId: 'noBasis', path: 'legal_basis' in ns ? [...at, 'legal_basis'] : at, data: { entry: label, allowed } });
      // Extra, weaker citations next to a sufficient one do no harm; they only matter when nothing else holds.
      const sufficient = bases.some(([b]) => isObject(b) && options.allowedTypes.includes(b.type as string));
      bases.forEach(([b, p], i) => {
        const basis = (isObject(b) ? text(b.title)?.trim() : show(b)) || { zh: `第${i + 1}项`, en: `#${i + 1}` };
        const type = isObject(b) ? b.type : undefined;
        const known = typeof type === 'string' && Object.hasOwn(VOCAB.terms, type);
        if (!isBlank(type) && !known) report({ messageId: 'unknownType', path: [...p, 'type'], data: { entry: label, basis, value: show(type), allowed } });
        else if (!sufficient && known) report({ messageId: 'insufficient', path: [...p, 'type'], data: { entry: label, basis, type: term(VOCAB, type), allowed } });
        else if (!sufficient) report({ messageId: 'noType', path: isObject(b) && 'type' in b ? [...p, 'type'] : p, data: { entry: label, basis, allowed } });
        if (isObject(b)) stated(b, 'title', p, { messageId: 'noTitle', path: p, data: { entry: label, n: i + 1 } }, TITLE);
      });
    });
  },
});
