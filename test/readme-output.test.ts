// Every command output the README shows is what the built CLI prints today: each ```text block that starts with
// `$ govcat …` is run and compared line by line ("…" stands for lines left out of the README).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { govcat } from './cli/run.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
// Commands that need a terminal or write files are shown as sessions, not checked here.
const RUNNABLE = new Set(['lint', 'diff', 'deadlines', 'due', 'verify', 'basis', 'rules', 'convert']);

interface Shown {
  command: string;
  expected: string[];
}

const shown: Shown[] = [...readme.matchAll(/```text\n\$ (govcat [^\n]+)\n([\s\S]*?)```/g)]
  .map((m) => ({ command: m[1], expected: m[2].replace(/\n$/, '').split('\n') }))
  .filter((b) => RUNNABLE.has(b.command.split(' ')[1]));

describe('README command output', () => {
  it('shows runnable commands', () => {
    expect(shown.map((b) => b.command.split(' ')[1]).sort()).toEqual(['basis', 'convert', 'deadlines', 'deadlines', 'diff', 'due', 'due', 'lint', 'lint', 'lint', 'lint', 'lint', 'lint', 'lint', 'lint', 'rules', 'rules', 'rules', 'verify', 'verify']);
  });

  it.each(shown.map((b) => [b.command, b] as const))('%s', (_, b) => {
    const r = govcat(_args(b.command).slice(1));
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    const mismatch = _compare(b.expected, `${r.stdout}`.replace(/\n$/, '').split('\n'));
    expect(mismatch, `README block "$ ${b.command}" differs from the real output`).toBeUndefined();
  });
});

/** Words of a shell command line: spaces split, double quotes group. */
function _args(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** The first README line the output does not bear out, or undefined; a line starting with "…" skips output up to the next README line. */
function _compare(expected: string[], actual: string[]): string | undefined {
  const clean = (s: string) => s.replace(/\s+$/, '');
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const want = clean(expected[i]);
    if (want.trim().startsWith('…')) {
      const next = expected[i + 1] === undefined ? undefined : clean(expected[i + 1]);
      if (next === undefined) return undefined;
      while (j < actual.length && clean(actual[j]) !== next) j++;
      if (j === actual.length) return `after "${want}", the output never shows "${next}"`;
      continue;
    }
    if (clean(actual[j] ?? '') !== want) return `line ${i + 1}: README shows\n  ${want}\nbut govcat prints\n  ${clean(actual[j] ?? '(nothing)')}`;
    j++;
  }
  return j < actual.length ? `govcat prints more than the README shows, from: ${actual[j]}` : undefined;
}
