// The signals that decide a cited instrument's level, strongest first: the form of promulgation (令, 文号), the enacting
// body, then the form of the title. Each is data: a pattern, the level it shows, and the sentence that says why.
import type { Bilingual } from '../core/types.js';
import type { Confidence, InstrumentLevel } from './types.js';

export interface Signal {
  test: RegExp;
  /** For a title signal: only when the title also matches this (e.g. 条例 after a place name). */
  title?: RegExp;
  level: InstrumentLevel;
  /** Other levels the instrument may still be; all of them decide sufficiency together. */
  also?: InstrumentLevel[];
  confidence: Confidence;
  /** {{x}} is filled with the issuer, number or title. */
  why: Bilingual;
}

/** A place name at the start of a title or body: a province, or a name ending in 省/市/县 … (not 城市, 市场 …). */
export const PLACE = /^(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|深圳|厦门|珠海|汕头)|^(?!城市|都市)[\u4e00-\u9fa5]{2,10}?(?:省|自治区|自治州|自治县|市(?!场)|县|盟|旗|经济特区)/;

/** A place's 条例 (not an autonomous area's): whoever is named as its issuer, only a people's congress makes one. */
export const LOCAL_CONGRESS_TITLE = new RegExp(`^(?!.*(?:自治州|自治县|自治旗))(?:${PLACE.source}).*(?<!自治|单行)条例$`);

/** Bodies whose 令 promulgates an instrument, by the issuer written before 令 (without 中华人民共和国). */
export const DECREE_SIGNALS: Signal[] = [
  { test: /^(?:国家)?主席$/, level: 'law', confidence: 'high', why: { zh: '由{{x}}公布，主席令公布的是全国人民代表大会及其常务委员会通过的法律', en: 'promulgated by {{x}}: a Presidential Order promulgates a law passed by the NPC or its Standing Committee' } },
  { test: /^国务院$/, title: /决定$/, level: 'state_council_decision', confidence: 'high', why: { zh: '由{{x}}公布，名称为“决定”，属于国务院决定', en: 'promulgated by {{x}} and titled a decision (决定): a State Council decision' } },
  { test: /^国务院$/, level: 'administrative_regulation', confidence: 'high', why: { zh: '由{{x}}公布，国务院令公布的条例、暂行条例、规定、办法、实施细则都是行政法规', en: 'promulgated by {{x}}: whatever its title (条例, 暂行条例, 规定, 办法, 实施细则), an instrument promulgated by State Council decree is an administrative regulation' } },
  { test: /^全国人民代表大会(?:常务委员会)?$/, level: 'law', confidence: 'high', why: { zh: '由{{x}}公布，属于法律', en: 'promulgated by {{x}}: a law' } },
  { test: /人民代表大会(?:常务委员会)?$/, level: 'local_regulation', confidence: 'high', why: { zh: '由{{x}}公布，地方人民代表大会及其常委会制定的是地方性法规', en: 'promulgated by {{x}}: a local people\'s congress or its standing committee enacts local regulations' } },
  { test: /政府$/, level: 'local_government_rule', confidence: 'high', why: { zh: '由{{x}}公布，地方人民政府令公布的是地方政府规章', en: 'promulgated by {{x}}: a local government\'s decree promulgates a local government rule' } },
  { test: /./, level: 'departmental_rule', confidence: 'high', why: { zh: '由{{x}}公布，国务院部门以部令、委令、总局令等公布的是部门规章', en: 'promulgated by {{x}}: a ministry\'s or commission\'s decree promulgates a departmental rule' } },
];

/** Document numbers (发文字号) by their prefix, the part before 〔year〕. */
export const DOCUMENT_SIGNALS: Signal[] = [
  { test: /(?:国发|国函)$/, title: /^国务院.*决定$/, level: 'state_council_decision', confidence: 'high', why: { zh: '以国务院文号“{{x}}”印发，名称为“国务院关于……的决定”，属于国务院决定', en: 'issued under the State Council number {{x}} and titled a State Council decision' } },
  { test: /(?:中发|中办发|中办字|厅字|国发|国办发|国函|国办函|国发明电|国办发明电)$/, level: 'central_policy_document', confidence: 'high', why: { zh: '文号“{{x}}”是中共中央、国务院或其办公厅的发文字号，属于党中央、国务院政策文件', en: 'the number {{x}} is a document number of the Party Central Committee, the State Council or their General Offices: a central policy document' } },
  { test: /^(?:法释|高检发释字)$/, level: 'judicial_interpretation', confidence: 'high', why: { zh: '文号“{{x}}”是最高人民法院、最高人民检察院的司法解释文号', en: 'the number {{x}} is the number of a judicial interpretation of the Supreme People\'s Court or Procuratorate' } },
  { test: /./, level: 'normative_document', confidence: 'high', why: { zh: '以发文字号“{{x}}”印发，属于规范性文件（法律、行政法规以主席令、国务院令公布，不用发文字号）', en: 'issued under the document number {{x}}: a normative document (laws and administrative regulations are promulgated by Presidential or State Council decree, not under a document number)' } },
];

