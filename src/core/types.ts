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
  /** Name the law even where it is the Decree (cited bare by default): set under a profile of another text. */
  named?: boolean;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set when the catalogue is a spreadsheet: the cell, as the officer finds it in Excel (line/column then hold its row and column index). */
  cell?: CellRef;
}

/** A spreadsheet cell: 数据目录!F12 is { sheet: '数据目录', row: 12, column: 'F', ref: 'F12' }. */
export interface CellRef {
  sheet: string;
  row: number;
  /** Column letters. */
  column: string;
  ref: string;
  /** For a short frame under the finding: the column's header cell and this cell's text as shown (one line). */
  frame?: { headerRef: string; header: string; text: string };
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
  /** Set on a finding an inline directive (`# govcat-disable… -- reason`) suppressed: it counts for nothing. */
  suppressed?: { reason: string };
}

export interface RuleExample {
  /** YAML fragment of one entry (`entry`) or of the `catalogue:` header (`catalogue`), or a whole file (`file`). */
  at: 'entry' | 'catalogue' | 'file';
  yaml: string;
}

export interface ReportDescriptor {
  messageId: string;
  path: Path;
  /** Point at the key rather than the value (unknown keys). */
  key?: boolean;
  /** A milder severity for this finding than the rule's (never a harsher one). */
  severity?: Severity;
  /** The articles this finding cites, when a rule that covers several cites one by where the finding is (schema-valid). */
  articles?: ArticleRef[];
  /** Placeholder values; a Bilingual value fills each language with its own text. */
  data?: MessageData;
  /**
   * The path of the absent value a finding is about, when `path` points at its owner because the value does not
   * exist (a missing field): a spreadsheet has a cell for it, and the finding points there.
   */
  absent?: Path;
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
  /** Where a node (by canonical path) is written in the file: Chinese keys and flat forms are read as written. */
  sourcePath?(path: Path): Path;
  /** The file names its fields in Chinese (most keys) or in English; messages name fields the same way. */
  keyStyle?: 'en' | 'zh';
  /** Fields written twice under different names (name and 数据目录名称). */
  duplicates?: { path: Path; key: string; first: Path; written: string }[];
  /** The entry fields holding share classes under the profile in force ([share_type] unless it says otherwise). */
  shareAttributes?: readonly string[];
  /** False for a YAML file that is plainly not a catalogue (a workflow, a compose file): it is reported once, not linted. */
  catalogueShaped?: boolean;
}

export interface RuleContext<Options> {
  catalogue: Catalogue;
  options: Options;
  /** Today for date checks (`--as-of`), ISO yyyy-mm-dd. */
  asOf: string;
  /** The articles the rule cites under the profile in force (its own unless the profile cites its regime's): messages that name an article name these. */
  articles: readonly ArticleRef[];
  /** Every JSON Schema error of the document. */
  schemaErrors: readonly AjvError[];
  /** Whether some rule reports this schema error itself (then the generic rules stay silent). */
  isClaimed(error: AjvError): boolean;
  /** For late rules: whether an earlier rule already reported an error or warning at exactly this node. */
  reportedAt(path: Path): boolean;
  report(d: ReportDescriptor): void;
}

/** What every rule has, whatever it checks: what formatters, `rules` and `explain` rely on. */
export interface RuleBase<Options, MessageId extends string> {
  id: string;
  articles: ArticleRef[];
  severity: Severity;
  docs: { summary: Bilingual; details: Bilingual };
  messages: Record<MessageId, Bilingual>;
  optionsSchema?: JsonObject;
  defaults: Options;
  /** The rule's workingDays / maxExtension come from the profile's `deadlines.update` (one source of truth; its own settings still override). */
  deadlineOptions?: 'update';
}

export interface RuleMeta<Options, MessageId extends string> extends RuleBase<Options, MessageId> {
  claims?: SchemaClaim[];
  /** Runs after the other rules and stays silent where they reported (one defect, one finding): the generic schema check. */
  late?: boolean;
  examples: { pass: RuleExample; fail: RuleExample };
  /** The built-in profile whose share attributes the examples are written in (a rule only that regime runs); else share_type. */
  examplesProfile?: string;
}

export type AnyRuleBase = RuleBase<any, string>;

export interface RuleModule<Options = unknown, MessageId extends string = string> extends RuleMeta<Options, MessageId> {
  check(ctx: RuleContext<Options>): void;
}

export type AnyRule = RuleModule<any, string>;

/** An article a profile cites for a rule, in its own legal source unless `source` says otherwise. */
export interface ArticleCitation {
  source?: LawSource;
  article: number;
  paragraph?: number;
  item?: number;
}

export type RuleSetting =
  | Severity
  | 'off'
  | {
      severity?: Severity | 'off';
      options?: JsonObject;
      articles?: ArticleCitation[];
      /** What the rule checks under this profile, where its own summary would mislead (a different period, other fields). */
      summary?: Bilingual;
      /** How the rule applies under this profile and why: `govcat explain RULE --profile P` prints it. */
      note?: Bilingual;
    };

