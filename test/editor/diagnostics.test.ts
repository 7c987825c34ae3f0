// The editor never shows an error where govcat lint does not: yaml-language-server, driven over stdio with the shipped
// schemas, on every sample and fixture catalogue, compared line by line with `govcat lint -f json`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govcat, ROOT } from '../cli/run.js';
import { YamlLanguageServer, type Diagnostic } from './lsp.js';

const yamlIn = (dir: string, skip: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml') && !skip.test(f)).sort().map((f) => `${dir}/${f}`);
const FILES = [
  ...yamlIn('samples', /^$/),
  ...yamlIn('samples/miit', /^$/),
  ...yamlIn('samples/hubei', /^$/),
  ...yamlIn('test/fixtures/realistic', /\.key\.yaml$/),
  ...yamlIn('test/fixtures/zh', /\.expect\.yaml$/),
];

// Files without a modeline get a schema the way a user's yaml.schemas setting gives it: the Chinese-keyed one for the
// Chinese-keyed fixtures, the canonical one for the rest. A modeline (the samples have one) wins, as in the editor.
const SCHEMAS = {
  [join(ROOT, 'schemas/catalogue.zh.schema.json')]: ['test/fixtures/zh/*.yaml', '!test/fixtures/zh/*.en.yaml'],
  [join(ROOT, 'schemas/catalogue.schema.json')]: ['test/fixtures/realistic/*.yaml', 'test/fixtures/zh/*.en.yaml', 'samples/**/*.yaml'],
};

interface Lint { findings: { line: number; severity: string; ruleId: string; message: string }[] }

let server: YamlLanguageServer;
let editor: Map<string, Diagnostic[]>;
let lint: Map<string, Lint>;

beforeAll(async () => {
  server = await YamlLanguageServer.start(ROOT, { schemas: SCHEMAS });
  editor = await server.diagnose(FILES.map((f) => ({ path: join(ROOT, f), text: readFileSync(join(ROOT, f), 'utf8') })));
  const r = govcat(['lint', '-f', 'json', '--no-config', ...FILES]);
  const report = JSON.parse(r.stdout) as { results: (Lint & { file: string })[] };
  lint = new Map(report.results.map((x) => [x.file, x]));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** The editor's errors on lines where lint reports no error, as file:line message. */
function unexplained(file: string): string[] {
  const errorLines = new Set(lint.get(file)!.findings.filter((f) => f.severity === 'error').map((f) => f.line));
  return editor.get(join(ROOT, file))!
    .filter((d) => d.severity === 1 && !errorLines.has(d.range.start.line + 1))
    .map((d) => `${file}:${d.range.start.line + 1} ${d.message.replace(/\s+/g, ' ').slice(0, 160)}`);
}

describe('yaml-language-server with the shipped schemas against govcat lint', () => {
  it('covers every sample and fixture catalogue', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    for (const f of FILES) expect(lint.has(f), f).toBe(true);
    const editorErrors = [...editor.values()].flat().filter((d) => d.severity === 1).length;
    const lintErrors = [...lint.values()].flatMap((l) => l.findings).filter((f) => f.severity === 'error').length;
    const stray = FILES.flatMap(unexplained);
    console.log(`\nyaml-language-server over ${FILES.length} files: ${editorErrors} errors, ${stray.length} on a line where lint has no error (lint: ${lintErrors} errors)\n${stray.join('\n')}`);
  });

  it.each(FILES)('%s: no editor error on a line where lint has none', (file) => {
    expect(unexplained(file)).toEqual([]);
  });
});