/** Titles whose form names the enacting body. */
export const STRONG_TITLE_SIGNALS: Signal[] = [
  { test: /^中华人民共和国.+法典$/, level: 'law', confidence: 'high', why: { zh: '名称为《中华人民共和国……法典》，是全国人民代表大会通过的法律', en: 'titled 中华人民共和国…法典: a code passed by the National People\'s Congress' } },
  { test: /^全国人(?:民代表)?大(?:会)?(?:常务委员会|常委会)?关于.+的决定$/, level: 'npc_decision', confidence: 'high', why: { zh: '名称表明是全国人民代表大会或其常务委员会的决定', en: 'the title shows a decision of the NPC or its Standing Committee' } },
  { test: /^国务院(?:关于|对).+的决定$/, level: 'state_council_decision', confidence: 'high', why: { zh: '名称表明是国务院的决定', en: 'the title shows a decision of the State Council' } },
  { test: /^最高人民(?:法院|检察院).*(?:解释|规定|批复|决定)$/, level: 'judicial_interpretation', confidence: 'high', why: { zh: '名称表明是最高人民法院、最高人民检察院的司法解释', en: 'the title shows a judicial interpretation of the Supreme People\'s Court or Procuratorate' } },
  { test: /^(?!全国)[\u4e00-\u9fa5]{2,20}?人(?:民代表)?大(?:会)?(?:常务委员会|常委会)?关于.+的决定$/, level: 'local_regulation', confidence: 'high', why: { zh: '名称表明是地方人民代表大会或其常委会的决定，属于地方性法规', en: 'the title shows a decision of a local people\'s congress or its standing committee: local legislation' } },
  { test: LOCAL_CONGRESS_TITLE, level: 'local_regulation', confidence: 'medium', why: { zh: '名称为地名加“条例”，是地方人民代表大会或其常委会制定的地方性法规（地方政府规章不得称“条例”）', en: 'a place name with 条例: a local regulation of a local people\'s congress (local government rules may not be titled 条例)' } },
  { test: /^(?:中共中央|中国共产党中央委员会|中共中央办公厅|国务院办公厅|国务院)(?:[、 ]?(?:中共中央|国务院|中共中央办公厅|国务院办公厅|中央军委))*(?:关于|印发)/, level: 'central_policy_document', confidence: 'high', why: { zh: '名称表明是中共中央、国务院或其办公厅印发的文件，属于党中央、国务院政策文件', en: 'the title shows a document of the Party Central Committee, the State Council or their General Offices: a central policy document' } },
  { test: /^中国共产党.+(?:条例|规定|准则|规则)$/, level: 'central_policy_document', confidence: 'medium', why: { zh: '名称表明是党内法规，不是国家法律、行政法规', en: 'the title shows a Party regulation, not a law or administrative regulation of the State' } },
];

