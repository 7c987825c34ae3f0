// The names of every field of the format: the canonical English key, the Chinese key govcat writes, and the other
// names departments and portals use — in YAML keys and spreadsheet headers alike. One vocabulary for both.

/** Where a mapping sits in the catalogue; each place has its own fields. */
export type KeyContext =
  | 'root' | 'catalogue' | 'department' | 'approval' | 'assessments' | 'assessment' | 'changeEvent' | 'extension'
  | 'entry' | 'provider' | 'item' | 'format' | 'usageConditions' | 'nonShare' | 'legalBasis' | 'classification'
  | 'termination' | 'review' | 'shareApproval';

export interface KeySpec {
  /** Canonical path relative to the mapping: a key, or a dotted path for a flat form (共享范围 → usage_conditions.scope). */
  key: string;
  /** Chinese names, the one govcat writes first; compared after foldKey. */
  zh: string[];
  /** The context of a mapping value, or of each element of a list value. */
  context?: KeyContext;
  list?: boolean;
  /** A plain value where a mapping belongs goes under this key (提供单位: 某局 → provider: {name: 某局}). */
  scalar?: string;
}

const S = (key: string, zh: string[], more: Partial<KeySpec> = {}): KeySpec => ({ key, zh, ...more });

export const KEYS: Readonly<Record<KeyContext, readonly KeySpec[]>> = {
  root: [
    S('govcat', ['格式版本']),
    S('catalogue', ['目录信息', '目录基本信息', '基本信息'], { context: 'catalogue' }),
    S('entries', ['目录条目', '数据目录', '条目', '数据目录条目', '目录清单', '数据目录清单', '信息资源目录'], { context: 'entry', list: true }),
  ],
  catalogue: [
    S('id', ['目录编号', '目录代码']),
    S('title', ['目录标题', '目录名称']),
    S('department', ['编制部门', '编制单位', '部门名称'], { context: 'department', scalar: 'name' }),
    S('department.code', ['编制部门统一社会信用代码', '部门统一社会信用代码', '统一社会信用代码']),
    S('level', ['层级', '部门层级', '行政层级']),
    S('region', ['行政区划代码', '区划代码']),
    S('version', ['版本', '目录版本', '版本号']),
    S('compiled_at', ['编制日期', '编制时间']),
    S('approval', ['部门负责人审核', '审核', '审批', '部门负责人审核同意'], { context: 'approval' }),
    S('approval.approver', ['审核人', '审批人', '部门负责人']),
    S('approval.title', ['审核人职务', '审批人职务']),
    S('approval.date', ['审核日期', '审批日期', '审核同意日期', '审核时间', '审批时间']),
    S('assessments', ['评估', '评估情况'], { context: 'assessments' }),
    S('assessments.confidentiality_risk', ['保密风险评估'], { context: 'assessment' }),
    S('assessments.personal_information_impact', ['个人信息保护影响评估'], { context: 'assessment' }),
    S('change_events', ['变更事件', '目录变更事件'], { context: 'changeEvent', list: true }),
    S('submitted_at', ['报送日期', '报送时间']),
    S('profile', ['检查配置']),
    S('terminations', ['共享服务终止变更记录', '共享服务终止、变更记录'], { context: 'termination', list: true }),
    S('review', ['主管部门审核'], { context: 'review' }),
    S('review.received_at', ['主管部门收到日期']),
    S('review.published_at', ['主管部门发布日期']),
    // 保密风险评估日期, 个人信息保护影响评估结论 …: one row each in a header sheet, one key each in a flat file.
    ...(['confidentiality_risk:保密风险评估', 'personal_information_impact:个人信息保护影响评估'] as const).flatMap((a) => {
      const [key, zh] = a.split(':');
      return (['status:状态', 'date:日期', 'conclusion:结论', 'report:报告', 'assessor:单位'] as const).map((f) => {
        const [field, suffix] = f.split(':');
        return S(`assessments.${key}.${field}`, [`${zh}${suffix}`]);
      });
    }),
  ],
  department: [S('name', ['部门名称', '名称']), S('code', ['统一社会信用代码', '代码'])],
  approval: [S('approver', ['审核人', '审批人', '部门负责人', '负责人']), S('title', ['审核人职务', '审批人职务', '职务']), S('date', ['审核日期', '审批日期', '审核同意日期', '审核时间', '审批时间', '日期'])],
  assessments: [
    S('confidentiality_risk', ['保密风险评估'], { context: 'assessment' }),
    S('personal_information_impact', ['个人信息保护影响评估'], { context: 'assessment' }),
  ],
  assessment: [
    S('status', ['评估状态', '状态']),
    S('date', ['评估日期', '完成日期', '评估时间', '日期']),
    S('conclusion', ['评估结论', '结论']),
    S('report', ['评估报告', '报告文号', '报告']),
    S('assessor', ['评估单位', '评估机构']),
  ],
  changeEvent: [
    S('id', ['事件编号']),
    S('kind', ['事件类型', '变更类型', '变更原因']),
    S('reference', ['依据文号', '文号']),
    S('description', ['事件说明', '说明']),
    S('effective_date', ['发生日期', '调整变化发生日期', '生效日期']),
    S('extension', ['延期'], { context: 'extension' }),
    S('extension.approved_by', ['延期批准单位']),
    S('extension.date', ['延期批准日期']),
    S('extension.working_days', ['延长工作日', '延期工作日']),
  ],
  extension: [S('approved_by', ['批准单位', '延期批准单位']), S('date', ['批准日期', '延期批准日期']), S('working_days', ['延长工作日', '延期工作日'])],
  entry: [
    S('id', ['条目编号', '目录编号', '信息资源代码', '资源代码', '目录代码', '数据目录编号', '资源编号', '目录标识', '信息资源编码']),
    S('name', ['数据目录名称', '信息资源名称', '资源名称', '目录名称', '数据资源名称', '数据名称']),
    S('summary', ['摘要', '信息资源摘要', '资源摘要', '数据摘要', '描述', '数据描述', '资源描述', '内容摘要']),
    S('provider', ['提供单位', '信息资源提供方', '提供方', '数源部门', '数源单位', '提供部门', '资源提供方', '来源部门', '数据提供单位', '数据提供部门', '数据来源', '数据来源部门', '责任单位'], { context: 'provider', scalar: 'name' }),
    S('provider.name', ['提供单位名称']),
    S('provider.code', ['提供单位统一社会信用代码', '统一社会信用代码', '提供方代码', '提供单位代码', '信息资源提供方代码', '提供部门统一社会信用代码', '提供方统一社会信用代码']),
    S('items', ['数据项', '信息项', '数据项清单', '信息项清单', '数据元', '字段'], { context: 'item', list: true, scalar: 'name' }),
    S('personal_info', ['是否涉及个人信息', '是否个人信息', '涉及个人信息', '是否包含个人信息']),
    S('format', ['数据格式', '信息资源格式', '资源格式'], { context: 'format', scalar: 'kind' }),
    S('format.kind', ['格式类型', '格式分类', '数据格式类型']),
    S('format.detail', ['格式说明', '格式详情', '具体格式', '数据格式说明', '格式描述']),
    S('update_frequency', ['数据更新频率', '更新周期', '更新频率', '更新频次', '更新周期频率', '数据更新周期']),
    S('update_frequency_detail', ['更新频率说明', '更新周期说明', '更新频次说明']),
    S('share_type', ['共享属性', '共享类型', '共享类别', '共享属性类型']),
    S('internal_share_type', ['部内共享属性', '部内共享类型']),
    S('external_share_type', ['部外共享属性', '部外共享类型']),
    S('share_method', ['共享方式', '共享方式类型', '共享途径']),
    S('usage_conditions', ['使用条件', '共享条件', '共享使用条件'], { context: 'usageConditions' }),
    S('usage_conditions.scope', ['共享范围', '使用范围']),
    S('usage_conditions.purpose', ['使用用途', '用途', '使用目的', '共享用途', '应用场景', '使用场景']),
    S('usage_conditions.objects', ['共享对象']),
    S('usage_conditions.requirements', ['使用要求', '共享要求', '使用条件要求']),
    S('non_share', ['不予共享', '不予共享情况'], { context: 'nonShare', scalar: 'reason' }),
    S('non_share.reason', ['不予共享理由', '不予共享的理由', '不予共享原因', '不共享理由', '不予共享说明']),
    S('non_share.legal_basis', ['不予共享依据', '不予共享法律依据', '法律依据', '不共享依据'], { context: 'legalBasis', list: true }),
    S('non_share.approval', ['不予共享审批', '部长审批'], { context: 'shareApproval' }),
    S('non_share.negative_list', ['负面清单', '列入负面清单', '是否列入负面清单']),
    S('conditional_approval', ['有条件共享审批', '分管部领导审批'], { context: 'shareApproval' }),
    S('classification', ['数据分类分级', '分类分级'], { context: 'classification', scalar: 'level' }),
    S('classification.category', ['数据分类', '数据类别', '分类', '资源分类', '信息资源分类', '数据分类名称']),
    S('classification.level', ['数据分级', '数据级别', '分级', '数据安全级别', '安全级别', '数据等级']),
    S('classification.secrecy', ['涉密情况', '是否涉密', '密级']),
    S('change_event', ['关联变更事件', '变更事件', '变更事件编号']),
    S('open_type', ['开放属性', '开放类型', '开放类别', '开放属性类型']),
  ],
  provider: [S('name', ['提供单位名称', '名称']), S('code', ['统一社会信用代码', '代码'])],
  item: [
    S('name', ['数据项名称', '数据项名', '信息项名称', '信息项名', '字段名称', '字段中文名称', '字段中文名', '数据元名称', '字段名', '名称', '数据项']),
    S('type', ['数据类型', '信息项类型', '字段类型', '类型', '数据项类型']),
    S('description', ['说明', '数据项说明', '描述', '备注', '字段说明', '字段描述', '信息项说明']),
    S('length', ['长度', '数据长度', '字段长度', '数据项长度', '信息项长度']),
    S('personal_info', ['是否个人信息', '个人信息', '是否涉及个人信息', '是否包含个人信息']),
    S('sensitive', ['是否敏感个人信息', '是否敏感', '敏感个人信息', '是否敏感信息', '敏感信息']),
  ],
  format: [S('kind', ['格式类型', '类型', '格式']), S('detail', ['格式说明', '说明', '具体格式'])],
  usageConditions: [
    S('scope', ['共享范围', '使用范围', '范围']),
    S('purpose', ['使用用途', '用途', '使用目的', '应用场景', '使用场景']),
    S('objects', ['共享对象', '对象']),
    S('requirements', ['使用要求', '要求']),
  ],
  nonShare: [
    S('reason', ['理由', '不予共享理由', '原因']),
    S('legal_basis', ['依据', '不予共享依据', '法律依据'], { context: 'legalBasis', list: true }),
    S('approval', ['不予共享审批', '部长审批', '审批'], { context: 'shareApproval' }),
    S('negative_list', ['负面清单', '列入负面清单', '是否列入负面清单']),
  ],
  legalBasis: [
    S('type', ['依据类型', '类型']),
    S('title', ['依据名称', '名称']),
    S('article', ['条款', '条文']),
    S('issued_by', ['制定机关', '发布机关']),
    S('number', ['文号']),
  ],
  classification: [
    S('category', ['数据类别', '数据分类', '分类', '类别']),
    S('level', ['数据级别', '数据分级', '分级', '级别']),
    S('secrecy', ['涉密情况', '是否涉密', '密级']),
  ],
  termination: [
    S('entry', ['条目编号', '目录编号']),
    S('consulted', ['协商对象', '协商部门']),
    S('consulted_at', ['协商日期']),
    S('filed_with', ['备案机关']),
    S('filed_at', ['备案日期']),
    S('reference', ['备案文号', '文号']),
  ],
  review: [S('received_at', ['收到日期', '主管部门收到日期']), S('published_at', ['发布日期', '主管部门发布日期'])],
  shareApproval: [S('approver', ['审批人', '审批领导']), S('title', ['审批人职务', '职务']), S('date', ['审批日期', '日期'])],
};

