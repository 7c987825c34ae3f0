#!/usr/bin/env node
// Lint benchmark: govcat lint against its peers (ajv-cli and Spectral, given the same catalogue schema) and against
// the library limit (js-yaml load + the precompiled Ajv validator), each run in its own `node` process so cold start
// and peak memory count. Writes bench/RESULTS.md (keeping bench/verify.mjs's section).
//
//   npm run build && node bench/lint.mjs [--sizes 1000,10000,100000] [--runs N] [--cold-runs N] [--no-batch]
//                                        [--no-peers] [--no-cold] [--no-write] [--profile ENTRIES]
//
// See bench/README.md.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, createReadStream } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA_DIR, GENERATOR_VERSION, DEFAULT_SEED, DEFECT_RATE, ensureCatalogue, ensureBatch } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const PEERS = join(BENCH, 'peers');
const NODE = process.execPath;
const TIME = '/usr/bin/time';
const HAVE_TIME = existsSync(TIME);
const YAML_MAX_ENTRIES = 10_000; // the `yaml` package is run at 1k and 10k only: at 100k it takes minutes
const PEER_MAX_ENTRIES = 10_000; // ajv-cli and Spectral likewise (Spectral would take minutes at 100k; the targets compare at 10k)
const BATCH_FILES = 1000;
const BATCH_ENTRIES = 10;
const RUN_TIMEOUT_MS = 10 * 60_000;
const SCHEMA = 'schemas/catalogue.canonical.schema.json';

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string' },
    'cold-runs': { type: 'string' },
    'no-batch': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    'no-cold': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 8).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const DEFAULT_SIZES = '1000,10000,100000';
const sizes = opt.sizes.split(',').map((s) => Number(s.trim().replace(/k$/i, '000'))).filter((n) => n > 0);
const runsFor = (n) => (opt.runs ? Number(opt.runs) : n >= 100_000 ? 3 : 5);
const batchRuns = opt.runs ? Number(opt.runs) : 5;
const coldRuns = Number(opt['cold-runs'] ?? opt.runs ?? 15);
/** Anything short of the full benchmark (fewer sizes, runs or cases) is a reduced run, and RESULTS.md says so. */
const reduced = [
  sizes.join(',') !== DEFAULT_SIZES && `sizes ${sizes.join(', ')}`,
  opt.runs && `${opt.runs} run(s) per case`,
  opt['cold-runs'] && `${opt['cold-runs']} cold-start runs`,
  opt['no-batch'] && 'no batch',
  opt['no-peers'] && 'no peers',
  opt['no-cold'] && 'no cold start',
].filter(Boolean);

const log = (...a) => console.error(...a);

// --- preconditions -----------------------------------------------------------------------------------------------

