import rule from '../../src/rules/basic-data-internal-unconditional.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const MIIT = ['internal_share_type', 'external_share_type'];
const entry = (name: string, internal: string, more: Record<string, string | null> = {}) => ({ share_type: null, name, internal_share_type: internal, external_share_type: 'conditional', ...more });
const licence = doc({ entries: [entry('电信业务经营许可信息', 'conditional', { classification: '{category: 行政许可/电信业务经营许可, level: general}' })] });
const penalty = doc({ entries: [entry('无线电行政处罚案件信息', 'conditional', { classification: '{category: 执法监督, level: general}' })] });
const market = doc({ entries: [entry('工业企业市场主体名录', 'non_shareable', { non_share: '{reason: 内部掌握}' })] });

testRule(rule, {
  valid: [
    { name: 'a licence entry shared unconditionally inside', shareAttributes: MIIT, yaml: doc({ entries: [entry('电信业务经营许可信息', 'unconditional', { classification: '{category: 行政许可, level: general}' })] }).yaml },
    { name: 'an entry of no listed kind', shareAttributes: MIIT, yaml: doc({ entries: [entry('工业互联网平台监测数据', 'conditional', { classification: '{category: 运行监测, level: important}' })] }).yaml },
    { name: 'statistical survey data is not judged (only declassified data is meant)', shareAttributes: MIIT, yaml: doc({ entries: [entry('规模以上工业企业统计调查原始数据', 'conditional', { classification: '{category: 统计调查, level: important}' })] }).yaml },
    { name: 'project is not judged (检验项目 is no project data)', shareAttributes: MIIT, yaml: doc({ entries: [entry('产品质量检验项目明细', 'conditional', { classification: '{category: 质量监督/检验, level: general}' })] }).yaml },
    { name: 'withheld inside on a stated legal basis', shareAttributes: MIIT, yaml: doc({ entries: [entry('从业人员身份核验记录', 'non_shareable', { non_share: '{reason: 涉及个人信息, legal_basis: 《中华人民共和国个人信息保护法》第十三条}' })] }).yaml },
    { name: 'no internal share type (the Decree’s share_type)', yaml: doc({ entries: [{ name: '电信业务经营许可信息' }] }).yaml },
  ],
  invalid: [
    { name: 'licensing data conditional inside', shareAttributes: MIIT, yaml: licence.yaml, errors: [{ messageId: 'notUnconditional', ...licence.entry(0, 'internal_share_type'), zh: '属于行政许可数据，《工信部办法》第十九条第二款', en: 'administrative licensing data' }] },
    { name: 'a penalty is law-enforcement data', shareAttributes: MIIT, yaml: penalty.yaml, errors: [{ messageId: 'notUnconditional', ...penalty.entry(0, 'internal_share_type'), zh: '行政执法数据' }] },
    { name: 'market entity data withheld inside with no basis', shareAttributes: MIIT, yaml: market.yaml, errors: [{ messageId: 'notUnconditional', ...market.entry(0, 'internal_share_type'), zh: '部内共享属性却为不予共享' }] },
  ],
});
