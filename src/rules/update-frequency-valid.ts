// Decree 809 Art. 13 ¶2: the update frequency is stated; a period the vocabulary lacks is still a stated frequency.
import { cite } from '../core/articles.js';
import { defineRule } from '../core/define-rule.js';
import { describePeriod, parsePeriod, periodTerm } from '../core/period.js';
import { VOCABULARIES } from '../core/vocabulary.js';
import { DEFAULT_PLACEHOLDERS, forEachEntry, isBlank, isObject, isPlaceholder, text } from './_util.js';
import { kindOf, show, suggest, term, termList } from './_support.js';

const VOCAB = VOCABULARIES.update_frequency;

export default defineRule({
  id: 'update-frequency-valid',
  articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
  severity: 'error',
  docs: {
    summary: { zh: '须写明数据更新频率；词表外的具体周期提示改写为“其他”并说明', en: 'update_frequency is stated; a period outside the vocabulary is a warning to write other with update_frequency_detail' },
    details: {
      zh: '第十三条第二款要求目录明确数据更新频率，需求部门据此判断数据能否满足履职需要。词表为实时、每日、每周、每月、每季度、每半年、每年、不定期和其他，中英文均可，常见写法（如“每 3 月”“按需”）会被识别。没有写明频率才是缺陷：“待定”“无”“-”“N/A”等占位内容，以及既非周期也非词表用语的文字（如“看情况”），报告为错误。“每两周”“每学年”“每 3 日”“每10个工作日”“一年两次”“汛期每日”等具体周期已经写明了频率，只是不在词表中：报告为警告，建议写“其他”（other），并在 update_frequency_detail 中写明原周期；与词表用语等同的周期（如“每7天”“一年一次”）建议直接写该用语。写“其他”而未在 update_frequency_detail 中写明周期的，同样报告为错误。',
      en: 'Art. 13(2) requires the catalogue to state how often the data is updated, so requesting departments can judge whether it serves their duties. The vocabulary is realtime, daily, weekly, monthly, quarterly, half_yearly, yearly, irregular and other, in Chinese or English; common variants (每 3 月, 按需) are recognised. Only a frequency that is not stated is a defect: placeholders such as 待定, 无, - or N/A, and text that is neither a period nor a term (看情况), are errors. A concrete period such as 每两周, 每学年, 每 3 日, 每10个工作日, 一年两次, 汛期每日 or "every 2 weeks" does state the frequency, it is just not a term of the vocabulary: it is a warning suggesting other with the period in update_frequency_detail, or the term itself where the period is one (每7天 is weekly). other without update_frequency_detail is an error too.',
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
    placeholder: {
      zh: '条目“{{entry}}”的数据更新频率“{{value}}”是占位内容，未写明更新频率（{{article}}要求明确数据更新频率）',
      en: 'entry "{{entry}}": the update frequency "{{value}}" is a placeholder and states no frequency ({{article}} requires the update frequency to be stated)',
    },
    period: {
      zh: '条目“{{entry}}”的数据更新频率“{{value}}”（{{period}}）不在词表中：请写“其他”，并在 update_frequency_detail 中写明“{{value}}”',
      en: 'entry "{{entry}}": the update frequency "{{value}}" ({{period}}) is not a term of the vocabulary; write other and put "{{value}}" in update_frequency_detail',
    },
    periodTerm: {
      zh: '条目“{{entry}}”的数据更新频率“{{value}}”即“{{suggestion}}”，请直接写“{{suggestion}}”（具体日期、时点等可写在 update_frequency_detail 中）',
      en: 'entry "{{entry}}": the update frequency "{{value}}" is {{suggestion}}; write {{suggestion}} (a day or time can go in update_frequency_detail)',
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
    fail: { at: 'entry', yaml: 'update_frequency: 待定' },
  },
  check({ catalogue, options, articles, report }) {
    const accepted = termList(VOCAB);
    const article = articles.length ? cite(articles[0]) : { zh: '目录', en: 'the catalogue' };
    forEachEntry(catalogue, (entry, path, label) => {
      const v = entry.update_frequency;
      const at = [...path, 'update_frequency'];
      if (isBlank(v)) return;
      if (Array.isArray(v) || isObject(v)) return report({ messageId: 'notText', path: at, data: { entry: label, accepted, kind: kindOf(v) } });
      if (v === 'other') {
        const detail = entry.update_frequency_detail;
        const t = text(detail)?.trim();
        // Without the detail key, point at the "other" that asks for it.
        const p = 'update_frequency_detail' in entry ? [...path, 'update_frequency_detail'] : at;
        if (isBlank(detail) || t === '') report({ messageId: 'otherNeedsDetail', path: p, data: { entry: label } });
        else if (t && isPlaceholder(t, options.placeholders)) report({ messageId: 'detailPlaceholder', path: p, data: { entry: label, value: t } });
        return;
      }
      if (typeof v === 'string' && Object.hasOwn(VOCAB.terms, v)) return;
      const value = show(v).trim();
      if (typeof v === 'string' && isPlaceholder(value, options.placeholders)) return report({ messageId: 'placeholder', path: at, data: { entry: label, value, article } });
      // A stated period is no defect of the law; the vocabulary is ours, so the finding is a warning.
      const period = typeof v === 'string' ? parsePeriod(value) : undefined;
      if (period) {
        const same = periodTerm(period);
        if (same) return report({ messageId: 'periodTerm', severity: 'warning', path: at, data: { entry: label, value, suggestion: term(VOCAB, same) } });
        return report({ messageId: 'period', severity: 'warning', path: at, data: { entry: label, value, period: describePeriod(period) } });
      }
      const guess = suggest(VOCAB, value);
      if (guess) report({ messageId: 'invalidSuggest', path: at, data: { entry: label, value, accepted, suggestion: term(VOCAB, guess) } });
      else report({ messageId: 'invalid', path: at, data: { entry: label, value, accepted } });
    });
  },
});
