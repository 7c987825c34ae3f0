// The spreadsheet layout: sheets, columns in the order officers read them, the header synonyms portals use.
import { namesOf, type KeyContext } from '../../core/keys.js';
import { legalBases } from './basis.js';
import { boolean, booleanOrText, code, date, integer, scopedShareType, shareType, text, textList, updateFrequency, vocabulary, vocabularyList, vocabularyOrText, type Codec } from './values.js';

export type TableKind = 'entries' | 'items' | 'header' | 'events' | 'terminations';

export interface Column {
  /** Path of the value inside the record (entry, item, event …); [] for the special columns. */
  path: string[];
  /** The header govcat writes; Art. 13 names where it has one. */
  header: string;
  en: string;
  /** Other headers that mean the same column (real portals' templates), compared after foldLabel. */
  aliases: string[];
  codec: Codec;
  /** Only written when some row needs it. */
  optional?: boolean;
  /** Special roles: the entry reference of a data item, or the 其他字段 cell. */
  role?: 'ref-id' | 'ref-name' | 'extra' | 'conditions' | 'ignore';
  /** Column width in characters of the default font (a Chinese character takes about two); text wraps within it. */
  width?: number;
}

export interface Layout {
  kind: TableKind;
  /** Sheet name in xlsx; also the name in messages. */
  sheet: string;
  sheetAliases: string[];
  /** File name suffix in the CSV form: OUT-entries.csv … */
  csv: string;
  columns: Column[];
  /** 目录信息 is label/value rows rather than a table with a header row. */
  transposed?: boolean;
}

export const EXTRA_HEADER = '其他字段（YAML）';

export const ENTRIES: Layout = {
  kind: 'entries',
  sheet: '数据目录',
  sheetAliases: ['目录', '数据目录清单', '政务数据目录', '信息资源目录', '资源目录', '目录条目', 'entries'],
  csv: 'entries',
  columns: [
    _ignore(),
    _col('id', '目录编号', 'entry id', text, [], { width: 10 }),
    _col('name', '数据目录名称', 'name', text, [], { width: 14 }),
    _col('summary', '摘要', 'summary', text, [], { width: 20 }),
    _col('provider.name', '提供单位', 'provider', text, [], { width: 12 }),
    _col('provider.code', '提供单位统一社会信用代码', 'provider credit code', code, [], { width: 20 }),
    _col('format.kind', '数据格式', 'data format', vocabulary('format_kind'), [], { width: 9 }),
    _col('format.detail', '格式说明', 'format detail', text, [], { width: 10 }),
    _col('update_frequency', '更新周期', 'update frequency', updateFrequency, [], { width: 8 }),
    _col('update_frequency_detail', '更新周期说明', 'update frequency detail', text, [], { width: 9 }),
    _col('share_type', '共享属性', 'share type', shareType, [], { width: 9 }),
    // MIIT's two share attributes (Art. 15): written only for catalogues that have them.
    _col('internal_share_type', '部内共享属性', 'internal share type', scopedShareType('部内'), [], { optional: true, width: 10 }),
    _col('external_share_type', '部外共享属性', 'external share type', scopedShareType('部外'), [], { optional: true, width: 10 }),
    _col('usage_conditions.scope', '共享范围', 'sharing scope', text, [], { width: 14 }),
    _col('usage_conditions.purpose', '使用用途', 'purpose', text, [], { width: 14 }),
    _col('usage_conditions.objects', '共享对象', 'shared with', text, [], { width: 14 }),
    _col('usage_conditions.requirements', '使用要求', 'requirements', text, [], { width: 14 }),
    _col('', '共享条件', 'sharing conditions', text, namesOf('entry', 'usage_conditions'), { role: 'conditions', optional: true, width: 14 }),
    // MIIT Art. 20(3): the conditions approved by the ministry leader in charge.
    _col('conditional_approval.approver', '有条件共享审批人', 'conditions approved by', text, [], { optional: true, width: 9 }),
    _col('conditional_approval.title', '有条件共享审批人职务', "approver's title", text, [], { optional: true, width: 9 }),
    _col('conditional_approval.date', '有条件共享审批日期', 'conditions approved on', date, [], { optional: true, width: 11 }),
    _col('non_share.reason', '不予共享理由', 'reason for not sharing', text, [], { width: 14 }),
    _col('non_share.legal_basis', '不予共享依据', 'legal basis', legalBases, [], { width: 20 }),
    // MIIT Art. 20(4): the minister's approval; MIIT Arts. 20, 26 and Hubei Art. 31(1): the negative list.
    _col('non_share.approval.approver', '不予共享审批人', 'withholding approved by', text, [], { optional: true, width: 9 }),
    _col('non_share.approval.title', '不予共享审批人职务', "approver's title", text, [], { optional: true, width: 9 }),
    _col('non_share.approval.date', '不予共享审批日期', 'withholding approved on', date, [], { optional: true, width: 11 }),
    _col('non_share.negative_list', '负面清单', 'negative list', booleanOrText, [], { optional: true, width: 10 }),
    _col('share_method', '共享方式', 'share method', vocabularyList('share_method'), [], { width: 10 }),
    _col('classification.category', '数据分类', 'category', text, [], { width: 12 }),
    _col('classification.level', '数据分级', 'data grade', vocabulary('classification_level'), [], { width: 6 }),
    _col('classification.secrecy', '涉密情况', 'secrecy', vocabulary('secrecy'), [], { width: 6 }),
    _col('change_event', '关联变更事件', 'change event', text, [], { width: 10 }),
    // 开放属性 (opening data to the public) is its own column and field, never read as a share class.
    _col('open_type', '开放属性', 'open-data class', vocabulary('open_type'), [], { optional: true, width: 9 }),
    _extra(),
  ],
};

