// Property tests of the citation parser and classifier: any text an officer might type, never a crash or a half answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCitation, classifyCitations, INSTRUMENT_LEVELS } from '../../src/legal/index.js';

// Pieces citations are made of, so the generator reaches the parser's branches rather than only random noise.
const PIECES = [
  '《', '》', '〈', '〉', '<<', '>>', '（', '）', '(', ')', '〔', '〕', '[', ']', '【', '】', '、', '，', '；', '及', '和', ' ', '\u3000',
  '中华人民共和国', '统计法', '条例', '暂行条例', '实施细则', '办法', '规定', '决定', '通知', '意见', '法典',
  '国务院', '国务院令', '令', '第', '号', '681', '二十五', '条', '款', '项', '之一', '人力资源和社会保障部', '部令', '总局令',
  '北京市', '湖北省', '人民政府', '人民代表大会常务委员会', '自治州', '国办发', '国发', '法释', '京政办发', '2023', '根据', '依据',
  '相关法律法规', '国家有关规定', '关于', '的', '全国人民代表大会常务委员会', '最高人民法院', '中共中央办公厅', '__proto__', 'constructor',
];
const citationLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 24 }).map((a) => a.join(''));

function wellFormed(c: ReturnType<typeof classifyCitation>): void {
  expect(INSTRUMENT_LEVELS).toContain(c.level);
  for (const l of c.candidates) expect(INSTRUMENT_LEVELS).toContain(l);
  expect(['high', 'medium', 'low']).toContain(c.confidence);
  expect(c.evidence.length).toBeGreaterThan(0);
  for (const e of c.evidence) {
    expect(e.text.zh).not.toBe('');
    expect(e.text.en).not.toBe('');
    // Placeholders are filled (the citation itself may hold any text, braces included).
    expect(`${e.text.zh}${e.text.en}`).not.toContain('{{x}}');
  }
  if (c.vague) expect(c.candidates).toEqual([]);
  else expect(Boolean(c.title || c.number)).toBe(true);
}

describe('citation classifier properties', () => {
  it('any text: at least one well-formed result, never an exception', () => {
    fc.assert(fc.property(fc.oneof(citationLike, fc.string(), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      const all = classifyCitations(text);
      expect(all.length).toBeGreaterThan(0);
      all.forEach(wellFormed);
    }), { numRuns: 3000 });
  });

  it('any mapping of strings: a well-formed result', () => {
    const field = fc.option(fc.oneof(citationLike, fc.string({ maxLength: 8 })), { nil: undefined });
    fc.assert(fc.property(fc.record({ title: field, article: field, issued_by: field, number: field }), (input) => {
      wellFormed(classifyCitation(input));
    }), { numRuns: 2000 });
  });

  it('the same text gives the same answer, whatever was asked before (the memo hands out copies)', () => {
    const first = classifyCitations('《工伤认定办法》（人力资源和社会保障部令第8号）');
    first[0].candidates.push('law');
    first[0].evidence.length = 0;
    expect(classifyCitations('《工伤认定办法》（人力资源和社会保障部令第8号）')[0]).toMatchObject({ level: 'departmental_rule', candidates: ['departmental_rule'] });
    expect(classifyCitations('《工伤认定办法》（人力资源和社会保障部令第8号）')[0].evidence).toHaveLength(1);
  });

  it('spacing and full-width forms do not change the answer', () => {
    fc.assert(fc.property(fc.constantFrom(
      '《中华人民共和国统计法》第九条', '《统计法实施条例》（国务院令第681号）', '国办发〔2022〕3号', '《湖北省数据条例》第三十一条', '人力资源和社会保障部令第8号',
    ), fc.array(fc.nat({ max: 30 }), { maxLength: 4 }), (text, cuts) => {
      let spaced: string = text;
      for (const at of cuts.sort((a, b) => b - a)) spaced = `${spaced.slice(0, at)} ${spaced.slice(at)}`;
      const wide = spaced.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      const base = classifyCitations(text).map((c) => c.level);
      expect(classifyCitations(wide).map((c) => c.level)).toEqual(base);
    }), { numRuns: 500 });
  });
});
