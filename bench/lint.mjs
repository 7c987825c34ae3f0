#!/usr/bin/env node
// Lint benchmark: govcat lint vs the library limit (js-yaml load + the precompiled Ajv validator), side by side,
// each run in its own `node` process so cold start and peak memory count. Writes bench/RESULTS.md.
//
//   npm run build && node bench/lint.mjs [--sizes 1000,10000,100000] [--runs N] [--cold-runs N]
//                                        [--no-cold] [--no-write] [--profile ENTRIES]
//
// See bench/README.md.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync, createReadStream } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DATA_DIR, GENERATOR_VERSION, DEFAULT_SEED, DEFECT_RATE, ensureCatalogue } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const NODE = process.execPath;
const TIME = '/usr/bin/time';
const HAVE_TIME = existsSync(TIME);
const YAML_MAX_ENTRIES = 10_000; // the `yaml` package is run at 1k and 10k only: at 100k it takes minutes
const RUN_TIMEOUT_MS = 10 * 60_000;

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string' },
    'cold-runs': { type: 'string' },
    'no-cold': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 7).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const sizes = opt.sizes.split(',').map((s) => Number(s.trim().replace(/k$/i, '000'))).filter((n) => n > 0);
const runsFor = (n) => (opt.runs ? Number(opt.runs) : n >= 100_000 ? 3 : 5);
const coldRuns = Number(opt['cold-runs'] ?? opt.runs ?? 15);

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

// --- contenders --------------------------------------------------------------------------------------------------