export const ITEMS: Layout = {
  kind: 'items',
  sheet: '数据项',
  sheetAliases: ['信息项', '数据项清单', '信息项清单', '数据元', '字段', 'items'],
  csv: 'items',
  columns: [
    _ignore(),
    _col('', '所属目录', 'entry id', text, ['所属目录编号', '目录编号', '条目编号', '信息资源代码', '资源代码', '所属信息资源代码'], { role: 'ref-id', width: 10 }),
    _col('', '所属目录名称', 'entry name', text, ['数据目录名称', '信息资源名称', '资源名称', '目录名称', '所属信息资源名称', '所属资源名称'], { role: 'ref-name', width: 24 }),
    _col('name', '数据项名称', 'data item name', text, [], { width: 24 }),
    _col('type', '数据类型', 'data type', vocabulary('item_type'), [], { width: 8 }),
    _col('length', '长度', 'length', integer, [], { width: 6 }),
    _col('personal_info', '是否个人信息', 'personal information', boolean, [], { width: 8 }),
    _col('sensitive', '是否敏感', 'sensitive', boolean, [], { width: 6 }),
    _col('description', '说明', 'description', text, [], { width: 40 }),
    _extra(),
  ],
};

export const HEADER: Layout = {
  kind: 'header',
  sheet: '目录信息',
  sheetAliases: ['目录基本信息', '基本信息', '目录概况', 'catalogue', 'header'],
  csv: 'catalogue',
  transposed: true,
  columns: [
    _col('govcat', '格式版本', 'format version', integer),
    _col('catalogue.id', '目录编号', 'catalogue id', text),
    _col('catalogue.title', '目录标题', 'title', text, []),
    _col('catalogue.department.name', '编制部门', 'department', text, []),
    _col('catalogue.department.code', '编制部门统一社会信用代码', 'department credit code', code, []),
    _col('catalogue.level', '层级', 'level', vocabulary('level'), []),
    _col('catalogue.region', '行政区划代码', 'region code', text, []),
    _col('catalogue.version', '版本', 'version', text, []),
    _col('catalogue.compiled_at', '编制日期', 'compiled on', date),
    _col('catalogue.approval.approver', '审核人', 'approver', text, []),
    _col('catalogue.approval.title', '审核人职务', 'approver title', text),
    _col('catalogue.approval.date', '审核日期', 'approval date', date),
    ...['confidentiality_risk:保密风险评估:confidentiality risk assessment', 'personal_information_impact:个人信息保护影响评估:personal information impact assessment'].flatMap((s) => {
      const [key, zh, en] = s.split(':');
      const p = `catalogue.assessments.${key}`;
      return [
        _col(`${p}.status`, `${zh}状态`, `${en} status`, vocabulary('assessment_status')),
        _col(`${p}.date`, `${zh}日期`, `${en} date`, date),
        _col(`${p}.conclusion`, `${zh}结论`, `${en} conclusion`, vocabularyOrText('conclusion')),
        _col(`${p}.report`, `${zh}报告`, `${en} report`, text),
        _col(`${p}.assessor`, `${zh}单位`, `${en} assessor`, text),
      ];
    }),
    _col('catalogue.submitted_at', '报送日期', 'submitted on', date),
    _col('catalogue.profile', '检查配置', 'profile', text),
    _col('catalogue.review.received_at', '主管部门收到日期', 'received by the authority', date),
    _col('catalogue.review.published_at', '主管部门发布日期', 'published by the authority', date),
    _extra(),
  ],
};

