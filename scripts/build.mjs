// Build: generate the standalone validator, compile TypeScript (the library), then bundle the CLI for a fast cold start.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateValidator } from './gen-validator.mjs';
import { generateLegalLists } from './gen-legal-lists.mjs';
import { generateProfiles } from './gen-profiles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
generateValidator(root);
generateLegalLists(root);
generateProfiles(root);
try {
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('build: TypeScript compilation failed (see above)');
  process.exit(1);
}

// The schemas editors use (English keys, and Chinese keys too) are made from the canonical one lint compiles, the key
// vocabulary and the term vocabularies; each is written only when it changed.
const { editorSchema } = await import('../dist/core/keys-schema.js');
const canonical = JSON.parse(readFileSync(`${root}/schemas/catalogue.canonical.schema.json`, 'utf8'));
for (const keys of ['en', 'zh']) {
  const text = `${JSON.stringify(editorSchema(canonical, keys), null, 2)}\n`;
  const file = `${root}/schemas/catalogue${keys === 'zh' ? '.zh' : ''}.schema.json`;
  let written = '';
  try {
    written = readFileSync(file, 'utf8');
  } catch {
    // first build
  }
  if (written !== text) writeFileSync(file, text);
}

// One ESM bundle with a chunk per lazily imported command/formatter: one file read instead of dozens of module resolutions.
// The workers are entries of their own: a worker thread starts from a file, found beside the chunks (./verify-worker.js,
// ./lint-worker.js), and tinypool starts its threads from ./entry/worker.js beside the chunk that holds it.
// Built beside the old bundle and swapped in, so a CLI run during a rebuild never finds dist/bin missing.
const next = fileURLToPath(new URL('../dist/bin.next', import.meta.url));
rmSync(next, { recursive: true, force: true });
await build({
  entryPoints: { govcat: 'dist/cli/main.js', 'verify-worker': 'dist/verify/worker.js', 'lint-worker': 'dist/cli/commands/lint/worker.js', 'entry/worker': 'node_modules/tinypool/dist/entry/worker.js' },
  outdir: next,
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  banner: { js: "import { createRequire as __govcatRequire } from 'node:module'; const require = __govcatRequire(import.meta.url);" },
  logLevel: 'warning',
});
const current = fileURLToPath(new URL('../dist/bin', import.meta.url));
const old = fileURLToPath(new URL(`../dist/bin.old-${process.pid}`, import.meta.url));
try {
  renameSync(current, old);
} catch {
  // first build: nothing to move aside
}
renameSync(next, current);
rmSync(old, { recursive: true, force: true });

// The checker page (dist/web/govcat.html) from the same sources: a second or two, so every build has it and
// `govcat web` can copy it.
await import('./build-web.mjs');
