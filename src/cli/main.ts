#!/usr/bin/env node
// The single entry point: parse flags, run one command, map every outcome to exit code 0, 1 or 2.
import { CommanderError } from 'commander';
import { GovcatError } from '../core/errors.js';
import { detectLocale } from './env.js';
import { buildProgram } from './program.js';
import type { Locale } from '../core/types.js';

async function main(argv: string[]): Promise<number> {
  // Commander's help and usage errors come before any command runs: the language is settled from argv first.
  const { program, exitCode } = buildProgram(argvLocale(argv));
  await program.parseAsync(argv);
  return exitCode();
}

/** The language before parsing: --lang zh|en from argv, else the environment; a bad --lang is reported later. */
function argvLocale(argv: string[]): Locale {
  const options = argv.slice(2, argv.includes('--') ? argv.indexOf('--') : undefined);
  // The last --lang wins, as in commander.
  const flags = options.flatMap((a, i) => (a === '--lang' ? [options[i + 1]] : a.startsWith('--lang=') ? [a.slice(7)] : []));
  const flag = flags[flags.length - 1];
  try {
    return detectLocale(flag);
  } catch {
    return detectLocale(undefined);
  }
}

function report(e: unknown, argv: string[]): number {
  const debug = argv.includes('--debug');
  const locale = argvLocale(argv);
  if (e instanceof CommanderError) {
    // Commander has printed its own message (help, version, or the usage problem).
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof GovcatError) {
    process.stderr.write(`govcat: ${e.render(locale)}\n`);
    if (debug) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
  process.stderr.write(locale === 'zh' ? `govcat：内部错误：${(e as Error)?.message ?? e}\n` : `govcat: internal error: ${(e as Error)?.message ?? e}\n`);
  if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
  else process.stderr.write(locale === 'zh' ? '（使用 --debug 查看详细信息）\n' : '(run with --debug for details)\n');
  return 2;
}

// A reader that goes away (`govcat lint … | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => { process.exitCode = report(e, process.argv); },
);
