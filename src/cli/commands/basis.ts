// govcat basis: what a citation names, the level of that instrument and why — one citation at a time, as a reviewer checks it.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { classifyCitations, instrumentLists, levelName, sufficiency, type Classification, type Sufficiency } from '../../legal/index.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { displayWidth, padDisplay, stripControls as sanitize } from '../../formatters/_text.js';
import { setup } from '../setup.js';
import type { Bilingual, Locale } from '../../core/types.js';

export interface BasisFlags {
  format: 'table' | 'json';
  profile?: string;
  config?: string | false;
  lang?: string;
}

export async function runBasis(citations: string[], flags: BasisFlags): Promise<number> {
  const { locale, config, profile, profiles } = await setup(flags, rules);
  const inputs = citations.flatMap((c) => (c === '-' ? _stdinLines() : [c])).map((c) => c.trim()).filter(Boolean);
  if (!inputs.length) throw new UsageError({ zh: '没有要检查的引用：请给出引用文字，或用 - 从标准输入逐行读取', en: 'no citation to check: give the citation text, or - to read one per line from standard input' });
  const resolved = resolveProfile(profile, rules, config.rules, profiles).rules.find((r) => r.rule.id === 'non-shareable-legal-basis');
  const allowed = new Set<string>((resolved?.options as { allowedTypes?: string[] } | undefined)?.allowedTypes ?? []);
  const rows = inputs.map((input) => ({ input, instruments: classifyCitations(input).map((c) => ({ c, sufficient: resolved ? sufficiency(c, allowed) : undefined })) }));
  if (flags.format === 'json') {
    const json = {
      profile,
      lists: instrumentLists().map(({ list, level, asOf, sources, count }) => ({ list, level, asOf, count, sources })),
      citations: rows.map(({ input, instruments }) => ({
        input,
        instruments: instruments.map(({ c, sufficient }) => ({ ...c, levelName: levelName(c.level), nonShareableBasis: sufficient ?? null })),
      })),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const t = _TEXT[locale];
  const table = [t.head, ...rows.flatMap(({ input, instruments }) => instruments.map(({ c, sufficient }, i) => _row(i ? '' : input, c, sufficient, locale)))];
  const widths = t.head.map((_, col) => Math.max(...table.map((r) => displayWidth(r[col]))));
  const last = t.head.length - 1;
  process.stdout.write(table.map((r) => r.map((cell, col) => (col < last ? padDisplay(cell, widths[col]) : cell)).join('  ')).join('\n') + '\n');
  const dates = instrumentLists().map((l) => `${l.title[locale]} ${l.asOf}`).join(locale === 'zh' ? '；' : '; ');
  if (dates) process.stdout.write(`\n${t.lists}${dates}\n`);
  return 0;
}

// --- internal ---

function _row(input: string, c: Classification, sufficient: Sufficiency | undefined, locale: Locale): string[] {
  const dash = '—';
  const level = c.vague ? _VAGUE[locale] : c.candidates.length > 1 ? c.candidates.map((l) => levelName(l)[locale]).join(locale === 'zh' ? '或' : ' or ') : levelName(c.level)[locale];
  return [
    sanitize(input),
    c.title ? `《${sanitize(c.title)}》` : dash,
    c.article ? sanitize(c.article) : dash,
    c.number ? sanitize(c.number) : dash,
    level,
    _CONFIDENCE[c.confidence][locale],
    sufficient ? _SUFFICIENT[sufficient][locale] : dash,
    c.evidence.map((e) => e.text[locale]).join(locale === 'zh' ? '；' : '; '),
  ];
}

function _stdinLines(): string[] {
  if (process.stdin.isTTY) throw new UsageError({ zh: '“-”从标准输入读取引用，但标准输入是终端；请用管道或重定向输入', en: '"-" reads citations from standard input, but it is a terminal; pipe or redirect them in' });
  return readFileSync(0, 'utf8').split(/\r?\n/);
}

const _TEXT: Record<Locale, { head: string[]; lists: string }> = {
  zh: { head: ['引用', '名称', '条款', '文号', '层级', '把握', '可作不予共享依据', '判断依据'], lists: '所用目录（截至）：' },
  en: { head: ['citation', 'title', 'article', 'number', 'level', 'confidence', 'non-shareable basis', 'evidence'], lists: 'Lists used (as of): ' },
};

const _VAGUE: Bilingual = { zh: '未指明文件', en: 'no instrument named' };
const _CONFIDENCE: Record<Classification['confidence'], Bilingual> = { high: { zh: '确定', en: 'high' }, medium: { zh: '较确定', en: 'medium' }, low: { zh: '不确定', en: 'low' } };
const _SUFFICIENT: Record<Sufficiency, Bilingual> = {
  yes: { zh: '可以', en: 'yes' },
  no: { zh: '不可以', en: 'no' },
  unknown: { zh: '待核实', en: 'to be checked' },
  none: { zh: '不可以（未指明文件）', en: 'no (names no instrument)' },
};