/** The enacting body named in `issued_by` (without 中华人民共和国). */
export const ISSUER_SIGNALS: Signal[] = [
  { test: /^全国人(?:民代表)?大(?:会)?(?:常务委员会|常委会)?$/, title: /决定$/, level: 'npc_decision', confidence: 'high', why: { zh: '由{{x}}作出的决定', en: 'a decision made by {{x}}' } },
  { test: /^全国人(?:民代表)?大(?:会)?(?:常务委员会|常委会)?$/, level: 'law', confidence: 'high', why: { zh: '由{{x}}制定，属于法律', en: 'enacted by {{x}}: a law' } },
  { test: /^国务院$/, title: /决定$/, level: 'state_council_decision', confidence: 'high', why: { zh: '由{{x}}作出的决定', en: 'a decision of {{x}}' } },
  { test: /^国务院$/, title: /(?:条例|规定|办法|细则|规则)$/, level: 'administrative_regulation', also: ['departmental_rule'], confidence: 'low', why: { zh: '注明由{{x}}制定，但名称不在现行有效行政法规目录中，也没有国务院令号；请注明国务院令号以便核对', en: 'said to be made by {{x}}, but its title is not on the list of administrative regulations in force and no State Council decree number is given; give the decree number so it can be checked' } },
  { test: /^(?:国务院|国务院办公厅|中共中央|中国共产党中央委员会|中共中央办公厅)(?:、.+)?$/, level: 'central_policy_document', confidence: 'high', why: { zh: '由{{x}}印发，属于党中央、国务院政策文件', en: 'issued by {{x}}: a central policy document' } },
  { test: /^最高人民(?:法院|检察院)/, level: 'judicial_interpretation', confidence: 'medium', why: { zh: '由{{x}}发布，属于司法解释', en: 'issued by {{x}}: a judicial interpretation' } },
  { test: /(?:自治州|自治县|自治旗)人民代表大会(?:常务委员会)?$/, title: /条例$/, level: 'autonomous_regulation', confidence: 'high', why: { zh: '由{{x}}制定，属于自治条例或单行条例', en: 'enacted by {{x}}: an autonomous or separate regulation' } },
  { test: /人(?:民代表)?大(?:会)?(?:常务委员会|常委会)?$/, level: 'local_regulation', confidence: 'high', why: { zh: '由{{x}}制定，属于地方性法规', en: 'enacted by {{x}}: a local regulation' } },
  { test: /人民政府$/, title: /(?:通知|意见|方案|函|批复)$/, level: 'normative_document', confidence: 'high', why: { zh: '由{{x}}印发的通知、意见，属于规范性文件', en: 'a notice or opinion issued by {{x}}: a normative document' } },
  { test: /人民政府$/, level: 'local_government_rule', also: ['normative_document'], confidence: 'medium', why: { zh: '由{{x}}制定，属于地方政府规章或规范性文件', en: 'made by {{x}}: a local government rule or a normative document' } },
  { test: /人民政府(?:办公厅|办公室)$/, level: 'normative_document', confidence: 'high', why: { zh: '由{{x}}印发，属于规范性文件', en: 'issued by {{x}}: a normative document' } },
  { test: PLACE, level: 'normative_document', confidence: 'high', why: { zh: '由地方政府工作部门{{x}}印发，属于规范性文件（地方政府工作部门不能制定规章）', en: 'issued by {{x}}, a local government department: a normative document (local departments cannot make rules)' } },
  { test: /(?:部|委员会|委|总局|局|署|银行|办公室|办公厅)$/, title: /(?:通知|意见|方案|函|批复|指南)$/, level: 'normative_document', confidence: 'high', why: { zh: '由{{x}}印发的通知、意见，属于规范性文件', en: 'a notice or opinion issued by {{x}}: a normative document' } },
  { test: /(?:部|委员会|委|总局|局|署|银行|办公室|办公厅)$/, level: 'departmental_rule', also: ['normative_document'], confidence: 'medium', why: { zh: '由国务院部门{{x}}制定，属于部门规章或规范性文件', en: 'made by {{x}}, a department of the State Council: a departmental rule or a normative document' } },
];

/** The form of a title after a place name. */
export const LOCAL_TITLE_SIGNALS: Signal[] = [
  { test: /(?:自治条例|单行条例)$|(?:自治州|自治县|自治旗).*条例$/, level: 'autonomous_regulation', confidence: 'medium', why: { zh: '名称为民族自治地方加“条例”，属于自治条例或单行条例', en: 'an autonomous area\'s 条例: an autonomous or separate regulation' } },
  { test: /条例$/, level: 'local_regulation', confidence: 'medium', why: { zh: '名称为地名加“条例”，是地方人民代表大会或其常委会制定的地方性法规（地方政府规章不得称“条例”）', en: 'a place name with 条例: a local regulation of a local people\'s congress (local government rules may not be titled 条例)' } },
  { test: /实施.+(?:办法|细则|规定)$/, level: 'local_regulation', also: ['local_government_rule'], confidence: 'medium', why: { zh: '名称为地方实施上位法的办法，属于地方性法规或地方政府规章', en: 'a place\'s measures implementing a higher law: a local regulation or a local government rule' } },
  { test: /(?:通知|意见|方案|函|批复|指南|规划|纲要)$/, level: 'normative_document', confidence: 'medium', why: { zh: '名称为地方的通知、意见，属于规范性文件', en: 'a local notice or opinion: a normative document' } },
  { test: /./, level: 'local_government_rule', also: ['normative_document', 'local_regulation'], confidence: 'medium', why: { zh: '名称以地名开头，是地方制定的规章或规范性文件', en: 'the title starts with a place name: a local rule or normative document' } },
];

/** Titles that name a ministry: 公安部关于……的规定. */
export const MINISTRY_TITLE = /^(?:国家)?[\u4e00-\u9fa5]{1,12}?(?:部|委员会|总局|局|署|银行)(?:、(?:国家)?[\u4e00-\u9fa5]{1,12}?(?:部|委员会|总局|局|署|银行))*(?:关于|印发)/;
