// Every question, choice and note of the init and add wizards, in Chinese and English, citing Decree 809 where it applies.
import { VOCABULARIES, type Vocabulary } from '../../core/vocabulary.js';
import type { Bilingual } from '../../core/types.js';

export interface Choice {
  value: string;
  /** The line shown in the list (may carry a one-line explanation). */
  name: Bilingual;
  /** What the answered prompt shows; defaults to the term. */
  short?: Bilingual;
}

const b = (zh: string, en: string): Bilingual => ({ zh, en });

/** The questions, by answer key (the flag name without dashes). */
export const ASK: Record<string, Bilingual> = {
  'department-name': b('编制部门名称（如 北京市市场监督管理局）', 'Name of the compiling department (编制部门)'),
  'department-code': b('编制部门的统一社会信用代码（18 位，可留空）', "The department's unified social credit code (统一社会信用代码, 18 characters; may be left empty)"),
  level: b('目录层级', 'Level of the catalogue'),
  region: b('行政区划代码（GB/T 2260，6 位数字，如 110000）', 'Administrative division code (GB/T 2260, 6 digits, e.g. 110000)'),
  'catalogue-id': b('目录编号', 'Catalogue id'),
  title: b('目录标题', 'Catalogue title'),
  'catalogue-version': b('版本号', 'Version'),
  'compiled-at': b('编制日期（YYYY-MM-DD）', 'Compilation date (YYYY-MM-DD)'),
  'confidentiality-date': b('保密风险评估日期（YYYY-MM-DD）', 'Date of the confidentiality risk assessment (YYYY-MM-DD)'),
  'confidentiality-conclusion': b('保密风险评估结论', 'Conclusion of the confidentiality risk assessment'),
  'confidentiality-report': b('保密风险评估报告（文件名，可留空）', 'Confidentiality risk assessment report (file name, may be left empty)'),
  'personal-info': b('本目录的数据中是否含有个人信息？', 'Will the catalogue hold personal information?'),
  'pi-date': b('个人信息保护影响评估日期（YYYY-MM-DD）', 'Date of the personal information protection impact assessment (YYYY-MM-DD)'),
  'pi-conclusion': b('个人信息保护影响评估结论', 'Conclusion of the personal information protection impact assessment'),
  'pi-report': b('个人信息保护影响评估报告（文件名，可留空）', 'Personal information impact assessment report (file name, may be left empty)'),
  approver: b('审核同意的部门负责人姓名', 'Name of the department head who approved the catalogue'),
  'approver-title': b('负责人职务（如 局长）', "The approver's title (e.g. 局长, director)"),
  'approval-date': b('审核同意日期（YYYY-MM-DD）', 'Date of the approval (YYYY-MM-DD)'),
  'share-type': b('共享属性（第十四条）', 'Share type (共享属性, Art. 14)'),
  'internal-share-type': b('部内共享属性（《工信部办法》第十五条）', 'Internal share type (部内共享属性, MIIT Measures Art. 15)'),
  'external-share-type': b('部外共享属性（《工信部办法》第十五条）', 'External share type (部外共享属性, MIIT Measures Art. 15)'),
  'open-type': b('开放属性（《湖北省数据条例》第十九条第三款、第三十二条）', 'Open attribute (开放属性, Hubei Regulation Arts. 19(3), 32)'),
  objects: b('共享对象（具体的司局、部门或系统，如 规划司、运行监测协调局）', 'Recipients: the particular bureaus, departments or systems (共享对象)'),
  leader: b('审批有条件共享的分管部领导姓名', 'Name of the ministry leader in charge who approved the conditions (分管部领导)'),
  'leader-title': b('分管部领导职务（如 副部长，可留空）', "The leader's title (e.g. 副部长; may be left empty)"),
  'leader-approval-date': b('分管部领导审批日期（YYYY-MM-DD）', "Date of the leader's approval (YYYY-MM-DD)"),
  minister: b('审批同意不予共享的部长姓名', 'Name of the minister who approved withholding the data (部长)'),
  'minister-approval-date': b('部长审批日期（YYYY-MM-DD）', "Date of the minister's approval (YYYY-MM-DD)"),
  'negative-list': b('负面清单中的编号（已列入而无编号的，填“是”）', 'Its number on the negative list (负面清单; "是" if listed without a number)'),
  scope: b('共享范围（哪些部门可以使用，如 本市各级税务、公安部门）', 'Sharing scope: which departments may use the data (共享范围)'),
  purpose: b('使用用途（如 用于企业登记信息核验）', 'Purpose of use (使用用途)'),
  requirements: b('其他使用要求（可留空）', 'Further requirements of use (使用要求, may be left empty)'),
  reason: b('不予共享的理由', 'Reason for not sharing (不予共享理由)'),
  'basis.title': b('依据名称（如 《中华人民共和国统计法》第三十九条，可带文号）', 'Title of the legal basis (e.g. 《中华人民共和国统计法》第三十九条, with its number if any)'),
  'basis.type': b('依据类型（无法从名称判断层级，请选择）', 'Type of the legal basis (its level cannot be told from the citation)'),
  'basis.article': b('条款（如 第二十五条，可留空）', 'Article (e.g. 第二十五条, may be left empty)'),
  basis: b('不予共享的依据', 'Legal basis for not sharing'),
  id: b('条目编号', 'Entry id'),
  name: b('数据目录名称', 'Name of the entry (数据目录名称)'),
  summary: b('摘要（可留空）', 'Summary (may be left empty)'),
  'provider-name': b('提供单位名称', 'Providing body (提供单位)'),
  'provider-code': b('提供单位的统一社会信用代码（可留空）', "The provider's unified social credit code (may be left empty)"),
  item: b('数据项', 'Data items'),
  'item.name': b('数据项名称', 'Data item name'),
  'item.type': b('数据类型', 'Data type'),
  'item.personal-info': b('该数据项是否为个人信息？', 'Is this item personal information?'),
  'item.sensitive': b('是否为敏感个人信息（如 身份证件号码、生物识别、医疗健康）？', 'Is it sensitive personal information (ID numbers, biometrics, health …)?'),
  format: b('数据格式', 'Data format'),
  'format-detail': b('格式说明（如 MySQL、达梦、OFD，可留空）', 'Format detail (e.g. MySQL, OFD; may be left empty)'),
  'update-frequency': b('数据更新频率', 'Update frequency'),
  'update-frequency-detail': b('具体更新周期', 'The actual update period'),
  'share-method': b('共享方式（第二十二条；空格选择，回车确认）', 'Share methods (Art. 22; space to select, enter to confirm)'),
  category: b('数据类别（如 市场监管/市场主体登记）', 'Data category (e.g. 市场监管/市场主体登记)'),
  'classification-level': b('数据级别', 'Data level'),
  'more.item': b('继续添加数据项？', 'Add another data item?'),
  'more.basis': b('再列一项依据？', 'Add another legal basis?'),
};

