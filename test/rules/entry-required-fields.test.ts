import rule from '../../src/rules/entry-required-fields.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';

const noFormat = doc({ entries: [{ format: null }] });
const twoMissing = doc({ entries: [{ items: null, classification: null }] });
const emptyItems = doc({ entries: [{ items: '[]', provider: '{}' }] });
const secondEntry = doc({ entries: [{}, { share_method: "''" }] });

testRule(rule, {
  valid: [
    { name: 'complete entry', yaml: doc().yaml },
    { name: 'unconditional with usage_conditions none', yaml: doc({ entries: [{ share_type: 'unconditional', usage_conditions: 'none' }] }).yaml },
    { name: 'no entries at all', yaml: doc({ entries: [] }).yaml },
  ],
  invalid: [
    { name: 'format missing: reported at the entry', yaml: noFormat.yaml, errors: [{ messageId: 'missing', ...noFormat.entry(0), zh: '数据格式', en: 'data format' }] },
    {
      name: 'two fields missing: one finding each',
      yaml: twoMissing.yaml,
      errors: [
        { messageId: 'missing', ...twoMissing.entry(0), en: 'data items' },
        { messageId: 'missing', ...twoMissing.entry(0), en: 'classification' },
      ],
    },
    {
      name: 'empty list and empty mapping',
      yaml: emptyItems.yaml,
      errors: [
        { messageId: 'empty', ...emptyItems.entry(0, 'provider'), zh: '提供单位' },
        { messageId: 'empty', ...emptyItems.entry(0, 'items'), zh: '数据项' },
      ],
    },
    { name: 'blank string in the second entry', yaml: secondEntry.yaml, errors: [{ messageId: 'empty', ...secondEntry.entry(1, 'share_method'), en: 'share method' }] },
  ],
});

// A profile's share attributes stand for share_type (MIIT: 部内 and 部外); recommended fields are warnings (Hubei).
const MIIT = ['internal_share_type', 'external_share_type'];
const noExternal = doc({ entries: [{ share_type: null, internal_share_type: 'conditional' }] });
const hubei = doc({ entries: [{ items: null }] });

testRule(rule, {
  valid: [
    { name: 'MIIT: both attributes, no share_type', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: 'conditional' }] }).yaml },
    { name: 'recommended fields present', options: { recommended: ['items', 'format'] }, yaml: doc().yaml },
  ],
  invalid: [
    { name: 'MIIT: the external attribute missing', shareAttributes: MIIT, yaml: noExternal.yaml, errors: [{ messageId: 'missing', ...noExternal.entry(0), zh: '缺少部外共享属性', en: 'external share type (部外共享属性)' }] },
    {
      name: 'Hubei: the open attribute required, the data items only recommended',
      options: { fields: ['name', 'provider', 'update_frequency', 'share_type', 'open_type', 'usage_conditions', 'classification'], recommended: ['items', 'format', 'share_method'] },
      yaml: hubei.yaml,
      errors: [{ messageId: 'missing', ...hubei.entry(0), zh: '开放属性' }, { messageId: 'missing', ...hubei.entry(0), zh: '数据项', severity: 'warning' }],
    },
  ],
});
