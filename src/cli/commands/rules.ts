// govcat rules: the profile's rules with article and severity, as a table, JSON or Markdown.
import { citeAll, ruleArticles } from '../../core/articles.js';
import { resolveProfile } from '../../profiles/index.js';
import { rules } from '../../rules/index.js';
import { setup } from '../setup.js';
import { displayWidth } from '../../formatters/_text.js';
import { SEVERITY_LABEL } from '../../formatters/_shared.js';
import type { AnyRuleBase, Locale, ResolvedProfile } from '../../core/types.js';
import { diffRules } from '../../diff/rules/index.js';
import { toolVersion } from '../env.js';
import { articleJson } from '../../formatters/json.js';

/** The version of `govcat rules --format json` (schemas/rules.schema.json). */
export const RULES_REPORT_VERSION = 1;

export async function runRules(opts: { profile?: string; format: 'table' | 'json' | 'markdown'; lang?: string; diff?: boolean; config?: string | false }): Promise<number> {
  // The rules in force here: the config's profile and rule settings, and the rules of its plugins.
  const s = await setup({ lang: opts.lang, config: opts.config, profile: opts.profile }, rules);
  const locale = s.locale;
  const profile = opts.diff ? resolveProfile<AnyRuleBase>(s.profile, diffRules, s.config.rules, s.profiles) : resolveProfile<AnyRuleBase>(s.profile, [...rules, ...s.plugins], s.config.rules, s.profiles);
  // Each rule as the profile runs it: the articles it cites there (its regime's own text) and the profile's summary.
  const rows = profile.rules.map((r) => ({
    id: r.rule.id,
    severity: r.severity,
    article: citeAll(ruleArticles(r))[locale],
    summary: (r.summary ?? r.rule.docs.summary)[locale],
  }));
  if (opts.format === 'json') {
    // A stable interface: schemas/rules.schema.json, its version raised only on an incompatible change.
    const list = profile.rules.map((r) => ({
      id: r.rule.id,
      severity: r.severity,
      articles: ruleArticles(r).map(({ named: _, ...a }) => articleJson(a)),
      summary: r.summary ?? r.rule.docs.summary,
    }));
    const report = { version: RULES_REPORT_VERSION, tool: { name: 'govcat', version: toolVersion() }, profile: profile.id, kind: opts.diff ? 'diff' : 'lint', rules: list };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const head = locale === 'zh' ? ['规则', '级别', '条款', '说明'] : ['rule', 'severity', 'article', 'summary'];
  if (opts.format === 'markdown') {
    process.stdout.write(ruleTableMarkdown(profile, locale));
    return 0;
  }
  // Severities in the reader's language here; --format json keeps the canonical error / warning / info.
  const table = [head, ...rows.map((r) => [r.id, SEVERITY_LABEL[r.severity][locale], r.article, r.summary])];
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => displayWidth(row[c]))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  process.stdout.write(table.map((row) => row.map((cell, c) => (c < 3 ? pad(cell, widths[c]) : cell)).join('  ')).join('\n') + '\n');
  return 0;
}

/** The rule table as Markdown; the README embeds it and a test keeps the two in step. */
export function ruleTableMarkdown(profile: ResolvedProfile<AnyRuleBase>, locale: Locale): string {
  const head = locale === 'zh' ? ['规则', '级别', '条款', '说明'] : ['rule', 'severity', 'article', 'summary'];
  const rows = profile.rules.map((r) => `| \`${r.rule.id}\` | ${SEVERITY_LABEL[r.severity][locale]} | ${citeAll(ruleArticles(r))[locale]} | ${(r.summary ?? r.rule.docs.summary)[locale].replace(/\|/g, '\\|')} |`);
  return [`| ${head.join(' | ')} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