/** The field a plain text stands for when its mapping also has fields written flat beside it (使用条件: … with 共享范围: …). */
export const TEXT_FIELD: Readonly<Record<string, string>> = { usage_conditions: 'requirements', non_share: 'reason', provider: 'name', department: 'name', format: 'kind', classification: 'level' };

/** The field a plain value written where a mapping belongs goes under: 一般数据 (or 涉密) as a classification is its level, other text its category. */
export function wrapKey(spec: KeySpec, value: unknown, isGrade: (text: string) => boolean): string {
  return spec.key === 'classification' && !isGrade(String(value)) ? 'category' : spec.scalar!;
}

/** A label as compared: no spaces or brackets-with-notes, full-width folded, lower case (字段 名称（必填） ≡ 字段名称). */
export function foldKey(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：_\-]+/g, '')
    .toLowerCase();
}

/** The field a key names in a context: a canonical key (as is) or one of its Chinese names. */
export function lookupKey(context: KeyContext, key: string): KeySpec | undefined {
  return _index(context).get(key) ?? _index(context).get(foldKey(key));
}

/**
 * Every name of a canonical path in a context: its own, and where the path is the field a plain value stands for
 * (provider.name), the names of the mapping too (提供单位). Spreadsheet headers are read with these.
 */
export function namesOf(context: KeyContext, path: string): string[] {
  const own = KEYS[context].filter((s) => s.key === path).flatMap((s) => s.zh);
  const dot = path.lastIndexOf('.');
  const parent = dot > 0 ? KEYS[context].find((s) => s.key === path.slice(0, dot) && s.scalar === path.slice(dot + 1)) : undefined;
  return [...new Set([...(parent?.zh ?? []), ...own])];
}

