// Inline suppressions in YAML comments, each with its reason: `# govcat-disable-next-line RULE[, RULE] -- reason`,
// `# govcat-disable-line RULE -- reason` (after the value) and `# govcat-disable RULE -- reason` … `# govcat-enable RULE`.
// Finding them is directive-scan.ts's (it loads the yaml package, so only files that mention govcat- pay for it).
import { render } from './messages.js';
import type { Finding, MessageData, RuleBase } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids named, in order; empty for every rule. */
  rules: string[];
  /** The text after ` -- `; absent when the comment gives none. */
  reason?: string;
  /** The comment as written, without its "#". */
  text: string;
  line: number;
  column: number;
  endColumn: number;
}

export type DisableDirectiveMessageId = 'missingReason' | 'unknownRule' | 'unused' | 'unusedRules';

/** The pseudo-rule whose findings are about the directives themselves (no rule of any profile; never suppressed). */
export const disableDirective: RuleBase<Record<string, never>, DisableDirectiveMessageId> = {
  id: 'disable-directive',
  articles: [],
  severity: 'error',
  docs: {
    summary: { zh: '禁用注释（# govcat-disable…）须写明理由，且只能指名存在的规则', en: 'Disable comments (# govcat-disable…) give a reason and name existing rules' },
    details: {
      zh: '在 YAML 注释中写“# govcat-disable-next-line 规则 -- 理由”（屏蔽下一行）、行尾写“# govcat-disable-line 规则 -- 理由”（屏蔽本行），或以“# govcat-disable 规则 -- 理由”和“# govcat-enable 规则”包围一段，可屏蔽相应规则报告的问题；不写规则即指全部规则。理由必不可少：没有“ -- 理由”的注释本身是一个错误，不屏蔽任何问题。指名不存在的规则也是错误。被屏蔽的问题不计入统计和退出码，但在 SARIF（suppressions，附理由）和 JSON（suppressedFindings）报告中保留。使用 --report-unused-disable-directives（或配置 reportUnusedDisableDirectives: true）时，未屏蔽任何问题的注释作为警告报告；--no-inline-config 忽略全部此类注释。',
      en: 'A YAML comment "# govcat-disable-next-line RULE -- reason" (the next line), a trailing "# govcat-disable-line RULE -- reason" (its own line), or "# govcat-disable RULE -- reason" … "# govcat-enable RULE" around a stretch suppresses what those rules report there; without rules it means every rule. The reason is required: a comment without " -- reason" is itself an error and suppresses nothing, and so is naming a rule that does not exist. Suppressed findings count for nothing (totals, exit code) but stay in the SARIF (suppressions, with the reason) and JSON (suppressedFindings) reports. With --report-unused-disable-directives (or reportUnusedDisableDirectives: true in the config) a comment that suppressed nothing is a warning; --no-inline-config ignores all such comments.',
    },
  },
  messages: {
    missingReason: { zh: '禁用注释“{{directive}}”没有写明理由，不起作用；请在规则后加“ -- 理由”', en: 'the comment "{{directive}}" gives no reason and suppresses nothing: add " -- reason" after the rules' },
    unknownRule: { zh: '禁用注释中的规则“{{id}}”不存在{{hint}}', en: 'the comment names rule "{{id}}", which does not exist{{hint}}' },
    unused: { zh: '禁用注释“{{directive}}”没有屏蔽任何问题，可以删除', en: 'the comment "{{directive}}" suppresses nothing and can go' },
    unusedRules: { zh: '禁用注释“{{directive}}”中的 {{rules}} 没有屏蔽任何问题', en: 'in the comment "{{directive}}", {{rules}} suppresses nothing' },
  },
  defaults: {},
};

export interface DirectiveOptions {
  /** Whether a rule id exists (lint, diff, plugin rules, yaml-typo …). */
  isKnown(id: string): boolean;
  /** A known id close to an unknown one, for "did you mean". */
  suggest?(id: string): string | undefined;
  /** Report directives that suppressed nothing (as warnings). */
  reportUnused?: boolean;
}

