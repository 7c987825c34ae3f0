// Seeded generator of realistic govcat catalogues for the lint benchmark.
//
//   node bench/generate.mjs ENTRIES [OUT]      writes one catalogue (default bench/data/catalogue-ENTRIES.yaml)
//   node bench/generate.mjs --batch [FILES] [ENTRIES]   a folder of FILES catalogues of ENTRIES entries each
//                                                       (default 1000 × 10, in bench/data/batch-1000/)
//
// Deterministic: the same GENERATOR_VERSION, seed and entry count always give the same bytes. Written streaming
// (one small buffer at a time), so 100k entries (~300 MB) never sit in memory as one string.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump whenever the output changes: cached files under bench/data/ with another version are regenerated. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 0x809_2025;

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(HERE, 'data');

// --- PRNG -------------------------------------------------------------------------------------------------------

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- GB 32100 unified social credit codes ---------------------------------------------------------------------

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 organisation code (8 body chars + check), as embedded at positions 9–17 of a USCC. */
function orgCode(body8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * w[i];
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/**
 * A government agency's USCC: 1 (机构编制) + 1 (机关) + region + organisation code + check. The organisation
 * code takes the "MB…" form the establishment registry assigns, so the code is never an all-digit YAML integer.
 */
export function agencyCreditCode(region, rnd) {
  let body = 'MB';
  for (let i = 0; i < 6; i++) body += Math.floor(rnd() * 10);
  const first17 = '11' + region + orgCode(body);
  return first17 + usccCheckChar(first17);
}

// --- vocabularies ------------------------------------------------------------------------------------------------

const DISTRICTS = [
  ['东城区', '110101'], ['西城区', '110102'], ['朝阳区', '110105'], ['丰台区', '110106'], ['石景山区', '110107'],
  ['海淀区', '110108'], ['门头沟区', '110109'], ['房山区', '110111'], ['通州区', '110112'], ['顺义区', '110113'],
  ['昌平区', '110114'], ['大兴区', '110115'], ['怀柔区', '110116'], ['平谷区', '110117'], ['密云区', '110118'],
  ['延庆区', '110119'],
];

const AGENCIES = [
  '市场监督管理局', '公安局', '人力资源和社会保障局', '卫生健康委员会', '教育委员会', '民政局', '住房和城乡建设委员会',
  '交通委员会', '生态环境局', '规划和自然资源委员会', '农业农村局', '商务局', '文化和旅游局', '司法局', '应急管理局',
  '医疗保障局', '水务局', '财政局', '统计局', '城市管理委员会', '退役军人事务局', '体育局', '园林绿化局', '知识产权局',
];

// [subject, classification category, agency index]
const SUBJECTS = [
  ['企业', '市场监管/市场主体', 0], ['个体工商户', '市场监管/市场主体', 0], ['农民专业合作社', '市场监管/市场主体', 0],
  ['食品经营许可', '市场监管/食品安全', 0], ['特种设备', '市场监管/特种设备', 0], ['计量器具', '市场监管/计量', 0],
  ['户籍人口', '公共安全/人口管理', 1], ['机动车驾驶人', '公共安全/交通管理', 1], ['居住证', '公共安全/人口管理', 1],
  ['社会保险参保', '社会保障/社会保险', 2], ['就业登记', '社会保障/就业服务', 2], ['职业资格证书', '社会保障/人才评价', 2],
  ['出生医学证明', '卫生健康/妇幼健康', 3], ['医疗机构执业', '卫生健康/医政管理', 3], ['预防接种', '卫生健康/疾病预防', 3],
  ['学籍', '教育/基础教育', 4], ['民办学校', '教育/学校管理', 4], ['教师资格', '教育/教师管理', 4],
  ['婚姻登记', '民政/婚姻', 5], ['最低生活保障', '民政/社会救助', 5], ['社会组织', '民政/社会组织', 5],
  ['养老机构', '民政/养老服务', 5], ['建筑业企业资质', '住房城乡建设/资质管理', 6], ['商品房预售许可', '住房城乡建设/房地产', 6],
  ['住房公积金缴存', '住房城乡建设/公积金', 6], ['道路运输经营许可', '交通运输/道路运输', 7], ['公交线路', '交通运输/公共交通', 7],
  ['排污许可', '生态环境/污染防治', 8], ['建设项目环评审批', '生态环境/环境影响评价', 8], ['不动产登记', '自然资源/不动产', 9],
  ['建设工程规划许可', '自然资源/规划管理', 9], ['农机购置补贴', '农业农村/农业补贴', 10], ['外商投资企业', '商务/外资管理', 11],
  ['旅行社', '文化旅游/旅游市场', 12], ['律师执业', '司法行政/律师管理', 13], ['安全生产许可', '应急管理/安全生产', 14],
  ['医保定点医药机构', '医疗保障/定点管理', 15], ['取水许可', '水务/水资源', 16], ['政府采购项目', '财政/政府采购', 17],
  ['统计调查单位名录', '统计/基本单位', 18], ['户外广告设置', '城市管理/市容环境', 19], ['退役军人优待证', '退役军人/优抚', 20],
  ['体育场馆', '体育/公共体育设施', 21], ['古树名木', '园林绿化/资源保护', 22], ['专利', '知识产权/专利', 23],
];

const KINDS = [
  '基本信息', '登记信息', '变更信息', '注销信息', '许可信息', '年度报告信息', '行政处罚信息', '监督检查信息',
  '统计信息', '信用评价信息', '备案信息', '证照信息', '补贴发放信息', '办件信息', '投诉举报信息', '资质信息',
];
const NAME_SUFFIXES = [
  '', '（历史数据）', '（2021年度）', '（2022年度）', '（2023年度）', '（2024年度）', '（2025年度）', '（区级汇总）', '（分季度）',
  '（按月汇总）', '（电子证照）', '（共享库）',
];

// [name, type, length, personal_info, sensitive]; length only for strings
const ITEMS = [
  ['统一社会信用代码', 'string', 18], ['单位名称', 'string', 200], ['法定代表人姓名', 'string', 50, true, false],
  ['法定代表人证件号码', 'string', 30, true, true], ['联系电话', 'string', 20, true, false], ['住所', 'string', 300],
  ['注册资本（万元）', 'decimal'], ['成立日期', 'date'], ['登记机关', 'string', 100], ['核准日期', 'date'], ['经营范围', 'string', 4000],
  ['登记状态', 'string', 20], ['许可证编号', 'string', 50], ['许可事项', 'string', 500], ['有效期起', 'date'], ['有效期止', 'date'],
  ['发证机关', 'string', 100], ['姓名', 'string', 50, true, false], ['公民身份号码', 'string', 18, true, true], ['性别', 'string', 2, true, false],
  ['出生日期', 'date', 0, true, false], ['民族', 'string', 20, true, true], ['户籍地址', 'string', 300, true, false],
  ['手机号码', 'string', 11, true, false], ['参保单位编号', 'string', 30], ['缴费基数（元）', 'decimal'], ['缴费月数', 'integer'],
  ['参保状态', 'string', 10], ['业务流水号', 'string', 40], ['办理时间', 'datetime'], ['办理结果', 'string', 200], ['经办人', 'string', 50, true, false],
  ['处罚决定书文号', 'string', 100], ['违法行为类型', 'string', 200], ['处罚内容', 'string', 2000], ['罚款金额（元）', 'decimal'],
  ['检查日期', 'date'], ['检查结果', 'string', 500], ['是否有效', 'boolean'], ['数据更新时间', 'datetime'], ['证照编号', 'string', 64],
  ['证照类型', 'string', 50], ['所属行政区划', 'string', 6], ['经度', 'decimal'], ['纬度', 'decimal'], ['面积（平方米）', 'decimal'],
  ['从业人数', 'integer'], ['年度营业收入（万元）', 'decimal'], ['纳税总额（万元）', 'decimal'], ['信用等级', 'string', 10], ['补贴金额（元）', 'decimal'],
  ['开户银行', 'string', 100], ['银行账号', 'string', 32, true, true], ['健康状况', 'string', 200, true, true], ['诊断结果', 'string', 500, true, true],
  ['学校名称', 'string', 200], ['学籍号', 'string', 30, true, false], ['入学日期', 'date'], ['毕业日期', 'date'], ['资质等级', 'string', 20],
  ['资质证书编号', 'string', 50], ['项目名称', 'string', 300], ['项目编号', 'string', 50], ['建设地点', 'string', 300], ['总投资（万元）', 'decimal'],
  ['审批文号', 'string', 100], ['审批日期', 'date'], ['备注', 'string', 1000], ['证件类型', 'string', 20, true, false], ['职务', 'string', 50],
];
const ITEM_NOTES = {
  string: ['按照本部门数据元标准填写，全角字符统一转换为半角字符', '取值来自国家标准或行业标准代码表，代码与名称同时提供', '与原始纸质材料核对一致，变更后以最新一次登记为准'],
  integer: ['非负整数，统计口径以年末数为准', '按自然月累计计算，中断的月份不计入'],
  decimal: ['保留两位小数，计量单位见数据项名称', '以核准文书记载的数值为准，保留两位小数'],
  date: ['格式为 YYYY-MM-DD，按照 GB/T 7408 填写', '以文书落款日期为准，格式为 YYYY-MM-DD'],
  datetime: ['格式为 YYYY-MM-DD hh:mm:ss，北京时间', '由业务系统自动生成，精确到秒'],
  boolean: ['是填写 true，否填写 false'],
};
const ITEM_SOURCES = [
  '数据来源于本部门业务办理系统，以业务系统登记的信息为准', '未采集的留空，不得以“无”“暂无”等文字代替',
  '历史数据已按现行标准完成转换，转换前的原值另行留存', '由申请人填报，经窗口工作人员核验后录入',
  '与上级部门垂直管理系统同步，同步周期见本目录更新频率',
];

const FORMATS = [
  ['database_table', 'MySQL'], ['database_table', '达梦 DM8'], ['database_table', 'Oracle'], ['database_table', '人大金仓 KingbaseES'],
  ['api', 'RESTful JSON'], ['file', 'OFD'], ['file', 'PDF'], ['spreadsheet', 'xlsx'], ['spreadsheet', 'csv'], ['image', 'JPEG'],
];
const FREQUENCIES = ['realtime', 'daily', 'daily', 'weekly', 'monthly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular'];
const METHOD_SETS = [['api'], ['batch_exchange'], ['api', 'batch_exchange'], ['file_download'], ['api', 'file_download'], ['api', 'batch_exchange', 'file_download']];

const SCOPES = [
  '本市各级市场监管、税务部门', '本市各级政务服务部门', '市、区两级人力资源社会保障、民政部门', '本市公安、司法、检察机关',
  '国家有关部委及本市各委办局', '本市各区人民政府及其组成部门', '承担相关审批职责的市级部门', '本市卫生健康、医疗保障部门',
];
const OBJECTS = ['本市各级行政机关及法律法规授权的具有管理公共事务职能的组织', '承担相关行政审批、监管执法职责的部门', '经市政务服务和数据管理局审核同意的使用部门'];
const REQUIREMENTS = [
  '按单个对象查询核验，不得批量导出；证件号码中间 8 位脱敏展示', '仅限在本部门履职范围内使用，不得向第三方提供',
  '通过市大数据平台接口调用，调用日志保存不少于六个月', '使用部门应当建立数据安全管理制度，按季度报送使用情况',
];
const PURPOSES = [
  '用于企业登记信息核验和事中事后监管', '用于政务服务事项办理时的材料免提交', '用于社会救助对象资格审核', '用于行政执法中的身份核验',
  '用于“一网通办”办件信息共享', '用于信用信息归集和联合奖惩', '用于统计分析和辅助决策', '用于医疗保障待遇资格认定',
];
const LAWS = [
  ['中华人民共和国个人信息保护法', '第十三条'], ['中华人民共和国数据安全法', '第二十一条'], ['中华人民共和国保守国家秘密法', '第十三条'],
  ['中华人民共和国统计法', '第三十九条'], ['中华人民共和国居民身份证法', '第六条'], ['中华人民共和国反恐怖主义法', '第四十八条'],
  ['中华人民共和国网络安全法', '第四十二条'], ['中华人民共和国未成年人保护法', '第七十二条'],
];
const REASONS = [
  '涉及大量公民个人敏感信息，汇聚后可能危害个人权益', '统计调查对象的原始资料依法不得对外提供',
  '涉及案件侦查信息，共享可能妨碍执法活动', '法律明确规定仅限本部门在法定职责范围内使用',
];
const PLAIN_ITEMS = ITEMS.filter((it) => !it[3]);

/**
 * About one entry in 500 carries one mistake an officer might make, so lint has something to report: a placeholder
 * purpose (conditional-usage-conditions), a wrong check character (credit-code-valid), an unknown key (unknown-field),
 * a normative document as the only legal basis (non-shareable-legal-basis). Counted in the .meta.json sidecar.
 */
export const DEFECT_RATE = 0.002;
const DEFECTS = ['placeholder', 'credit-code', 'unknown-field', 'legal-basis'];

const SUMMARY_TAILS = [
  '数据来源于业务系统实时归集，经质量核验后入库，覆盖全市范围，可支撑跨部门业务协同、政务服务“一网通办”和事中事后监管。',
  '按照“一数一源、一源多用”原则维护，由提供单位负责数据的准确性和时效性，发现差错的应当在规定时限内予以校核更正。',
  '包含历史存量数据和新增数据，历史数据已完成清洗、去重和标准化处理，字段含义以本部门数据标准为准。',
  '数据经脱敏处理后方可用于统计分析，原始数据仅限于承担法定职责的部门在履职范围内使用，不得用于其他目的。',
];

// --- writer ------------------------------------------------------------------------------------------------------

const DEPT = { name: '北京市市场监督管理局', region: '110000' };

/**
 * Writes a catalogue of `entries` entries to `out` (via a temp file, renamed at the end).
 * Returns { bytes, entries }.
 */
export function generateCatalogue(entries, out, { seed = DEFAULT_SEED, defectRate = DEFECT_RATE } = {}) {
  // Entry names must be unique: walk a permutation of (district, subject, kind, suffix) combinations.
  const radix = [DISTRICTS.length + 1, SUBJECTS.length, KINDS.length, NAME_SUFFIXES.length];
  const space = radix.reduce((a, b) => a * b, 1);
  if (entries > space) throw new RangeError(`at most ${space} entries`);
  const stride = coprimeStride(space);

  const rnd = mulberry32(seed);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const codeRnd = mulberry32(seed ^ 0x5eed);
  const deptCode = agencyCreditCode(DEPT.region, codeRnd);
  // Providers: every agency at city level and in each district, each with its own valid credit code.
  const providers = [];
  for (const a of AGENCIES) {
    const row = [{ name: `北京市${a}`, code: agencyCreditCode('110000', codeRnd) }];
    for (const [d, region] of DISTRICTS) row.push({ name: `北京市${d}${a.replace(/委员会$/, '委')}`, code: agencyCreditCode(region, codeRnd) });
    providers.push(row);
  }
  providers[0][0].code = deptCode;

  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    return writeEntries();
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }

  function writeEntries() {
  let buf = '';
  let bytes = 0;
  const defects = {}; // seeded mistakes actually written, by kind
  const seeded = (kind) => { defects[kind] = (defects[kind] ?? 0) + 1; };
  const flush = () => {
    const b = Buffer.from(buf, 'utf8');
    writeSync(fd, b);
    bytes += b.length;
    buf = '';
  };

  buf += `# yaml-language-server: $schema=../../schemas/catalogue.schema.json
# Generated by bench/generate.mjs v${GENERATOR_VERSION} (seed ${seed}, ${entries} entries). Do not edit.
govcat: 1
catalogue:
  id: CAT-110000-SCJGJ
  title: ${DEPT.name}政务数据目录
  department: {name: ${DEPT.name}, code: ${deptCode}}
  level: provincial
  region: "110000"
  version: "2026.2"
  compiled_at: 2026-03-02
  approval: {approver: 张三, title: 局长, date: 2026-03-05}
  assessments:
    confidentiality_risk: {date: 2026-02-20, conclusion: passed, report: 保密风险评估报告.pdf}
    personal_information_impact: {date: 2026-02-21, conclusion: passed, report: 个人信息保护影响评估报告.pdf}
  submitted_at: 2026-03-06
entries:
`;


  for (let i = 0; i < entries; i++) {
    let k = (i * stride) % space;
    const di = k % radix[0]; k = (k - di) / radix[0];
    const si = k % radix[1]; k = (k - si) / radix[1];
    const ki = k % radix[2]; k = (k - ki) / radix[2];
    const xi = k;
    const [subject, category, agency] = SUBJECTS[si];
    const district = di === 0 ? '' : DISTRICTS[di - 1][0];
    const name = `${district}${subject}${KINDS[ki]}${NAME_SUFFIXES[xi]}`;
    const provider = providers[agency][di];

    const nItems = 3 + Math.floor(rnd() * 10); // 3..12
    const r = rnd();
    const shareType = r < 0.5 ? 'conditional' : r < 0.85 ? 'unconditional' : 'non_shareable';
    // Unconditional entries carry no personal information (else sensitive-unconditional would warn on them).
    const pool = shareType === 'unconditional' ? PLAIN_ITEMS : ITEMS;
    const chosen = sample(pool, nItems, rnd);
    const hasPI = chosen.some((it) => it[3]);
    const level = shareType !== 'unconditional' && (hasPI ? rnd() < 0.3 : rnd() < 0.05) ? 'important' : 'general';
    const [fmtKind, fmtDetail] = pick(FORMATS);
    const defect = defectRate > 0 && rnd() < defectRate ? DEFECTS[Math.floor(rnd() * DEFECTS.length)] : undefined;

    if (i % 25 === 0) buf += `\n  # ───────────── ${category.split('/')[0]} ─────────────\n`;
    else buf += '\n';
    buf += `  - id: SJ-${String(i + 1).padStart(6, '0')}\n`;
    buf += `    name: ${name}\n`;
    const [t1, t2, t3] = sample(SUMMARY_TAILS, 3, rnd);
    buf += `    summary: ${district || '全市'}${subject}${KINDS[ki]}，由${provider.name}依法履职过程中采集产生。${t1}${t2}${t3}\n`;
    if (defect === 'credit-code' || defect === 'unknown-field') seeded(defect);
    else if (defect === 'placeholder' && shareType === 'conditional') seeded(defect);
    else if (defect === 'legal-basis' && shareType === 'non_shareable') seeded(defect);
    const code = defect === 'credit-code' ? provider.code.slice(0, 17) + (provider.code[17] === '0' ? '1' : '0') : provider.code;
    buf += `    provider:\n      name: ${provider.name}\n      code: ${code}\n`;
    buf += `    items:\n`;
    for (const [iname, type, length, pi, sensitive] of chosen) {
      const note = rnd() < 0.85 ? `${iname}：${pick(ITEM_NOTES[type])}；${pick(ITEM_SOURCES)}` : undefined;
      const flow = `{name: ${iname}, type: ${type}${length ? `, length: ${length}` : ''}${pi ? `, personal_info: true, sensitive: ${sensitive}` : ''}}`;
      if (!note) {
        buf += `      - ${flow}\n`;
      } else {
        // A human keeps short items on one line and spells out long ones as a block.
        buf += `      - name: ${iname}\n        type: ${type}\n`;
        if (length) buf += `        length: ${length}\n`;
        if (pi) buf += `        personal_info: true\n        sensitive: ${sensitive}\n`;
        buf += `        description: ${note}\n`;
      }
    }
    buf += `    format: {kind: ${fmtKind}, detail: ${fmtDetail}}\n`;
    buf += `    update_frequency: ${pick(FREQUENCIES)}\n`;
    buf += `    share_type: ${shareType}\n`;
    if (shareType === 'non_shareable') {
      buf += `    share_method: [none]\n`;
      buf += `    usage_conditions: none\n`;
      const [title, article] = pick(LAWS);
      buf += `    non_share:\n      reason: ${pick(REASONS)}\n      legal_basis:\n`;
      buf += defect === 'legal-basis'
        ? `        - {type: normative_document, title: 北京市政务数据管理办法, article: 第十条}\n`
        : `        - type: law\n          title: ${title}\n          article: ${article}\n          issued_by: 全国人民代表大会常务委员会\n`;
    } else {
      buf += `    share_method: [${pick(METHOD_SETS).join(', ')}]\n`;
      if (shareType === 'conditional') {
        buf += `    usage_conditions:\n      scope: ${pick(SCOPES)}\n      objects: ${pick(OBJECTS)}\n`;
        buf += `      purpose: ${defect === 'placeholder' ? '待定' : pick(PURPOSES)}\n`;
        buf += `      requirements: ${pick(REQUIREMENTS)}\n`;
      } else {
        buf += `    usage_conditions: none\n`;
      }
    }
    if (defect === 'unknown-field') buf += `    remarks: 历史数据待清理\n`;
    buf += `    classification: {category: ${category}, level: ${level}, secrecy: none}\n`;
    if (buf.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  renameSync(tmp, out);
  return { bytes, entries, defects };
  }
}

function sample(arr, n, rnd) {
  const idx = arr.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, n).map((i) => arr[i]);
}

function coprimeStride(m) {
  const gcd = (a, b) => (b ? gcd(b, a % b) : a);
  let s = Math.floor(m * 0.618) | 1;
  while (gcd(s, m) !== 1) s += 2;
  return s;
}

/** Path of the cached catalogue with `entries` entries, (re)generating it if missing or stale. */
export function ensureCatalogue(entries, { seed = DEFAULT_SEED, log = () => {} } = {}) {
  const file = join(DATA_DIR, `catalogue-${entries}.yaml`);
  const metaFile = `${file}.meta.json`;
  const want = { generator: GENERATOR_VERSION, seed, entries };
  if (existsSync(file) && existsSync(metaFile)) {
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      if (meta.generator === want.generator && meta.seed === want.seed && meta.entries === want.entries && meta.bytes === statSync(file).size) {
        return { file, bytes: meta.bytes, defects: meta.defects ?? {}, generated: false };
      }
    } catch { /* regenerate */ }
  }
  log(`generating ${file} …`);
  const t0 = performance.now();
  const { bytes, defects } = generateCatalogue(entries, file, { seed });
  writeFileSync(metaFile, JSON.stringify({ ...want, bytes, defects }) + '\n');
  log(`  ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { file, bytes, defects, generated: true };
}

/**
 * A folder of `files` small catalogues of `entriesEach` entries (bench/data/batch-FILES/catalogue-0001.yaml …), as a
 * department's many sub-catalogues would be: file i is generated with seed DEFAULT_SEED + i, so every file differs
 * and the whole folder is deterministic. Seeded mistakes are summed over the files in the sidecar
 * bench/data/batch-FILES.meta.json (kept outside the folder, which then holds nothing but catalogues).
 */
export function ensureBatch(files, entriesEach, { seed = DEFAULT_SEED, log = () => {} } = {}) {
  const dir = join(DATA_DIR, `batch-${files}`);
  const metaFile = `${dir}.meta.json`;
  const want = { generator: GENERATOR_VERSION, seed, files, entriesEach };
  const names = Array.from({ length: files }, (_, i) => `catalogue-${String(i + 1).padStart(String(files).length, '0')}.yaml`);
  if (existsSync(metaFile)) {
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      const same = ['generator', 'seed', 'files', 'entriesEach'].every((k) => meta[k] === want[k]);
      if (same && names.every((n) => existsSync(join(dir, n))) && readdirSync(dir).length === files) {
        return { dir, files, entries: files * entriesEach, bytes: meta.bytes, defects: meta.defects ?? {}, generated: false };
      }
    } catch { /* regenerate */ }
  }
  log(`generating ${dir}/ (${files} files of ${entriesEach} entries) …`);
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  rmSync(metaFile, { force: true });
  let bytes = 0;
  const defects = {};
  names.forEach((name, i) => {
    const r = generateCatalogue(entriesEach, join(dir, name), { seed: (seed + i + 1) >>> 0 });
    bytes += r.bytes;
    for (const [k, v] of Object.entries(r.defects)) defects[k] = (defects[k] ?? 0) + v;
  });
  writeFileSync(metaFile, JSON.stringify({ ...want, bytes, defects }) + '\n');
  log(`  ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { dir, files, entries: files * entriesEach, bytes, defects, generated: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === '--batch') {
    const [files, each] = [Number(process.argv[3] ?? 1000), Number(process.argv[4] ?? 10)];
    const { dir, bytes, defects } = ensureBatch(files, each, { log: console.log });
    console.log(`${dir}/: ${files} files, ${bytes} bytes, seeded mistakes ${JSON.stringify(defects)}`);
    process.exit(0);
  }
  const n = Number(process.argv[2] ?? 1000);
  if (process.argv[3]) {
    const { bytes } = generateCatalogue(n, process.argv[3]);
    console.log(`${process.argv[3]}: ${bytes} bytes`);
  } else {
    const { file, bytes } = ensureCatalogue(n, { log: console.log });
    console.log(`${file}: ${bytes} bytes`);
  }
}
