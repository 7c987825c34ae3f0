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
