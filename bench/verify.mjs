// Batch verification benchmark: N submitted bundles (.zip, E entries each) verified with --jobs 1 and --jobs 2,
// against linting the same N catalogues alone; the rate per core, the merge of a report (--merge), and from them the
// national sweep (125,000 bundles) sharded over 2, 16 and 64 cores. Writes its section of bench/RESULTS.md (between
// the verify:start / verify:end markers, leaving the rest of the file as it is).
//   npm run build && node bench/verify.mjs [--bundles 1000] [--entries 200] [--runs 3]
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from './generate.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BUNDLES = arg('bundles', 1000);
const ENTRIES = arg('entries', 200);
const RUNS = arg('runs', 3);
const VERSION = 1;
const DIR = join(BENCH, 'data', `bundles-${BUNDLES}x${ENTRIES}-v${VERSION}`);
const log = (...a) => console.error(...a);
/** The national sweep the projection is for: every catalogue bundle of the country's departments, 200 entries each. */
const SWEEP = { bundles: 125_000, entries: 200, cores: [2, 16, 64] };
const REPORT = (name) => join(DIR, `report-${name}.json`);
/** CPU time of the govcat runs measured (from /usr/bin/time), to tell what other processes used meanwhile. */
let childCpuSeconds = 0;

await ensureBundles();
const loadBefore = loadavg()[0];
const window = { busy: machineBusySeconds(), own: process.cpuUsage(), t: performance.now() };
const results = {
  lint: measure('govcat lint (the N catalogues alone)', ['lint', join(DIR, 'catalogues'), '--format', 'json', '--as-of', '2026-06-01']),
  jobs1: measure('govcat verify --jobs 1', ['verify', join(DIR, 'bundles'), '--jobs', '1', '--format', 'json', '--as-of', '2026-06-01', '-o', REPORT('jobs1')]),
  jobs2: measure('govcat verify --jobs 2', ['verify', join(DIR, 'bundles'), '--jobs', '2', '--format', 'json', '--as-of', '2026-06-01', '-o', REPORT('jobs2')]),
  // The merge step of a sharded sweep, here over the whole batch's report as one part: reading it back, the cross-bundle
  // check over every bundle, writing the merged JSON report (which must be the same report).
  merge: measure('govcat verify --merge (its JSON report)', ['verify', '--merge', REPORT('jobs2'), '--format', 'json', '-o', REPORT('merged')]),
};
// The same merge over one bundle of it: what a merge costs before its bundles, so that the sweep's is projected from the rest.
const whole = JSON.parse(readFileSync(REPORT('jobs2'), 'utf8'));
writeFileSync(REPORT('one'), JSON.stringify({ ...whole, bundles: whole.bundles.slice(0, 1) }));
results.mergeOne = measure('govcat verify --merge (1 bundle of it)', ['verify', '--merge', REPORT('one'), '--format', 'json', '-o', REPORT('merged-one')]);
results.others = othersCpu(window);
if (readFileSync(REPORT('merged'), 'utf8') !== readFileSync(REPORT('jobs2'), 'utf8')) throw new Error('the merged report differs from the run it was merged from');
results.reportBytes = statSync(REPORT('jobs2')).size;
results.retained = retainedPerBundle(REPORT('jobs2'));
results.load = [loadBefore, loadavg()[0]];
writeSection(results);

async function ensureBundles() {
  if (existsSync(join(DIR, 'done'))) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'catalogues'), { recursive: true });
  mkdirSync(join(DIR, 'bundles'), { recursive: true });
  const { lintForBag, planBag } = await import('../dist/package/plan.js');
  const { writeBag } = await import('../dist/package/write.js');
  const { resolveProfile } = await import('../dist/profiles/index.js');
  const { rules } = await import('../dist/rules/index.js');
  const profile = resolveProfile('national', rules);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const started = performance.now();
  for (let i = 0; i < BUNDLES; i++) {
    const name = `CAT-${String(i).padStart(4, '0')}`;
    const file = join(DIR, 'catalogues', `${name}.yaml`);
    generateCatalogue(ENTRIES, file, { seed: 0x809_0000 + i, defectRate: 0 });
    const text = readFileSync(file, 'utf8').replace('id: CAT-110000-SCJGJ', `id: CAT-110000-${name}`);
    writeFileSync(file, text);
    const bytes = new TextEncoder().encode(text);
    const reports = { ...lintForBag(text, profile, rules, '2026-06-01'), lintRules: rules };
    const plan = planBag({ catalogueBytes: bytes, reports, attachments: [], date: '2026-06-01', toolVersion: version, profile: 'national', allowErrors: true });
    await writeBag(plan.files, join(DIR, 'bundles', `${name}.zip`), { date: '2026-06-01', force: true });
    if (i % 100 === 99) log(`  made ${i + 1}/${BUNDLES} bundles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  writeFileSync(join(DIR, 'done'), '');
}

/** The memory a merge keeps per bundle once its parts are read (heap after garbage collection), and the bundles it held. */
function retainedPerBundle(file) {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { mergeParts, readPart } = await import(${JSON.stringify(join(ROOT, 'dist/verify/merge.js'))});
    gc();
    const before = process.memoryUsage().heapUsed;
    const merged = mergeParts([readPart('part', readFileSync(${JSON.stringify(file)}, 'utf8'))]);
    gc();
    console.log((process.memoryUsage().heapUsed - before) / merged.bundles.length);`;
  const p = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`measuring the merge's memory failed: ${p.stderr.slice(0, 500)}`);
  return Number(p.stdout.trim());
}