/** The Art. 17-style update deadline of a regime, and the request deadlines `govcat due` computes. */
export interface ProfileDeadlines {
  update?: { workingDays: number; maxExtension: number };
  /** Request and reply periods: `due --article N` under this profile. */
  requests?: RequestDeadline[];
}

/** One request or reply period of a regime: its article, length, the sentence of the law, and the extension it allows. */
export interface RequestDeadline {
  article: number;
  paragraph?: number;
  workingDays: number;
  label: Bilingual;
  /** The rule in the law's words, after the citation: 申请共享的政务数据属于无条件共享类的，…1 个工作日内作出答复。 */
  text?: Bilingual;
  /** The longest extension the law allows (working days); none when absent. */
  extension?: number;
  /** The sentence an extension adds; {{n}} is its length, {{max}} the longest allowed. */
  extensionText?: Bilingual;
  shareType?: 'unconditional' | 'conditional';
}

export interface Profile {
  id: string;
  title: Bilingual;
  /** The legal text the profile enforces: articles in rule settings are cited in it. */
  source?: LawSource;
  extends?: string;
  /** The entry fields that hold share classes: [share_type], or MIIT's 部内 and 部外 attributes. */
  shareAttributes?: string[];
  deadlines?: ProfileDeadlines;
  /** Variants added to the built-in vocabularies: vocabulary → {variant: canonical term}. */
  vocabularies?: Record<string, Record<string, string>>;
  rules: Record<string, RuleSetting>;
}

export interface ResolvedRule<R extends AnyRuleBase = AnyRule> {
  rule: R;
  severity: Severity;
  options: unknown;
  /** The articles the rule cites under this profile (its own, unless the profile cites its regime's). */
  articles?: ArticleRef[];
  /** Under another text's profile: the Decree's articles are cited by name (a bare 第十三条 would read as that text's). */
  nameDecree?: boolean;
  /** The profile's own summary and note for the rule, when it gives them. */
  summary?: Bilingual;
  note?: Bilingual;
}

export interface ResolvedProfile<R extends AnyRuleBase = AnyRule> {
  id: string;
  title: Bilingual;
  rules: ResolvedRule<R>[];
  source?: LawSource;
  shareAttributes?: string[];
  deadlines?: ProfileDeadlines;
  /** Why the profile turns a rule off, where it says (`explain RULE --profile P`): rule id → note. */
  offNotes?: Record<string, Bilingual>;
  /** The vocabularies values are read with, when the profile chain adds variants (else the built-in ones). */
  vocabularies?: import('./vocabulary.js').Vocabularies;
}

// --- version comparison (Art. 17) ---

/** One field that differs between two versions; paths locate it in each file. */
export interface FieldChange {
  /** Dotted field name inside the entry or header, e.g. share_type, items[企业名称].type. */
  field: string;
  before?: unknown;
  after?: unknown;
  oldPath?: Path;
  newPath?: Path;
}

export interface EntryChange {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  name: string;
  /** Path of the entry in the old / new file (absent when it does not exist there). */
  oldPath?: Path;
  newPath?: Path;
  fields: FieldChange[];
}

export interface CatalogueDiff {
  header: FieldChange[];
  entries: EntryChange[];
}

/** Diff rule examples: YAML with optional `catalogue:` (merged over a valid header) and `entries:` (each merged over a valid entry). */
export interface DiffExample {
  old: string;
  new: string;
}

export interface DiffReport extends ReportDescriptor {
  /** Which file the path is in (default: the new one). */
  in?: 'old' | 'new';
}

/** Why a calendar could not answer from an official schedule; the caller turns it into a warning. */
export interface CalendarNotice {
  kind: 'unpublished-year' | 'missing-year';
  year: number;
  message: Bilingual;
}

/** Working days as the deadline rules see them; src/calendar implements it over the official schedule. */
export interface Calendar {
  isWorkingDay(date: string): boolean;
  /** Notices collected so far, one per year, in year order. */
  notices(): CalendarNotice[];
}

export interface DiffRuleContext<Options> {
  old: Catalogue;
  new: Catalogue;
  diff: CatalogueDiff;
  options: Options;
  asOf: string;
  /** The articles the rule cites under the profile in force. */
  articles: readonly ArticleRef[];
  calendar: Calendar;
  /** The authority's review (Art. 17 ¶3), when the dates are known. */
  review: { received?: string; published?: string };
  report(d: DiffReport): void;
}

export interface DiffRuleModule<Options = unknown, MessageId extends string = string> extends RuleBase<Options, MessageId> {
  examples: { pass: DiffExample; fail: DiffExample };
  /** Runs after the other diff rules (it reads what they left behind, e.g. calendar notices). */
  late?: boolean;
  check(ctx: DiffRuleContext<Options>): void;
}

export type AnyDiffRule = DiffRuleModule<any, string>;
