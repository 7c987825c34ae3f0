// Each wizard answer is judged by the lint rules themselves: the draft catalogue with the answer in place, run through
// lintDocument with only the rules that speak about that answer, keeping the findings located at it.
import { lintDocument, pathToString } from '../../core/lint.js';
import { rules as allRules } from '../../rules/index.js';
import type { LoadedDocument } from '../../core/load.js';
import type { Bilingual, Finding, JsonObject, Path, ResolvedProfile } from '../../core/types.js';

export type Problem = Bilingual | undefined;

export class RuleGate {
  constructor(readonly profile: ResolvedProfile, private readonly asOf: string) {}

  /** Every rule the profile enables. */
  ruleIds(): string[] {
    return this.profile.rules.map((r) => r.rule.id);
  }

  /** Findings of the named rules (as the profile configures them) located at or below one of the paths. */
  findings(root: JsonObject, at: readonly Path[], ruleIds: readonly string[]): Finding[] {
    const selected = this.profile.rules.filter((r) => ruleIds.includes(r.rule.id));
    if (!selected.length) return [];
    // lint normalises the data in place: judge a copy.
    const doc: LoadedDocument = { file: '<wizard>', text: '', data: structuredClone(root), locate: () => _NOWHERE };
    const { findings } = lintDocument(doc, { ...this.profile, rules: selected }, { asOf: this.asOf }, allRules);
    const prefixes = at.map(pathToString);
    return findings.filter((f) => prefixes.some((p) => _under(f.path, p)));
  }

  /** The errors as one message (one per line), or undefined when the answer passes. */
  problem(root: JsonObject, at: readonly Path[], ruleIds: readonly string[]): Problem {
    return joinMessages(this.findings(root, at, ruleIds).filter((f) => f.severity === 'error').map((f) => f.message));
  }

  warnings(root: JsonObject, at: readonly Path[], ruleIds: readonly string[]): Bilingual[] {
    return this.findings(root, at, ruleIds).filter((f) => f.severity === 'warning').map((f) => f.message);
  }
}

/** The working catalogue of a wizard: answers are set into it as they are accepted. */
export class Draft {
  constructor(readonly root: JsonObject, readonly gate: RuleGate) {}

  get(path: Path): unknown {
    let v: unknown = this.root;
    for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
    return v;
  }

  set(path: Path, value: unknown): void {
    setIn(this.root, path, value);
  }

  /** What the rules say about `value` at `path` (and about the other paths it may clash with). */
  check(path: Path, value: unknown, ruleIds: readonly string[], also: readonly Path[] = []): Problem {
    const root = structuredClone(this.root);
    setIn(root, path, value);
    return this.gate.problem(root, [path, ...also], ruleIds);
  }

  warnings(path: Path, ruleIds: readonly string[]): Bilingual[] {
    return this.gate.warnings(this.root, [path], ruleIds);
  }
}

export function setIn(root: JsonObject, path: Path, value: unknown): void {
  let o: Record<string | number, unknown> = root;
  path.slice(0, -1).forEach((seg, i) => {
    const next = o[seg];
    if (next === null || typeof next !== 'object') o[seg] = typeof path[i + 1] === 'number' ? [] : {};
    o = o[seg] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}

export function joinMessages(list: readonly Bilingual[]): Problem {
  if (!list.length) return undefined;
  const unique = [...new Map(list.map((m) => [m.en, m])).values()];
  return { zh: unique.map((m) => m.zh).join('\n'), en: unique.map((m) => m.en).join('\n') };
}

// --- internal ---

const _NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function _under(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  const next = path[prefix.length];
  return next === undefined || next === '.' || next === '[';
}
