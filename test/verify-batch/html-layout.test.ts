// What the HTML report puts where, on literal summaries: the chart's order and folding, a failed bundle's main problems,
// rule titles in the report's language with the id as tooltip, failed bundles open. The browser's view: html-screen.test.ts.
import { describe, expect, it } from 'vitest';
import { VERIFY_REPORT_RULES } from '../../src/cli/commands/verify.js';
import html from '../../src/verify/report/html.js';
import { moreRulesText, othersText, reasonCount, ruleTitles, topReasons } from '../../src/verify/report/index.js';
import { barChart, gravest, topBars, type Bar } from '../../src/verify/report/svg.js';
import type { Finding, Severity } from '../../src/core/types.js';
import type { BundleSummary } from '../../src/verify/types.js';
import { ctx, finding } from './fixtures.js';

const SEV = { error: 'error', warning: 'warning', info: 'info' };
const bar = (label: string, error: number, warning = 0, info = 0): Bar => ({ label, counts: { error, warning, info } });
const others = (n: number, findings: number, s: Severity) => `+${n} ${s} (${findings})`;
const f = (ruleId: string, severity: Severity) => finding(ruleId, severity, 'b!data/catalogue.yaml', 'something is wrong');

describe('topBars: errors first, then warnings, then infos; the rest folded per severity', () => {
  const cases: [string, Bar[], number, string[]][] = [
    ['a few errors outrank many warnings', [bar('w', 0, 280), bar('e1', 1), bar('e2', 3)], 12, ['e2', 'e1', 'w']],
    ['a bar ranks by its gravest severity, then by that count, then by total', [bar('x', 1, 9), bar('y', 1, 2), bar('z', 2), bar('i', 0, 0, 50)], 12, ['z', 'x', 'y', 'i']],
    ['ties keep a stable order by label', [bar('b', 1), bar('a', 1)], 12, ['a', 'b']],
    ['beyond the limit, the rest of each severity is one folded row', [bar('e1', 5), bar('e2', 4), bar('e3', 3), bar('e4', 2), bar('w1', 0, 9), bar('w2', 0, 8), bar('w3', 0, 7)], 2, ['e1', 'e2', '+2 error (5)', 'w1', '+2 warning (15)']],
    ['a single leftover is shown, not folded', [bar('e1', 5), bar('e2', 4), bar('e3', 3)], 2, ['e1', 'e2', 'e3']],
    ['each severity keeps its largest bar, however many errors there are', [bar('e1', 5), bar('e2', 4), bar('e3', 3), bar('i1', 0, 0, 90), bar('i2', 0, 0, 1), bar('i3', 0, 0, 1)], 1, ['e1', '+2 error (7)', 'i1', '+2 info (2)']],
  ];
  it.each(cases)('%s', (_, bars, limit, labels) => {
    expect(topBars(bars, limit, others).map((b) => b.label)).toEqual(labels);
  });

  it('a folded row sums its bars by severity and says how many it holds', () => {
    const folded = topBars([bar('e1', 9), bar('e2', 2, 1), bar('e3', 1, 0, 4)], 1, others).at(-1)!;
    expect(folded).toEqual({ label: '+2 error (8)', counts: { error: 3, warning: 1, info: 4 }, folded: 2 });
  });

  it('names the gravest severity present', () => {
    expect([gravest(bar('', 0, 1, 1).counts), gravest(bar('', 1, 0, 1).counts), gravest(bar('', 0, 0, 0).counts)]).toEqual(['warning', 'error', 'info']);
  });
});