export const NOTE = {
  header: b('编制政务数据目录（《政务数据共享条例》第十二条、第十三条）。按回车接受括号中的默认值，Ctrl+C 取消。', 'Compiling a government data catalogue (Decree 809, Art. 12–13). Enter accepts the default in brackets; Ctrl+C cancels.'),
  assessments: b('第十三条第一款：编制目录应当依法开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意。', 'Art. 13(1): the catalogue is assessed (confidentiality risk, personal information impact …) and approved by the department head.'),
  approval: b('部门负责人审核同意（第十三条第一款），应在各项评估之后。', 'Approval by the department head (Art. 13(1)), after the assessments.'),
  entry: b('添加目录条目（第十三条第二款）。先选择共享属性，再只回答该属性需要的内容。', 'Adding a catalogue entry (Art. 13(2)). The share type comes first; then only what that type needs.'),
  conditional: b('有条件共享：须在目录中列明共享范围、使用用途等共享使用条件（第十五条第二款）。', 'Conditional: the catalogue states the scope, purpose and other conditions of use (Art. 15(2)).'),
  unconditional: b('无条件共享：不得擅自增设条件（第十五条第一款），使用条件记为“无”。', 'Unconditional: no conditions may be added (Art. 15(1)); usage_conditions is none.'),
  nonShareable: b('不予共享：须列明理由，并明确法律、行政法规或者国务院决定依据（第十五条第二款）；共享方式和使用条件记为“无”。', 'Non-shareable: state the reason and the law, administrative regulation or State Council decision it rests on (Art. 15(2)); share method and usage conditions are none.'),
  items: b('逐项填写数据项（第十三条第二款）。', 'Data items one by one (Art. 13(2)).'),
  piAssessment: b('本条目含个人信息，而目录尚未记录个人信息保护影响评估（第十三条第一款），请补充：', 'This entry holds personal information but the catalogue records no personal information impact assessment (Art. 13(1)); please add it:'),
  levels: b('数据分级（第十三条第二款要求列明数据分类分级；级别按《数据安全法》第二十一条）：', 'Data level (Art. 13(2) requires the classification; levels as in the Data Security Law, Art. 21):'),
  retryBasis: b('请重新填写这一项依据。', 'Please give this basis again.'),
  miitConditional: b('有条件共享：明确共享范围、对象等相关条件，报分管部领导审批（《工信部办法》第二十条第三款）；部外有条件共享另列明使用用途（《政务数据共享条例》第十五条第二款）。', 'Conditional: state the scope, recipients and other conditions, approved by the ministry leader in charge (MIIT Measures Art. 20(3)); sharing conditionally outside the ministry also states the purpose (Decree Art. 15(2)).'),
  miitNonShareable: b('不予共享：须有相关法律法规或党中央、国务院政策文件作为依据（部外不予共享须为法律、行政法规或国务院决定），报部长审批同意后列入负面清单（《工信部办法》第二十条第四款）。', 'Non-shareable: a law, regulation or central policy document as basis (outside the ministry: a law, administrative regulation or State Council decision), approved by the minister and put on the negative list (MIIT Measures Art. 20(4)).'),
  negativeList: b('不予共享的数据实行负面清单管理。', 'Non-shareable data is managed on the negative list.'),
  required: b('此项必填', 'this answer is required'),
  cancelled: b('已取消，未写入任何文件。', 'Cancelled; nothing was written.'),
};

