// Lint of a spreadsheet: the catalogue the import builds, linted like YAML, each finding at its cell; every cell the
// import cannot map is a finding of its own (spreadsheet-cell), while all other rows are still linted.
import { lintDocument, type LintOptions } from '../../core/lint.js';
import type { AnyRule, AnyRuleBase, Catalogue, Finding, ResolvedProfile } from '../../core/types.js';
import { cellName, type Sheet } from './cells.js';
import { sheetDocument, type SheetDocument } from './locate.js';

/** Not a rule of any profile: what the import could not read (the value then never reaches the catalogue's rules). */
export const SPREADSHEET_CELL: AnyRuleBase = {
  id: 'spreadsheet-cell',
  articles: [],
  severity: 'error',
  docs: {
    summary: { zh: '表格单元格无法转换为目录内容', en: 'A spreadsheet cell that cannot be read into the catalogue' },
    details: {
      zh: '检查电子表格时，govcat 按 govcat import 的列映射读取各工作表。无法映射的单元格（未知的取值、列或目录信息项，找不到所属目录的数据项等）在此报告；其余行照常检查。同一单元格已由某条规则报告时不再重复报告。',
      en: 'A spreadsheet is read through the column mapping of govcat import. Cells it cannot map (an unknown value, column or catalogue field, a data item naming no entry …) are reported here; every other row is still linted. A cell some rule already reports is not reported twice.',
    },
  },
  messages: { unmapped: { zh: '{{text}}', en: '{{text}}' } },
  defaults: {},
};

export interface SheetLintResult {
  catalogue: Catalogue;
  /** One per file read: the workbook, or each CSV file of the set, in order; findings by sheet, row and column. */
  files: { file: string; findings: Finding[] }[];
}

/** Throws InputError when the sheets hold no catalogue (exit 2). */
export function lintSheets(sheets: Sheet[], file: string, profile: ResolvedProfile, opts: LintOptions, allRules: readonly AnyRule[]): SheetLintResult {
  const doc = sheetDocument(sheets, file);
  const { catalogue, findings } = lintDocument(doc, _pointingAtFields(profile, doc), opts, allRules);
  const fileOf = new Map(doc.sheets.map((s) => [s.name, s.file]));
  const located = findings.map((f) => ({ ...f, file: (f.cell && fileOf.get(f.cell.sheet)) || f.file }));
  const all = [...located, ..._cellFindings(doc, located)];
  const order = new Map(doc.sheets.map((s, i) => [s.name, i]));
  all.sort((a, b) => (order.get(a.cell?.sheet ?? '') ?? 0) - (order.get(b.cell?.sheet ?? '') ?? 0)
    || (a.cell?.row ?? a.line) - (b.cell?.row ?? b.line) || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.messageId.localeCompare(b.messageId));
  const files = [...new Set([file, ...doc.sheets.map((s) => s.file)])];
  return { catalogue, files: files.map((f) => ({ file: f, findings: all.filter((x) => x.file === f) })) };
}

// --- internal ---

/** The profile's rules, each told the document so that a missing field's finding points at the field's own cell. */
function _pointingAtFields(profile: ResolvedProfile, doc: SheetDocument): ResolvedProfile {
  return {
    ...profile,
    rules: profile.rules.map((r) => ({
      ...r,
      rule: { ...r.rule, check: (ctx) => r.rule.check({ ...ctx, report: (d) => doc.reporting(d.absent, () => ctx.report(d)) }) },
    })),
  };
}

/** Import problems as findings, except at a cell a rule already reported an error or warning at (one defect, one finding). */
function _cellFindings(doc: SheetDocument, findings: Finding[]): Finding[] {
  const taken = new Set(findings.filter((f) => f.severity !== 'info' && f.cell).map((f) => `${f.file}\u0000${f.cell!.sheet}!${f.cell!.ref}`));
  const out: Finding[] = [];
  for (const p of doc.problems) {
    const file = p.file || doc.file;
    const where = `${p.sheet}!${cellName(p.row, p.column)}`;
    if (taken.has(`${file}\u0000${where}`)) continue;
    taken.add(`${file}\u0000${where}`);
    const sheet = doc.sheets.find((s) => s.name === p.sheet && s.file === file) ?? { name: p.sheet, file, rows: [] };
    out.push({
      ruleId: SPREADSHEET_CELL.id, messageId: 'unmapped', severity: 'error', articles: [], message: p.text, file,
      // The value never reached the catalogue, so the cell stands in for its path.
      path: where,
      ...doc.cellAt(sheet, p.row, p.column),
    });
  }
  return out;
}
