import rule from '../../src/rules/unique-ids.js';
import { testRule } from '../rule-tester.js';
import { doc, raw, valueAt } from '../helpers/header-docs.js';

const dupId = doc({ entries: [{}, { id: 'T-0001' }] });
const thrice = doc({ entries: [{ id: 'A' }, { id: 'B' }, { id: 'A' }, { id: 'A' }] });
const numericId = doc({ entries: [{ id: '7' }, { id: "'7'" }] });
const spacedId = doc({ entries: [{ id: 'X-1' }, { id: "' X-1 '" }] });
const dupName = doc({ entries: [{}, { name: '企业登记基本信息' }] });
const dupItem = doc({ entries: [{ items: '[{name: 企业名称, type: string}, {name: 法定代表人, type: string}, {name: 企业名称, type: 字符型}]' }] });
const dupEvent = doc({ header: { change_events: '[{id: EV-1, kind: duty_change}, {id: EV-2, kind: law_change}, {id: EV-1, kind: 职责调整}]' } });
const noIdDupName = doc({ entries: [{ id: null }, { id: null, name: '企业登记基本信息' }] });

testRule(rule, {
  valid: [
    { name: 'distinct ids and names', yaml: doc({ entries: [{}, {}, {}] }).yaml },
    { name: 'same item name in different entries', yaml: doc({ entries: [{}, {}] }).yaml },
    { name: 'missing and blank ids are not duplicates', yaml: doc({ entries: [{ id: null }, { id: null, name: '其他条目' }, { id: "''", name: '第三条目' }, { id: "''", name: '第四条目' }] }).yaml },
    { name: 'wrong types are skipped', yaml: doc({ entries: [{ id: '[1]', items: '[{name: [a]}, {name: [a]}, 1, 1]' }, { id: '[1]', items: '企业名称' }] }).yaml },
    { name: 'change_events not a list', yaml: doc({ header: { change_events: '{id: EV-1}' } }).yaml },
    { name: 'no entries', yaml: raw(null, 'entries: 5') },
  ],
  invalid: [
    { name: 'duplicate entry id', yaml: dupId.yaml, errors: [{ messageId: 'entryId', ...dupId.entry(1, 'id'), zh: '条目编号“T-0001”重复，已用于第 1 个条目（T-0001）', en: 'duplicate entry id "T-0001", already used by entry #1 (T-0001)' }] },
    {
      name: 'second and later occurrences reported, naming the first',
      yaml: thrice.yaml,
      errors: [
        { messageId: 'entryId', ...thrice.entry(2, 'id'), en: 'entry #1 (A)' },
        { messageId: 'entryId', ...thrice.entry(3, 'id'), en: 'entry #1 (A)' },
      ],
    },
    { name: 'number and text ids compare equal', yaml: numericId.yaml, errors: [{ messageId: 'entryId', ...numericId.entry(1, 'id'), en: '"7"' }] },
    { name: 'surrounding spaces ignored', yaml: spacedId.yaml, errors: [{ messageId: 'entryId', ...spacedId.entry(1, 'id'), en: '"X-1"' }] },
    { name: 'duplicate entry name', yaml: dupName.yaml, errors: [{ messageId: 'entryName', ...dupName.entry(1, 'name'), zh: '数据目录名称“企业登记基本信息”重复，已用于第 1 个条目（T-0001）', en: 'entry #1 (T-0001)' }] },
    { name: 'duplicate name, entries without ids', yaml: noIdDupName.yaml, errors: [{ messageId: 'entryName', ...noIdDupName.entry(1, 'name'), zh: '已用于第 1 个条目', en: 'already used by entry #1' }] },
    { name: 'duplicate item name within an entry', yaml: dupItem.yaml, errors: [{ messageId: 'itemName', ...valueAt(dupItem.yaml, 'name: 企业名称', 2), zh: '条目“企业登记基本信息”中数据项名称“企业名称”重复，已用于第 1 个数据项', en: 'already used by item #1' }] },
    { name: 'duplicate change event id', yaml: dupEvent.yaml, errors: [{ messageId: 'eventId', ...valueAt(dupEvent.yaml, 'id: EV-1', 2), zh: '变更事件编号“EV-1”重复', en: 'change event #1' }] },
  ],
});