const GOVCAT = 'govcat lint --format json';
const LIMIT = 'library limit (js-yaml + Ajv)';
const YAMLPKG = 'yaml parseDocument + Ajv';
const contendersFor = (file, entries) => [
  haveCli && { name: GOVCAT, args: ['bin/govcat.js', 'lint', file, '--format', 'json'], ok: [0, 1] },
  { name: LIMIT, args: ['bench/baseline.mjs', file], ok: [0] },
  entries <= YAML_MAX_ENTRIES
    ? { name: YAMLPKG, args: ['bench/baseline-yaml.mjs', file], ok: [0] }
    : { name: YAMLPKG, skipped: `skipped above ${YAML_MAX_ENTRIES.toLocaleString('en')} entries (too slow)` },
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

/** One child process: wall time measured here (spawn → exit), peak RSS from /usr/bin/time -f %M (KiB). */
function runOnce(args, { ok = [0], stdout = 'ignore' } = {}) {
  const rssFile = join(TMP, `rss-${process.pid}-${seq++}`);
  rmSync(rssFile, { force: true });
  const [cmd, argv, env] = HAVE_TIME
    ? [TIME, ['-f', '%M %U %S', '-o', rssFile, NODE, ...args], process.env]
    : [NODE, ['--import', new URL('./rss-probe.mjs', import.meta.url).href, ...args], { ...process.env, BENCH_RSS_FILE: rssFile }];
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', stdout, 'pipe'], detached: true });
    let err = '';
    let out = '';
    child.stderr.on('data', (d) => { err = (err + d).slice(-4000); });
    child.stdout?.on('data', (d) => { out += d; });
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
      resolve({ ms, rssKB, code, signal, success, stderr: err.trim(), stdout: out });
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

/** Reads a file once so it sits in the page cache before the first timed run. */
function warmPageCache(file) {
  return new Promise((resolve, reject) => {
    createReadStream(file, { highWaterMark: 1 << 22 }).on('data', () => {}).on('end', resolve).on('error', reject);
  });
}

// --- sanity ------------------------------------------------------------------------------------------------------

/** One untimed run of each contender that reports, so the table is known to time real work on a sane file. */
async function sanity(file, defects) {
  const lines = [];
  const seeded = Object.values(defects).reduce((a, b) => a + b, 0);
  lines.push(`seeded mistakes: ${seeded}` + (seeded ? ` — ${Object.entries(defects).map(([k, v]) => `${k}: ${v}`).join(', ')}` : ''));
  const base = await runOnce(['bench/baseline.mjs', file, '--report'], { stdout: 'pipe' });
  if (base.success) {
    const r = JSON.parse(base.stdout);
    lines.push(`library limit: ${r.errors} Ajv error(s) (Ajv alone sees only the unknown field)`);
  } else lines.push(`library limit FAILED: ${lastLine(base.stderr)}`);
  if (haveCli) {
    const g = await runOnce(['bin/govcat.js', 'lint', file, '--format', 'json'], { ok: [0, 1], stdout: 'pipe' });
    if (g.success) {
      try {
        const rep = JSON.parse(g.stdout);
        const byRule = {};
        for (const res of rep.results ?? []) for (const f of res.findings ?? []) byRule[`${f.ruleId} (${f.severity})`] = (byRule[`${f.ruleId} (${f.severity})`] ?? 0) + 1;
        const byRuleId = {};
        for (const res of rep.results ?? []) for (const f of res.findings ?? []) byRuleId[f.ruleId] = (byRuleId[f.ruleId] ?? 0) + 1;
        const expected = {};
        for (const [kind, n] of Object.entries(defects)) expected[DEFECT_RULE[kind]] = (expected[DEFECT_RULE[kind]] ?? 0) + n;
        const same = JSON.stringify(Object.entries(expected).sort()) === JSON.stringify(Object.entries(byRuleId).sort());
        lines.push(same ? 'govcat reports exactly the seeded mistakes' : `**govcat's findings differ from the seeded mistakes** (expected ${JSON.stringify(expected)})`);
        const s = rep.summary ?? {};
        lines.push(`govcat: exit ${g.code}, ${s.errors ?? '?'} error(s), ${s.warnings ?? '?'} warning(s), ${s.infos ?? '?'} info(s)` +
          (Object.keys(byRule).length ? ` — ${Object.entries(byRule).map(([k, v]) => `${k}: ${v}`).join(', ')}` : ''));
      } catch (e) {
        lines.push(`govcat: exit ${g.code}, output is not JSON (${e.message})`);
      }
    } else lines.push(`govcat FAILED (exit ${g.code ?? g.signal}): ${lastLine(g.stderr)}`);
  }
  return lines;
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

function environment() {
  const cpuinfo = safe(() => readFileSync('/proc/cpuinfo', 'utf8'), '');
  const cpu = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const osName = safe(() => readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)/m)?.[1], undefined) ?? os.type();
  const pkgVersion = (name) => safe(() => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version, 'not installed');
  const rev = safe(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), '?');
  const dirty = safe(() => execFileSync('git', ['status', '--porcelain', '--', 'src', 'schemas', 'scripts', 'bin'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '', false);
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${osName} (Linux ${os.release()})`,
    node: process.version,
    npm: safe(() => execFileSync('npm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), '?'),
    jsYaml: pkgVersion('js-yaml'),
    ajv: pkgVersion('ajv'),
    yaml: pkgVersion('yaml'),
    govcat: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} (git ${rev}${dirty ? ', uncommitted changes' : ''})`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    rss: HAVE_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (bench/rss-probe.mjs)',
  };
}
function safe(f, dflt) {
  try { return f() ?? dflt; } catch { return dflt; }
}

let mark;
/** Starts the window in which CPU use by other processes is counted (after the environment probes, npm and git). */
function markStart() {
  mark = { busy: machineBusySeconds(), cpu: process.cpuUsage(), child: childCpuSeconds, t: performance.now() };
}
/** Machine-wide busy time minus this harness and its children: what everything else used while we measured. */
function otherCpu() {
  const own = process.cpuUsage(mark.cpu);
  const seconds = machineBusySeconds() - mark.busy - (childCpuSeconds - mark.child) - (own.user + own.system) / 1e6;
  const wall = (performance.now() - mark.t) / 1000;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return { seconds: Math.max(0, seconds), share: Math.max(0, seconds) / (wall * cores) };
}

// --- report ------------------------------------------------------------------------------------------------------

function table(header, rows, { numeric = true } = {}) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i === 0 || !numeric ? '---' : '---:')).join('|')}|`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

function sizeTable(s) {
  const limit = s.results.find((r) => r.name === LIMIT);
  const rows = s.results.map((r) => {
    if (r.skipped) return [r.name, r.skipped, '', '', '', ''];
    if (r.runs === 0) return [r.name, `FAILED (${r.failure})`, '', '', '', ''];
    return [
      r.name + (r.failures ? ` (${r.failures} failed run(s))` : ''),
      fmtMs(r.median),
      `${fmtMs(r.min)} – ${fmtMs(r.max)}`,
      r === limit ? '1.00×' : fmtX(r.median / limit?.median),
      fmtMB(r.rss),
      fmtX(r.rss / s.bytes),
    ];
  });
  return table(['contender', 'median', 'min – max', '× library limit', 'peak RSS (median)', 'RSS ÷ file size'], rows);
}

function coldTable(c) {
  const base = c.results.find((r) => r.name === 'node -e 0');
  const rows = c.results.map((r) => (r.runs === 0
    ? [r.name, `FAILED (${r.failure})`, '', '', '']
    : [r.name, fmtMs(r.median), `${fmtMs(r.min)} – ${fmtMs(r.max)}`, r === base ? '1.00×' : fmtX(r.median / base?.median), fmtMB(r.rss)]));
  return table(['contender', 'median', 'min – max', '× node -e 0', 'peak RSS (median)'], rows);
}

function targets(bySize, cold) {
  const rows = [];
  const ratioAt = (n) => {
    const s = bySize.find((x) => x.entries === n);
    if (!s) return undefined;
    const g = s.results.find((r) => r.name === GOVCAT);
    const l = s.results.find((r) => r.name === LIMIT);
    if (!g || !l) return undefined;
    if (!g.runs) return { failed: g.failure };
    return { ratio: g.median / l.median, g, l };
  };
  const verdict = (x, limit) => (x === undefined ? 'not measured' : x.failed ? 'FAIL (run failed)' : x.ratio <= limit ? 'PASS' : 'FAIL');
  const shown = (x) => (x?.ratio !== undefined ? `${fmtX(x.ratio)} (${fmtMs(x.g.median)} vs ${fmtMs(x.l.median)})` : x?.failed ? `govcat failed: ${x.failed}` : '—');
  const r10 = ratioAt(10_000);
  const r100 = ratioAt(100_000);
  rows.push(['govcat lint ≤ 1.5× the library limit at 10k entries', shown(r10), verdict(r10, 1.5)]);
  rows.push(['… and no worse at 100k entries (≤ 1.5×)', shown(r100), verdict(r100, 1.5)]);
  for (const s of bySize) {
    const g = s.results.find((r) => r.name === GOVCAT);
    if (!g) continue;
    const l = s.results.find((r) => r.name === LIMIT);
    const ctx = l?.runs ? ` (library limit: ${fmtX(l.rss / s.bytes)})` : '';
    const name = `peak memory ≤ 10× the file size at ${s.label} (${fmtMB(s.bytes)})`;
    if (!g.runs) rows.push([name, `govcat failed: ${g.failure}`, 'FAIL (run failed)']);
    else if (s.entries < 10_000) rows.push([name, `${fmtMB(g.rss)} = ${fmtX(g.rss / s.bytes)}${ctx}`, 'informational: 10× this file is below Node’s own footprint']);
    else rows.push([name, `${fmtMB(g.rss)} = ${fmtX(g.rss / s.bytes)}${ctx}`, g.rss <= 10 * s.bytes ? 'PASS' : 'FAIL']);
  }
  if (cold) {
    const base = cold.results.find((r) => r.name === 'node -e 0');
    const lintSmall = cold.results.find((r) => r.name.startsWith('govcat lint'));
    if (lintSmall && !lintSmall.runs) rows.push([`cold start ≤ 2.5× \`node -e 0\` (${cold.smallLabel})`, `govcat failed: ${lintSmall.failure}`, 'FAIL (run failed)']);
    else if (lintSmall && base?.runs) {
      const x = lintSmall.median / base.median;
      rows.push([`cold start ≤ 2.5× \`node -e 0\` (${cold.smallLabel})`, `${fmtX(x)} (${fmtMs(lintSmall.median)} vs ${fmtMs(base.median)})`, x <= 2.5 ? 'PASS' : 'FAIL']);
    }
  }
  return table(['target', 'measured', 'result'], rows, { numeric: false });
}

