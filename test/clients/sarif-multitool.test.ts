// govcat's SARIF logs through Microsoft's SARIF multitool (`validate`, all rules, every level): no error and no
// warning, for lint (samples, a workbook, a CSV export, inline suppressions, a fatal file) and verify.
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBundles, reports, type Report } from './reports.js';

// The package resolves to its platform's self-contained binary (no .NET needed). Its install script only marks it
// executable, which npm may not run; the binary is called directly, not through the package's shell wrapper.
const require = createRequire(import.meta.url);
const MULTITOOL: string = require('@microsoft/sarif-multitool');

/**
 * Notes the multitool still gives, each informational: what govcat leaves out on purpose or cannot know.
 * SARIF2002 message text rather than id + arguments (GitHub code scanning reads text); SARIF2003 no version control
 * details; SARIF2006 the $schema URI not reachable (no network here); SARIF2009 rule ids are govcat's own, not
 * "XX1234"; SARIF2010 / SARIF2011 no code snippet or context region; SARIF2012 no help URI per rule (the help is
 * `govcat explain RULE`) and the name NotACatalogue (a one-letter word); SARIF2013 file contents not embedded;
 * SARIF2016 a file outside the working directory (%SRCROOT%) is an absolute file: URI.
 */
const EXPECTED_NOTES = ['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011', 'SARIF2012', 'SARIF2013', 'SARIF2016'];

interface Validation {
  levels: Record<string, number>;
  byFile: Map<string, { level: string; ruleId: string; text: string }[]>;
  notifications: unknown[];
}

let cases: Report[] = [];
let files: string[] = [];
let validation: Validation;

beforeAll(() => {
  try {
    accessSync(MULTITOOL, constants.X_OK);
  } catch {
    chmodSync(MULTITOOL, 0o755);
  }
  cases = reports('sarif', makeBundles());
  const dir = mkdtempSync(join(tmpdir(), 'govcat-sarif-multitool-'));
  files = cases.map((c, i) => {
    const file = join(dir, `${i}.sarif`);
    writeFileSync(file, c.text);
    return file;
  });
  validation = _validate(files, join(dir, 'validation.sarif'));
}, 600_000);

describe('SARIF logs and the SARIF multitool', () => {
  it('the multitool validated every log', () => {
    expect(cases.every((c) => c.text.startsWith('{'))).toBe(true);
    expect(validation.notifications).toEqual([]);
    // Every file gave the notes every govcat log gets (one per rule without a help URI at least): all were read.
    expect(files.filter((f) => !validation.byFile.get(f)?.length)).toEqual([]);
  });

  it('finds no error and no warning in any log', () => {
    const problems = [...validation.byFile].flatMap(([file, results]) =>
      results.filter((r) => r.level !== 'note').map((r) => `${cases[files.indexOf(file)].name}: ${r.level} ${r.ruleId} ${r.text}`));
    expect(problems).toEqual([]);
    expect(validation.levels.error ?? 0).toBe(0);
    expect(validation.levels.warning ?? 0).toBe(0);
  });

  it('leaves only the expected, informational notes', () => {
    const notes = new Set([...validation.byFile.values()].flat().filter((r) => r.level === 'note').map((r) => r.ruleId));
    expect([...notes].filter((id) => !EXPECTED_NOTES.includes(id))).toEqual([]);
  });

  it('does report problems in a log that has them (the check is live)', () => {
    const log = JSON.parse(cases.find((c) => c.name.startsWith('verify every bundle'))!.text);
    const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'signature');
    rule.name = 'Signature';
    log.runs[0].artifacts = log.runs[0].artifacts.map((a: { location: unknown }) => ({ location: a.location }));
    const dir = mkdtempSync(join(tmpdir(), 'govcat-sarif-multitool-'));
    const file = join(dir, 'broken.sarif');
    writeFileSync(file, JSON.stringify(log));
    const found = _validate([file], join(dir, 'validation.sarif')).byFile.get(file) ?? [];
    expect(found.filter((r) => r.level === 'warning').map((r) => r.ruleId).sort()).toEqual(['SARIF1001', 'SARIF2004']);
  }, 120_000);
});

// --- internal ---

function _validate(inputs: string[], output: string): Validation {
  const args = ['validate', ...inputs, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note', '--kind', 'Fail;Pass;Review;Open;NotApplicable;Informational'];
  const r = spawnSync(MULTITOOL, [...args, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 480_000 });
  if (r.error) throw r.error;
  const log = JSON.parse(readFileSync(output, 'utf8'));
  const run = log.runs[0];
  const levels: Record<string, number> = {};
  const byFile = new Map<string, { level: string; ruleId: string; text: string }[]>();
  for (const result of run.results ?? []) {
    const level = result.level ?? 'warning';
    levels[level] = (levels[level] ?? 0) + 1;
    const file = decodeURIComponent(new URL(result.locations[0].physicalLocation.artifactLocation.uri).pathname);
    const rule = run.tool.driver.rules?.[result.ruleIndex];
    const template: string = rule?.messageStrings?.[result.message.id]?.text ?? result.message.text ?? result.message.id;
    const text = (result.message.arguments ?? []).reduce((t: string, a: string, i: number) => t.replaceAll(`{${i}}`, a), template);
    byFile.set(file, [...(byFile.get(file) ?? []), { level, ruleId: result.ruleId, text }]);
  }
  const notifications = (run.invocations ?? []).flatMap((i: { toolExecutionNotifications?: { level?: string }[] }) => i.toolExecutionNotifications ?? []).filter((n: { level?: string }) => n.level === 'error');
  return { levels, byFile, notifications };
}
