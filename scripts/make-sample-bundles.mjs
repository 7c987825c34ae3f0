// Makes samples/bundles/ from the samples with the built CLI: a valid signed bundle, a tampered one, one with lint
// errors and one whose update was late, so `govcat verify samples/bundles/` has something real to show.
//   npm run build && node scripts/make-sample-bundles.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'samples/bundles');
const keys = join(root, 'samples/keys');
const govcat = (...args) => execFileSync(process.execPath, [join(root, 'bin/govcat.js'), ...args], { cwd: root, stdio: 'ignore' });

// A demonstration key pair, committed on purpose (never use it for a real submission); made once, then reused.
if (!existsSync(join(keys, 'scjgj-demo.key'))) {
  mkdirSync(keys, { recursive: true });
  govcat('keygen', '-o', join(keys, 'scjgj-demo'));
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const key = join(keys, 'scjgj-demo.key');

// Different versions of the department's catalogue, so no two bundles repeat a catalogue id and version.
govcat('package', 'samples/history/2026.1.yaml', '--previous', 'samples/history/2025.4.yaml', '--sign', key, '--date', '2026-01-16', '-o', join(out, '01-valid.zip'));
govcat('package', 'samples/history/2026.2.yaml', '--previous', 'samples/history/2026.1.yaml', '--sign', key, '--date', '2026-03-03', '-o', join(out, '02-late.tar.gz'));
govcat('package', 'samples/violations.yaml', '--allow-errors', '--date', '2026-03-10', '-o', join(out, '03-lint-errors.zip'));
// Tampered after signing: one character of the catalogue changed in a directory bag, as if edited in transit.
govcat('package', 'samples/history/2025.4.yaml', '--sign', key, '--date', '2025-12-19', '-o', join(out, '04-tampered'));
const file = join(out, '04-tampered/data/catalogue.yaml');
writeFileSync(file, readFileSync(file, 'utf8').replace('share_type: unconditional', 'share_type: conditional '));
console.log(`wrote ${out}`);
