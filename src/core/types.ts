// Shared types of the pure core: sources, findings, rules and profiles.

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh' | 'en';
export type Bilingual = { zh: string; en: string };
export type PathSeg = string | number;
export type Path = readonly PathSeg[];

export type LawSource = 'decree-809' | 'miit-measures' | 'hubei-regulation';

/** A citation: article, optional paragraph (款) and item (项), numbered as in law/. */
export interface ArticleRef {
  source: LawSource;
  article: number;
  paragraph?: number;
  item?: number;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Range {
  ruleId: string;
  messageId: string;
  severity: Severity;
  articles: ArticleRef[];
  message: Bilingual;
  file: string;
  /** Dotted path of the offending node, e.g. entries[3].share_type. */
  path: string;
  entryId?: string;
}

export interface RuleExample {
  /** YAML fragment of one entry (`entry`) or of the `catalogue:` header (`catalogue`). */
  at: 'entry' | 'catalogue';
  yaml: string;
}

export interface ReportDescriptor {
  messageId: string;
  path: Path;
  /** Point at the key rather than the value (unknown keys). */
  key?: boolean;
  /** A milder severity for this finding than the rule's (never a harsher one). */
  severity?: Severity;
  /** Placeholder values; a Bilingual value fills each language with its own text. */
  data?: MessageData;
}

export type MessageData = Record<string, string | number | Bilingual>;

export type JsonObject = Record<string, unknown>;

/** A schema error the rule reports itself, so the generic schema rule stays silent on it. */
export interface SchemaClaim {
  keyword: string;
  path: RegExp;
}

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface VocabularyHit {
  path: Path;
  given: string;
  canonical: string;
  field: string;
}

/** The catalogue as rules see it: raw YAML data with enumerated values canonicalised. */
export interface Catalogue {
  root: JsonObject;
  header: JsonObject;
  entries: JsonObject[];
  /** Variants mapped to canonical terms during normalisation. */
  normalized: VocabularyHit[];
}

export interface RuleContext<Options> {
  catalogue: Catalogue;
  options: Options;
  /** Today for date checks (`--as-of`), ISO yyyy-mm-dd. */
  asOf: string;
  /** Every JSON Schema error of the document. */
  schemaErrors: readonly AjvError[];
  /** Whether some rule reports this schema error itself (then the generic rules stay silent). */
  isClaimed(error: AjvError): boolean;
  report(d: ReportDescriptor): void;
}

export interface RuleMeta<Options, MessageId extends string> {
  id: string;
  articles: ArticleRef[];
  severity: Severity;
  /** Only reported when the condition holds; e.g. the PI assessment applies only with personal data. */
  docs: { summary: Bilingual; details: Bilingual };
  messages: Record<MessageId, Bilingual>;
  optionsSchema?: JsonObject;
  defaults: Options;
  claims?: SchemaClaim[];
  examples: { pass: RuleExample; fail: RuleExample };
}

export interface RuleModule<Options = unknown, MessageId extends string = string> extends RuleMeta<Options, MessageId> {
  check(ctx: RuleContext<Options>): void;
}

export type AnyRule = RuleModule<any, string>;

export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; options?: JsonObject };

export interface Profile {
  id: string;
  title: Bilingual;
  extends?: string;
  rules: Record<string, RuleSetting>;
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

export interface ResolvedProfile {
  id: string;
  title: Bilingual;
  rules: ResolvedRule[];
}
