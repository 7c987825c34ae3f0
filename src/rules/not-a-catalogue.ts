// A YAML file that is plainly not a catalogue (a CI workflow, a compose file) is said to be so once, not linted.
import { defineRule } from '../core/define-rule.js';

export default defineRule({
  id: 'not-a-catalogue',
  articles: [],
  severity: 'warning',
  docs: {
    summary: { zh: '不是政务数据目录的 YAML 文件不作检查，只提示一次', en: 'A YAML file that is not a catalogue is noted once, not checked' },
    details: {
      zh: '目录文件至少有目录信息（catalogue / 目录信息，或写在顶层的目录编号、编制部门等字段中的两项）或目录条目（entries / 目录条目）。一个 YAML 文件若一项都没有——例如 CI 工作流、部署配置——govcat 只报告一次“不是目录”，不再逐项报告缺少的目录信息。该提示不影响退出码；如果文件确是目录，请补写目录信息和目录条目。',
      en: 'A catalogue file has a header (catalogue / 目录信息, or two header fields such as the id and department at the top level) or entries (entries / 目录条目). A YAML file with neither — a CI workflow, a deployment file — gets this one notice instead of a finding per missing header field. It does not change the exit code; if the file is meant to be a catalogue, add its header and entries.',
    },
  },
  messages: {
    notCatalogue: {
      zh: '该文件看起来不是政务数据目录（顶层只有 {{keys}}，没有目录信息或目录条目），未作检查',
      en: 'this file does not look like a catalogue (its top level holds {{keys}}, no header and no entries); it was not checked',
    },
  },
  defaults: {},
  examples: {
    pass: { at: 'file', yaml: '目录编号: CAT-1\n编制部门: 某局\n目录条目: []\n' },
    fail: { at: 'file', yaml: 'name: CI\non: [push]\njobs:\n  test: {runs-on: ubuntu-latest}\n' },
  },
  check({ catalogue, report }) {
    if (catalogue.catalogueShaped !== false) return;
    const keys = Object.keys(catalogue.root);
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ' …' : '');
    report({ messageId: 'notCatalogue', path: [], data: { keys: shown || '{}' } });
  },
});
