// Decree 809 Art. 13 ¶2: the update frequency is stated in terms a requesting department can rely on.
import { defineRule } from '../core/define-rule.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { kindOf, show, suggest, term, termList } from './_support.js';

const VOCAB = VOCABULARIES.update_frequency;

export default defineRule({
  id: 'update-frequency-valid',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '数据更新频率须取自词表；“其他”须说明具体周期', en: 'update_frequency comes from the vocabulary; other needs update_frequency_detail' },
    details: {
      zh: '第十三条第二款要求目录明确数据更新频率，需求部门据此判断数据能否满足履职需要。更新频率应为实时、每日、每周、每月、每季度、每半年、每年、不定期或其他，中英文均可，常见写法（如“每 3 月”“按需”）会被识别；其他周期写“其他”（other），并在 update_frequency_detail 中写明，例如“每 10 个工作日”。',
      en: 'Art. 13(2) requires the catalogue to state how often the data is updated, so requesting departments can judge whether it serves their duties. The value is one of realtime, daily, weekly, monthly, quarterly, half_yearly, yearly, irregular or other, in Chinese or English; common variants (每 3 月, 按需) are recognised. Any other period is written as other, with update_frequency_detail stating it, e.g. 每 10 个工作日.',
    },
  },
  messages: {
    invalid: {
      zh: '条目“{{entry}}”的数据更新频率“{{value}}”无效，应为{{accepted}}之一；其他周期写“其他”并在 update_frequency_detail 中说明',
      en: 'entry "{{entry}}" has an invalid update frequency "{{value}}"; expected one of {{accepted}}; for any other period write other and explain it in update_frequency_detail',
    },
    invalidSuggest: {
      zh: '条目“{{entry}}”的数据更新频率“{{value}}”无效，应为{{accepted}}之一；是否指“{{suggestion}}”？',
      en: 'entry "{{entry}}" has an invalid update frequency "{{value}}"; expected one of {{accepted}}; did you mean "{{suggestion}}"?',
    },
    notText: { zh: '条目“{{entry}}”的数据更新频率应为单个取值（{{accepted}}之一），实际为{{kind}}', en: 'entry "{{entry}}" must give its update frequency as a single value (one of {{accepted}}), not {{kind}}' },
    otherNeedsDetail: { zh: '条目“{{entry}}”的数据更新频率为“其他”，但未在 update_frequency_detail 中写明具体周期', en: 'entry "{{entry}}" has update frequency other but does not state the period in update_frequency_detail' },
    detailPlaceholder: { zh: '条目“{{entry}}”的更新频率说明“{{value}}”是占位内容，应写明具体周期', en: 'entry "{{entry}}": the update frequency detail "{{value}}" is a placeholder; state the actual period' },
  },
  optionsSchema: { type: 'object', properties: { placeholders: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  defaults: { placeholders: DEFAULT_PLACEHOLDERS },
  claims: [{ keyword: 'enum', path: /^\/entries\/\d+\/update_frequency$/ }, { keyword: 'type', path: /^\/entries\/\d+\/update_frequency$/ }],
  examples: {
    pass: { at: 'entry', yaml: 'update_frequency: 其他\nupdate_frequency_detail: 每10个工作日' },
    fail: { at: 'entry', yaml: 'update_frequency: 每两周' },
  },
  check({ catalogue, options, report }) {
    const accepted = termList(VOCAB);
    forEachEntry(catalogue, (entry, path, label) => {
      const v = entry.update_frequency;
      const at = [...path, 'update_frequency'];
      if (isBlank(v)) return;
      if (Array.isArray(v) || isObject(v)) return report({ messageId: 'notText', path: at, data: { entry: label, accepted, kind: kindOf(v) } });
      if (v === 'other') {
        const detail = entry.update_frequency_detail;
        const t = text(detail)?.trim();
        const p = 'update_frequency_detail' in entry ? [...path, 'update_frequency_detail'] : path;
        if (isBlank(detail) || t === '') report({ messageId: 'otherNeedsDetail', path: p, data: { entry: label } });
        else if (t && isPlaceholder(t, options.placeholders)) report({ messageId: 'detailPlaceholder', path: p, data: { entry: label, value: t } });
        return;
      }
      if (typeof v === 'string' && Object.hasOwn(VOCAB.terms, v)) return;
      const value = show(v);
      const guess = suggest(VOCAB, value);
      if (guess) report({ messageId: 'invalidSuggest', path: at, data: { entry: label, value, accepted, suggestion: term(VOCAB, guess) } });
      else report({ messageId: 'invalid', path: at, data: { entry: label, value, accepted } });
    });
  },
});
