// MIIT Measures Art. 19 ¶2: basic data resources — policy and regulation data, market entity data, practitioner data,
// administrative licensing, law enforcement and electronic licence data — are shared unconditionally within the
// ministry. An entry that plainly names one of these kinds yet is not 部内无条件共享 gets a warning. A miit-only rule.
import { cite } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { forEachEntry, isBlank, isObject, text } from './_util.js';
import { term } from './_support.js';
import type { Bilingual } from '../core/types.js';

// Terms that name a kind of Art. 19 ¶2 unmistakably. Left out, for fear of false alarms: 统计调查 (only 经脱密处理的
// statistical data is meant, and the catalogue cannot show that) and 项目 (检验项目, 项目编号 … are no project data).
const KINDS: [RegExp, Bilingual][] = [
  [/政策法规/, { zh: '政策法规数据', en: 'policy and regulation data' }],
  [/市场主体/, { zh: '市场主体数据', en: 'market entity data' }],
  [/从业人员/, { zh: '从业人员数据', en: 'practitioner data' }],
  [/行政许可/, { zh: '行政许可数据', en: 'administrative licensing data' }],
  [/行政执法|行政处罚|行政检查|行政强制/, { zh: '行政执法数据', en: 'administrative law-enforcement data' }],
  [/电子证照/, { zh: '电子证照数据', en: 'electronic licence data' }],
];

export default defineRule({
  id: 'basic-data-internal-unconditional',
  articles: [{ source: 'miit-measures', article: 19, paragraph: 2 }],
  severity: 'warning',
  docs: {
    summary: { zh: '第十九条第二款所列基础数据资源应部内无条件共享', en: 'The basic data resources of Art. 19(2) are shared unconditionally within the ministry' },
    details: {
      zh: '《工信部办法》第十九条第二款：经脱密处理的工业和信息化统计调查数据、政策法规数据、市场主体数据、从业人员数据、项目数据、行政许可数据、行政执法数据、电子证照数据等基础数据资源，是部机关履行职责的共同需要，应部内无条件共享。条目名称或数据类别明白写出其中一类（政策法规、市场主体、从业人员、行政许可、行政执法或行政处罚、行政检查、行政强制、电子证照），部内共享属性却为有条件共享或不予共享的，予以警告，请核实。为避免误报，统计调查数据（只有经脱密处理的才属此列，目录看不出是否已脱密）和项目数据（“检验项目”“项目编号”等并非项目数据）不作判断；以法律、法规为依据列为部内不予共享的条目，由 non-shareable-legal-basis 核对依据，此处不再提示。为什么只是警告：一类数据是否属于基础数据资源，终究要看其内容，名称只是线索。本规则只有 miit 配置方案运行。',
      en: 'MIIT Measures Art. 19(2): basic data resources — declassified industry and IT statistical survey data, policy and regulation data, market entity data, practitioner data, project data, administrative licensing data, law-enforcement data and electronic licence data — are a common need of the ministry and are shared unconditionally within it. An entry whose name or category plainly names one of these kinds (政策法规, 市场主体, 从业人员, 行政许可, 行政执法 or 行政处罚 / 行政检查 / 行政强制, 电子证照) but whose internal share type is conditional or non-shareable gets a warning to check it. To avoid false alarms, statistical survey data (only declassified data is meant, which the catalogue cannot show) and project data (检验项目 or 项目编号 are no project data) are not judged, and an entry withheld inside the ministry on a stated legal basis is left to non-shareable-legal-basis. Why only a warning: whether data is a basic resource depends on its content; the name is only a clue. Only the miit profile runs this rule.',
    },
  },
  messages: {
    notUnconditional: {
      zh: '条目“{{entry}}”属于{{kind}}，{{article}}将其列为应部内无条件共享的基础数据资源，部内共享属性却为{{value}}；请核实',
      en: 'entry "{{entry}}" holds {{kind}}, which {{article}} lists among the basic data resources shared unconditionally within the ministry, yet its internal share type is {{value}}; check it',
    },
  },
  defaults: {},
  examplesProfile: 'miit',
  examples: {
    pass: { at: 'entry', yaml: 'name: 电信业务经营许可信息\nclassification: {category: 行政许可/电信业务经营许可, level: general}\ninternal_share_type: unconditional\nexternal_share_type: conditional' },
    fail: { at: 'entry', yaml: 'name: 电信业务经营许可信息\nclassification: {category: 行政许可/电信业务经营许可, level: general}\ninternal_share_type: conditional\nexternal_share_type: conditional' },
  },
  check({ catalogue, articles, report }) {
    const article = articles.length ? cite(articles[0]) : { zh: '', en: 'the measures' };
    forEachEntry(catalogue, (entry, path, label) => {
      const v = entry.internal_share_type;
      if (v !== 'conditional' && v !== 'non_shareable') return;
      if (v === 'non_shareable' && isObject(entry.non_share) && !isBlank(entry.non_share.legal_basis)) return;
      const category = isObject(entry.classification) ? text(entry.classification.category) ?? '' : '';
      const found = KINDS.find(([re]) => re.test(text(entry.name) ?? '') || re.test(category));
      if (!found) return;
      report({ messageId: 'notUnconditional', path: [...path, 'internal_share_type'], data: { entry: label, kind: found[1], article, value: term(VOCABULARIES.share_type, v) } });
    });
  },
});
