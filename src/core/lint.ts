// lint(document, profile) → findings: validate, then run every enabled rule; positions resolved at the end.
import { ruleArticles } from './articles.js';
import { chineseFieldNames } from './keys.js';
import { render } from './messages.js';
import { normalize } from './normalize.js';
import { schemaErrors } from './validate.js';
import type { LoadedDocument } from './load.js';
import type { ArticleRef, AjvError, AnyRule, AnyRuleBase, Catalogue, Finding, Path, Range, ReportDescriptor, ResolvedProfile, Severity } from './types.js';

export interface LintOptions {
  /** ISO date standing for "today" in date checks. */
  asOf: string;
}

export interface LintResult {
  catalogue: Catalogue;
  findings: Finding[];
}

export function lintDocument(doc: LoadedDocument, profile: ResolvedProfile, opts: LintOptions, allRules: readonly AnyRule[]): LintResult {
  const catalogue = normalize(doc.data, doc.file, profile.vocabularies, profile.shareAttributes);
  const errors = schemaErrors(catalogue.root);
  const findings: Finding[] = [];
  const claimed = (e: AjvError) => isClaimed(e, allRules);
  // Nodes an error or warning was reported at: a late rule does not report the same defect a second time.
  const reported = new Set<string>();
  const reportedAt = (p: Path) => reported.has(pathToString(p));
  // A file that is plainly not a catalogue gets the one notice that says so, not a finding per missing field.
  const gate = catalogue.catalogueShaped === false ? profile.rules.filter((r) => r.rule.id === 'not-a-catalogue') : [];
  const chosen = gate.length ? gate : profile.rules;
  const ordered = [...chosen.filter((r) => !r.rule.late), ...chosen.filter((r) => r.rule.late)];
  for (const setting of ordered) {
    const { rule, severity, options } = setting;
    const report = (d: ReportDescriptor) => {
      const f = toFinding(doc, catalogue, rule, severity, d, setting);
      findings.push(f);
      if (f.severity !== 'info') reported.add(f.path);
    };
    rule.check({ catalogue, options, asOf: opts.asOf, articles: ruleArticles(setting), schemaErrors: errors, isClaimed: claimed, reportedAt, report });
  }
  return { catalogue, findings: sortFindings(dedupe(findings)) };
}

/** True when some rule reports this schema error itself, with a better message. */
export function isClaimed(error: AjvError, rules: readonly AnyRule[]): boolean {
  return rules.some((r) => r.claims?.some((c) => c.keyword === error.keyword && c.path.test(error.instancePath)));
}

export function pathToString(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.messageId.localeCompare(b.messageId));
}

/** A report turned into a finding: message rendered in both languages, path resolved to file:line:column. */
/** `cited`: the rule's setting under the profile (the articles it cites there, whether the Decree is named). */
export function toFinding(doc: LoadedDocument, catalogue: Catalogue, rule: AnyRuleBase, severity: Finding['severity'], d: ReportDescriptor, cited?: { articles?: readonly ArticleRef[]; nameDecree?: boolean }): Finding {
  const template = rule.messages[d.messageId];
  if (!template) throw new Error(`rule ${rule.id} reported unknown messageId ${d.messageId}`);
  const range = locateNode(doc, catalogue, d.path, { key: d.key });
  const entry = d.path[0] === 'entries' && typeof d.path[1] === 'number' ? (catalogue.root.entries as unknown[])[d.path[1]] : undefined;
  const entryId = entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : undefined;
  return {
    ruleId: rule.id,
    messageId: d.messageId,
    severity: milder(d.severity, severity),
    // The profile's citation of its own regime wins over a report's choice among the rule's own (Decree) articles.
    articles: ruleArticles({ rule, ...cited }, d.articles),
    message: _named(render(template, d.data), catalogue),
    file: doc.file,
    path: pathToString(d.path),
    ...range,
    ...(entryId ? { entryId } : {}),
  };
}

/** Where a node given by its canonical path is written in the file (Chinese keys and flat forms read as written). */
export function locateNode(doc: LoadedDocument, catalogue: Catalogue, path: Path, opts?: { key?: boolean }): Range {
  return doc.locate(catalogue.sourcePath ? catalogue.sourcePath(path) : path, opts);
}

/** Fields named the way the file names them: Chinese keys in a file written with Chinese keys. */
function _named(message: Finding['message'], catalogue: Catalogue): Finding['message'] {
  return catalogue.keyStyle === 'zh' ? { zh: chineseFieldNames(message.zh), en: chineseFieldNames(message.en) } : message;
}

export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.path}\u0000${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** info < warning < error: for --fail-on, and for the worst severity of a group. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A report may lower its rule's severity, never raise it. */
export function milder(requested: Severity | undefined, ruleSeverity: Severity): Severity {
  return requested && SEVERITY_RANK[requested] < SEVERITY_RANK[ruleSeverity] ? requested : ruleSeverity;
}