describe('barChart', () => {
  const widths = (chart: string) => [...chart.matchAll(/<rect class="bar (\w+)"[^>]* width="([\d.]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

  it('draws no bar for a folded row, only its counts: a sum over several is nobody\'s count', () => {
    const chart = barChart([bar('e', 2), { ...bar('+5 rules', 90), folded: 5 }], 'c', 'none', SEV);
    expect(widths(chart)).toEqual(['error 1000.0']);
    expect(chart).toContain('<tr class="folded"><th scope="row">+5 rules</th><td class="bar">error 90</td><td class="num">90</td></tr>');
  });

  it('by severity: a heading and a scale of its own per severity, so errors stay visible beside many warnings', () => {
    const chart = barChart([bar('e1', 10), bar('e2', 5), bar('w', 0, 280)], 'c', 'none', SEV, { bySeverity: true });
    expect(widths(chart)).toEqual(['error 1000.0', 'error 500.0', 'warning 1000.0']);
    expect(chart.match(/<tr class="group">/g)).toHaveLength(2);
    // One shared scale otherwise.
    expect(widths(barChart([bar('e1', 10), bar('w', 0, 280)], 'c', 'none', SEV))).toEqual(['error 35.7', 'warning 1000.0']);
  });

  it('labels are HTML text with the hint as tooltip, both escaped', () => {
    const chart = barChart([{ ...bar('<i>标题</i>', 1), hint: 'rule-"x"' }], 'c', 'none', SEV);
    expect(chart).toContain('<th scope="row" title="rule-&quot;x&quot;">&lt;i&gt;标题&lt;/i&gt;</th>');
  });
});

describe('a failed bundle\'s main problems', () => {
  const cases: [string, Finding[], number, [string, Severity, number][], number][] = [
    ['errors first, then by count', [f('w', 'warning'), f('w', 'warning'), f('w', 'warning'), f('e1', 'error'), f('e2', 'error'), f('e2', 'error')], 3, [['e2', 'error', 2], ['e1', 'error', 1], ['w', 'warning', 3]], 0],
    ['at most the limit, and how many rules were left out', [f('a', 'error'), f('b', 'error'), f('c', 'error'), f('d', 'warning'), f('e', 'info')], 2, [['a', 'error', 1], ['b', 'error', 1]], 3],
    ['a rule counts its findings of its gravest severity', [f('r', 'warning'), f('r', 'error'), f('r', 'warning'), f('r', 'error')], 3, [['r', 'error', 2]], 0],
    ['nothing found, nothing to say', [], 3, [], 0],
  ];
  it.each(cases)('%s', (_, findings, limit, reasons, more) => {
    const r = topReasons(findings, limit);
    expect(r.reasons.map((x) => [x.ruleId, x.severity, x.count])).toEqual(reasons);
    expect(r.more).toBe(more);
  });

  it('counts and the rules left out are worded in each language', () => {
    expect([reasonCount({ severity: 'error', count: 2 }, 'zh'), reasonCount({ severity: 'error', count: 1 }, 'en'), reasonCount({ severity: 'warning', count: 20 }, 'en')]).toEqual(['（2 个错误）', ' (1 error)', ' (20 warnings)']);
    expect([moreRulesText(1, 'en'), moreRulesText(3, 'en'), moreRulesText(3, 'zh')]).toEqual(['and 1 more rule', 'and 3 more rules', '另有 3 条规则']);
  });

  it('a folded chart row says how many rules or departments and findings it holds', () => {
    expect(othersText('rules', 8, 26, 'error', 'zh')).toBe('其余 8 条有错误的规则，共 26 个问题');
    expect(othersText('departments', 3, 1, 'info', 'zh')).toBe('其余 3 个仅有提示的部门，共 1 个问题');
    expect(othersText('rules', 8, 26, 'warning', 'en')).toBe('8 other rules with warnings, 26 findings');
    expect(othersText('departments', 2, 1, 'error', 'en')).toBe('2 other departments with errors, 1 finding');
  });
});

describe('rule titles', () => {
  it('every rule a verify report can cite has a title in both languages; an unknown rule keeps its id', () => {
    for (const locale of ['zh', 'en'] as const) {
      const title = ruleTitles(VERIFY_REPORT_RULES, locale);
      for (const r of VERIFY_REPORT_RULES) expect(title(r.id), r.id).toBe(r.docs.summary[locale]);
      expect(title('acme/house-rule')).toBe('acme/house-rule');
    }
    expect(ruleTitles(VERIFY_REPORT_RULES, 'zh')('manifest-checksum')).toBe('每个文件的校验值与清单一致');
  });
});

describe('the HTML page', () => {
  const failed: BundleSummary = {
    bundle: 'batch/05-公安局.zip', status: 'failed', department: '北京市公安局', catalogueId: 'CAT-110000-GAJ', version: '2026.1', signature: 'valid', errors: 3, warnings: 2, infos: 1,
    findings: [f('review-deadline-authority', 'info'), f('one-data-one-source', 'warning'), f('one-data-one-source', 'warning'), f('payload-oxum', 'error'), f('manifest-checksum', 'error'), f('manifest-checksum', 'error')],
  };
  const passed: BundleSummary = { bundle: 'batch/02.zip', status: 'passed', department: '北京市民政局', signature: 'valid', errors: 0, warnings: 1, infos: 0, findings: [f('unknown-field', 'warning')] };
  const page = (locale: 'zh' | 'en') => html([passed, failed], ctx(locale, { rules: VERIFY_REPORT_RULES }));
  const text = (markup: string) => markup.replace(/<[^>]*>/g, ' ');

  it('opens the failed bundles\' details and leaves the passed ones closed', () => {
    expect(page('zh')).toContain('<details id="bundle-1" class="failed" open>');
    expect(page('zh')).toContain('<details id="bundle-0" class="passed">');
  });

  it('names a failed bundle\'s main problems by rule title in the report\'s language, errors first, infos left out', () => {
    const zh = page('zh');
    expect(zh).toContain('<th class="reasons">主要问题</th>');
    expect(zh).toContain('<td class="reasons"><ul class="reasons"><li class="error" title="manifest-checksum">每个文件的校验值与清单一致<span class="tally">（2 个错误）</span></li>');
    const reasons = zh.match(/<ul class="reasons">.*?<\/ul>/)![0];
    expect([...reasons.matchAll(/title="([^"]+)"/g)].map((m) => m[1])).toEqual(['manifest-checksum', 'payload-oxum', 'one-data-one-source']);
    expect(page('en')).toContain('<th class="reasons">Main problems</th>');
    expect(page('en')).toContain('Every file&#39;s checksum matches its manifest<span class="tally"> (2 errors)</span>');
    // The passed bundle's cell stays empty.
    expect(zh).toMatch(/<tr class="passed">.*<td class="reasons"><\/td><\/tr>/);
  });

  it('shows rule ids only as tooltips: the zh page\'s text has no rule id, its chart and finding rows have titles', () => {
    const zh = page('zh');
    for (const id of ['manifest-checksum', 'payload-oxum', 'one-data-one-source', 'review-deadline-authority', 'unknown-field']) {
      expect(text(zh)).not.toContain(id);
      expect(zh).toContain(`title="${id}"`);
    }
    expect(zh).toContain('<th scope="row" title="manifest-checksum">每个文件的校验值与清单一致</th>');
    expect(zh).toContain('<td class="rule"><span title="payload-oxum">Payload-Oxum 与实际载荷的字节数和文件数一致</span></td>');
  });

  it('lists a bundle\'s findings errors first', () => {
    const details = page('en').match(/<details id="bundle-1"[\s\S]*?<\/details>/)![0];
    expect([...details.matchAll(/<span class="sev (\w+)">/g)].map((m) => m[1])).toEqual(['error', 'error', 'error', 'warning', 'warning', 'info']);
  });

  it('lets words break only where the language allows, and identifiers anywhere', () => {
    const zh = page('zh');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).not.toMatch(/word-break:\s*break-(word|all)/);
    expect(zh).toMatch(/\.token\{overflow-wrap:anywhere/);
    expect(zh).toContain('<a class="token" href="#bundle-1">batch/05-公安局.zip</a>');
  });
});
