// compareDocuments(old, new, profile) → the change list and the findings of every diff rule (Art. 15, 17, 27).
import { dedupe, sortFindings, toFinding } from '../core/lint.js';
import { ruleArticles } from '../core/articles.js';
import { normalize } from '../core/normalize.js';
import { diffCatalogues } from './diff.js';
import type { LoadedDocument } from '../core/load.js';
import type { Calendar } from '../calendar/working-days.js';
import type { AnyDiffRule, Catalogue, CatalogueDiff, DiffReport, Finding, ResolvedProfile } from '../core/types.js';

export interface CompareOptions {
  asOf: string;
  calendar: Calendar;
  review?: { received?: string; published?: string };
}

export interface CompareResult {
  old: Catalogue;
  new: Catalogue;
  diff: CatalogueDiff;
  /** Findings located in the new file (most) and in the old one (removed entries). */
  findings: Finding[];
}

export function compareDocuments(oldDoc: LoadedDocument, newDoc: LoadedDocument, profile: ResolvedProfile<AnyDiffRule>, opts: CompareOptions): CompareResult {
  const before = normalize(oldDoc.data, oldDoc.file, profile.vocabularies, profile.shareAttributes);
  const after = normalize(newDoc.data, newDoc.file, profile.vocabularies, profile.shareAttributes);
  const diff = diffCatalogues(before, after);
  const findings: Finding[] = [];
  const ordered = [...profile.rules.filter((r) => !r.rule.late), ...profile.rules.filter((r) => r.rule.late)];
  for (const setting of ordered) {
    const { rule, severity, options } = setting;
    const report = (d: DiffReport) => {
      const [doc, cat] = d.in === 'old' ? [oldDoc, before] : [newDoc, after];
      findings.push(toFinding(doc, cat, rule, severity, d, setting));
    };
    rule.check({ old: before, new: after, diff, options, asOf: opts.asOf, articles: ruleArticles(setting), calendar: opts.calendar, review: opts.review ?? {}, report });
  }
  return { old: before, new: after, diff, findings: sortFindings(dedupe(findings)) };
}
