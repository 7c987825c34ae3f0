import rule from '../../src/rules/negative-list.js';
import { testRule } from '../rule-tester.js';
import { doc } from '../helpers/docs.js';
import { within } from '../helpers/within.js';

const MIIT = ['internal_share_type', 'external_share_type'];
const NS = { share_type: 'non_shareable', share_method: '[none]', usage_conditions: 'none' };
const basis = (extra = '') => `{reason: 涉及举报人保护, legal_basis: 《中华人民共和国统计法》第三十九条${extra}}`;
const missing = doc({ entries: [{ ...NS, non_share: basis() }] });
const no = doc({ entries: [{ ...NS, non_share: basis(', negative_list: false') }] });
const placeholder = doc({ entries: [{ ...NS, non_share: basis(', negative_list: 待定') }] });
const blank = doc({ entries: [{ ...NS, non_share: basis(", negative_list: ''") }] });
const miitExternal = doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: 'non_shareable', non_share: basis() }] });

testRule(rule, {
  valid: [
    { name: 'on the list: true', yaml: doc({ entries: [{ ...NS, non_share: basis(', negative_list: true') }] }).yaml },
    { name: 'on the list: 是', yaml: doc({ entries: [{ ...NS, non_share: basis(', negative_list: 是') }] }).yaml },
    { name: 'on the list: its number', yaml: doc({ entries: [{ ...NS, non_share: basis(', negative_list: FMQD-2026-003') }] }).yaml },
    { name: 'a shared entry needs no list', yaml: doc().yaml },
    { name: 'no non_share at all is non-shareable-legal-basis’ finding', yaml: doc({ entries: [NS] }).yaml },
    { name: 'MIIT: shared both ways', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'unconditional', external_share_type: 'conditional' }] }).yaml },
    { name: 'MIIT: withheld outside the ministry, on the list', shareAttributes: MIIT, yaml: doc({ entries: [{ share_type: null, internal_share_type: 'conditional', external_share_type: '部外不予共享', non_share: basis(', negative_list: true') }] }).yaml },
  ],
  invalid: [
    { name: 'not recorded', yaml: missing.yaml, errors: [{ messageId: 'missing', ...missing.entry(0, 'non_share'), zh: '未记录已列入负面清单', en: 'negative list' }] },
    { name: 'recorded as not listed', yaml: no.yaml, errors: [{ messageId: 'notListed', ...within(no.entry(0, 'non_share'), basis(', negative_list: false'), 'false') }] },
    { name: 'a placeholder', yaml: placeholder.yaml, errors: [{ messageId: 'placeholder', ...within(placeholder.entry(0, 'non_share'), basis(', negative_list: 待定'), '待定'), zh: '“待定”' }] },
    { name: 'blank', yaml: blank.yaml, errors: [{ messageId: 'missing', ...within(blank.entry(0, 'non_share'), basis(", negative_list: ''"), "''") }] },
    { name: 'MIIT: withheld outside the ministry, not recorded', shareAttributes: MIIT, yaml: miitExternal.yaml, errors: [{ messageId: 'missing', ...miitExternal.entry(0, 'non_share') }] },
  ],
});