/** The three share types with their one-line meaning from Art. 14. */
export const SHARE_TYPES: Choice[] = [
  { value: 'unconditional', name: b('无条件共享 —— 可以提供给所有政府部门共享使用（第十四条第一项）', 'unconditional (无条件共享) — may be provided to every government department (Art. 14 item 1)') },
  { value: 'conditional', name: b('有条件共享 —— 按照一定条件提供给有关政府部门，须列明共享范围、使用用途（第十四条第二项）', 'conditional (有条件共享) — provided to the departments concerned on conditions: scope and purpose (Art. 14 item 2)') },
  { value: 'non_shareable', name: b('不予共享 —— 法律、行政法规或者国务院决定明确规定不能共享，须列明理由和依据（第十四条第三项）', 'non-shareable (不予共享) — a law, administrative regulation or State Council decision forbids sharing: reason and basis (Art. 14 item 3)') },
];

/** MIIT's 部内 and 部外 share attributes (Art. 15), each class with its meaning and what it needs (Art. 20). */
export const MIIT_SHARE_TYPES: Record<'internal_share_type' | 'external_share_type', Choice[]> = {
  internal_share_type: [
    { value: 'unconditional', name: b('部内无条件共享 —— 可提供给所有司局共享使用（第十五条）', 'unconditional (部内无条件共享) — may be provided to every bureau of the ministry (Art. 15)') },
    { value: 'conditional', name: b('部内有条件共享 —— 提供给相关司局或部分提供，须明确共享范围、对象，报分管部领导审批（第十五条、第二十条第三款）', 'conditional (部内有条件共享) — to the bureaus concerned, or in part: scope and recipients, approved by the leader in charge (Arts. 15, 20(3))') },
    { value: 'non_shareable', name: b('部内不予共享 —— 须有法律法规或党中央、国务院政策文件依据，报部长审批后列入负面清单（第十五条、第二十条第四款）', 'non-shareable (部内不予共享) — on a law, regulation or central policy document, approved by the minister, on the negative list (Arts. 15, 20(4))') },
  ],
  external_share_type: [
    { value: 'unconditional', name: b('部外无条件共享 —— 可提供给部外所有政务部门共享使用（第十五条）', 'unconditional (部外无条件共享) — may be provided to every government department outside the ministry (Art. 15)') },
    { value: 'conditional', name: b('部外有条件共享 —— 提供给部外相关政务部门或部分提供，须明确共享范围、对象和使用用途（第十五条、第二十条第三款；条例第十五条第二款）', 'conditional (部外有条件共享) — to the departments concerned, or in part: scope, recipients and purpose (Arts. 15, 20(3); Decree Art. 15(2))') },
    { value: 'non_shareable', name: b('部外不予共享 —— 须有法律、行政法规或国务院决定依据（条例第十四条第三项），报部长审批后列入负面清单', 'non-shareable (部外不予共享) — on a law, administrative regulation or State Council decision (Decree Art. 14 item 3), approved by the minister, on the negative list') },
  ],
};

/** The three data levels, each explained. */
export const CLASSIFICATION_LEVELS: Choice[] = [
  { value: 'general', name: b('一般 —— 重要数据、核心数据以外的数据', 'general (一般) — data that is neither important nor core') },
  { value: 'important', name: b('重要 —— 一旦遭到篡改、破坏、泄露或者非法获取、非法利用，可能危害国家安全、经济运行、社会稳定、公共健康和安全', 'important (重要) — tampering, destruction, leaks or illegal use may endanger national security, the economy, social stability or public health and safety') },
  { value: 'core', name: b('核心 —— 关系国家安全、国民经济命脉、重要民生、重大公共利益，实行更加严格的管理', 'core (核心) — bears on national security, the lifelines of the economy, important livelihoods or major public interests; managed more strictly') },
];

/** Choices straight from a vocabulary: the Chinese term, and the English key with the Chinese term beside it. */
export function vocabChoices(vocab: Vocabulary, keys: readonly string[] = Object.keys(vocab.terms)): Choice[] {
  return keys.map((k) => ({ value: k, name: b(vocab.terms[k] ?? k, `${k} (${vocab.terms[k] ?? k})`) }));
}

export const CHOICES = {
  level: vocabChoices(VOCABULARIES.level),
  conclusion: vocabChoices(VOCABULARIES.conclusion),
  basisType: vocabChoices(VOCABULARIES.basis_type),
  itemType: vocabChoices(VOCABULARIES.item_type),
  format: vocabChoices(VOCABULARIES.format_kind),
  updateFrequency: vocabChoices(VOCABULARIES.update_frequency),
  shareMethod: vocabChoices(VOCABULARIES.share_method, ['api', 'batch_exchange', 'file_download']),
  openType: vocabChoices(VOCABULARIES.open_type),
};
