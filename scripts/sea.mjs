// npm run sea: govcat as one executable file (dist/sea/govcat), with Node's own single executable application support.
// Inside: the node binary that runs this script, the CLI as one CommonJS bundle (Node 20 runs one CommonJS script),
// and as assets the law texts, the schemas, package.json, the build's commit and the worker threads' code
// (src/cli/sea.ts reads them). Run `npm run build` first (`npm run sea` does).
//
// The executable is for the platform this runs on: Linux x64 here. Other platforms, on a machine of that platform
// with the same Node version (Node's SEA guide, v20):
// - macOS: the same command; the copied node binary is signed, so the script removes the signature before injecting
//   (`codesign --remove-signature`), passes postject `--macho-segment-name NODE_SEA` and signs again afterwards
//   (`codesign --sign -`, ad hoc; a release is signed with the department's own identity instead).
// - Windows: the output is govcat.exe; the signature of node.exe may be removed first (`signtool remove /s`, from the
//   Windows SDK; otherwise postject warns about it) and the result signed again (`signtool sign /fd SHA256 govcat.exe`).
//   The script does neither: signing needs the department's certificate.
// No network is needed at any step: postject is an npm devDependency and the base binary is this node itself.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/sea');
const win = process.platform === 'win32';
const exe = join(out, win ? 'govcat.exe' : 'govcat');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const fail = (message) => {
  console.error(`sea: ${message}`);
  process.exit(2);
};
if (!process.config.variables.single_executable_application) fail(`this node (${process.version}) was built without single executable application support`);
try {
  statSync(join(root, 'dist/cli/main.js'));
} catch {
  fail('dist/cli/main.js is missing: run npm run build first');
}
let postject;
try {
  // CommonJS resolution, so a postject installed elsewhere can be named with NODE_PATH.
  postject = createRequire(import.meta.url)('postject');
} catch {
  fail('postject is not installed: run npm install (it is a devDependency of govcat)');
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

// The CLI: every lazily imported command inlined (no chunks). import.meta.url has no value in a CommonJS script: it
// reads globalThis.__govcatSea, which names a file in the folder the worker entries are written to once a command
// starts threads (src/cli/sea.ts), so that tinypool finds entry/worker.js beside it as it does in dist/bin.
await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: join(out, 'govcat.cjs'),
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  define: { 'import.meta.url': 'globalThis.__govcatSea.url' },
  banner: {
    js: [
      '"use strict";',
      'globalThis.__govcatSea = { dir: undefined, get url() {',
      "  const { dirname, join } = require('node:path');",
      "  return require('node:url').pathToFileURL(join(this.dir ?? dirname(__filename), 'bin', 'govcat.cjs')).href;",
      '} };',
    ].join('\n'),
  },
  logLevel: 'warning',
});

// The worker entries: ES modules of their own, each with everything it imports, as they will be started from files.
await build({
  entryPoints: {
    'bin/verify-worker': 'dist/verify/worker.js',
    'bin/lint-worker': 'dist/cli/commands/lint/worker.js',
    'bin/entry/worker': 'node_modules/tinypool/dist/entry/worker.js',
  },
  outdir: join(out, 'assets'),
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  banner: { js: "import { createRequire as __govcatRequire } from 'node:module'; const require = __govcatRequire(import.meta.url);" },
  logLevel: 'warning',
});

writeFileSync(join(out, 'assets/build.json'), `${JSON.stringify({ git: gitCommit() })}\n`);
const assets = { 'package.json': join(root, 'package.json'), 'build.json': join(out, 'assets/build.json') };
for (const dir of ['law', 'schemas']) {
  for (const name of readdirSync(join(root, dir)).filter((f) => /\.(txt|json)$/.test(f))) assets[`${dir}/${name}`] = join(root, dir, name);
}
// The checker page govcat web writes (built by npm run build).
assets['dist/web/govcat.html'] = join(root, 'dist/web/govcat.html');
for (const key of ['bin/entry/worker.js', 'bin/verify-worker.js', 'bin/lint-worker.js']) assets[key] = join(out, 'assets', key);

const config = join(out, 'sea-config.json');
const blob = join(out, 'govcat.blob');
// No code cache: with it Node 20 cannot import() in the embedded script, and plugins: in a config are imported.
writeFileSync(config, `${JSON.stringify({ main: join(out, 'govcat.cjs'), output: blob, disableExperimentalSEAWarning: true, useCodeCache: false, useSnapshot: false, assets }, null, 2)}\n`);
execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'inherit' });

copyFileSync(process.execPath, exe);
chmodSync(exe, 0o755);
if (process.platform === 'darwin') execFileSync('codesign', ['--remove-signature', exe], { stdio: 'inherit' });
await postject.inject(exe, 'NODE_SEA_BLOB', await import('node:fs/promises').then((fs) => fs.readFile(blob)), {
  sentinelFuse: FUSE,
  ...(process.platform === 'darwin' ? { machoSegmentName: 'NODE_SEA' } : {}),
});
if (process.platform === 'darwin') execFileSync('codesign', ['--sign', '-', exe], { stdio: 'inherit' });

const version = execFileSync(exe, ['--version'], { encoding: 'utf8', env: {} }).trim();
console.log(`sea: ${exe} (${(statSync(exe).size / 2 ** 20).toFixed(1)} MiB): govcat ${version}`);

/** The commit built, with "-dirty" when tracked files differ from it; undefined outside a git checkout. */
function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${sha}-dirty` : sha;
  } catch {
    return undefined;
  }
}