const VALIDATOR = join(ROOT, 'dist/generated/catalogue-validator.js');
if (!existsSync(VALIDATOR)) {
  log('dist/generated/catalogue-validator.js is missing: run `npm run build` first.');
  process.exit(2);
}
// The CLI counts as built when `govcat --version` works (bin/govcat.js loads whatever the build put in dist/).
const haveCli = safe(() => execFileSync(NODE, ['bin/govcat.js', '--version'], { cwd: ROOT, stdio: 'pipe', timeout: 30_000 }) && true, false);
if (!haveCli) log('`node bin/govcat.js --version` fails: govcat contenders are skipped (run `npm run build`).');
if (!HAVE_TIME) log(`${TIME} not found: peak RSS comes from process.resourceUsage() via bench/rss-probe.mjs (apt-get install time).`);
// `lint --jobs N` (parallel lint) is timed with its default and with --jobs 1 when this build has it.
const haveJobs = haveCli && /--jobs\b/.test(safe(() => execFileSync(NODE, ['bin/govcat.js', 'lint', '--help'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', timeout: 30_000 }), ''));

// --- peers -------------------------------------------------------------------------------------------------------

/**
 * The peers are the benchmark's own dependencies (bench/peers/package.json and its lockfile), never govcat's:
 * installed with `npm ci --prefix bench/peers` (npm install without a lockfile) when missing or not the pinned
 * versions. --ignore-scripts: nothing in them needs an install script (one would only send install telemetry).
 */
function ensurePeers() {
  if (opt['no-peers']) return { ok: false, reason: 'skipped (--no-peers)' };
  const manifest = JSON.parse(readFileSync(join(PEERS, 'package.json'), 'utf8'));
  const wanted = Object.entries(manifest.dependencies ?? {});
  const stale = wanted.filter(([name, range]) => {
    const v = pkgVersion(join(PEERS, 'node_modules', name));
    return v === undefined || (/^\d+\.\d+\.\d+$/.test(range) && v !== range);
  });
  if (stale.length) {
    const args = [existsSync(join(PEERS, 'package-lock.json')) ? 'ci' : 'install', '--prefix', relative(ROOT, PEERS), '--ignore-scripts', '--no-audit', '--no-fund'];
    log(`installing the peers (${stale.map(([n, v]) => `${n}@${v}`).join(', ')}): npm ${args.join(' ')} …`);
    try {
      execFileSync('npm', args, { cwd: ROOT, stdio: ['ignore', 2, 2], timeout: 10 * 60_000 });
    } catch (e) {
      return { ok: false, reason: `npm ${args[0]} failed (${e.message.split('\n')[0]})` };
    }
  }
  for (const bin of [AJV_CLI, SPECTRAL_CLI]) if (!existsSync(join(ROOT, bin))) return { ok: false, reason: `${bin} is missing after npm ${existsSync(join(PEERS, 'package-lock.json')) ? 'ci' : 'install'}` };
  const spec = AJV_SPEC[schemaDraft()];
  if (!spec) return { ok: false, reason: `${SCHEMA} declares ${schemaDraft()}, which ajv-cli's --spec does not name` };
  return { ok: true, spec };
}

const AJV_CLI = 'bench/peers/node_modules/ajv-cli/dist/index.js';
const SPECTRAL_CLI = 'bench/peers/node_modules/@stoplight/spectral-cli/dist/index.js';
/** ajv-cli's --spec for the schema's $schema (Spectral's dialect is in bench/peers/spectral-ruleset.mjs, which checks it). */
const AJV_SPEC = {
  'https://json-schema.org/draft/2020-12/schema': 'draft2020',
  'https://json-schema.org/draft/2019-09/schema': 'draft2019',
  'http://json-schema.org/draft-07/schema#': 'draft7',
  'http://json-schema.org/draft-07/schema': 'draft7',
};
const schemaDraft = () => safe(() => JSON.parse(readFileSync(join(ROOT, SCHEMA), 'utf8')).$schema, 'no $schema');
/**
 * ajv-cli as its README has it, given govcat's schema in its own draft, every error reported (govcat's validator is
 * compiled with allErrors) as JSON on stderr. -c loads bench/peers/ajv-yaml-core.cjs, which makes ajv-cli 5.0.0 read
 * YAML with js-yaml's core schema as its unreleased master does (else every unquoted date is a Date and fails).
 */
const ajvCliArgs = (spec, data) => [AJV_CLI, 'validate', `--spec=${spec}`, '--all-errors', '-c', './bench/peers/ajv-yaml-core.cjs', '-s', SCHEMA, '-d', data, '--errors=json'];
const spectralArgs = (file) => [SPECTRAL_CLI, 'lint', '--ruleset', 'bench/peers/spectral-ruleset.mjs', '--format', 'json', '--quiet', file];

// --- contenders --------------------------------------------------------------------------------------------------

const GOVCAT = 'govcat lint --format json';
const GOVCAT_J1 = 'govcat lint --format json --jobs 1';
const LIMIT = 'library limit (js-yaml + Ajv)';
const YAMLPKG = 'yaml parseDocument + Ajv';
const AJVCLI = 'ajv-cli validate';
const SPECTRAL = 'Spectral lint (schema rule)';

let peers = { ok: false, reason: 'not installed yet' };

const govcatContender = (input) => haveCli && { name: GOVCAT, args: ['bin/govcat.js', 'lint', input, '--format', 'json'], ok: [0, 1], check: checkGovcat };
const limitContender = (...inputs) => ({ name: LIMIT, args: ['bench/baseline.mjs', ...inputs], sanityArgs: ['bench/baseline.mjs', ...inputs, '--report'], ok: [0], check: checkLimit });
const ajvCliContender = (data) => (peers.ok
  ? { name: AJVCLI, args: ajvCliArgs(peers.spec, data), ok: [0, 1], check: checkAjvCli, peer: true }
  : { name: AJVCLI, skipped: `peer not available: ${peers.reason}` });

const contendersFor = (file, entries) => [
  govcatContender(file),
  limitContender(file),
  entries <= YAML_MAX_ENTRIES
    ? { name: YAMLPKG, args: ['bench/baseline-yaml.mjs', file], ok: [0] }
    : { name: YAMLPKG, skipped: `skipped above ${YAML_MAX_ENTRIES.toLocaleString('en')} entries (too slow)` },
  entries <= PEER_MAX_ENTRIES ? ajvCliContender(file) : { name: AJVCLI, skipped: `not run above ${PEER_MAX_ENTRIES.toLocaleString('en')} entries (no target there)` },
  entries > PEER_MAX_ENTRIES
    ? { name: SPECTRAL, skipped: `skipped above ${PEER_MAX_ENTRIES.toLocaleString('en')} entries (would take minutes)` }
    : peers.ok
      ? { name: SPECTRAL, args: spectralArgs(file), ok: [0, 1], check: checkSpectral, peer: true }
      : { name: SPECTRAL, skipped: `peer not available: ${peers.reason}` },
].filter(Boolean);

const batchContenders = (dir) => [
  govcatContender(`${dir}/`),
  haveJobs && { name: GOVCAT_J1, args: ['bin/govcat.js', 'lint', `${dir}/`, '--format', 'json', '--jobs', '1'], ok: [0, 1], check: checkGovcat },
  limitContender(dir),
  ajvCliContender(`${dir}/*.yaml`), // quoted: ajv-cli expands the glob itself
].filter(Boolean);

// --- measurement -------------------------------------------------------------------------------------------------

const TMP = join(DATA_DIR, 'tmp');
mkdirSync(TMP, { recursive: true });
let seq = 0;
/** CPU time of every child run (from /usr/bin/time or the probe), to tell how much of the machine others used. */
let childCpuSeconds = 0;

/** Busy CPU time of the whole machine so far, in seconds (from /proc/stat), or NaN. */
function machineBusySeconds() {
  const f = safe(() => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number), undefined);
  if (!f) return NaN;
  const [user, nice, system, , , irq, softirq, steal] = f;
  return (user + nice + system + irq + softirq + (steal || 0)) / 100; // USER_HZ
}

/**
 * One child process: wall time measured here (spawn → exit), peak RSS from /usr/bin/time -f %M (KiB: the largest
 * single process of the run, parent or a child it waited for). stdout and stderr are kept whole with `keep`
 * (sanity runs), else only stderr's tail.
 */
function runOnce(args, { ok = [0], keep = false } = {}) {
  const rssFile = join(TMP, `rss-${process.pid}-${seq++}`);
  rmSync(rssFile, { force: true });
  const [cmd, argv, env] = HAVE_TIME
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, NODE, ...args], process.env]
    : [NODE, ['--import', new URL('./rss-probe.mjs', import.meta.url).href, ...args], { ...process.env, BENCH_RSS_FILE: rssFile }];
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', keep ? 'pipe' : 'ignore', 'pipe'], detached: true });
    let err = '';
    const out = [];
    child.stderr.on('data', (d) => { err = keep ? err + d : (err + d).slice(-4000); });
    child.stdout?.on('data', (d) => { out.push(d); });
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      let rssKB = NaN;
      try {
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
        rssKB = kb;
        childCpuSeconds += (user || 0) + (sys || 0);
        rmSync(rssFile, { force: true });
      } catch { /* killed before writing */ }
      // govcat never prints a stack trace without --debug, and an uncaught error also exits 1: count it as a failure.
      const crashed = /^Node\.js v\d+|^\s+at .+:\d+:\d+\)?$/m.test(err);
      const success = signal === null && ok.includes(code) && !crashed;
      resolve({ ms, rssKB, code, signal, success, stderr: err.trim(), stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

async function measure(contenders, runs, { warmup = false } = {}) {
  const res = new Map(contenders.map((c) => [c.name, { ...c, samples: [], failures: [] }]));
  const live = contenders.filter((c) => !c.skipped);
  if (warmup) for (const c of live) await runOnce(c.args, { ok: c.ok });
  // Round-robin, so drift (thermal, noisy neighbours) hits every contender alike.
  for (let r = 0; r < runs; r++) {
    for (const c of live) {
      const m = await runOnce(c.args, { ok: c.ok });
      const slot = res.get(c.name);
      if (m.success) slot.samples.push(m);
      else slot.failures.push(m);
      process.stderr.write(`  ${c.name.padEnd(40)} run ${r + 1}/${runs}: ${m.success ? fmtMs(m.ms) : `FAILED (exit ${m.code ?? m.signal})`}  ${fmtMB(m.rssKB * 1024)}\n`);
      if (!m.success && m.stderr) process.stderr.write(indent(m.stderr.split('\n').slice(-6).join('\n'), '      ') + '\n');
    }
  }
  return [...res.values()].map(summarise);
}

function summarise(c) {
  if (c.skipped) return c;
  const ms = c.samples.map((s) => s.ms).sort((a, b) => a - b);
  const rss = c.samples.map((s) => s.rssKB * 1024).filter(Number.isFinite).sort((a, b) => a - b);
  return {
    name: c.name,
    peer: c.peer,
    runs: c.samples.length,
    failures: c.failures.length,
    failure: c.failures[0] && `exit ${c.failures[0].code ?? c.failures[0].signal}: ${lastLine(c.failures[0].stderr)}`,
    codes: [...new Set(c.samples.map((s) => s.code))],
    median: median(ms),
    min: ms[0],
    max: ms[ms.length - 1],
    rss: median(rss),
  };
}

const median = (xs) => (xs.length === 0 ? NaN : xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
/** The most telling line of a failed run's stderr: the first error message, else the last line. */
const lastLine = (s) => {
  const lines = (s || '').trim().split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^(\w*Error\b|error:|govcat:)/i.test(l)) ?? lines[lines.length - 1] ?? '').slice(0, 160);
};
const indent = (s, p) => s.split('\n').map((l) => p + l).join('\n');

function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
}
function fmtMB(bytes) {
  if (!Number.isFinite(bytes)) return '—';
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** Reads files once so they sit in the page cache before the first timed run. */
async function warmPageCache(...files) {
  for (const file of files) {
    await new Promise((resolve, reject) => {
      createReadStream(file, { highWaterMark: 1 << 22 }).on('data', () => {}).on('end', resolve).on('error', reject);
    });
  }
}

// --- sanity ------------------------------------------------------------------------------------------------------

/**
 * One untimed run of each contender that can report (the very command that is timed, its output kept), so each
 * table is known to time real work: govcat must report exactly the seeded mistakes, and the library limit and
 * the peers exactly the ones a schema can see (the unknown fields), in every file. Also the warm-up run.
 */
async function sanity(contenders, { defects, files }) {
  const seeded = Object.values(defects).reduce((a, b) => a + b, 0);
  const expect = { defects, files, schemaErrors: defects['unknown-field'] ?? 0 };
  const lines = [`seeded mistakes: ${seeded}` + (seeded ? ` — ${Object.entries(defects).map(([k, v]) => `${k}: ${v}`).join(', ')}` : '') +
    `; a schema sees only the ${plural(expect.schemaErrors, 'unknown field')}`];
  const verified = new Map();
  for (const c of contenders) {
    if (c.skipped || !c.check) continue;
    const r = await runOnce(c.sanityArgs ?? c.args, { ok: c.ok, keep: true });
    if (!r.success) {
      lines.push(`${c.name} FAILED (exit ${r.code ?? r.signal}): ${lastLine(r.stderr)}`);
      verified.set(c.name, false);
      continue;
    }
    let v;
    try {
      v = c.check(r, expect);
    } catch (e) {
      v = { line: `output not understood (${e.message})`, ok: false };
    }
    lines.push(`${c.name}: ${v.line}`);
    verified.set(c.name, v.ok);
  }
  return { lines, verified };
}

function checkGovcat(r, { defects, files }) {
  const rep = JSON.parse(r.stdout);
  const byRule = {};
  const byRuleId = {};
  for (const res of rep.results ?? []) {
    for (const f of res.findings ?? []) {
      byRule[`${f.ruleId} (${f.severity})`] = (byRule[`${f.ruleId} (${f.severity})`] ?? 0) + 1;
      byRuleId[f.ruleId] = (byRuleId[f.ruleId] ?? 0) + 1;
    }
  }
  const expected = {};
  for (const [kind, n] of Object.entries(defects)) expected[DEFECT_RULE[kind]] = (expected[DEFECT_RULE[kind]] ?? 0) + n;
  const same = JSON.stringify(Object.entries(expected).sort()) === JSON.stringify(Object.entries(byRuleId).sort());
  const s = rep.summary ?? {};
  const allFiles = (s.files ?? rep.results?.length) === files;
  return {
    ok: same && allFiles,
    line: `exit ${r.code}, ${plural(s.files ?? rep.results?.length ?? 0, 'file')}, ${s.errors ?? '?'} error(s), ${s.warnings ?? '?'} warning(s), ${s.infos ?? '?'} info(s)` +
      (Object.keys(byRule).length ? ` — ${Object.entries(byRule).map(([k, v]) => `${k}: ${v}`).join(', ')}` : '') +
      (same ? ': exactly the seeded mistakes' : `: **not the seeded mistakes** (expected ${JSON.stringify(expected)})`) +
      (allFiles ? '' : ` **(expected ${files} files)**`),
  };
}

function checkLimit(r, { files, schemaErrors }) {
  const rep = JSON.parse(r.stdout);
  const ok = rep.files === files && rep.errors === schemaErrors;
  return { ok, line: `${plural(rep.files, 'file')}, ${rep.errors} Ajv error(s) in ${rep.invalid} invalid file(s)` + (ok ? ': the unknown fields' : ` **expected ${schemaErrors} in ${files} files**`) };
}

function checkAjvCli(r, { files, schemaErrors }) {
  const valid = (r.stdout.match(/ valid$/gm) ?? []).length;
  const invalid = (r.stderr.match(/ invalid$/gm) ?? []).length;
  const errors = (r.stderr.match(/"instancePath"/g) ?? []).length;
  const unknown = (r.stderr.match(/"additionalProperty": "remarks"/g) ?? []).length;
  const ok = valid + invalid === files && errors === schemaErrors && unknown === schemaErrors;
  return {
    ok,
    line: `exit ${r.code}, ${valid} valid and ${invalid} invalid file(s), ${errors} schema error(s)` +
      (ok ? ': the unknown fields — it validates' : ` **expected ${files} files and ${schemaErrors} unknown-field errors** (${lastLine(r.stderr)})`),
  };
}

function checkSpectral(r, { schemaErrors }) {
  const out = r.stdout.trim();
  const results = out.startsWith('[') ? JSON.parse(out.slice(0, out.lastIndexOf(']') + 1)) : [];
  const errors = results.filter((x) => x.code === 'catalogue-schema' && x.severity === 0);
  const unknown = errors.filter((x) => /"remarks" is not expected/.test(x.message)).length;
  const ok = errors.length === schemaErrors && unknown === schemaErrors && results.length === errors.length;
  return {
    ok,
    line: `exit ${r.code}, ${errors.length} schema error(s)` +
      (ok ? ': the unknown fields — it validates' : ` **expected ${schemaErrors} unknown-field errors** (${results.length} result(s): ${JSON.stringify(results.slice(0, 2)).slice(0, 200)})`),
  };
}

/** The rule each seeded mistake of bench/generate.mjs should trip. */
const DEFECT_RULE = {
  placeholder: 'conditional-usage-conditions',
  'credit-code': 'credit-code-valid',
  'unknown-field': 'unknown-field',
  'legal-basis': 'non-shareable-legal-basis',
};

// --- profile mode ------------------------------------------------------------------------------------------------

async function profile(entries) {
  const { file } = ensureCatalogue(entries, { log });
  const dir = join(DATA_DIR, 'prof', String(Date.now()));
  mkdirSync(dir, { recursive: true });
  log(`profiling govcat lint on ${relative(ROOT, file)} …`);
  const r = await runOnce(['--cpu-prof', '--cpu-prof-dir', dir, 'bin/govcat.js', 'lint', file, '--format', 'json'], { ok: [0, 1] });
  if (!r.success) throw new Error(`govcat failed: ${r.stderr}`);
  const prof = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  const self = new Map();
  const byFile = new Map();
  const dt = new Map();
  for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  let total = 0;
  for (const n of prof.nodes) {
    const us = dt.get(n.id) ?? 0;
    total += us;
    const cf = n.callFrame;
    const where = cf.url ? cf.url.replace(`file://${ROOT}`, '').replace(/^.*node_modules\//, '') : '';
    const src = cf.url.startsWith('file://') ? bundledModule(fileURLToPath(cf.url), cf.lineNumber + 1) : undefined;
    const at = where ? `${where}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'}  ${src ? `${src}  [${at}]` : at}`;
    self.set(key, (self.get(key) ?? 0) + us);
    const mod = src ?? (where || cf.functionName);
    byFile.set(mod, (byFile.get(mod) ?? 0) + us);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\nwall ${fmtMs(r.ms)}, peak RSS ${fmtMB(r.rssKB * 1024)}, profiled ${fmtMs(total / 1000)}\n\nTop self time by function:`);
  for (const [k, us] of top(self, 25)) console.log(`${fmtMs(us / 1000).padStart(9)}  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log('\nSelf time by file:');
  for (const [k, us] of top(byFile, 15)) console.log(`${fmtMs(us / 1000).padStart(9)}  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`\nprofile: ${relative(ROOT, dir)}`);
}

const moduleIndex = new Map();
/** In an esbuild bundle, the original module of a line: esbuild heads each module with a `// path` comment. */
function bundledModule(file, line) {
  if (!moduleIndex.has(file)) {
    const marks = [];
    safe(() => readFileSync(file, 'utf8'), '').split('\n').forEach((l, i) => {
      const m = /^\/\/ ((?:dist|src|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(l);
      if (m) marks.push([i + 1, m[1].replace(/^.*node_modules\//, '')]);
    });
    moduleIndex.set(file, marks);
  }
  const marks = moduleIndex.get(file);
  let found;
  for (const [at, mod] of marks) if (at <= line) found = mod; else break;
  return found;
}

// --- environment -------------------------------------------------------------------------------------------------

function pkgVersion(dir) {
  return safe(() => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, undefined);
}
/** The version of `dep` as `pkg` (installed under node_modules) resolves it: nested first, then hoisted. */
function depVersion(nodeModules, pkg, dep) {
  for (let dir = join(nodeModules, pkg); dir.length >= nodeModules.length; dir = join(dir, '..')) {
    const v = pkgVersion(join(dir, 'node_modules', dep));
    if (v) return v;
    if (dir === nodeModules) break;
  }
  return pkgVersion(join(nodeModules, dep)) ?? 'not installed';
}

function environment() {
  const cpuinfo = safe(() => readFileSync('/proc/cpuinfo', 'utf8'), '');
  const cpu = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const osName = safe(() => readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1], undefined) ?? os.type();
  const own = (name) => pkgVersion(join(ROOT, 'node_modules', name)) ?? 'not installed';
  const pm = join(PEERS, 'node_modules');
  const rev = safe(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), '?');
  const dirty = safe(() => execFileSync('git', ['status', '--porcelain', '--', 'src', 'schemas', 'scripts', 'bin'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '', false);
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${osName} (Linux ${os.release()})`,
    node: process.version,
    npm: safe(() => execFileSync('npm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), '?'),
    jsYaml: own('js-yaml'),
    ajv: own('ajv'),
    yaml: own('yaml'),
    ajvCli: peers.ok ? `${pkgVersion(join(pm, 'ajv-cli'))} (ajv ${depVersion(pm, 'ajv-cli', 'ajv')}, js-yaml ${depVersion(pm, 'ajv-cli', 'js-yaml')}), --spec=${peers.spec}` : peers.reason,
    spectral: peers.ok
      ? `${pkgVersion(join(pm, '@stoplight/spectral-cli'))} (spectral-core ${depVersion(pm, '@stoplight/spectral-cli', '@stoplight/spectral-core')}, ` +
        `spectral-functions ${depVersion(pm, '@stoplight/spectral-cli', '@stoplight/spectral-functions')}, ajv ${depVersion(pm, '@stoplight/spectral-functions', 'ajv')})`
      : peers.reason,
    govcat: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} (git ${rev}${dirty ? ', uncommitted changes' : ''})`,
    jobs: haveJobs ? 'yes: timed with its default and with --jobs 1' : 'no (this build has no --jobs)',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    rss: HAVE_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (bench/rss-probe.mjs)',
  };
}
function safe(f, dflt) {
  try { return f() ?? dflt; } catch { return dflt; }
}

/** Opens a window in which CPU use by other processes is counted (after the environment probes, npm and git). */
function loadWindow() {
  return { busy: machineBusySeconds(), cpu: process.cpuUsage(), child: childCpuSeconds, t: performance.now() };
}
/**
 * Machine-wide busy time since the window opened minus this harness and its children: what everything else used
 * while we measured, in core-seconds and as a share of the machine (cores × wall time).
 */
function otherCpu(w) {
  const own = process.cpuUsage(w.cpu);
  const seconds = machineBusySeconds() - w.busy - (childCpuSeconds - w.child) - (own.user + own.system) / 1e6;
  const wall = (performance.now() - w.t) / 1000;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return { seconds: Math.max(0, seconds), share: Math.max(0, seconds) / (wall * cores), wall, loadavg: os.loadavg()[0] };
}
const fmtLoad = (l) => (Number.isFinite(l.seconds) ? `${l.seconds.toFixed(1)} core-s, ${(100 * l.share).toFixed(1)} %` : '—');

// --- report ------------------------------------------------------------------------------------------------------

function table(header, rows, { numeric = true } = {}) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i === 0 || !numeric ? '---' : '---:')).join('|')}|`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

/** One case's table: every contender against the library limit and against ajv-cli, with memory. */
function caseTable(s) {
  const limit = s.results.find((r) => r.name === LIMIT);
  const ajv = s.results.find((r) => r.name === AJVCLI && r.runs);
  const rows = s.results.map((r) => {
    if (r.skipped) return [r.name, r.skipped, '', '', '', '', ''];
    if (r.runs === 0) return [r.name, `FAILED (${r.failure})`, '', '', '', '', ''];
    return [
      r.name + (r.failures ? ` (${r.failures} failed run(s))` : '') + (s.verified?.get(r.name) === false ? ' **(did not report the seeded mistakes)**' : ''),
      fmtMs(r.median),
      `${fmtMs(r.min)} – ${fmtMs(r.max)}`,
      r === limit ? '1.00×' : fmtX(r.median / limit?.median),
      !ajv ? '—' : r === ajv ? '1.00×' : fmtX(r.median / ajv.median),
      fmtMB(r.rss),
      fmtX(r.rss / s.bytes),
    ];
  });
  return table(['contender', 'median', 'min – max', '× library limit', '× ajv-cli', 'peak RSS (median)', 'RSS ÷ input size'], rows);
}

function coldTable(c) {
  const base = c.results.find((r) => r.name === 'node -e 0');
  const rows = c.results.map((r) => (r.runs === 0
    ? [r.name, `FAILED (${r.failure})`, '', '', '']
    : [r.name, fmtMs(r.median), `${fmtMs(r.min)} – ${fmtMs(r.max)}`, r === base ? '1.00×' : fmtX(r.median / base?.median), fmtMB(r.rss)]));
  return table(['contender', 'median', 'min – max', '× node -e 0', 'peak RSS (median)'], rows);
}

/** A's median over B's in one case, or why there is none. */
function compare(c, a, b) {
  if (!c) return undefined;
  const A = c.results.find((r) => r.name === a);
  const B = c.results.find((r) => r.name === b);
  if (!A || !B) return { missing: `${!A ? a : b} not run` };
  if (A.skipped || B.skipped) return { missing: `${A.skipped ? a : b}: ${(A.skipped ?? B.skipped)}` };
  if (!A.runs) return { failed: `${a} failed: ${A.failure}` };
  if (!B.runs) return { failed: `${b} failed: ${B.failure}` };
  const unverified = [a, b].filter((n) => c.verified?.get(n) === false);
  return { x: A.median / B.median, A, B, unverified };
}
function verdict(cmp, limit) {
  if (cmp === undefined) return 'not measured';
  if (cmp.missing) return 'not measured';
  if (cmp.failed) return 'FAIL (run failed)';
  if (cmp.unverified.length) return `not judged: ${cmp.unverified.join(', ')} did not report the seeded mistakes`;
  return cmp.x <= limit ? 'PASS' : 'FAIL';
}
const shown = (cmp) => (cmp === undefined ? '—' : cmp.missing ?? cmp.failed ?? `${fmtX(cmp.x)} (${fmtMs(cmp.A.median)} vs ${fmtMs(cmp.B.median)})`);

function targets(bySize, batch, cold) {
  const rows = [];
  const at = (n) => bySize.find((x) => x.entries === n);
  const info = (cmp) => (!cmp || cmp.missing ? 'not measured' : cmp.failed ? 'run failed' : 'informational');
  const row = (name, cmp, limit) => rows.push([name, shown(cmp), limit === undefined ? info(cmp) : verdict(cmp, limit)]);
  const jobs = haveJobs ? ' (its default --jobs)' : '';
  row('govcat lint ≤ 1.0× ajv-cli at 10k entries', compare(at(10_000), GOVCAT, AJVCLI), 1.0);
  row(`govcat lint${jobs} ≤ 1.0× ajv-cli on 1,000 files × 10 entries`, compare(batch, GOVCAT, AJVCLI), 1.0);
  if (haveJobs) row('… govcat lint --jobs 1 ÷ ajv-cli on the 1,000 files', compare(batch, GOVCAT_J1, AJVCLI));
  row('govcat lint ≤ 0.25× Spectral at 10k entries', compare(at(10_000), GOVCAT, SPECTRAL), 0.25);
  if (cold) row(`cold start ≤ 2× \`node -e 0\` (${cold.smallLabel})`, compare(cold, cold.lintName, 'node -e 0'), 2.0);
  else row('cold start ≤ 2× `node -e 0`', undefined, 2.0);
  const s100 = at(100_000);
  const g100 = s100?.results.find((r) => r.name === GOVCAT);
  const memName = 'peak memory ≤ 8× the file size at 100k entries';
  if (!g100) rows.push([memName, '—', 'not measured']);
  else if (!g100.runs) rows.push([memName, `govcat failed: ${g100.failure}`, 'FAIL (run failed)']);
  else {
    const l = s100.results.find((r) => r.name === LIMIT);
    rows.push([memName, `${fmtX(g100.rss / s100.bytes)} (${fmtMB(g100.rss)} for ${fmtMB(s100.bytes)}${l?.runs ? `; library limit ${fmtX(l.rss / s100.bytes)}` : ''})`, g100.rss <= 8 * s100.bytes ? 'PASS' : 'FAIL']);
  }
  // Informational: the former targets against the library limit (≤ 1.5× at 10k and 100k) and memory below 100k.
  for (const s of bySize) row(`govcat lint ÷ library limit at ${s.short} entries`, compare(s, GOVCAT, LIMIT));
  if (batch) row('govcat lint ÷ library limit on the 1,000 files', compare(batch, GOVCAT, LIMIT));
  for (const s of bySize) {
    if (s.entries >= 100_000) continue;
    const g = s.results.find((r) => r.name === GOVCAT);
    const l = s.results.find((r) => r.name === LIMIT);
    if (g?.runs) rows.push([`peak memory ÷ file size at ${s.short} entries`, `${fmtX(g.rss / s.bytes)} (${fmtMB(g.rss)} for ${fmtMB(s.bytes)}${l?.runs ? `; library limit ${fmtX(l.rss / s.bytes)}` : ''})`, 'informational']);
  }
  return table(['target', 'measured', 'result'], rows, { numeric: false });
}

function caseSection(s, runs) {
  const md = [`## ${s.title} — ${fmtMB(s.bytes)} (${plural(runs, 'run')})`, '', caseTable(s), ''];
  if (s.sanity?.length) md.push(...s.sanity.map((l) => `- ${l}`), '');
  const codes = s.results.find((r) => r.name === GOVCAT)?.codes;
  if (codes?.length) md.push(`govcat exit code(s): ${codes.join(', ')} (0 and 1 both count as a completed lint). Other processes: ${fmtLoad(s.load)} of the machine.`, '');
  else md.push(`Other processes: ${fmtLoad(s.load)} of the machine.`, '');
  return md;
}

function report(env, bySize, batch, cold, whole, started) {
  const md = [];
  md.push('# govcat lint benchmark — results', '');
  md.push(`Written by \`node bench/lint.mjs${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\` on ${env.date}; overwritten on every run, do not edit by hand. ` +
    `How to run it and what each contender is: [README.md](README.md). Whole run: ${fmtMs(performance.now() - started)}.`, '');
  if (reduced.length) {
    md.push(`**A reduced run** (${reduced.join(', ')}): fewer cases or runs than \`npm run bench\`, for development; its verdicts are provisional.`, '');
  }
  md.push('## Machine', '');
  md.push(table(['', ''], [
    ['CPU', `${env.cpu}, ${env.cores} cores`], ['memory', env.memory], ['OS', env.os], ['node / npm', `${env.node} / ${env.npm}`],
    ['js-yaml / ajv / yaml (govcat’s)', `${env.jsYaml} / ${env.ajv} / ${env.yaml}`],
    ['ajv-cli', env.ajvCli], ['Spectral CLI', env.spectral],
    ['govcat', env.govcat], ['lint --jobs', env.jobs], ['peak RSS from', env.rss], ['date', env.date],
  ], { numeric: false }), '');
  const cases = [...bySize.map((s) => [`${s.label} entries`, s.load]), ...(batch ? [[batch.title, batch.load]] : []), ...(cold ? [['cold start', cold.load]] : [])];
  md.push('### Load', '');
  md.push(`CPU used by other processes during the run: ${whole.seconds.toFixed(1)} core-seconds, ${(100 * whole.share).toFixed(1)} % of the machine` +
    (whole.share > 0.1 ? ' — **the machine was shared: expect noise**.' : ' (quiet).') +
    ' Per case (the 1-minute load average counts this benchmark’s own run, about 1, and more with parallel lint):', '');
  md.push(table(['case', 'wall', 'other processes', '1-min load average at its end'], cases.map(([n, l]) => [n, fmtMs(l.wall * 1000), fmtLoad(l), l.loadavg.toFixed(2)])), '');
  md.push('## Targets', '');
  md.push(targets(bySize, batch, cold), '');
  md.push('Times are wall-clock per process (spawn to exit, cold: a fresh `node` every run), medians over the runs, contenders ' +
    'alternating round-robin; peak RSS is the median of the runs\' maxima (of the largest single process). Ratios divide medians. ' +
    'A peer that does not report the seeded mistakes in its sanity run is not judged against.', '');
  for (const s of bySize) md.push(...caseSection(s, runsFor(s.entries)));
  if (batch) md.push(...caseSection(batch, batchRuns));
  if (cold) {
    md.push(`## Cold start (${plural(coldRuns, 'run')})`, '');
    md.push(coldTable(cold), '', `Other processes: ${fmtLoad(cold.load)} of the machine.`, '');
  }
  md.push('## Data', '');
  md.push(`Catalogues from \`bench/generate.mjs\` v${GENERATOR_VERSION} (mulberry32, seed ${DEFAULT_SEED}; file i of the batch: seed + i), cached in \`bench/data/\`: ` +
    'a §2 header, then block-style entries of 3–12 items (long items as blocks with length and description, short ones as flow mappings), ' +
    '~50 % conditional / 35 % unconditional / 15 % non-shareable, GB 32100-valid provider codes; ' +
    `about ${DEFECT_RATE * 1000} entries in 1000 carry one seeded mistake (placeholder purpose, wrong check character, unknown field, ` +
    'insufficient legal basis), so lint reports a few findings as it would on a real file. Every contender gets the same schema, ' +
    `\`${SCHEMA}\` (${schemaDraft()}).`, '');
  return md.join('\n');
}

// --- main --------------------------------------------------------------------------------------------------------

async function runCase(c, runs) {
  const w = loadWindow();
  const { lines, verified } = await sanity(c.contenders, c.expect);
  for (const l of lines) log(`  sanity: ${l}`);
  // The sanity run of each checked contender is its warm-up; the others get one.
  for (const x of c.contenders) if (!x.skipped && !x.check) await runOnce(x.args, { ok: x.ok });
  const results = await measure(c.contenders, runs);
  return { ...c, results, sanity: lines, verified, load: otherCpu(w) };
}

async function main() {
  if (opt.profile) return profile(Number(opt.profile.replace(/k$/i, '000')));
  const started = performance.now();
  peers = ensurePeers();
  if (!peers.ok) log(`peers: ${peers.reason}`);
  const env = environment();
  const whole = loadWindow();
  log(`govcat lint benchmark — ${env.cpu}, ${env.cores} cores, node ${env.node}; sizes ${sizes.join(', ')}${opt['no-batch'] ? '' : `, batch of ${BATCH_FILES} × ${BATCH_ENTRIES}`}` +
    `${peers.ok ? '' : ', no peers'}${haveJobs ? ', lint --jobs present' : ''}`);

  const bySize = [];
  for (const entries of sizes) {
    const { file, bytes, defects } = ensureCatalogue(entries, { log });
    await warmPageCache(file);
    const label = entries.toLocaleString('en');
    const short = entries % 1000 === 0 ? `${entries / 1000}k` : label;
    log(`\n${label} entries (${fmtMB(bytes)}), ${plural(runsFor(entries), 'run')}`);
    const rel = relative(ROOT, file);
    const contenders = contendersFor(rel, entries);
    // Above 10k no sanity run and no warm-up (each would cost as much as a timed run; the page cache is warm).
    const s = entries <= 10_000
      ? await runCase({ entries, label, short, title: `${label} entries`, bytes, contenders, expect: { defects, files: 1 } }, runsFor(entries))
      : await (async () => {
        const w = loadWindow();
        const results = await measure(contenders, runsFor(entries));
        return { entries, label, short, title: `${label} entries`, bytes, results, sanity: [], verified: new Map(), load: otherCpu(w) };
      })();
    bySize.push(s);
    console.log(`\n### ${s.title} — ${fmtMB(bytes)}\n\n${caseTable(s)}`);
  }

  let batch;
  if (!opt['no-batch']) {
    const b = ensureBatch(BATCH_FILES, BATCH_ENTRIES, { log });
    await warmPageCache(...readdirSync(b.dir).map((f) => join(b.dir, f)));
    const title = `${BATCH_FILES.toLocaleString('en')} files × ${BATCH_ENTRIES} entries`;
    log(`\n${title} (${fmtMB(b.bytes)}), ${plural(batchRuns, 'run')}`);
    batch = await runCase({ title, bytes: b.bytes, contenders: batchContenders(relative(ROOT, b.dir)), expect: { defects: b.defects, files: BATCH_FILES } }, batchRuns);
    console.log(`\n### ${title} — ${fmtMB(b.bytes)}\n\n${caseTable(batch)}`);
  }

  let cold;
  if (!opt['no-cold']) {
    let small = join(ROOT, 'samples/catalogue.yaml');
    let smallLabel = 'samples/catalogue.yaml';
    if (!existsSync(small)) {
      small = ensureCatalogue(10, { log }).file;
      smallLabel = 'a generated 10-entry catalogue';
    } else {
      const n = (readFileSync(small, 'utf8').match(/^ {2}- id:/gm) ?? []).length;
      smallLabel += `, ${n} entries`;
    }
    const lintName = `govcat lint ${relative(ROOT, small)}`;
    const contenders = [
      { name: 'node -e 0', args: ['-e', '0'], ok: [0] },
      haveCli && { name: lintName, args: ['bin/govcat.js', 'lint', relative(ROOT, small)], ok: [0, 1] },
      haveCli && { name: 'govcat --version', args: ['bin/govcat.js', '--version'], ok: [0] },
    ].filter(Boolean);
    log(`\ncold start, ${plural(coldRuns, 'run')}`);
    const w = loadWindow();
    const results = await measure(contenders, coldRuns, { warmup: true });
    cold = { results, smallLabel, lintName, load: otherCpu(w) };
    console.log(`\n### Cold start\n\n${coldTable(cold)}`);
  }

  console.log(`\n### Targets\n\n${targets(bySize, batch, cold)}\n`);
  const load = otherCpu(whole);
  if (!opt['no-write']) {
    // bench/verify.mjs keeps its own section of the same file between markers: carry it over untouched.
    const file = join(BENCH, 'RESULTS.md');
    const prior = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const verify = prior.match(/<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/)?.[0] ?? '';
    writeFileSync(file, report(env, bySize, batch, cold, load, started) + '\n' + (verify ? '\n' + verify : ''));
    log(`wrote bench/RESULTS.md (${fmtMs(performance.now() - started)} in all)`);
  }
  rmSync(TMP, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
