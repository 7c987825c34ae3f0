import rule from '../../src/rules/header-required.js';
import { testRule } from '../rule-tester.js';
import { at, doc, raw, valueAt } from '../helpers/header-docs.js';

const noVersion = doc({ header: { version: null } });
const twoMissing = doc({ header: { version: null, compiled_at: null } });
const blankId = doc({ header: { id: "''" } });
const spacesVersion = doc({ header: { version: "'   '" } });
const noDept = doc({ header: { department: null } });
const deptString = doc({ header: { department: '北京市测试局' } });
const deptNoCode = doc({ header: { department: '{name: 北京市测试局}' } });
const deptNoName = doc({ header: { department: '{code: 11110000000013127H}' } });
const deptBlankName = doc({ header: { department: "{name: '', code: 11110000000013127H}" } });
const deptEmpty = doc({ header: { department: '{}' } });
const deptNull = doc({ header: { department: 'null' } });
const deptList = doc({ header: { department: '[北京市测试局]' } });
const noMarker = doc().yaml.replace('govcat: 1\n', '');
const marker2 = doc().yaml.replace('govcat: 1', 'govcat: 2');
const markerText = doc().yaml.replace('govcat: 1', "govcat: '1'");
const listCatalogue = raw(null, 'catalogue: [id, version]\nentries: []');
const nullEntries = raw(['id: X', 'department: {name: 部门, code: 11110000000013127H}', "version: '1'", 'compiled_at: 2026-03-02'], 'entries:');

testRule(rule, {
  valid: [
    { name: 'the format marker is optional', yaml: noMarker },
    { name: 'a department given as a plain name is its name', yaml: deptString.yaml },
    { name: 'complete header', yaml: doc().yaml },
    { name: 'numbers for id and version are present values', yaml: doc({ header: { id: '12345', version: '2026.1' } }).yaml },
    { name: 'block-style header without entries', yaml: raw(['id: X', 'department:', '  name: 北京市测试局', '  code: 11110000000013127H', "version: '1'", 'compiled_at: 2026-03-02']) },
    { name: 'option fields narrows the check', yaml: doc({ header: { version: null, compiled_at: null } }).yaml, options: { fields: ['id', 'department'] } },
    { name: 'govcat 1.0 is the number 1', yaml: doc().yaml.replace('govcat: 1', 'govcat: 1.0') },
    { name: 'department with a name and no credit code (Art. 13 asks for no code)', yaml: deptNoCode.yaml },
    { name: 'department with a name and a blank code', yaml: doc({ header: { department: "{name: 北京市测试局, code: ''}" } }).yaml },
    { name: 'block-style department with just a name', yaml: raw(['id: X', 'department:', '  name: 北京市测试局', "version: '1'", 'compiled_at: 2026-03-02']) },
  ],
  invalid: [
    { name: 'version missing: reported at the header', yaml: noVersion.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '目录头缺少版本', en: 'missing its version' }] },
    {
      name: 'two fields missing: one finding each',
      yaml: twoMissing.yaml,
      errors: [
        { messageId: 'missing', line: 3, column: 3, en: 'version' },
        { messageId: 'missing', line: 3, column: 3, zh: '编制日期', en: 'compilation date' },
      ],
    },
    { name: 'blank id', yaml: blankId.yaml, errors: [{ messageId: 'empty', ...blankId.header('id'), zh: '目录编号', en: 'empty catalogue id' }] },
    { name: 'whitespace-only version', yaml: spacesVersion.yaml, errors: [{ messageId: 'empty', ...spacesVersion.header('version'), en: 'empty version' }] },
    { name: 'department missing', yaml: noDept.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '编制部门', en: 'compiling department' }] },
    { name: 'department as a list', yaml: deptList.yaml, errors: [{ messageId: 'departmentShape', ...deptList.header('department'), zh: '实际为列表', en: 'found a list' }] },
    { name: 'department with a code and no name', yaml: deptNoName.yaml, errors: [{ messageId: 'missing', ...deptNoName.header('department'), zh: '目录头缺少编制部门名称', en: 'missing its department name' }] },
    { name: 'department with blank name', yaml: deptBlankName.yaml, errors: [{ messageId: 'empty', ...valueAt(deptBlankName.yaml, "name: ''"), en: 'department name' }] },
    { name: 'department empty mapping', yaml: deptEmpty.yaml, errors: [{ messageId: 'empty', ...deptEmpty.header('department'), zh: '编制部门' }] },
    { name: 'department null', yaml: deptNull.yaml, errors: [{ messageId: 'empty', ...deptNull.header('department') }] },
    { name: 'format marker 2', yaml: marker2, errors: [{ messageId: 'formatVersion', line: 1, column: 9, en: 'found 2' }] },
    { name: 'format marker as text', yaml: markerText, errors: [{ messageId: 'formatVersion', line: 1, column: 9, zh: '实际为 “1”' }] },
    { name: 'no catalogue header at all: one finding', yaml: raw(null), errors: [{ messageId: 'noCatalogue', line: 1, column: 1, zh: '缺少目录头', en: 'no catalogue header' }] },
    { name: 'catalogue is a list', yaml: listCatalogue, errors: [{ messageId: 'noCatalogue', ...at(listCatalogue, '[id') }] },
    { name: 'nothing but entries', yaml: 'entries: []\n', errors: [{ messageId: 'noCatalogue', line: 1, column: 1 }] },
    { name: 'entries key missing', yaml: raw(['id: X', 'department: {name: 部门, code: 11110000000013127H}', "version: '1'", 'compiled_at: 2026-03-02'], ''), errors: [{ messageId: 'noEntries', line: 1, column: 1, en: 'entries: []' }] },
    { name: 'entries key without value', yaml: nullEntries, errors: [{ messageId: 'noEntries', ...at(nullEntries, 'entries:') }] },
  ],
});

// Hubei (Art. 19(3)): the compiling body is required; id, version and date are only recommended (warnings).
const hubeiOptions = { fields: ['department'], recommended: ['id', 'version', 'compiled_at'] };
const hubeiNoVersion = doc({ header: { version: null } });
const hubeiNoDept = doc({ header: { department: null } });

testRule(rule, {
  valid: [{ name: 'Hubei: a complete header', options: hubeiOptions, yaml: doc().yaml }],
  invalid: [
    { name: 'Hubei: no version is a warning', options: hubeiOptions, yaml: hubeiNoVersion.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '版本', severity: 'warning' }] },
    { name: 'Hubei: no department is an error', options: hubeiOptions, yaml: hubeiNoDept.yaml, errors: [{ messageId: 'missing', line: 3, column: 3, zh: '编制部门', severity: 'error' }] },
  ],
});
