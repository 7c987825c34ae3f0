// share-type-tightened: Art. 15(1), unconditional → conditional → non_shareable needs a justification.
import rule from '../../../src/diff/rules/share-type-tightened.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

/** One entry; share_type on line 6, its value at column 17. */
const version = (shareType: string) => yaml`
  catalogue:
    id: CAT-1
  entries:
    - id: E1
      name: 企业登记信息
      share_type: ${shareType}
`;

testDiffRule(rule, {
  valid: [
    { name: 'unchanged', old: version('conditional'), new: version('conditional') },
    { name: 'loosened: conditional → unconditional', old: version('conditional'), new: version('unconditional') },
    { name: 'loosened: non_shareable → conditional', old: version('non_shareable'), new: version('conditional') },
    { name: 'the same type in Chinese', old: version('conditional'), new: version('有条件共享') },
    { name: 'an unknown value is left to the lint rules', old: version('unconditional'), new: version('closed') },
  ],
  invalid: [
    {
      name: 'unconditional → conditional', old: version('unconditional'), new: version('conditional'),
      errors: [{ messageId: 'tightened', line: 6, column: 17, en: 'tightened from unconditional to conditional', zh: '由无条件共享收紧为有条件共享' }],
    },
    {
      name: 'unconditional → non_shareable, in Chinese', old: version('unconditional'), new: version('不予共享'),
      errors: [{ messageId: 'tightened', line: 6, column: 17, en: 'to non-shareable; Art. 15(1)', zh: '收紧为不予共享' }],
    },
    {
      name: 'conditional → non_shareable', old: version('conditional'), new: version('non_shareable'),
      errors: [{ messageId: 'tightened', line: 6, column: 17, en: 'justify the change', zh: '请说明调整的理由和依据' }],
    },
  ],
});

// MIIT: each attribute compared; the finding names the attribute and points at it.
const MIIT = ['internal_share_type', 'external_share_type'];
const miit = (internal: string, external: string) => yaml`
  catalogue:
    id: CAT-1
  entries:
    - id: E1
      name: 企业登记信息
      internal_share_type: ${internal}
      external_share_type: ${external}
`;

testDiffRule(rule, {
  valid: [{ name: 'MIIT: loosened outside', shareAttributes: MIIT, old: miit('unconditional', 'non_shareable'), new: miit('unconditional', 'conditional') }],
  invalid: [
    {
      name: 'MIIT: tightened outside, in the profile’s words',
      shareAttributes: MIIT,
      options: { principle: { zh: '要求以共享为原则、不共享为例外', en: 'make sharing the rule' } },
      old: miit('unconditional', 'conditional'),
      new: miit('unconditional', '部外不予共享'),
      errors: [{ messageId: 'tightened', line: 7, column: 26, zh: '部外共享属性由有条件共享收紧为不予共享；第十五条第一款要求以共享为原则', en: 'the external share type (部外共享属性) was tightened' }],
    },
  ],
});
