// npm run build:web: the checker page, dist/web/govcat.html: one self-contained file (the lint worker, the page's
// script and styles, the law texts) that works offline from file://. The same sources as the CLI, bundled for the
// browser: the only Node built-ins they name (node:path's POSIX helpers and node:crypto's SHA-256, in the formatters)
// come from src/web/shims. Run after the TypeScript build (generated validator, profiles), as npm run build does.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (p) => readFileSync(`${root}/${p}`, 'utf8');
const version = JSON.parse(read('package.json')).version;
const laws = Object.fromEntries(readdirSync(`${root}/law`).filter((f) => f.endsWith('.txt')).map((f) => [f, read(`law/${f}`)]));

const forBrowser = {
  name: 'govcat-browser',
  setup(b) {
    b.onResolve({ filter: /^node:(path|crypto)$/ }, (a) => ({ path: `${root}/src/web/shims/${a.path.slice(5)}.ts` }));
    b.onResolve({ filter: /^govcat:web-data$/ }, () => ({ path: 'web-data', namespace: 'govcat' }));
    b.onLoad({ filter: /.*/, namespace: 'govcat' }, () => ({ contents: `export const LAW_FILES = ${JSON.stringify(laws)};\nexport const TOOL_VERSION = ${JSON.stringify(version)};`, loader: 'js' }));
    // The generated validator reaches Ajv's runtime helpers through createRequire (Node); the bundler resolves require().
    b.onLoad({ filter: /generated[\\/]catalogue-validator\.js$/ }, (a) => ({ contents: readFileSync(a.path, 'utf8').replace(/^import \{ createRequire \} from 'node:module';\nconst require = createRequire\(import\.meta\.url\);\n/, ''), loader: 'js' }));
  },
};

const bundle = async (entry) => {
  const out = await build({
    entryPoints: [`${root}/src/web/${entry}`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'edge109'],
    minify: true,
    legalComments: 'none',
    plugins: [forBrowser],
    logLevel: 'warning',
  });
  // Inline in a <script>: "</script" inside the code would end the element.
  return out.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
};

const [worker, page] = await Promise.all([bundle('worker.ts'), bundle('page.ts')]);
const html = read('src/web/page.html')
  .replace('/*STYLE*/', () => read('src/web/page.css'))
  .replace('/*WORKER*/', () => worker)
  .replace('/*PAGE*/', () => page);
mkdirSync(`${root}/dist/web`, { recursive: true });
writeFileSync(`${root}/dist/web/govcat.html`, html);
console.log(`build:web: dist/web/govcat.html (${Math.round(html.length / 1024)} KiB)`);
