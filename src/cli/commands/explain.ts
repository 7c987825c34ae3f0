// govcat explain RULE: purpose, the article's own words from law/, and a failing and a passing example.
import { cite, LAW_TITLES, ruleArticles } from '../../core/articles.js';
import { UsageError } from '../../core/errors.js';
import { exampleDiffDocuments, exampleDocument } from '../../core/examples.js';
import { officialCalendar } from '../../calendar/official.js';
import { compareDocuments } from '../../diff/engine.js';
import { diffRules } from '../../diff/rules/index.js';
import { verifyRules } from '../../verify/rules.js';
import { crossRules } from '../../verify/cross.js';
import { yamlTypo } from '../../core/yaml-typo.js';
import { disableDirective } from '../../core/directives.js';
import { setup } from '../setup.js';
import { articleText } from '../../core/law.js';
import { lintDocument } from '../../core/lint.js';
import { loadYaml } from '../../core/load.js';
import { rules, ruleById } from '../../rules/index.js';
import { closest } from '../../rules/_schema.js';
import { detectLocale } from '../env.js';
import { readResource } from '../paths.js';
import { builtinProfiles, resolveProfile } from '../../profiles/index.js';
import type { AnyDiffRule, AnyRule, AnyRuleBase, ArticleRef, Locale, ResolvedProfile, ResolvedRule, RuleExample } from '../../core/types.js';

export async function runExplain(id: string, opts: { lang?: string; config?: string | false; profile?: string }): Promise<number> {
  const locale = detectLocale(opts.lang);
  // --profile: the rule as that regime runs it (its severity, its articles quoted from its own text, its note).
  const under = opts.profile === undefined ? undefined : await _under(id, opts);
  // A plugin rule is explained like a built-in one when the config in force loads it.
  const plugins = id.includes('/') ? (await setup({ lang: opts.lang, config: opts.config }, rules)).plugins : [];
  const rule = ruleById.get(id) ?? plugins.find((r) => r.id === id);
  const diffRule = diffRules.find((r) => r.id === id);
  if (diffRule) {
    process.stdout.write(explainDiffText(diffRule, locale, under));
    return 0;
  }
  // The checks of govcat verify have no catalogue examples: purpose and article only.
  // yaml-typo checks the source text, not the data: no catalogue examples either.
  const checkRule = [...verifyRules, ...crossRules, yamlTypo, disableDirective].find((r) => r.id === id);
  if (checkRule) {
    process.stdout.write(_head(checkRule, locale).join('\n'));
    return 0;
  }
  if (!rule) {
    const near = closest(id, [...ruleById.keys(), ...diffRules.map((r) => r.id), ...verifyRules.map((r) => r.id), ...crossRules.map((r) => r.id), yamlTypo.id, disableDirective.id]);
    throw new UsageError({
      zh: `未知规则“${id}”` + (near ? `，是否应为“${near}”？` : '') + '（govcat rules 列出全部规则）',
      en: `unknown rule "${id}"` + (near ? `; did you mean "${near}"?` : '') + ' (govcat rules lists them all)',
    });
  }
  process.stdout.write(explainText(rule, locale, under));
  return 0;
}

/** A rule as a profile runs it: the profile's title and share attributes, and the rule's setting there (none when off). */
export interface Under {
  profile: Pick<ResolvedProfile<AnyRuleBase>, 'id' | 'title' | 'shareAttributes' | 'offNotes'>;
  setting?: ResolvedRule<AnyRuleBase>;
}

export function explainText(rule: AnyRule, locale: Locale, under?: Under): string {
  const zh = locale === 'zh';
  const out = _head(rule, locale, under);
  out.push(zh ? '不符合的示例：' : 'Failing example:', _indent(rule.examples.fail.yaml, rule.examples.fail.at, locale));
  for (const f of _run(rule, rule.examples.fail.yaml, rule.examples.fail.at, locale, under)) out.push(`  → ${f}`);
  out.push('', zh ? '符合的示例：' : 'Passing example:', _indent(rule.examples.pass.yaml, rule.examples.pass.at, locale), '');
  return out.join('\n');
}

/** A diff rule: the same head, then the failing example as its two versions and what the rule says about them. */
export function explainDiffText(rule: AnyDiffRule, locale: Locale, under?: Under): string {
  const zh = locale === 'zh';
  const out = _head(rule, locale, under);
  const show = (label: string, ex: { old: string; new: string }) => [label, `    # ${zh ? '旧版本' : 'old version'}`, ...ex.old.split('\n').map((l) => `    ${l}`), `    # ${zh ? '新版本' : 'new version'}`, ...ex.new.split('\n').map((l) => `    ${l}`)];
  out.push(...show(zh ? '不符合的示例：' : 'Failing example:', rule.examples.fail));
  try {
    const docs = exampleDiffDocuments(rule.examples.fail, under?.profile.shareAttributes);
    const setting = under?.setting ?? { rule, severity: rule.severity, options: rule.defaults };
    const profile = { id: 'explain', title: { zh: '', en: '' }, shareAttributes: under?.profile.shareAttributes, rules: [{ ...setting, rule }] };
    const { findings } = compareDocuments(loadYaml(docs.old, 'old.yaml'), loadYaml(docs.new, 'new.yaml'), profile, { asOf: '2026-06-01', calendar: officialCalendar() });
    for (const f of findings) out.push(`  → ${f.message[locale]}`);
  } catch {
    // An example that cannot be run is still worth showing.
  }
  out.push('', ...show(zh ? '符合的示例：' : 'Passing example:', rule.examples.pass), '');
  return out.join('\n');
}