/** The Chinese key govcat writes for a canonical key of a context. */
export function chineseKey(context: KeyContext, key: string): string | undefined {
  return KEYS[context].find((s) => s.key === key)?.zh[0];
}

/**
 * A message for a file written with Chinese keys names fields as the file does: compound English keys in the text
 * (update_frequency_detail, classification.category) become their Chinese names. Plain words (level, type) are prose.
 */
export function chineseFieldNames(text: string): string {
  const named = text
    .replace(/\b[a-z]+(?:[_.][a-z]+)+\b/g, (token) => _compoundNames().get(token) ?? token)
    // A one-word key in brackets ((approval: …)) when it names one field only; title, date, code name several.
    .replace(/(?<=[（(])([a-z]+)(?=[：:）)])/g, (token) => _SINGLE[token] ?? token);
  // 开放属性（open_type） became 开放属性（开放属性）: say it once.
  return named.replace(/([\u4e00-\u9fa5]+)(”?)[（(]\1[）)]/g, '$1$2');
}

// --- internal ---

const _SINGLE: Record<string, string> = {
  approval: '部门负责人审核', assessments: '评估', department: '编制部门', region: '行政区划代码', version: '版本', items: '数据项', provider: '提供单位',
  classification: '数据分类分级', entries: '目录条目', catalogue: '目录信息',
};

let _compound: Map<string, string> | undefined;

function _compoundNames(): Map<string, string> {
  if (!_compound) {
    _compound = new Map();
    // The flat names of the header and the entry first (classification.category → 数据分类), then every other context.
    const order: KeyContext[] = ['entry', 'catalogue', ...(Object.keys(KEYS) as KeyContext[]).filter((c) => c !== 'entry' && c !== 'catalogue')];
    for (const c of order) for (const s of KEYS[c]) if (/[_.]/.test(s.key) && !_compound.has(s.key)) _compound.set(s.key, s.zh[0]);
  }
  return _compound;
}

const _indexes = new Map<KeyContext, Map<string, KeySpec>>();

function _index(context: KeyContext): Map<string, KeySpec> {
  let map = _indexes.get(context);
  if (!map) {
    map = new Map();
    // Canonical keys first: an English key is never read as anything else.
    for (const s of KEYS[context]) if (!s.key.includes('.')) map.set(s.key, s);
    for (const s of KEYS[context]) for (const name of s.zh) if (!map.has(foldKey(name))) map.set(foldKey(name), s);
    _indexes.set(context, map);
  }
  return map;
}