export const EVENTS: Layout = {
  kind: 'events',
  sheet: '变更事件',
  sheetAliases: ['目录变更事件', 'events'],
  csv: 'events',
  columns: [
    _col('id', '事件编号', 'event id', text, [], { width: 14 }),
    _col('kind', '事件类型', 'event kind', vocabulary('event_kind'), [], { width: 14 }),
    _col('reference', '依据文号', 'reference', text, [], { width: 22 }),
    _col('description', '事件说明', 'description', text, [], { width: 36 }),
    _col('effective_date', '发生日期', 'effective date', date, [], { width: 12 }),
    _col('extension.approved_by', '延期批准单位', 'extension approved by', text, [], { width: 22 }),
    _col('extension.date', '延期批准日期', 'extension date', date, [], { width: 12 }),
    _col('extension.working_days', '延长工作日', 'extension working days', integer, [], { width: 10 }),
    _extra(),
  ],
};

export const TERMINATIONS: Layout = {
  kind: 'terminations',
  sheet: '共享终止记录',
  sheetAliases: ['终止变更记录', '共享服务终止变更记录', 'terminations'],
  csv: 'terminations',
  columns: [
    _col('entry', '条目编号', 'entry id', text, [], { width: 14 }),
    _col('consulted', '协商对象', 'consulted', textList, [], { width: 30 }),
    _col('consulted_at', '协商日期', 'consulted on', date, [], { width: 12 }),
    _col('filed_with', '备案机关', 'filed with', text, [], { width: 22 }),
    _col('filed_at', '备案日期', 'filed on', date, [], { width: 12 }),
    _col('reference', '备案文号', 'reference', text, [], { width: 22 }),
    _extra(),
  ],
};

// A column is read under every name its field has (src/core/keys.ts: the same vocabulary as YAML keys).
for (const [layout, context] of [[ENTRIES, 'entry'], [ITEMS, 'item'], [HEADER, 'catalogue'], [EVENTS, 'changeEvent'], [TERMINATIONS, 'termination']] as [Layout, KeyContext][]) {
  for (const c of layout.columns) {
    if (!c.path.length) continue;
    const [ctx, path] = c.path[0] === 'govcat' ? ['root' as KeyContext, 'govcat'] : [context, (context === 'catalogue' ? c.path.slice(1) : c.path).join('.')];
    c.aliases = [...new Set([...c.aliases, ...namesOf(ctx, path)])].filter((a) => a !== c.header);
  }
}

export const LAYOUTS: Layout[] = [ENTRIES, ITEMS, HEADER, EVENTS, TERMINATIONS];

// --- internal ---

function _col(path: string, header: string, en: string, codec: Codec, aliases: string[] = [], more: Partial<Column> = {}): Column {
  return { path: path ? path.split('.') : [], header, en, aliases, codec, ...more };
}

/** 其他字段（YAML）: whatever the row's other columns cannot carry exactly. */
function _extra(): Column {
  return _col('', EXTRA_HEADER, 'other fields (YAML)', text, ['其他字段', '扩展字段', '其他字段(YAML)'], { role: 'extra', optional: true, width: 24 });
}

/** 序号: row numbers templates carry; read and ignored. */
function _ignore(): Column {
  return _col('', '序号', 'row number', text, ['编号序号', 'No', 'No.', '行号'], { role: 'ignore', optional: true });
}