// --- internal ---

function _head(rule: AnyRuleBase, locale: Locale, under?: Under): string[] {
  if (under) return _headUnder(rule, locale, under);
  const out = [`${rule.id}  (${rule.severity})`, '', rule.docs.summary[locale], '', rule.docs.details[locale], ''];
  for (const ref of rule.articles) out.push(..._article(ref, locale), '');
  if (!rule.articles.length) out.push(locale === 'zh' ? '（本规则不对应具体条款，用于保证目录可被准确读取。）' : '(This rule enforces no single article; it keeps the catalogue machine-readable.)', '');
  return out;
}

function _article(ref: ArticleRef, locale: Locale): string[] {
  const law = LAW_TITLES[ref.source];
  const label = `${law[locale]} ${cite(ref, false, true)[locale]}`;
  let text: string | undefined;
  try {
    text = articleText(readResource(`law/${law.file}`), ref.article);
  } catch {
    text = undefined;
  }
  return [label, ...(text ?? (locale === 'zh' ? '（未找到条文）' : '(article text not found)')).split('\n').map((l) => `  │ ${l}`)];
}

function _indent(yaml: string, at: RuleExample['at'], locale: Locale): string {
  const where = { entry: ['# entries 中的一个条目', '# one item of entries'], catalogue: ['# catalogue 部分', '# under catalogue:'], file: ['# 整个文件', '# the whole file'] }[at][locale === 'zh' ? 0 : 1];
  return [where, ...yaml.split('\n')].map((l) => `    ${l}`).join('\n');
}

/** The head under a profile: its severity (or off), its summary and note, and the articles it cites quoted from its own text. */
function _headUnder(rule: AnyRuleBase, locale: Locale, { profile, setting }: Under): string[] {
  const zh = locale === 'zh';
  const severity = setting?.severity ?? 'off';
  const out = [`${rule.id}  (${severity})  ${zh ? '配置方案' : 'profile'} ${profile.id}: ${profile.title[locale]}`, ''];
  if (!setting) out.push(zh ? `本规则在配置方案“${profile.id}”中关闭：该法规没有相应的要求。` : `This rule is off in profile "${profile.id}": its text makes no such requirement.`, '');
  out.push((setting?.summary ?? rule.docs.summary)[locale], '', rule.docs.details[locale], '');
  const note = setting ? setting.note : profile.offNotes?.[rule.id];
  if (note) out.push(zh ? `在配置方案“${profile.id}”中：${note.zh}` : `Under profile "${profile.id}": ${note.en}`, '');
  const articles = setting ? ruleArticles(setting) : rule.articles;
  // Two paragraphs of one article (MIIT Art. 20(3), (4)): its text once.
  const quoted = new Set<string>();
  for (const ref of articles) {
    const key = `${ref.source}:${ref.article}`;
    out.push(...(quoted.has(key) ? _article(ref, locale).slice(0, 1) : _article(ref, locale)), '');
    quoted.add(key);
  }
  if (!articles.length) out.push(zh ? '（本规则在此配置方案下不对应具体条款。）' : '(Under this profile the rule enforces no single article.)', '');
  return out;
}

/** The profile named by --profile, and the rule's setting in it. */
async function _under(id: string, opts: { lang?: string; config?: string | false; profile?: string }): Promise<Under> {
  const s = await setup({ lang: opts.lang, config: opts.config, profile: opts.profile }, rules);
  const all: AnyRuleBase[] = [...rules, ...diffRules];
  const profile = resolveProfile<AnyRuleBase>(s.profile, all, s.config.rules, s.profiles);
  return { profile, setting: profile.rules.find((r) => r.rule.id === id) };
}

function _run(rule: AnyRule, yaml: string, at: RuleExample['at'], locale: Locale, under?: Under): string[] {
  try {
    // A rule only one regime runs has its examples in that regime's share attributes.
    const attributes = under?.profile.shareAttributes ?? (rule.examplesProfile ? builtinProfiles[rule.examplesProfile]?.shareAttributes : undefined);
    const doc = loadYaml(exampleDocument({ at, yaml }, attributes), 'example.yaml');
    const setting = under?.setting ?? { rule, severity: rule.severity, options: rule.defaults };
    const profile = { id: 'explain', title: { zh: '', en: '' }, shareAttributes: attributes, rules: [{ ...setting, rule }] };
    return lintDocument(doc, profile, { asOf: '2026-06-01' }, rules).findings.map((f) => f.message[locale]);
  } catch {
    return [];
  }
}