function measure(label, args) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const p = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, join(ROOT, 'bin/govcat.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t;
    if (p.status !== 0 && p.status !== 1) throw new Error(`${label} failed (exit ${p.status}): ${p.stderr.slice(0, 500)}`);
    const [kib, user, sys] = p.stderr.trim().split('\n').pop().split(' ').map(Number);
    const rss = kib * 1024;
    childCpuSeconds += user + sys;
    runs.push({ ms, rss, exit: p.status });
    log(`  ${label.padEnd(40)} run ${r + 1}/${RUNS}: ${(ms / 1000).toFixed(2)} s  ${(rss / 2 ** 20).toFixed(0)} MB  exit ${p.status}`);
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const med = sorted[Math.floor(sorted.length / 2)];
  const rssMed = [...runs].map((x) => x.rss).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { label, median: med.ms, min: sorted[0].ms, max: sorted.at(-1).ms, rss: rssMed, exit: runs[0].exit };
}

/** Busy CPU time of the whole machine so far, in seconds (from /proc/stat), or NaN. */
function machineBusySeconds() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) / 100; // USER_HZ
  } catch {
    return NaN;
  }
}

/** What everything but this benchmark and its runs used of the machine since `w`: core-seconds and share. */
function othersCpu(w) {
  const own = process.cpuUsage(w.own);
  const seconds = Math.max(0, machineBusySeconds() - w.busy - childCpuSeconds - (own.user + own.system) / 1e6);
  const wall = (performance.now() - w.t) / 1000;
  return { seconds, share: seconds / (wall * cpus().length) };
}

function loadSentence(r) {
  const { seconds, share } = r.others;
  const load = `load average ${r.load[0].toFixed(1)} when the runs began and ${r.load[1].toFixed(1)} when they ended, on ${cpus().length} cores, counting these runs themselves`;
  if (!Number.isFinite(seconds)) return `The machine's load could not be read apart from these runs (${load}).`;
  const used = `other processes used ${seconds.toFixed(1)} core-seconds during the runs, ${(100 * share).toFixed(1)} % of the machine`;
  return share < 0.05
    ? `The machine was quiet: ${used} (${load}).`
    : `The machine was shared: ${used} (${load}) — so --jobs 2 gains less over --jobs 1 than it would alone, and the rate per core above is a floor rather than what an idle core does.`;
}

