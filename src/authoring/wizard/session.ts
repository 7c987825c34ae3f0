// One run of a wizard: terminal or not, answers given up front, the script, and what to do with what is missing.
import { UsageError } from '../../core/errors.js';
import { collectAnswers } from './answers.js';
import { failureReport, Wizard } from './engine.js';
import { NOTE } from './text.js';
import type { Draft } from './check.js';
import type { Locale, Path } from '../../core/types.js';

export interface SessionOptions {
  command: 'init' | 'add';
  locale: Locale;
  /** The command's parsed flags (commander's camelCase keys). */
  flags: Record<string, unknown>;
  keys: readonly string[];
  from?: string;
}

/** Prompts only with a terminal on stdin and outside CI; anywhere else the answers must all be given up front. */
export function isInteractive(stdin: { isTTY?: boolean } = process.stdin, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return Boolean(stdin.isTTY) && !ci;
}

/**
 * Runs the script; returns true when it completed, false when the user cancelled (Ctrl+C). Without a terminal,
 * every missing or invalid answer is collected and reported at once (exit 2), and stdin is never read.
 */
export async function runSession(o: SessionOptions, script: (w: Wizard) => Promise<void>): Promise<boolean> {
  const answers = collectAnswers(o.flags, o.keys, o.from);
  const interactive = isInteractive();
  // The prompts module is loaded only here, only at a terminal.
  const prompter = interactive ? await (await import('./prompts.js')).createPrompter(o.locale) : undefined;
  const stream = interactive ? process.stdout : process.stderr;
  const w = new Wizard(o.locale, answers, prompter, (line) => stream.write(`${line}\n`));
  try {
    await script(w);
  } catch (e) {
    if (!interactive || !(await import('./prompts.js')).isCancel(e)) throw e;
    process.stderr.write(`\n${NOTE.cancelled[o.locale]}\n`);
    return false;
  }
  if (w.failures.length) throw new UsageError(failureReport(o.command, w.failures));
  return true;
}

/** Last guard before writing: every rule of the profile over the parts the wizard wrote; any error is a refusal (exit 2). */
export function verifyDraft(d: Draft, paths: readonly Path[], command: string): void {
  const ids = d.gate.ruleIds();
  const errors = d.gate.findings(d.root, paths, ids).filter((f) => f.severity === 'error');
  if (!errors.length) return;
  const list = (l: Locale) => errors.map((f) => `  ${f.path}: ${f.message[l]}`).join('\n');
  throw new UsageError({
    zh: `govcat ${command} 生成的内容未通过检查，未写入文件：\n${list('zh')}`,
    en: `what govcat ${command} built does not pass the checks; nothing was written:\n${list('en')}`,
  });
}
