// same-catalogue: the two files compared are versions of one catalogue (same catalogue id).
import rule from '../../../src/diff/rules/same-catalogue.js';
import { testDiffRule, yaml } from '../diff-rule-tester.js';

const version = (id: string) => yaml`
  catalogue:
    id: ${id}
    version: "1"
  entries: []
`;

testDiffRule(rule, {
  valid: [
    { name: 'same id', old: version('CAT-110000-SCJGJ'), new: version('CAT-110000-SCJGJ') },
    { name: 'an id missing in one file is left to header-required', old: 'catalogue: {version: "1"}\n', new: version('CAT-110000-SCJGJ') },
  ],
  invalid: [
    {
      name: 'different ids', old: version('CAT-110000-SCJGJ'), new: version('CAT-110000-SWJ'),
      errors: [{ messageId: 'different', line: 2, column: 7, en: 'different catalogue ids (old "CAT-110000-SCJGJ", new "CAT-110000-SWJ")', zh: '旧版“CAT-110000-SCJGJ”，新版“CAT-110000-SWJ”' }],
    },
  ],
});