function writeSection(r) {
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const perBundle = (x) => x.median / BUNDLES;
  const rate = (x) => (BUNDLES / (x.median / 1000)).toFixed(1);
  const speedup = r.jobs1.median / r.jobs2.median;
  const ratio = perBundle(r.jobs1) / perBundle(r.lint);
  const row = (x) => `| ${x.label} | ${fmt(x.median)} | ${fmt(x.min)} – ${fmt(x.max)} | ${fmt(perBundle(x))} | ${x.label.startsWith('govcat verify --jobs') ? rate(x) : '—'} | ${(x.rss / 2 ** 20).toFixed(0)} MB |`;
  const cpu = cpus()[0]?.model ?? 'unknown';
  // Per core: --jobs 1 is one core alone; --jobs 2 keeps both cores of this machine busy, as every core of a sharded
  // sweep is, so its rate per core (memory bandwidth and the main thread shared) is the one the projection uses.
  const perCore1 = BUNDLES / (r.jobs1.median / 1000);
  const perCore = BUNDLES / (r.jobs2.median / 1000) / 2;
  const scale = SWEEP.bundles / BUNDLES;
  const hms = (s) => (s >= 3600 ? `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min` : s >= 60 ? `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s` : `${s.toFixed(1)} s`);
  const sweepRows = SWEEP.cores.map((c) => `| ${c} | ${hms(SWEEP.bundles / (perCore * c))} |`).join('\n');
  // A merge's time grows with its bundles from what it costs for one; its memory by what it keeps of each bundle.
  const grow = (one, all) => one + ((all - one) / (BUNDLES - 1)) * (SWEEP.bundles - 1);
  const mergeS = grow(r.mergeOne.median, r.merge.median) / 1000;
  const mergeHeap = r.retained * SWEEP.bundles;
  const perBundleBytes = r.reportBytes / BUNDLES;
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
  const text = `<!-- verify:start -->
## Batch verification (bench/verify.mjs)

${BUNDLES} bundles (.zip, ${ENTRIES} entries each, made with the package library code), ${RUNS} runs each, on ${cpu} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}; written ${new Date().toISOString()}.

| contender | median | min – max | per bundle | bundles/s | peak RSS |
|---|---:|---:|---:|---:|---:|
${row(r.lint)}
${row(r.jobs1)}
${row(r.jobs2)}
${row(r.merge)}
${row(r.mergeOne)}

| target | measured | result |
|---|---|---|
| ≥ 1.7× speed-up from --jobs 1 to --jobs 2 | ${speedup.toFixed(2)}× | ${speedup >= 1.7 ? 'PASS' : 'FAIL'} |
| verify time per bundle ≤ 1.3× linting its catalogue alone (--jobs 1) | ${ratio.toFixed(2)}× (${fmt(perBundle(r.jobs1))} vs ${fmt(perBundle(r.lint))}) | ${ratio <= 1.3 ? 'PASS' : 'FAIL'} |

### Per core, and the national sweep

Bundles per second per core: **${perCore.toFixed(1)}** with every core busy (--jobs 2 on these 2 cores: ${rate(r.jobs2)} bundles/s ÷ 2); ${perCore1.toFixed(1)} for one core alone (--jobs 1).

The national sweep — ${SWEEP.bundles.toLocaleString('en')} bundles of ${SWEEP.entries} entries — sharded with \`--shard K/N\` over machines whose cores add up to:

| cores | wall time |
|---:|---:|
${sweepRows}

Wall time = bundles / (rate per core × cores), with ${perCore.toFixed(1)} bundles/s per core. It assumes every core verifies as fast as one of this machine's with both busy (the same CPU class, bundles like these), that each shard reads its bundles from storage that keeps up (local disk, or a volume with the bandwidth for all shards), that the shards are even (the path hash spreads ${SWEEP.bundles.toLocaleString('en')} bundles within a fraction of a percent) and that they start together; it leaves out starting the machines and copying the bundles to them.

Then the merge, one process: ${fmt(r.merge.median)} and ${(r.merge.rss / 2 ** 20).toFixed(0)} MB peak for this report of ${BUNDLES} bundles (${mb(r.reportBytes)} of JSON, ${(perBundleBytes / 1024).toFixed(0)} KB a bundle with its catalogue entries), against ${fmt(r.mergeOne.median)} and ${(r.mergeOne.rss / 2 ** 20).toFixed(0)} MB for one bundle of it; once read, it keeps ${(r.retained / 1024).toFixed(0)} KB a bundle (heap after garbage collection). Growing so, the sweep's merge takes about ${hms(mergeS)} and keeps ${(mergeHeap / 2 ** 30).toFixed(1)} GiB, plus the part being read, from ${(perBundleBytes * SWEEP.bundles / 2 ** 30).toFixed(1)} GiB of parts: a machine of its own, and beyond Node's default heap (4 GiB, about ${Math.floor((4 * 2 ** 30) / r.retained).toLocaleString('en')} bundles) a larger heap: \`NODE_OPTIONS=--max-old-space-size=${Math.ceil((mergeHeap * 1.5) / 2 ** 30) * 1024} govcat verify --merge …\`. One JSON report holds about ${Math.floor(536_870_888 / perBundleBytes).toLocaleString('en')} such bundles (a JavaScript string is at most 512 MB), so each part of the sweep needs N ≥ ${Math.ceil(SWEEP.bundles / Math.floor(536_870_888 / perBundleBytes))} shards and its merge writes the table, CSV, SARIF, JUnit or HTML report rather than one JSON report.

${loadSentence(r)}
<!-- verify:end -->
`;
  const file = join(BENCH, 'RESULTS.md');
  // Only this section is written: another benchmark (bench/lint.mjs) owns the rest of the file.
  const prior = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next = /<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/.test(prior) ? prior.replace(/<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/, () => text) : `${prior.trimEnd()}\n\n${text}`;
  writeFileSync(file, next);
  console.log(text);
}
