// Decree 809 Art. 14 item 3 and Art. 15 ¶2: only a law, administrative regulation or State Council decision can make
// data non-shareable, and the catalogue must give the reason and name that basis. The level of each cited instrument
// is worked out from the citation itself; a `type` the officer writes is a claim checked against it.
import { defineRule } from '../core/define-rule.js';
import { canonicalize, VOCABULARIES } from '../core/vocabulary.js';
import { classifyCitation, classifyCitations, levelName, levelNames, refutes, sufficiency, type Classification, type InstrumentLevel } from '../legal/index.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { kindOf, termList } from './_support.js';
import { shareClasses } from './_share.js';
import type { Bilingual, JsonObject, Path } from '../core/types.js';

const VOCAB = VOCABULARIES.basis_type;
const REASON = { zh: '不予共享理由', en: 'reason for not sharing' };
const REMEDY: Bilingual = {
  zh: '仅受较低层级规定保护的数据，通常应改为有条件共享，并列明共享范围和使用用途',
  en: 'data protected only by a lower-ranking instrument is usually reclassified as conditional, with its sharing scope and purpose stated',
};

export default defineRule({
  id: 'non-shareable-legal-basis',
  articles: [{ source: 'decree-809', article: 14, item: 3 }, { source: 'decree-809', article: 15, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '不予共享的条目须列明理由，并以法律、行政法规或者国务院决定为依据', en: 'Non-shareable entries give a reason and a law, administrative regulation or State Council decision as basis' },
    details: {
      zh: '第十四条第（三）项规定，只有法律、行政法规以及国务院决定明确规定不能提供给其他政府部门共享使用的政务数据，才属于不予共享类；第十五条第二款要求在目录中列明理由，并明确相应的法律、行政法规以及国务院决定依据。govcat 从引用本身判断每项依据的层级：现行有效的法律和行政法规目录中的名称直接确定；其余按公布形式和制定机关判断——国务院令公布的条例、暂行条例、规定、办法、实施细则都是行政法规，部令、总局令公布的是部门规章，地名加“条例”是地方性法规，地方人民政府令公布的是地方政府规章，〔年份〕N号文件是规范性文件或政策文件。全国人大及其常委会关于法律问题的决定具有法律效力，也可作为依据。依据可写成引用文字（如“《中华人民共和国统计法》第二十五条”）、文字列表或 {title, article, issued_by, number, type} 映射；type 可不写，写了就与判断结果核对。列出的依据中有一项足够即可；都不足够的，报告一次并说明各项的层级和判断依据；无法判断层级又未注明类型的，提示注明类型或文号。“根据相关法律法规”之类没有指明具体文件的，视为没有依据。其他配置方案可通过 allowedTypes 调整可接受的层级。用 govcat basis 可单独检查一项引用。',
      en: 'Under Art. 14 item 3, data is non-shareable only where a law, an administrative regulation or a State Council decision expressly forbids sharing it; Art. 15(2) requires the catalogue to give the reason and name that law, regulation or decision. govcat works out the level of each cited instrument from the citation itself: a title on the shipped lists of laws and administrative regulations in force decides; otherwise the form of promulgation and the enacting body do — whatever its title (条例, 暂行条例, 规定, 办法, 实施细则), an instrument promulgated by State Council decree is an administrative regulation; a ministry\'s decree promulgates a departmental rule; a place name with 条例 is a local regulation; a local government\'s decree promulgates a local government rule; a document with a 〔year〕N号 number is a normative or policy document. Decisions of the NPC and its Standing Committee on legal questions have the force of law and count too. A basis may be written as citation text (e.g. 《中华人民共和国统计法》第二十五条), a list of such texts, or a mapping {title, article, issued_by, number, type}; the type is optional, and when given it is checked against what the citation shows. One sufficient instrument among those listed is enough; when none is, one finding names each instrument\'s level and the evidence; an instrument whose level cannot be told and whose type is not given gets a warning asking for the type or number. Wording that names no instrument (根据相关法律法规) is no basis. Other profiles adjust the accepted levels through allowedTypes. `govcat basis` checks a single citation.',
    },
  },
  messages: {
    missing: { zh: '条目“{{entry}}”为不予共享，但未列明理由和依据（non_share）', en: 'entry "{{entry}}" is non-shareable but gives no reason and legal basis (non_share)' },
    notMapping: { zh: '条目“{{entry}}”的 non_share 应为映射，包括 reason（理由）和 legal_basis（依据），实际为{{kind}}', en: 'entry "{{entry}}": non_share must be a mapping with reason and legal_basis, not {{kind}}' },
    noReason: { zh: '条目“{{entry}}”为不予共享，但未列明理由', en: 'entry "{{entry}}" is non-shareable but states no reason' },
    placeholder: { zh: '条目“{{entry}}”的{{field}}“{{value}}”是占位内容，应写明实际内容', en: 'entry "{{entry}}": the {{field}} "{{value}}" is a placeholder; state the actual text' },
    noBasis: { zh: '条目“{{entry}}”为不予共享，但未列明依据（{{allowed}}）', en: 'entry "{{entry}}" is non-shareable but names no legal basis ({{allowed}})' },
    vague: {
      zh: '条目“{{entry}}”的不予共享依据{{basis}}没有指明具体的法律文件；须写明{{allowed}}的名称和条款',
      en: 'entry "{{entry}}": the basis {{basis}} names no particular instrument; name the {{allowed}} and its article',
    },
    insufficient: {
      zh: '条目“{{entry}}”的依据{{basis}}属于{{level}}（{{evidence}}），不足以作为不予共享的依据，须为{{allowed}}；{{remedy}}',
      en: 'entry "{{entry}}": the basis {{basis}} ranks as {{level}} ({{evidence}}) and cannot make data non-shareable: only a {{allowed}} can; {{remedy}}',
    },
    claimRefuted: {
      zh: '条目“{{entry}}”的依据{{basis}}标注为{{claimed}}，但它属于{{level}}（{{evidence}}），不足以作为不予共享的依据，须为{{allowed}}；{{remedy}}',
      en: 'entry "{{entry}}": the basis {{basis}} is labelled {{claimed}} but ranks as {{level}} ({{evidence}}) and cannot make data non-shareable: only a {{allowed}} can; {{remedy}}',
    },
    allInsufficient: {
      zh: '条目“{{entry}}”列出的依据都不足以作为不予共享的依据（须为{{allowed}}）：{{list}}；{{remedy}}',
      en: 'entry "{{entry}}": none of the bases can make data non-shareable (only a {{allowed}} can): {{list}}; {{remedy}}',
    },
    unknownLevel: {
      zh: '条目“{{entry}}”的依据{{basis}}无法判断层级（{{evidence}}）；请注明类型（type）或文号，以便核对是否为{{allowed}}',
      en: 'entry "{{entry}}": the level of the basis {{basis}} cannot be told ({{evidence}}); state its type or number so it can be checked to be a {{allowed}}',
    },
    typeMismatch: {
      zh: '条目“{{entry}}”的依据{{basis}}标注为{{claimed}}，但它属于{{level}}（{{evidence}}）；请更正类型',
      en: 'entry "{{entry}}": the basis {{basis}} is labelled {{claimed}} but ranks as {{level}} ({{evidence}}); correct the type',
    },
    unknownType: {
      zh: '条目“{{entry}}”的依据{{basis}}的类型“{{value}}”无法识别，已按引用本身判断；类型可写{{types}}',
      en: 'entry "{{entry}}": the type "{{value}}" of the basis {{basis}} is not recognised and the citation alone was judged; the type may be one of {{types}}',
    },
  },
  optionsSchema: {
    type: 'object',
    properties: {
      allowedTypes: { type: 'array', minItems: 1, items: { enum: Object.keys(VOCAB.terms) } },
      // A narrower list for one share attribute (MIIT: withholding from other departments is the Decree's Art. 14(3)).
      allowedTypesFor: { type: 'object', additionalProperties: { type: 'array', minItems: 1, items: { enum: Object.keys(VOCAB.terms) } } },
      placeholders: { type: 'array', items: { type: 'string' } },
      requireReason: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  defaults: {
    requireReason: true as boolean | undefined,
    allowedTypes: ['law', 'npc_decision', 'administrative_regulation', 'state_council_decision'] as InstrumentLevel[],
    allowedTypesFor: {} as Record<string, InstrumentLevel[]> | undefined,
    placeholders: DEFAULT_PLACEHOLDERS,
  },
  claims: [
    { keyword: 'enum', path: /^\/entries\/\d+\/non_share\/legal_basis(\/\d+)?\/type$/ },
    { keyword: 'type', path: /^\/entries\/\d+\/non_share(\/legal_basis(\/\d+)?)?$/ },
    { keyword: 'anyOf', path: /^\/entries\/\d+\/non_share\/legal_basis(\/\d+)?$/ },
    { keyword: 'minItems', path: /^\/entries\/\d+\/non_share\/legal_basis$/ },
  ],
  examples: {
    pass: { at: 'entry', yaml: 'name: 统计调查对象原始资料\nshare_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 能够识别单个统计调查对象身份的原始资料，法律规定不得对外提供\n  legal_basis: 《中华人民共和国统计法》第三十九条' },
    fail: { at: 'entry', yaml: 'name: 工伤认定申请材料\nshare_type: non_shareable\nshare_method: [none]\nusage_conditions: none\nnon_share:\n  reason: 涉及职工个人隐私\n  legal_basis:\n    - {type: law, title: 《工伤认定办法》（人力资源和社会保障部令第8号）, article: 第十九条}' },
  },
  check({ catalogue, options, report }) {
    const types = termList(VOCAB);
    forEachEntry(catalogue, (entry, path, label) => {
      const classes = shareClasses(catalogue, entry);
      if (!classes.nonShareable) return;
      // Every attribute that withholds the data must be borne out: the levels all of them accept.
      const lists = classes.values.filter((v) => v.value === 'non_shareable').map((v) => (options.allowedTypesFor && Object.hasOwn(options.allowedTypesFor, v.field) ? options.allowedTypesFor[v.field] : options.allowedTypes));
      const levels = options.allowedTypes.filter((l) => lists.every((list) => list.includes(l)));
      const allowed = new Set<string>(levels);
      const allowedNames = levelNames(levels);
      const ns = entry.non_share;
      const at = [...path, 'non_share'];
      if (isBlank(ns)) return report({ messageId: 'missing', path: 'non_share' in entry ? at : path, absent: at, data: { entry: label } });
      if (!isObject(ns)) return report({ messageId: 'notMapping', path: at, data: { entry: label, kind: kindOf(ns) } });
      const reason = text(ns.reason)?.trim();
      // A regime that asks only for the basis (Hubei Art. 31(1)) still wants to read why: a warning there.
      const mild = options.requireReason === false ? { severity: 'warning' as const } : {};
      if (isBlank(ns.reason) || reason === '') report({ messageId: 'noReason', path: 'reason' in ns ? [...at, 'reason'] : at, absent: [...at, 'reason'], data: { entry: label }, ...mild });
      else if (reason && isPlaceholder(reason, options.placeholders)) report({ messageId: 'placeholder', path: [...at, 'reason'], data: { entry: label, field: REASON, value: reason }, ...mild });
      const lb = ns.legal_basis;
      const basisPath: Path = [...at, 'legal_basis'];
      if (isBlank(lb)) return report({ messageId: 'noBasis', path: 'legal_basis' in ns ? basisPath : at, absent: basisPath, data: { entry: label, allowed: allowedNames } });
      const bases = (Array.isArray(lb) ? lb.map((b, i): [unknown, Path] => [b, [...basisPath, i]]) : [[lb, basisPath] as [unknown, Path]]).flatMap(([b, p]) => _instruments(b, p, options.placeholders));
      const data = (x: Instrument) => ({ entry: label, basis: x.shown, allowed: allowedNames });
      for (const x of bases) if (x.unknownType !== undefined) report({ messageId: 'unknownType', path: x.typePath, severity: 'warning', data: { ...data(x), value: x.unknownType, types } });
      const judged = bases.map((x) => ({ x, verdict: sufficiency(x.c, allowed, x.stated) }));
      const mismatch = (x: Instrument, severity: 'warning') =>
        report({ messageId: 'typeMismatch', path: x.typePath, severity, data: { ...data(x), claimed: levelName(x.stated!), level: _level(x.c), evidence: _evidence(x.c) } });
      if (judged.some((j) => j.verdict === 'yes' || j.verdict === 'unknown')) {
        for (const { x, verdict } of judged) {
          if (x.refutes) mismatch(x, 'warning');
          if (verdict === 'unknown') report({ messageId: 'unknownLevel', path: x.path, severity: 'warning', data: { ...data(x), evidence: _evidence(x.c) } });
        }
        return;
      }
      // No instrument can carry the entry: one finding for the one defect, however many weak citations it lists.
      const named = judged.filter((j) => j.verdict === 'no').map((j) => j.x);
      if (!named.length) return report({ messageId: 'vague', path: bases[0]?.path ?? basisPath, data: data(bases[0]) });
      if (named.length > 1) {
        const list = { zh: named.map((x) => `${x.shown.zh}属于${_level(x.c, x.stated).zh}`).join('；'), en: named.map((x) => `${x.shown.en} ranks as ${_level(x.c, x.stated).en}`).join('; ') };
        return report({ messageId: 'allInsufficient', path: basisPath, data: { entry: label, allowed: allowedNames, list, remedy: REMEDY } });
      }
      const [x] = named;
      const found = { ...data(x), level: _level(x.c, x.stated), evidence: _evidence(x.c), remedy: REMEDY };
      if (x.refutes) report({ messageId: 'claimRefuted', path: x.typePath, data: { ...found, claimed: levelName(x.stated!) } });
      else report({ messageId: 'insufficient', path: x.path, data: found });
    });
  },
});

// --- internal ---

interface Instrument {
  path: Path;
  /** Where a finding about the stated type points: the type, else the basis. */
  typePath: Path;
  shown: Bilingual;
  c: Classification;
  /** The level the officer wrote, when it is a known one. */
  stated?: InstrumentLevel;
  unknownType?: string;
  /** The stated type contradicts what the citation clearly shows. */
  refutes: boolean;
}

/** The instruments one legal_basis element names: a citation text may name several; a mapping names one. */
function _instruments(b: unknown, path: Path, placeholders: readonly string[]): Instrument[] {
  if (typeof b === 'string') {
    const raw = b.trim();
    const shown = { zh: `“${raw}”`, en: `"${raw}"` };
    if (isPlaceholder(raw, placeholders)) return [_instrument(path, undefined, shown, _VAGUE)];
    const found = classifyCitations(raw);
    return found.map((c) => _instrument(path, undefined, found.length > 1 || c.vague ? _show(c, shown) : shown, c));
  }
  if (!isObject(b)) return [_instrument(path, undefined, { zh: `“${text(b) ?? ''}”`, en: `"${text(b) ?? ''}"` }, _VAGUE)];
  const fields = _citationFields(b);
  const title = fields.title;
  const c = (title && isPlaceholder(title, placeholders)) || (!title && !fields.number) ? { ..._VAGUE, title } : classifyCitation(fields);
  const shown = title ? (c.vague ? { zh: `“${title}”`, en: `"${title}"` } : _show(c, { zh: `“${title}”`, en: `"${title}"` })) : fields.number ? { zh: `“${fields.number}”`, en: `"${fields.number}"` } : { zh: '（未写名称）', en: '(no title)' };
  return [_instrument(path, b, shown, c)];
}

function _instrument(path: Path, owner: JsonObject | undefined, shown: Bilingual, c: Classification): Instrument {
  const raw = owner?.type;
  const typePath = owner && 'type' in owner ? [...path, 'type'] : path;
  const canonical = typeof raw === 'string' && raw.trim() ? canonicalize(VOCAB, raw.trim())?.value : undefined;
  const unknownType = typeof raw === 'string' && raw.trim() && !canonical ? raw.trim() : raw !== undefined && raw !== null && typeof raw !== 'string' ? String(raw) : undefined;
  const stated = canonical as InstrumentLevel | undefined;
  return { path, typePath, shown, c, stated, unknownType, refutes: refutes(c, stated) };
}

function _citationFields(b: JsonObject): { title?: string; article?: string; issued_by?: string; number?: string } {
  const t = (k: string) => text(b[k])?.trim() || undefined;
  return { title: t('title'), article: t('article'), issued_by: t('issued_by'), number: t('number') };
}

/** The level to name: the stated one where the citation allows it, else every level the citation may be. */
function _level(c: Classification, stated?: InstrumentLevel): Bilingual {
  if (stated && c.candidates.includes(stated)) return levelName(stated);
  return levelNames(c.candidates.length ? c.candidates : [c.level]);
}

function _evidence(c: Classification): Bilingual {
  return { zh: c.evidence.map((e) => e.text.zh).join('；'), en: c.evidence.map((e) => e.text.en).join('; ') };
}

/** A citation as messages show it: 《title》第X条, else the text as written. */
function _show(c: Classification, fallback: Bilingual): Bilingual {
  if (!c.title) return c.number ? { zh: `“${c.number}”`, en: `"${c.number}"` } : fallback;
  const s = `《${c.title}》${c.article ?? ''}`;
  return { zh: s, en: s };
}

const _VAGUE: Classification = { level: 'unknown', candidates: [], confidence: 'high', vague: true, evidence: [{ signal: 'vague', text: { zh: '没有指明具体的法律文件', en: 'no particular instrument is named' } }] };