export interface DirectiveOutcome {
  /** The findings that stand, with the directives' own findings among them (sorted as given, then these). */
  findings: Finding[];
  /** The findings a directive suppressed, each with `suppressed.reason`. */
  suppressed: Finding[];
}

/** Applies the directives of `file` to its findings. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], file: string, opts: DirectiveOptions): DirectiveOutcome {
  const problems: Finding[] = [];
  const valid: Directive[] = [];
  for (const d of directives) {
    for (const id of d.rules.filter((r) => !opts.isKnown(r))) {
      const near = opts.suggest?.(id);
      problems.push(_finding(d, file, 'unknownRule', 'error', { id, hint: near ? { zh: `，是否应为“${near}”？`, en: `; did you mean "${near}"?` } : '' }));
    }
    const known = d.rules.filter((r) => opts.isKnown(r));
    if (d.kind !== 'enable' && d.reason === undefined) problems.push(_finding(d, file, 'missingReason', 'error', { directive: d.text }));
    // A comment that names only rules that do not exist covers nothing (not every rule).
    else if (known.length || !d.rules.length) valid.push({ ...d, rules: known });
  }
  // An entry per directive and rule it names ('*' for all): whether it suppressed something.
  const used = new Map<Directive, Set<string>>(valid.map((d) => [d, new Set<string>()]));
  const blocks = valid.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const by = _lineDirective(valid, f) ?? _blockDirective(blocks, f);
    if (!by) {
      kept.push(f);
      continue;
    }
    used.get(by)!.add(by.rules.includes(f.ruleId) ? f.ruleId : '*');
    suppressed.push({ ...f, suppressed: { reason: by.reason ?? '' } });
  }
  if (opts.reportUnused) {
    for (const [d, hits] of used) {
      if (d.kind === 'enable') continue;
      if (!hits.size) problems.push(_finding(d, file, 'unused', 'warning', { directive: d.text }));
      else {
        const idle = d.rules.filter((r) => !hits.has(r));
        if (idle.length) problems.push(_finding(d, file, 'unusedRules', 'warning', { directive: d.text, rules: idle.join(', ') }));
      }
    }
  }
  return { findings: problems.length ? [...kept, ...problems].sort(_byPosition) : kept, suppressed };
}

// --- internal ---

function _covers(d: Directive, ruleId: string): boolean {
  return !d.rules.length || d.rules.includes(ruleId);
}

function _lineDirective(valid: readonly Directive[], f: Finding): Directive | undefined {
  return valid.find((d) => ((d.kind === 'disable-line' && d.line === f.line) || (d.kind === 'disable-next-line' && d.line + 1 === f.line)) && _covers(d, f.ruleId));
}

/** The block directive in force for the finding's rule at its position: the last disable not enabled again since. */
function _blockDirective(blocks: readonly Directive[], f: Finding): Directive | undefined {
  let all: Directive | undefined;
  const own = new Map<string, Directive | null>();
  for (const d of blocks) {
    if (d.line > f.line || (d.line === f.line && d.column > f.column)) break;
    if (d.kind === 'disable') {
      if (!d.rules.length) {
        all = d;
        own.clear();
      } else for (const r of d.rules) own.set(r, d);
    } else if (!d.rules.length) {
      all = undefined;
      own.clear();
    } else for (const r of d.rules) own.set(r, null);
  }
  const mine = own.get(f.ruleId);
  return mine === null ? undefined : (mine ?? all);
}

function _finding(d: Directive, file: string, messageId: DisableDirectiveMessageId, severity: Finding['severity'], data: MessageData): Finding {
  return {
    ruleId: disableDirective.id,
    messageId,
    severity,
    articles: [],
    message: render(disableDirective.messages[messageId], data),
    file,
    path: '',
    line: d.line,
    column: d.column,
    endLine: d.line,
    endColumn: d.endColumn,
  };
}

function _byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
