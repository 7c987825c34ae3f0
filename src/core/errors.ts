// Named errors; the CLI maps every GovcatError to exit code 2 and prints only its message.
import type { Bilingual, Locale } from './types.js';

export class GovcatError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
  render(locale: Locale): string {
    return this.text[locale];
  }
}

/** Unreadable or unacceptable input, with its position when there is one. */
export class InputError extends GovcatError {
  constructor(
    readonly file: string,
    text: Bilingual,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(text);
  }
  override render(locale: Locale): string {
    const at = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${at}: ${this.text[locale]}`;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends GovcatError {}
