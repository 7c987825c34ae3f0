// Real govcat reports for the client tests: lint (samples, violations, a clean file, a fatal file, a workbook, a CSV
// export, findings suppressed inline), diff and deadlines on the sample history, and verify (the sample bundles and
// bundles made here with govcat package).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { govcat, ROOT } from '../cli/run.js';

export interface Report {
  name: string;
  text: string;
  /** govcat's exit code for the run that wrote the report. */
  code: number | null;
}

/** The bundles to verify: the samples, and packages built from the samples (signed, unsigned, with errors, not a bundle). */
export function makeBundles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-clients-'));
  const pkg = (args: string[]) => {
    const r = govcat(['package', ...args, '--date', '2026-03-06', '--no-color']);
    if (r.code !== 0) throw new Error(`govcat package ${args.join(' ')}: ${r.stderr}`);
  };
  pkg(['samples/catalogue.yaml', '-o', join(dir, 'signed.zip'), '--sign', 'samples/keys/scjgj-demo.key']);
  pkg(['samples/catalogue.yaml', '-o', join(dir, 'unsigned')]);
  pkg(['samples/violations.yaml', '-o', join(dir, 'errors.tar.gz'), '--allow-errors', '--sign', 'samples/keys/scjgj-demo.key']);
  writeFileSync(join(dir, 'not-a-bundle.zip'), 'not a zip archive\n');
  return [...['01-valid.zip', '02-late.tar.gz', '03-lint-errors.zip', '04-tampered'].map((b) => join('samples/bundles', b)), ...['signed.zip', 'unsigned', 'errors.tar.gz', 'not-a-bundle.zip'].map((b) => join(dir, b))];
}

/** Every case in the given format (sarif or junit), each from a run of the built CLI. */
export function reports(format: 'sarif' | 'junit', bundles: string[]): Report[] {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-clients-lint-'));
  writeFileSync(join(dir, 'broken.yaml'), 'govcat: 1\ncatalogue:\n  id: [\n');
  // The compliant sample with only notes (data types in a variant form), or only a warning (an unknown field).
  const sample = readFileSync(join(ROOT, 'samples/catalogue.yaml'), 'utf8');
  const notes = join(dir, 'notes.yaml');
  writeFileSync(notes, sample.replaceAll('type: string,', 'type: 字符型C,'));
  const warned = join(dir, 'warned.yaml');
  writeFileSync(warned, sample.replace(/^catalogue:\n/m, 'catalogue:\n  colour: blue\n'));
  const run = (name: string, args: string[], cwd = ROOT): Report => {
    const r = govcat([...args, '--format', format, '--no-color'], { cwd });
    return { name, text: r.stdout, code: r.code };
  };
  const lint = (name: string, args: string[], cwd?: string) => run(`lint ${name}`, ['lint', '--as-of', '2026-03-10', ...args], cwd);
  const verify = (name: string, args: string[]) => run(`verify ${name}`, ['verify', '--as-of', '2026-03-10', '--keys', 'samples/keys', '--quiet', ...args]);
  return [
    lint('samples/catalogue.yaml (clean)', ['samples/catalogue.yaml']),
    lint('notes only', ['notes.yaml'], dir),
    lint('notes only --fail-on info', ['notes.yaml', '--fail-on', 'info'], dir),
    lint('a warning only', ['warned.yaml'], dir),
    lint('a warning only --fail-on warning', ['warned.yaml', '--fail-on', 'warning'], dir),
    lint('a warning only --max-warnings 0', ['warned.yaml', '--max-warnings', '0'], dir),
    lint('a warning only --max-warnings 1', ['warned.yaml', '--max-warnings', '1'], dir),
    lint('samples/violations.yaml', ['samples/violations.yaml']),
    lint('samples/violations.yaml --quiet', ['samples/violations.yaml', '--quiet']),
    lint('samples/violations.xlsx', ['samples/violations.xlsx']),
    lint('a GB18030 CSV export', ['test/fixtures/spreadsheets/portal-gb18030.csv', '--encoding', 'gb18030']),
    lint('samples/config (inline suppressions, a plugin rule)', ['catalogue.yaml', 'drafts/catalogue.yaml'], join(ROOT, 'samples/config')),
    lint('a fatal file beside a linted one', ['broken.yaml', 'warned.yaml'], dir),
    lint('a file outside the working directory', [notes]),
    lint('samples/history (zh)', ['samples/history', '--lang', 'zh']),
    run('diff 2025.4 → 2026.1 (a note)', ['diff', 'samples/history/2025.4.yaml', 'samples/history/2026.1.yaml', '--as-of', '2026-03-10']),
    run('diff 2025.4 → 2026.1 --fail-on info', ['diff', 'samples/history/2025.4.yaml', 'samples/history/2026.1.yaml', '--as-of', '2026-03-10', '--fail-on', 'info']),
    run('diff 2026.1 → 2026.2 (a late update)', ['diff', 'samples/history/2026.1.yaml', 'samples/history/2026.2.yaml', '--as-of', '2026-03-10']),
    run('deadlines 2026.1', ['deadlines', 'samples/history/2026.1.yaml', '--as-of', '2026-03-10']),
    run('deadlines 2026.2 (late)', ['deadlines', 'samples/history/2026.2.yaml', '--as-of', '2026-03-10']),
    verify('one passing bundle', [bundles[0]]),
    verify('a passing bundle made by govcat package', [bundles[4]]),
    verify('every bundle', bundles),
    verify('every bundle (zh)', [...bundles, '--lang', 'zh']),
  ];
}
