// Batch verification benchmark: N submitted bundles (.zip, E entries each) verified with --jobs 1 and --jobs 2,
// against linting the same N catalogues alone. Writes its section of bench/RESULTS.md (between markers).
//   npm run build && node bench/verify.mjs [--bundles 1000] [--entries 200] [--runs 3]
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

await ensureBundles();
const results = {
  lint: measure('govcat lint (the N catalogues alone)', ['lint', join(DIR, 'catalogues'), '--format', 'json', '--as-of', '2026-06-01']),
  jobs1: measure('govcat verify --jobs 1', ['verify', join(DIR, 'bundles'), '--jobs', '1', '--format', 'json', '--as-of', '2026-06-01']),
  jobs2: measure('govcat verify --jobs 2', ['verify', join(DIR, 'bundles'), '--jobs', '2', '--format', 'json', '--as-of', '2026-06-01']),
};
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

function measure(label, args) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const p = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/govcat.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t;
    if (p.status !== 0 && p.status !== 1) throw new Error(`${label} failed (exit ${p.status}): ${p.stderr.slice(0, 500)}`);
    const rss = Number(p.stderr.trim().split('\n').pop()) * 1024;
    runs.push({ ms, rss, exit: p.status });
    log(`  ${label.padEnd(40)} run ${r + 1}/${RUNS}: ${(ms / 1000).toFixed(2)} s  ${(rss / 2 ** 20).toFixed(0)} MB  exit ${p.status}`);
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const med = sorted[Math.floor(sorted.length / 2)];
  const rssMed = [...runs].map((x) => x.rss).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { label, median: med.ms, min: sorted[0].ms, max: sorted.at(-1).ms, rss: rssMed, exit: runs[0].exit };
}

function writeSection(r) {
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const perBundle = (x) => x.median / BUNDLES;
  const rate = (x) => (BUNDLES / (x.median / 1000)).toFixed(1);
  const speedup = r.jobs1.median / r.jobs2.median;
  const ratio = perBundle(r.jobs1) / perBundle(r.lint);
  const row = (x) => `| ${x.label} | ${fmt(x.median)} | ${fmt(x.min)} – ${fmt(x.max)} | ${fmt(perBundle(x))} | ${x.label.startsWith('govcat verify') ? rate(x) : '—'} | ${(x.rss / 2 ** 20).toFixed(0)} MB |`;
  const cpu = cpus()[0]?.model ?? 'unknown';
  const text = `<!-- verify:start -->
## Batch verification (bench/verify.mjs)

${BUNDLES} bundles (.zip, ${ENTRIES} entries each, made with the package library code), ${RUNS} runs each, on ${cpu} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}; written ${new Date().toISOString()}.

| contender | median | min – max | per bundle | bundles/s | peak RSS |
|---|---:|---:|---:|---:|---:|
${row(r.lint)}
${row(r.jobs1)}
${row(r.jobs2)}

| target | measured | result |
|---|---|---|
| ≥ 1.7× speed-up from --jobs 1 to --jobs 2 | ${speedup.toFixed(2)}× | ${speedup >= 1.7 ? 'PASS' : 'FAIL'} |
| verify time per bundle ≤ 1.3× linting its catalogue alone (--jobs 1) | ${ratio.toFixed(2)}× (${fmt(perBundle(r.jobs1))} vs ${fmt(perBundle(r.lint))}) | ${ratio <= 1.3 ? 'PASS' : 'FAIL'} |
<!-- verify:end -->
`;
  const file = join(BENCH, 'RESULTS.md');
  const prior = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next = /<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/.test(prior) ? prior.replace(/<!-- verify:start -->[\s\S]*<!-- verify:end -->\n?/, text) : `${prior.trimEnd()}\n\n${text}`;
  writeFileSync(file, next);
  console.log(text);
}