function report(env, bySize, cold, started) {
  const md = [];
  md.push('# govcat lint benchmark — results', '');
  md.push(`Written by \`node bench/lint.mjs${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\` on ${env.date}; overwritten on every run, do not edit by hand. ` +
    `How to run it and what each contender is: [README.md](README.md). Whole run: ${fmtMs(performance.now() - started)}.`, '');
  md.push('## Machine', '');
  md.push(table(['', ''], [
    ['CPU', `${env.cpu}, ${env.cores} cores`], ['memory', env.memory], ['OS', env.os], ['node / npm', `${env.node} / ${env.npm}`],
    ['js-yaml / ajv / yaml', `${env.jsYaml} / ${env.ajv} / ${env.yaml}`], ['govcat', env.govcat], ['peak RSS from', env.rss], ['date', env.date],
  ], { numeric: false }), '');
  const noise = otherCpu();
  if (Number.isFinite(noise.seconds)) {
    md.push(`CPU used by other processes during the run: ${noise.seconds.toFixed(1)} core-seconds, ${(100 * noise.share).toFixed(1)} % of the machine` +
      (noise.share > 0.1 ? ' — **the machine was shared: expect noise**.' : ' (quiet).'), '');
  }
  md.push('## Targets', '');
  md.push(targets(bySize, cold), '');
  md.push('Times are wall-clock per process (spawn to exit, cold: a fresh `node` every run), medians over the runs; ' +
    'peak RSS is the median of the runs\' maxima. "× library limit" divides medians.', '');
  for (const s of bySize) {
    md.push(`## ${s.label} entries — ${fmtMB(s.bytes)} (${plural(runsFor(s.entries), 'run')})`, '');
    md.push(sizeTable(s), '');
    if (s.sanity?.length) md.push(...s.sanity.map((l) => `- ${l}`), '');
    const codes = s.results.find((r) => r.name === GOVCAT)?.codes;
    if (codes?.length) md.push(`govcat exit code(s): ${codes.join(', ')} (0 and 1 both count as a completed lint).`, '');
  }
  if (cold) {
    md.push(`## Cold start (${plural(coldRuns, 'run')})`, '');
    md.push(coldTable(cold), '');
  }
  md.push('## Data', '');
  md.push(`Catalogues from \`bench/generate.mjs\` v${GENERATOR_VERSION} (mulberry32, seed ${DEFAULT_SEED}), cached in \`bench/data/\`: ` +
    'a §2 header, then block-style entries of 3–12 items (long items as blocks with length and description, short ones as flow mappings), ' +
    '~50 % conditional / 35 % unconditional / 15 % non-shareable, GB 32100-valid provider codes; ' +
    `about ${DEFECT_RATE * 1000} entries in 1000 carry one seeded mistake (placeholder purpose, wrong check character, unknown field, ` +
    'insufficient legal basis), so lint reports a few findings as it would on a real file.', '');
  return md.join('\n');
}

