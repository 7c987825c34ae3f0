// One lint run's per-file work, the same in the main thread (--jobs 1, one file) and in each worker thread: the
// settings in force for a file, its profile (or the one the catalogue names), parse, rules, inline directives.
import { InputError } from '../../../core/errors.js';
import { lintYamlText } from '../../../lint-file.js';
import { resolveProfile } from '../../../profiles/index.js';
import { rules } from '../../../rules/index.js';
import { isSpreadsheet, readSource, STDIN } from '../../../io/read.js';
import type { Setup } from '../../setup.js';
import type { EffectiveSettings } from '../../../config/effective.js';
import type { FileResult } from '../../../formatters/types.js';
import type { Encoding } from '../../../core/decode.js';
import type { AnyRule, AnyRuleBase, ResolvedProfile } from '../../../core/types.js';

/** What a file's lint needs from the flags; plain data, so it travels to worker threads as it is. */
export interface FileFlags {
  encoding: Encoding;
  fix?: boolean;
  canonical?: boolean;
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** Keep each file's text in its result (stylish code frames). */
  keepSource: boolean;
  /** `--stdin-filename`: the path stdin stands for, in findings and for the settings that apply to it. */
  stdinFilename?: string;
}

/** A file's results, and the profile the catalogue named for itself when that decided (the caller lists its rules). */
export interface FileOutcome {
  results: FileResult[];
  declared?: string;
}

interface _Resolved {
  profile: ResolvedProfile;
  all: AnyRule[];
}

export class LintSession {
  /** Every rule that ran on some file, by id (SARIF lists them; reports name them). */
  readonly ruleList = new Map<string, AnyRuleBase>();
  readonly pluginIds = new Set<string>();
  private readonly profiles = new Map<string, _Resolved>();
  /** The resolved profiles the files were registered under, in input order. */
  private readonly used = new Set<_Resolved>();
  private readonly csvRead = new Set<string>();

  constructor(readonly setup: Setup, readonly flags: FileFlags) {}

  async lintFile(file: string): Promise<FileOutcome> {
    const eff = await this.setup.settingsFor(this._path(file));
    const base = this._resolve(eff);
    // The spreadsheet reader and its libraries load only for a run that has spreadsheets.
    if (isSpreadsheet(file)) return { results: await (await import('./sheet.js')).lintSpreadsheet(file, this.flags.encoding, base.profile, this.setup.asOf, base.all, this.csvRead) };
    let declared: string | undefined;
    const own = (name: string) => {
      declared = name;
      return this._resolve({ ...eff, profile: name });
    };
    return { results: [await this._lintYaml(file, eff, base, own)], ...(declared ? { declared } : {}) };
  }

  /**
   * Lists the profiles and rules a file ran under, called in input order whichever thread linted it, so that the
   * report names them in the same order for any --jobs: the settings' profile, then the one the catalogue named.
   */
  async register(file: string, declared?: string): Promise<void> {
    const eff = await this.setup.settingsFor(this._path(file));
    this._record(this._resolve(eff));
    if (declared) this._record(this._resolve({ ...eff, profile: declared }));
  }

  /** The profiles the files were linted under, in the order first met. */
  profileIds(): string[] {
    return [...new Set([...this.used].map((p) => p.profile.id))];
  }

  private _record(hit: _Resolved): void {
    if (this.used.has(hit)) return;
    this.used.add(hit);
    for (const r of hit.profile.rules) this.ruleList.set(r.rule.id, r.rule);
    for (const p of hit.all.slice(rules.length)) this.pluginIds.add(p.id);
  }

  /** The path a file's settings are looked up by: stdin's is the one --stdin-filename names. */
  private _path(file: string): string {
    return file === STDIN && this.flags.stdinFilename !== undefined ? this.flags.stdinFilename : file;
  }

  private _resolve(eff: EffectiveSettings): _Resolved {
    const key = `${eff.configFile ?? ''}\u0000${eff.profile}\u0000${eff.overrides.join(',')}`;
    let hit = this.profiles.get(key);
    if (!hit) {
      const all = [...rules, ...eff.plugins];
      hit = { profile: resolveProfile(eff.profile, all, eff.rules, eff.profiles), all };
      this.profiles.set(key, hit);
    }
    return hit;
  }

  private async _lintYaml(file: string, eff: EffectiveSettings, base: _Resolved, own: (name: string) => _Resolved): Promise<FileResult> {
    const { flags } = this;
    const locale = this.setup.locale;
    const shown = file === STDIN ? (flags.stdinFilename ?? '<stdin>') : file;
    let source: string | undefined;
    try {
      source = readSource(file, flags.encoding);
      // The fixer and the comment scanner load the yaml package: only the runs that need them pay for it.
      if (flags.fix) source = (await import('../../fixes.js')).fixSource(file, source, { canonical: flags.canonical, locale, write: true, encoding: flags.encoding });
      const result = await lintYamlText(source, shown, {
        asOf: this.setup.asOf,
        base,
        own: eff.profileChosen ? undefined : own,
        plugins: eff.plugins,
        inlineConfig: flags.inlineConfig,
        reportUnused: flags.reportUnusedDisableDirectives ?? eff.reportUnusedDisableDirectives,
      });
      const { file: _shown, ...rest } = result;
      return { file: shown, source: flags.keepSource ? source : undefined, ...rest };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return { file: shown, source: flags.keepSource ? source : undefined, findings: [], fatal: { message: e.text, line: e.line, column: e.column } };
    }
  }
}
