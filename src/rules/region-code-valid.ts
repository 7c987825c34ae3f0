// Decree 809 Art. 12: a local catalogue covers an administrative region, named by its GB/T 2260 division code.
import { defineRule } from '../core/define-rule.js';
import { describeRegionCodeProblem } from '../core/region-code.js';
import { isUnset, shown } from './_header.js';
import { isObject, own } from './_util.js';
import type { Bilingual, Path } from '../core/types.js';

// Province-level codes end in 0000, prefecture-level in 00; county-level codes end otherwise.
const LEVEL_SHAPE: Record<string, { re: RegExp; zh: string; en: string }> = {
  provincial: { re: /^\d{2}0000$/, zh: '省级目录的区划代码应形如 XX0000', en: 'a provincial catalogue has a code of the form XX0000' },
  municipal: { re: /^\d{4}00$/, zh: '市级目录的区划代码应形如 XXXX00（后两位为 00）', en: 'a municipal catalogue has a code of the form XXXX00' },
  county: { re: /^\d{4}(?!00)\d{2}$/, zh: '县级目录的区划代码后两位不应为 00', en: 'a county catalogue has a code not ending in 00' },
};

const LEVELS: Record<string, Bilingual> = { national: { zh: '国家级', en: 'national' }, provincial: { zh: '省级', en: 'provincial' }, municipal: { zh: '市级', en: 'municipal' }, county: { zh: '县级', en: 'county' } };

export default defineRule({
  id: 'region-code-valid',
  articles: [{ source: 'decree-809', article: 12, paragraph: 1 }],
  severity: 'error',
  docs: {
    summary: { zh: '行政区划代码须为 6 位 GB/T 2260 代码，并与目录层级相符', en: 'region is a 6-digit GB/T 2260 division code that fits the catalogue level' },
    details: {
      zh: '第十二条第一款规定，县级以上地方人民政府政务数据共享主管部门组织编制本行政区域内的政务数据目录。地方目录因此须用行政区划代码（GB/T 2260，6 位数字）标明所属行政区域：省级、市级、县级目录缺少 region 时报告；代码须为 6 位、前两位为省级代码，且与层级相符（省级 XX0000，市级 XXXX00，县级后两位不为 00）。国家级目录无需 region。',
      en: 'Art. 12(1) has the competent departments of local governments at or above county level organise the catalogue of their administrative region. A local catalogue therefore names its region by its administrative division code (GB/T 2260, six digits): a provincial, municipal or county catalogue without `region` is reported; the code must have six digits under a real province-level prefix and fit the level (provincial XX0000, municipal XXXX00, county not ending in 00). A national catalogue needs no region.',
    },
  },
  messages: {
    missing: { zh: '{{level}}目录缺少行政区划代码（region）', en: 'a {{level}} catalogue must give its administrative division code (region)' },
    invalid: { zh: '行政区划代码无效：{{problem}}', en: 'invalid administrative division code: {{problem}}' },
    notText: { zh: '行政区划代码应为 6 位数字文本，如 region: \'110000\'，实际为{{value}}', en: 'the administrative division code must be six digits, e.g. region: \'110000\'; found {{value}}' },
    levelMismatch: { zh: '行政区划代码“{{code}}”与目录层级不符：{{expected}}', en: 'the division code "{{code}}" does not fit the catalogue level: {{expected}}' },
  },
  optionsSchema: { type: 'object', properties: { requiredFor: { type: 'array', items: { enum: ['national', 'provincial', 'municipal', 'county'] } } }, additionalProperties: false },
  defaults: { requiredFor: ['provincial', 'municipal', 'county'] },
  claims: [{ keyword: 'pattern', path: /^\/catalogue\/region$/ }, { keyword: 'type', path: /^\/catalogue\/region$/ }],
  examples: {
    pass: { at: 'catalogue', yaml: "id: CAT-420100-SJJ\ndepartment: {name: 武汉市数据局, code: 11110000000013127H}\nlevel: municipal\nregion: '420100'\nversion: '2026.1'\ncompiled_at: 2026-03-02" },
    fail: { at: 'catalogue', yaml: "id: CAT-420100-SJJ\ndepartment: {name: 武汉市数据局, code: 11110000000013127H}\nlevel: municipal\nregion: '42010'\nversion: '2026.1'\ncompiled_at: 2026-03-02" },
  },
  check({ catalogue, options, report }) {
    const { root, header } = catalogue;
    if (!isObject(root.catalogue)) return;
    const level = typeof header.level === 'string' ? header.level : undefined;
    const region = header.region;
    const path: Path = ['catalogue', 'region'];
    if (isUnset(region)) {
      if (level && options.requiredFor.includes(level)) report({ messageId: 'missing', path: 'region' in header ? path : ['catalogue'], absent: ['catalogue', 'region'], data: { level: own(LEVELS, level) ?? level } });
      return;
    }
    if (typeof region !== 'string') return report({ messageId: 'notText', path, data: { value: shown(region) } });
    const problem = describeRegionCodeProblem(region);
    if (problem) return report({ messageId: 'invalid', path, data: { problem } });
    const shape = level ? own(LEVEL_SHAPE, level) : undefined;
    if (shape && !shape.re.test(region)) report({ messageId: 'levelMismatch', path, data: { code: region, expected: { zh: shape.zh, en: shape.en } } });
  },
});
