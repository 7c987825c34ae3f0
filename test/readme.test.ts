// The README's rule table is the rule metadata, its Quick start is exactly two commands, and every figure it quotes
// (finding counts, list sizes and dates, evaluation results) is computed here from the thing it describes.
import { readFileSync } from 'node:fs';
import { lint } from '../src/index.js';
import { todayInChina } from '../src/cli/env.js';
import { citationScore } from './helpers/citations.js';
import { scoreCorpus } from './helpers/realistic.js';
import { govcat } from './cli/run.js';
import { describe, it, expect } from 'vitest';
import { ruleTableMarkdown } from '../src/cli/commands/rules.js';
import { resolveProfile } from '../src/profiles/index.js';
import { rules } from '../src/rules/index.js';
import { diffRules } from '../src/diff/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the rule table exactly as the rule metadata says', () => {
    const table = readme.split('<!-- rules:start -->\n')[1]?.split('<!-- rules:end -->')[0];
    expect(table).toBe(ruleTableMarkdown(resolveProfile('national', rules), 'en'));
  });

  it('shows the diff rule table exactly as their metadata says', () => {
    const table = readme.split('<!-- diff-rules:start -->\n')[1]?.split('<!-- diff-rules:end -->')[0];
    expect(table).toBe(ruleTableMarkdown(resolveProfile('national', diffRules), 'en'));
  });

  it('has a Quick start of exactly two commands, the second npm test', () => {
    const quick = readme.split('## Quick start')[1].split('\n## ')[0];
    const block = /```sh\n([\s\S]*?)```/.exec(quick)![1].trim().split('\n');
    expect(block).toHaveLength(2);
    expect(block[1]).toBe('npm test');
  });

  const violations = lint(readFileSync(new URL('../samples/violations.yaml', import.meta.url), 'utf8'), { file: 'samples/violations.yaml', asOf: todayInChina() }).findings;

  it('quotes what the Quick start command prints: its exit code and findings', () => {
    const quick = readme.split('## Quick start')[1].split('\n## ')[0].replace(/\s+/g, ' ');
    const run = govcat(['lint', 'samples/', '--format', 'json']);
    const { summary } = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(quick).toContain(`ends with exit code 1 and ${summary.errors + summary.warnings + summary.infos} findings in ${summary.files} files (${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos)`);
  });

  it('quotes the number of findings of samples/violations.yaml', () => {
    const count = (s: string) => violations.filter((f) => f.severity === s).length;
    expect(readme).toContain(`✖ ${violations.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos)`);
  });

  it('shows the Chinese findings of samples/violations.yaml as govcat gives them', () => {
    const block = readme.split('<!-- violations-zh:start -->\n```text\n')[1]?.split('```\n<!-- violations-zh:end -->')[0];
    const lines = violations.map((f) => `${`${f.line}:${f.column}`.padEnd(8)}${f.severity.padEnd(9)}${f.ruleId.padEnd(37)}${f.message.zh}`);
    expect(block).toBe(lines.join('\n') + '\n');
  });

  it('quotes the size, date and source of each shipped list of instruments in force', () => {
    const table = readme.split('<!-- lists:start -->\n')[1]?.split('<!-- lists:end -->')[0] ?? '';
    for (const name of ['laws', 'administrative-regulations']) {
      const list = JSON.parse(readFileSync(new URL(`../law/lists/${name}.json`, import.meta.url), 'utf8'));
      const row = table.split('\n').find((r) => r.includes(`\`${name}.json\``)) ?? '';
      expect(row, name).toContain(`| ${list.items.length} | ${list.asOf} |`);
      expect(row, name).toContain(`@ ${list.sources[0].commit.slice(0, 7)} (${list.sources[0].date}`);
      const later = list.sources.slice(1).reduce((n: number, x: { items: number }) => n + x.items, 0);
      expect(row, name).toContain(`${later} sourced changes`);
    }
  });

  it('quotes the evaluation results as the tests compute them', () => {
    const text = (readme.split('<!-- evaluation:start -->\n')[1]?.split('<!-- evaluation:end -->')[0] ?? '').replace(/\s+/g, ' ');
    const { results, total } = scoreCorpus();
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    expect(text).toContain(`${results.length} catalogues of ${results.length} departments`);
    expect(text).toContain(`${total.entries} entries`);
    expect(text).toContain(`The keys hold ${total.key} findings`);
    expect(text).toContain(`recall ${pct(total.tp, total.tp + total.fn)}, precision ${pct(total.tp, total.tp + total.fp)}`);
    const c = citationScore();
    expect(text).toContain(`${c.total} real citation forms`);
    expect(text).toContain(`reads ${c.exact} exactly as the key does; the other ${c.total - c.exact} are`);
    expect(c.ambiguousMissed).toBe(c.total - c.exact);
    expect(c.verdictHeld).toBe(c.ambiguousMissed);
  });

  it('quotes the benchmarks as bench/RESULTS.md has them, and no figure RESULTS.md lacks', () => {
    const results = readFileSync(new URL('../bench/RESULTS.md', import.meta.url), 'utf8');
    const perf = readme.split('\n## Performance\n')[1]?.split('\n## ')[0] ?? '';
    const flat = perf.replace(/\s+/g, ' ');
    const rows = (t: string) => t.split('\n').filter((l) => l.startsWith('| '));
    // The targets table: every row quoted is RESULTS.md's, and every target with a verdict is quoted.
    const targets = rows(results.split('\n## Targets\n\n')[1]?.split('\n\n')[0] ?? '');
    const quoted = rows(perf.split('<!-- bench:start -->\n')[1]?.split('<!-- bench:end -->')[0] ?? '');
    expect(quoted.length).toBeGreaterThan(1);
    for (const row of quoted) expect(targets, row).toContain(row);
    for (const row of targets.filter((r) => !r.endsWith('| informational |'))) expect(quoted, row).toContain(row);
    // The run they come from: its command, whether it was a reduced one, how busy other processes kept the machine.
    const command = /^Written by `([^`]+)`/m.exec(results)?.[1];
    expect(flat).toContain(`(\`${command}\`)`);
    expect(/\breduced\b/.test(flat)).toBe(results.includes('**A reduced run**'));
    const busy = /during the run: [\d.]+ core-seconds, ([\d.]+) % of the machine/.exec(results)?.[1];
    expect(flat).toContain(`${busy} % busy`);
    // bench/verify.mjs's section: bundles, both medians, the speed-up and the ratio to lint alone.
    const verify = results.split('<!-- verify:start -->')[1]?.split('<!-- verify:end -->')[0] ?? '';
    const cell = (start: string) => verify.split('\n').find((l) => l.startsWith(`| ${start}`))?.split(' | ')[1];
    const [, bundles, entries] = /(\d+) bundles \(\.zip, (\d+) entries each/.exec(verify) ?? [];
    expect(flat).toContain(`${Number(bundles).toLocaleString('en')} bundles of ${entries} entries take ${cell('govcat verify --jobs 1')} with \`--jobs 1\` ` +
      `and ${cell('govcat verify --jobs 2')} with \`--jobs 2\` (${cell('≥ ')}), ${cell('verify time per bundle')?.split(' ')[0]} the time to lint`);
    // Nothing else: every number in the section's prose (code spans are commands) is one RESULTS.md prints.
    const prose = perf.replace(/`[^`]*`/g, ' ');
    for (const n of prose.match(/\d+(?:[.,]\d+)*/g) ?? []) {
      expect(results, `README's Performance section quotes ${n}`).toMatch(new RegExp(`(?<![\\d.,])${n.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`));
    }
  });
});
