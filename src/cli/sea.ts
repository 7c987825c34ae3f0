// The single executable (Node's SEA, `npm run sea`): whether this process is one, the files embedded in it as
// assets, and the worker threads' code, which a thread can only start from a file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GovcatError } from '../core/errors.js';

type Sea = typeof import('node:sea');

/** The worker entries `npm run sea` embeds (scripts/sea.mjs), in the layout the bundled CLI has in dist/bin. */
export const SEA_WORKERS = ['bin/entry/worker.js', 'bin/verify-worker.js', 'bin/lint-worker.js'] as const;

/** True in the single executable, false under an ordinary `node` (and where node:sea does not exist). */
export function inSea(): boolean {
  return Boolean(_sea());
}

/** An embedded file's text; undefined outside the single executable. */
export function seaAsset(key: string): string | undefined {
  return _sea()?.getAsset(key, 'utf8');
}

/**
 * What `--version` adds in the single executable: the Node inside it, the platform and the commit it was built from
 * (build.json, written by scripts/sea.mjs). Undefined for the npm package, whose version says it all.
 */
export function seaBuild(): string | undefined {
  const sea = _sea();
  if (!sea) return undefined;
  const { git } = JSON.parse(sea.getAsset('build.json', 'utf8')) as { git?: string };
  return `single executable, node ${process.version}, ${process.platform}-${process.arch}${git ? `, git ${git}` : ''}`;
}

/**
 * A worker entry of the single executable as a file URL. The entries are written once per run into a folder of
 * our own (mkdtemp makes it 0700, so no other user can swap a file in before a thread loads it) and removed when
 * the process exits. Tinypool starts its threads from `entry/worker.js` beside the module that holds it: the SEA
 * bundle's `import.meta.url` reads the folder from globalThis.__govcatSea (scripts/sea.mjs), set here.
 */
export function seaWorkerUrl(name: 'verify-worker' | 'lint-worker'): URL {
  _workers ??= _writeWorkers(_sea()!);
  return pathToFileURL(join(_workers, 'bin', `${name}.js`));
}

// --- internal ---

let _module: Sea | null | undefined;
let _workers: string | undefined;

function _sea(): Sea | null {
  if (_module === undefined) {
    try {
      const sea = createRequire(import.meta.url)('node:sea') as Sea;
      _module = sea.isSea() ? sea : null;
    } catch {
      // A Node without node:sea is never the single executable.
      _module = null;
    }
  }
  return _module;
}

function _writeWorkers(sea: Sea): string {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'govcat-'));
    const made = dir;
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    // The entries are ES modules: the folder says so, whatever a package.json above it says.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n', { mode: 0o600 });
    mkdirSync(join(dir, 'bin', 'entry'), { recursive: true });
    for (const key of SEA_WORKERS) writeFileSync(join(dir, key), new Uint8Array(sea.getRawAsset(key)), { mode: 0o600 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const where = dir ?? tmpdir();
    throw new GovcatError({
      zh: `无法在临时目录 ${where} 中写入工作线程的代码（${code}）；请将 TMPDIR 设为可写的目录`,
      en: `cannot write the worker threads' code into the temporary folder ${where} (${code}); set TMPDIR to a writable folder`,
    });
  }
  const bundle = (globalThis as { __govcatSea?: { dir?: string } }).__govcatSea;
  if (bundle) bundle.dir = dir;
  return dir;
}