// --- main --------------------------------------------------------------------------------------------------------

async function main() {
  if (opt.profile) return profile(Number(opt.profile.replace(/k$/i, '000')));
  const started = performance.now();
  const env = environment();
  markStart();
  log(`govcat lint benchmark — ${env.cpu}, ${env.cores} cores, node ${env.node}; sizes ${sizes.join(', ')}`);

  const bySize = [];
  for (const entries of sizes) {
    const { file, bytes, defects } = ensureCatalogue(entries, { log });
    await warmPageCache(file);
    const label = entries.toLocaleString('en');
    log(`\n${label} entries (${fmtMB(bytes)}), ${plural(runsFor(entries), 'run')}`);
    const sanityLines = entries <= 10_000 ? await sanity(relative(ROOT, file), defects) : [];
    for (const l of sanityLines) log(`  sanity: ${l}`);
    const results = await measure(contendersFor(relative(ROOT, file), entries), runsFor(entries), { warmup: entries <= 10_000 });
    const s = { entries, label, bytes, results, sanity: sanityLines };
    bySize.push(s);
    console.log(`\n### ${label} entries — ${fmtMB(bytes)}\n\n${sizeTable(s)}`);
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
    const contenders = [
      { name: 'node -e 0', args: ['-e', '0'], ok: [0] },
      haveCli && { name: `govcat lint ${relative(ROOT, small)}`, args: ['bin/govcat.js', 'lint', relative(ROOT, small)], ok: [0, 1] },
      haveCli && { name: 'govcat --version', args: ['bin/govcat.js', '--version'], ok: [0] },
    ].filter(Boolean);
    log(`\ncold start, ${plural(coldRuns, 'run')}`);
    cold = { results: await measure(contenders, coldRuns, { warmup: true }), smallLabel };
    console.log(`\n### Cold start\n\n${coldTable(cold)}`);
  }

  console.log(`\n### Targets\n\n${targets(bySize, cold)}\n`);
  if (!opt['no-write']) {
    // bench/verify.mjs keeps its own section of the same file between markers: carry it over.
    const file = join(BENCH, 'RESULTS.md');
    const prior = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const verify = prior.match(/<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/)?.[0] ?? '';
    writeFileSync(file, report(env, bySize, cold, started) + '\n' + (verify ? '\n' + verify : ''));
    log(`wrote bench/RESULTS.md (${fmtMs(performance.now() - started)} in all)`);
  }
  rmSync(TMP, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
