// Controlled vocabularies: canonical English terms, their Chinese equivalents, and variants real portals use.

export interface Vocabulary {
  /** canonical English term → canonical Chinese term (both accepted as-is, no notice). */
  terms: Record<string, string>;
  /** variant spelling → canonical English term (accepted with a vocabulary-normalized notice). */
  variants: Record<string, string>;
}

export type VocabularyName =
  | 'level' | 'share_type' | 'share_method' | 'update_frequency' | 'format_kind' | 'classification_level'
  | 'item_type' | 'basis_type' | 'conclusion' | 'assessment_status' | 'event_kind' | 'secrecy' | 'open_type' | 'yes_no' | 'no_conditions';

export const VOCABULARIES: Record<VocabularyName, Vocabulary> = {
  level: {
    terms: { national: '国家级', provincial: '省级', municipal: '市级', county: '县级' },
    variants: { 国家: 'national', 中央: 'national', 省: 'provincial', 省级部门: 'provincial', 市: 'municipal', 地市级: 'municipal', 县: 'county', 区县级: 'county', 县区级: 'county' },
  },
  share_type: {
    terms: { unconditional: '无条件共享', conditional: '有条件共享', non_shareable: '不予共享' },
    // No 开放 wording here: opening data to the public (open_type) is not a share class of Art. 14.
    variants: {
      无条件: 'unconditional', 普遍共享: 'unconditional',
      有条件: 'conditional', 依申请共享: 'conditional', 受限共享: 'conditional',
      不予: 'non_shareable', 不共享: 'non_shareable', 非共享: 'non_shareable',
    },
  },
  open_type: {
    terms: { unconditional_open: '无条件开放', conditional_open: '有条件开放', not_open: '不予开放' },
    variants: {
      普遍开放: 'unconditional_open', 完全开放: 'unconditional_open', 无条件向社会开放: 'unconditional_open', unconditional: 'unconditional_open',
      依申请开放: 'conditional_open', 受限开放: 'conditional_open', 有条件向社会开放: 'conditional_open', conditional: 'conditional_open',
      不开放: 'not_open', 非开放: 'not_open', 不向社会开放: 'not_open', 禁止开放: 'not_open', non_open: 'not_open', not_opened: 'not_open',
    },
  },
  share_method: {
    terms: { api: '服务接口', batch_exchange: '批量交换', file_download: '文件下载', none: '无' },
    variants: {
      接口: 'api', 接口调用: 'api', 数据接口: 'api', 服务调用: 'api', 'API接口': 'api',
      库表交换: 'batch_exchange', 数据库交换: 'batch_exchange', 批量: 'batch_exchange', 交换: 'batch_exchange', 库表: 'batch_exchange',
      文件: 'file_download', 下载: 'file_download', 文件传输: 'file_download',
    },
  },
  update_frequency: {
    terms: { realtime: '实时', daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度', half_yearly: '每半年', yearly: '每年', irregular: '不定期', other: '其他' },
    variants: {
      实时更新: 'realtime', 准实时: 'realtime', 即时: 'realtime',
      每天: 'daily', 日: 'daily', 按日: 'daily', 每日更新: 'daily', 日更新: 'daily',
      周: 'weekly', 按周: 'weekly', 每周更新: 'weekly',
      月: 'monthly', 按月: 'monthly', 每月更新: 'monthly', 每1月: 'monthly', 每1个月: 'monthly',
      季度: 'quarterly', 按季: 'quarterly', 按季度: 'quarterly', 每季: 'quarterly', 每3月: 'quarterly', 每3个月: 'quarterly', 每三个月: 'quarterly',
      半年: 'half_yearly', 每半年度: 'half_yearly', 每6月: 'half_yearly', 每6个月: 'half_yearly', 每六个月: 'half_yearly',
      年: 'yearly', 年度: 'yearly', 按年: 'yearly', 每年度: 'yearly', 每年一次: 'yearly', 每12月: 'yearly',
      不定时: 'irregular', 按需: 'irregular', 按需更新: 'irregular', 不定期更新: 'irregular',
      其它: 'other',
    },
  },
  format_kind: {
    terms: { database_table: '数据库表', file: '文件', spreadsheet: '电子表格', api: '接口', image: '图像', stream: '流媒体', self_describing: '自描述格式' },
    variants: { 数据库: 'database_table', 库表: 'database_table', 结构化数据: 'database_table', 电子文件: 'file', 文档: 'file', 表格: 'spreadsheet', 电子表: 'spreadsheet', 服务接口: 'api', 图片: 'image', 影像: 'image', 视频: 'stream', 音视频: 'stream', 流式: 'stream', 自描述: 'self_describing' },
  },
  classification_level: {
    terms: { general: '一般', important: '重要', core: '核心' },
    variants: { 一般数据: 'general', 重要数据: 'important', 核心数据: 'core' },
  },
  item_type: {
    terms: { string: '字符型', integer: '整数型', decimal: '数值型', date: '日期型', datetime: '日期时间型', boolean: '布尔型', binary: '二进制' },
    variants: {
      字符型C: 'string', 字符: 'string', 字符串: 'string', 文本: 'string', C: 'string', varchar: 'string', text: 'string',
      整型: 'integer', 整数: 'integer', int: 'integer', bigint: 'integer',
      数值型N: 'decimal', 数值: 'decimal', 数字: 'decimal', N: 'decimal', number: 'decimal', numeric: 'decimal', float: 'decimal',
      日期型D: 'date', 日期: 'date', D: 'date',
      日期时间型T: 'datetime', 日期时间: 'datetime', 时间戳: 'datetime', T: 'datetime', DT: 'datetime', timestamp: 'datetime',
      布尔型B: 'boolean', 布尔: 'boolean', 逻辑型: 'boolean', 逻辑型L: 'boolean', B: 'boolean', bool: 'boolean',
      二进制型: 'binary', 二进制型BY: 'binary', 二进制BY: 'binary', BY: 'binary', blob: 'binary',
    },
  },
  basis_type: {
    terms: {
      law: '法律', npc_decision: '全国人大及其常委会的决定', administrative_regulation: '行政法规', state_council_decision: '国务院决定',
      departmental_rule: '部门规章', local_regulation: '地方性法规', autonomous_regulation: '自治条例或单行条例', local_government_rule: '地方政府规章',
      judicial_interpretation: '司法解释', normative_document: '规范性文件', central_policy_document: '党中央、国务院政策文件', national_provision: '国家有关规定',
    },
    variants: {
      国务院的决定: 'state_council_decision', 规章: 'departmental_rule', 地方法规: 'local_regulation', 其他规范性文件: 'normative_document',
      全国人大常委会决定: 'npc_decision', 全国人大常委会的决定: 'npc_decision', 全国人民代表大会常务委员会的决定: 'npc_decision', 法律性决定: 'npc_decision',
      自治条例: 'autonomous_regulation', 单行条例: 'autonomous_regulation', 政府规章: 'local_government_rule', 政策文件: 'central_policy_document',
    },
  },
  // A conclusion may also be the report's own words (经评估，……保密风险可控): those stay as written.
  conclusion: {
    terms: { passed: '通过', conditionally_passed: '有条件通过', failed: '不通过' },
    variants: {
      合格: 'passed', 同意: 'passed', 已通过: 'passed', 评估通过: 'passed', pass: 'passed',
      有条件同意: 'conditionally_passed', 附条件通过: 'conditionally_passed', 基本通过: 'conditionally_passed', 'conditionally passed': 'conditionally_passed',
      未通过: 'failed', 不合格: 'failed', 不同意: 'failed', 评估未通过: 'failed', fail: 'failed',
    },
  },
  // Only a completed assessment counts (Art. 13 ¶1); the others are the one finding "not done".
  assessment_status: {
    terms: { completed: '已完成', in_progress: '进行中', not_started: '未开展' },
    variants: {
      完成: 'completed', 已开展: 'completed', 已评估: 'completed', 评估完成: 'completed', 已完成评估: 'completed', done: 'completed', complete: 'completed', finished: 'completed',
      正在开展: 'in_progress', 开展中: 'in_progress', 评估中: 'in_progress', 正在评估: 'in_progress', 未完成: 'in_progress', 'in progress': 'in_progress', ongoing: 'in_progress',
      尚未开展: 'not_started', 暂未开展: 'not_started', 未开展评估: 'not_started', 未评估: 'not_started', 未进行: 'not_started', 没有开展: 'not_started', 'not started': 'not_started',
    },
  },
  event_kind: {
    terms: {
      law_change: '法律调整', administrative_regulation_change: '行政法规调整',
      state_council_decision_change: '国务院决定调整', duty_change: '部门职责变化',
    },
    variants: { 职责调整: 'duty_change', 职责变化: 'duty_change', 机构改革: 'duty_change', 法律修订: 'law_change', 法规修订: 'administrative_regulation_change' },
  },
  secrecy: {
    terms: { none: '非涉密', work_secret: '工作秘密', state_secret: '国家秘密' },
    variants: { 不涉密: 'none', 无: 'none', 涉密: 'state_secret', 秘密: 'state_secret', 机密: 'state_secret', 绝密: 'state_secret' },
  },
  // personal_info and sensitive: officers answer 是/否 in a spreadsheet column and in YAML alike.
  yes_no: {
    terms: { true: '是', false: '否' },
    variants: { yes: 'true', no: 'false', y: 'true', n: 'false', 涉及: 'true', 不涉及: 'false', 含: 'true', 不含: 'false', 有: 'true', 无: 'false' },
  },
  // The usage conditions of unconditional and non-shareable entries: there are none, however it is written.
  no_conditions: {
    terms: { none: '无' },
    variants: { 不适用: 'none', 无条件: 'none', 没有: 'none', 'n/a': 'none', na: 'none', '-': 'none', '—': 'none', '/': 'none' },
  },
};

export type Vocabularies = Readonly<Record<VocabularyName, Vocabulary>>;

export function isVocabularyName(name: string): name is VocabularyName {
  return Object.hasOwn(VOCABULARIES, name);
}

/**
 * The built-in vocabularies with a profile's own variants added (vocabulary → {variant: canonical term}). The same
 * additions give the same objects, so canonicalize's memo (one per vocabulary object) keeps serving file after file.
 */
export function extendVocabularies(additions: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined): Vocabularies {
  const names = Object.keys(additions ?? {}).filter(isVocabularyName).sort();
  if (!additions || !names.length) return VOCABULARIES;
  const key = JSON.stringify(names.map((n) => [n, Object.entries(additions[n]).sort()]));
  const known = _extended.get(key);
  if (known) return known;
  const out: Record<string, Vocabulary> = { ...VOCABULARIES };
  for (const name of names) {
    const variants: Record<string, string> = { ...VOCABULARIES[name].variants };
    for (const [variant, term] of Object.entries(additions[name])) {
      // Given as the English term or the Chinese one; looked up as canonicalize looks (folded, and lower-cased).
      const canonical = Object.hasOwn(VOCABULARIES[name].terms, term) ? term : Object.entries(VOCABULARIES[name].terms).find(([, zh]) => zh === term)?.[0];
      if (canonical === undefined) continue;
      variants[foldVariant(variant)] = canonical;
      variants[foldVariant(variant).toLowerCase()] = canonical;
    }
    out[name] = { terms: VOCABULARIES[name].terms, variants };
  }
  if (_extended.size >= 64) _extended.clear();
  _extended.set(key, out as Vocabularies);
  return out as Vocabularies;
}

/** Folds full-width letters/digits and inner spaces, so "每 3 月" and "每３月" match "每3月". */
export function foldVariant(value: string): string {
  const t = value.trim();
  // Most values need no folding; one test avoids two replace passes over every text field.
  if (!/[\uFF01-\uFF5E\s]/.test(t)) return t;
  return t.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** 开放 wording or an open-data term (依申请开放, 无条件开放 …) where a share class belongs: opening to the public is not sharing. */
export function isOpenClass(value: string): boolean {
  return foldVariant(value).includes('开放') || (canonicalize(VOCABULARIES.open_type, value) !== undefined && canonicalize(VOCABULARIES.share_type, value) === undefined);
}

export type Canonicalized = { value: string; kind: 'canonical' | 'chinese' | 'variant' } | undefined;

export function canonicalize(vocab: Vocabulary, raw: string): Canonicalized {
  let memo = _memo.get(vocab);
  if (!memo) _memo.set(vocab, (memo = new Map()));
  // Catalogues repeat the same few terms thousands of times: decide each distinct spelling once.
  if (memo.has(raw)) return memo.get(raw);
  const result = _canonicalize(vocab, raw);
  if (memo.size < 10_000) memo.set(raw, result);
  return result;
}

// --- internal ---

const _memo = new WeakMap<Vocabulary, Map<string, Canonicalized>>();
const _extended = new Map<string, Vocabularies>();

function _canonicalize(vocab: Vocabulary, raw: string): Canonicalized {
  if (Object.hasOwn(vocab.terms, raw)) return { value: raw, kind: 'canonical' };
  for (const [en, zh] of Object.entries(vocab.terms)) if (zh === raw) return { value: en, kind: 'chinese' };
  const folded = foldVariant(raw);
  const lower = folded.toLowerCase();
  for (const [en, zh] of Object.entries(vocab.terms)) if (en === lower || zh === folded) return { value: en, kind: 'variant' };
  const key = Object.hasOwn(vocab.variants, folded) ? folded : Object.hasOwn(vocab.variants, lower) ? lower : undefined;
  return key === undefined ? undefined : { value: vocab.variants[key], kind: 'variant' };
}
