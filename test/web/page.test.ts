// The checker page (dist/web/govcat.html, written by npm run build) in headless Chromium from file://: its report
// equals `govcat lint --format json` for the same files, it makes no network request, it survives hostile files, it
// is usable by keyboard and axe-core finds no serious or critical violation. Screenshots go to test-results/web/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumOr, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, govcat } from '../cli/run.js';

const HAS_CHROMIUM = chromiumOr('web/page.test.ts');
const PAGE = join(ROOT, 'dist/web/govcat.html');
const SHOTS = join(ROOT, 'test-results', 'web');
const AS_OF = '2026-03-01';

// axe-core is a devDependency; NODE_PATH may name another install of it (CommonJS resolution).
let AXE: string | undefined;
try {
  AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  console.warn('web/page.test.ts: skipping the axe-core check: axe-core is not installed (npm install)');
}

/** The files the page and the CLI both check, by the bare name the page sees. */
const PARITY = ['catalogue.yaml', 'violations.yaml', 'violations.xlsx', 'hubei-violations.yaml', 'miit-violations.yaml', 'zh-keyed.yaml', 'malformed.yaml'];

let work: string;
let browser: Browser | undefined;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build first`);
  work = mkdtempSync(join(tmpdir(), 'govcat-web-'));
  const copy = (from: string, to: string) => copyFileSync(join(ROOT, from), join(work, to));
  copy('samples/catalogue.yaml', 'catalogue.yaml');
  copy('samples/violations.yaml', 'violations.yaml');
  copy('samples/violations.xlsx', 'violations.xlsx');
  copy('samples/hubei/violations.yaml', 'hubei-violations.yaml');
  copy('samples/miit/violations.yaml', 'miit-violations.yaml');
  copy('test/fixtures/zh/fj-yjglt.yaml', 'zh-keyed.yaml');
  writeFileSync(join(work, 'malformed.yaml'), 'govcat: 1\ncatalogue:\n  id: [unclosed\n  title: x\n');
  // The CSV set an export writes (export-entries.csv, export-items.csv, export-catalogue.csv): one catalogue.
  const exported = govcat(['export', join(work, 'violations.yaml'), '--to', 'csv', '-o', join(work, 'export')]);
  if (exported.code !== 0) throw new Error(`govcat export: ${exported.stderr}`);
  execFileSync(process.execPath, [join(ROOT, 'bench/generate.mjs'), '2000', join(work, 'big-2000.yaml')], { stdio: 'ignore' });
  // Hostile files: a billion laughs of aliases, binary bytes under a YAML name, 50 MB.
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
  writeFileSync(join(work, 'alias-bomb.yaml'), `${levels.join('\n')}\n`);
  writeFileSync(join(work, 'binary.yaml'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  writeFileSync(join(work, 'huge.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  mkdirSync(SHOTS, { recursive: true });
  if (HAS_CHROMIUM) {
    browser = await launchChromium();
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!HAS_CHROMIUM)('the checker page in Chromium', () => {
  it('reports exactly what govcat lint --format json reports for the same files (samples, xlsx, CSV set, Chinese keys, malformed)', async () => {
    // The CSV files of the export, all given (the page reads only what it is given; the CLI finds siblings on disk).
    const files = [...PARITY, ...readdirSync(work).filter((f) => /^export-.*\.csv$/.test(f)).sort()];
    expect(files.length).toBeGreaterThanOrEqual(PARITY.length + 3);
    const cli = govcat(['lint', ...files, '--format', 'json', '--as-of', AS_OF, '--no-config', '--lang', 'zh'], { cwd: work });
    expect(cli.code).toBe(2); // malformed.yaml is fatal
    const page = await _open('zh-CN');
    await _check(page, files);
    const report = await _downloadJson(page);
    expect(report).toEqual(JSON.parse(cli.stdout));
    // SARIF: the same results, rules and fingerprints (the page's SHA-256 is its own, node:crypto's in the CLI).
    const sarif = govcat(['lint', ...files, '--format', 'sarif', '--as-of', AS_OF, '--no-config', '--lang', 'zh'], { cwd: work });
    const [mine, theirs] = [await _downloadJson(page, 'sarif'), JSON.parse(sarif.stdout)];
    expect(mine.runs[0].results).toEqual(theirs.runs[0].results);
    expect(mine.runs[0].tool.driver.rules).toEqual(theirs.runs[0].tool.driver.rules);
    // The table shows every finding, the summary every file.
    const findings = report.results.flatMap((r: { findings: unknown[] }) => r.findings);
    expect(await page.locator('#findings-body tr').count()).toBe(findings.length);
    expect(await page.locator('#summary-body tr').count()).toBe(report.results.length);
    await page.close();
  }, 120_000);

  it('shows the findings in Chinese, the offending YAML line and spreadsheet cell, and the article on demand', async () => {
    const page = await _open('zh-CN');
    await _check(page, ['violations.yaml', 'violations.xlsx']);
    await page.locator('#as-of').blur();
    await _shot(page, 'first-screen-zh.png');
    const report = await _downloadJson(page);
    const yaml = report.results.find((r: { file: string }) => r.file === 'violations.yaml').findings[0];
    const cell = report.results.find((r: { file: string }) => r.file === 'violations.xlsx').findings[0];

    // Sorted by position: the workbook's findings first (file name order), then the YAML's.
    const yamlRow = page.locator('#findings-body tr', { hasText: `violations.yaml:${yaml.line}:${yaml.column}` }).first();
    await expect.poll(() => yamlRow.textContent()).toContain(yaml.messages.zh);
    await yamlRow.getByRole('button', { name: '查看位置' }).click();
    expect(await page.locator('#place .hit').getAttribute('data-line')).toBe(String(yaml.line));
    expect(await page.locator('#place .hit').textContent()).toContain(`${yaml.line} |`);

    const cellRow = page.locator('#findings-body tr', { hasText: `violations.xlsx ${cell.cell.sheet}!${cell.cell.ref}` }).first();
    await cellRow.getByRole('button', { name: '查看位置' }).click();
    expect(await page.locator('#place td.hit').getAttribute('data-cell')).toBe(cell.cell.ref);

    // The article's own words, from law/, behind a <details>.
    const details = yamlRow.locator('details').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('blockquote').textContent()).toMatch(/^第[一二三四五六七八九十]+条/);
    await page.close();
  }, 120_000);

  it('gives the officer\'s workbook back with a 问题 column and a comment at the cell of each finding', async () => {
    const page = await _open('zh-CN');
    await _check(page, ['violations.xlsx']);
    const report = await _downloadJson(page);
    const findings: { messages: { zh: string }; ruleId: string; cell: { sheet: string; row: number; ref: string } }[] = report.results[0].findings;
    expect(findings.length).toBeGreaterThan(10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-xlsx button[data-file="violations.xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('violations-问题.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as never);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(join(work, 'violations.xlsx'));
    for (const ws of wb.worksheets) {
      const here = findings.filter((f) => f.cell.sheet === ws.name);
      const before = original.getWorksheet(ws.name)!;
      if (!here.length) {
        expect(ws.columnCount).toBe(before.columnCount);
        continue;
      }
      const issues = before.columnCount + 1;
      expect(ws.getRow(1).getCell(issues).value).toBe('问题');
      for (const f of here) {
        const note = ws.getCell(f.cell.ref).note;
        const text = typeof note === 'string' ? note : note.texts!.map((t) => t.text).join('');
        expect(text).toContain(f.messages.zh);
        if (f.cell.row > 1) expect(String(ws.getRow(f.cell.row).getCell(issues).value)).toContain(`${f.messages.zh} (${f.ruleId})`);
      }
      // The officer's own cells are unchanged.
      before.eachRow((row, r) => row.eachCell((cell, c) => expect(ws.getRow(r).getCell(c).value).toEqual(cell.value)));
    }
    await page.close();
  }, 120_000);

  it('lints a 2,000-entry catalogue with the CLI findings', async () => {
    const cli = govcat(['lint', 'big-2000.yaml', '--format', 'json', '--as-of', AS_OF, '--no-config', '--lang', 'zh'], { cwd: work });
    const page = await _open('zh-CN');
    await _check(page, ['big-2000.yaml'], 90_000);
    expect(await _downloadJson(page)).toEqual(JSON.parse(cli.stdout));
    await page.close();
  }, 150_000);

  it('hostile files (alias bomb, binary, 50 MB) each get a clear message and the page stays usable', async () => {
    const page = await _open('zh-CN');
    await _check(page, ['alias-bomb.yaml', 'binary.yaml', 'huge.yaml']);
    const rows = await page.locator('#summary-body tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.startsWith('huge.yaml'))).toContain('文件过大（超过 20 MB），未检查');
    expect(rows.find((r) => r.startsWith('binary.yaml'))).toContain('无法检查');
    // The alias bomb and the binary bytes get the CLI's own answer (the 50 MB file the page refuses before reading it).
    const cli = govcat(['lint', 'alias-bomb.yaml', 'binary.yaml', '--format', 'json', '--as-of', AS_OF, '--no-config', '--lang', 'zh'], { cwd: work });
    const report = await _downloadJson(page);
    expect(report.results).toEqual(JSON.parse(cli.stdout).results);
    await _check(page, ['catalogue.yaml'], 30_000, 2);
    expect(await page.locator('#status').textContent()).toBe('检查完成');
    const [row] = await page.locator('#summary-body tr').allTextContents();
    expect(row).toMatch(/^catalogue\.yaml\d+$/);
    await page.close();
  }, 120_000);

  it('takes files dropped on the drop zone', async () => {
    const page = await _open('zh-CN');
    const text = readFileSync(join(work, 'violations.yaml'), 'utf8');
    const dropped = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.yaml'));
      return dt;
    }, text);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
    await page.waitForSelector('body[data-checked="1"]');
    const cli = govcat(['lint', '-', '--stdin-filename', 'dropped.yaml', '--format', 'json', '--as-of', AS_OF, '--no-config', '--lang', 'zh'], { cwd: work, input: text });
    expect((await _downloadJson(page)).results).toEqual(JSON.parse(cli.stdout).results);
    await page.close();
  }, 60_000);

  it('speaks English on an English browser and switches to Chinese with the button', async () => {
    const page = await _open('en-US');
    expect(await page.locator('h1').textContent()).toBe('Government data catalogue checker');
    await _check(page, ['violations.yaml']);
    expect(await page.locator('#status').textContent()).toBe('Check complete');
    await page.locator('#lang').click();
    await page.waitForSelector('body[data-checked="2"]');
    expect(await page.locator('h1').textContent()).toBe('政务数据目录检查');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  }, 60_000);

  it('sorts by keyboard: the header buttons set aria-sort', async () => {
    const page = await _open('zh-CN');
    await _check(page, ['violations.yaml']);
    await page.locator('th[data-sort="severity"] button').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort="severity"]').getAttribute('aria-sort')).toBe('ascending');
    const severities = await page.locator('#findings-body tr').evaluateAll((rows) => rows.map((r) => r.className));
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort="severity"]').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  }, 60_000);

  it.skipIf(!AXE)('axe-core: no serious or critical violation, at 100% and 125% zoom, with findings shown', async () => {
    for (const scale of [1, 1.25]) {
      const page = await _open('zh-CN', scale);
      await _check(page, ['violations.yaml', 'violations.xlsx']);
      await page.locator('#findings-body button').first().click();
      await page.addScriptTag({ content: AXE! });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      if (scale === 1.25) await _shot(page, 'zoom-125-zh.png');
      await page.close();
    }
  }, 120_000);

  it('declares a Content-Security-Policy that allows no request and no remote code, and stores nothing', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe("default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    const page = await _open('zh-CN');
    await _check(page, ['violations.yaml']);
    expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }))).toEqual({ local: 0, session: 0, cookie: '' });
    // A request the page's own code would try is refused by the policy itself, before any route sees it.
    const refused = await page.evaluate(() => fetch('https://example.gov.cn/').then(() => 'sent', () => 'refused'));
    expect(refused).toBe('refused');
    await page.close();
  }, 60_000);

  it('made no network request: only the page itself and the worker it builds from its own code', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });
});

// --- helpers ---

const contexts: BrowserContext[] = [];

async function _open(locale: string, deviceScaleFactor = 1): Promise<Page> {
  const context = await browser!.newContext({ locale, viewport: { width: Math.round(1366 / deviceScaleFactor), height: Math.round(768 / deviceScaleFactor) }, deviceScaleFactor, acceptDownloads: true });
  contexts.push(context);
  // Every request is recorded; one leaving the machine is also refused.
  await context.route('**', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file://') || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(pathToFileURL(PAGE).href);
  await page.locator('#as-of').fill(AS_OF);
  return page;
}

async function _check(page: Page, files: string[], timeout = 60_000, run = 1): Promise<void> {
  await page.setInputFiles('#files', files.map((f) => join(work, f)));
  await page.waitForSelector(`body[data-checked="${run}"]`, { timeout });
}

async function _downloadJson(page: Page, kind: 'json' | 'sarif' = 'json') {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#download-${kind}`).click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

async function _shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name) });
}
