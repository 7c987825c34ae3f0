// The outcome of comparing two versions as report results: findings per file, the change list with line numbers, event rows.
import { eventRows, type DeadlineOptions } from '../deadlines/rows.js';
import { compareDocuments, type CompareOptions } from './engine.js';
import { locateNode } from '../core/lint.js';
import type { LoadedDocument } from '../core/load.js';
import type { AnyDiffRule, Catalogue, Path, ResolvedProfile } from '../core/types.js';
import type { FileResult } from '../formatters/types.js';

/** `govcat diff` as FileResults: the old file's (only when findings point into it), then the new file's with changes and events. */
export function diffResults(oldDoc: LoadedDocument, newDoc: LoadedDocument, profile: ResolvedProfile<AnyDiffRule>, opts: CompareOptions): FileResult[] {
  const { old: before, new: after, diff, findings } = compareDocuments(oldDoc, newDoc, profile, opts);
  const deadline = profile.rules.find((r) => r.rule.id === 'update-deadline')?.options as DeadlineOptions | undefined;
  const line = (doc: LoadedDocument, cat: Catalogue, path?: Path) => (path ? locateNode(doc, cat, path).line : undefined);
  const located = <T extends { oldPath?: Path; newPath?: Path }>(x: T) => ({ ...x, oldLine: line(oldDoc, before, x.oldPath), newLine: line(newDoc, after, x.newPath) });
  const result: FileResult = {
    file: newDoc.file,
    source: newDoc.text,
    findings: findings.filter((f) => f.file === newDoc.file),
    changes: {
      previous: oldDoc.file,
      header: diff.header.map(located),
      entries: diff.entries.map((e) => ({ ...located(e), fields: e.fields.map(located) })),
    },
    events: deadline ? eventRows(after, newDoc, deadline, opts.calendar, opts.asOf, before) : [],
  };
  const oldFindings = oldDoc.file === newDoc.file ? [] : findings.filter((f) => f.file === oldDoc.file);
  return oldFindings.length ? [{ file: oldDoc.file, source: oldDoc.text, findings: oldFindings }, result] : [result];
}
