// The HTML report of a real batch in headless Chromium: loads offline without errors, shows the right counts, charts, failed bundles open.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumOr, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govcat } from '../cli/run.js';
import { asDepartment, makeBag } from './make-bag.js';

const HAS_CHROMIUM = chromiumOr('html.test.ts');

let work: string;
let report: string;
const HOSTILE_DEPARTMENT = '北京市<img src=x onerror=alert(1)>局';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govcat-verify-html-'));
  makeBag(work, 'a-scjg');
  makeBag(work, 'b-hostile', { replace: asDepartment(HOSTILE_DEPARTMENT, '11110000000019374', 'CAT-110000-GAJ') });
  makeBag(work, 'c-tampered', {
    replace: asDepartment('北京市民政局', '11110000000013728', 'CAT-110000-MZJ'),
    after: (root) => appendFileSync(join(root, 'data', 'catalogue.yaml'), '# changed\n'),
  });
  report = join(work, 'report.html');
  const r = govcat(['verify', work, '--as-of', '2026-03-10', '--format', 'html', '-o', report, '--lang', 'zh']);
  if (r.code !== 1) throw new Error(`govcat verify exited ${r.code}: ${r.stderr}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the HTML report', () => {
  it('escapes the hostile department name of a real bundle', () => {
    const page = readFileSync(report, 'utf8');
    expect(page).not.toContain('<img');
    expect(page).toContain('北京市&lt;img src=x onerror=alert(1)&gt;局');
  });

  it.skipIf(!HAS_CHROMIUM)('loads in headless Chromium offline, shows the counts and charts, failed bundles open and passed ones expandable', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), d.dismiss()));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });

      // The page itself is the only request: no fonts, scripts, images or styles fetched.
      expect(requests).toEqual([pathToFileURL(report).href]);
      const count = (key: string) => page.locator(`dd[data-count="${key}"]`).innerText();
      expect([await count('bundles'), await count('passed'), await count('failed')]).toEqual(['3', '2', '1']);
      expect(await page.locator('table.bundles tbody tr').count()).toBe(3);
      expect(await page.locator('table.bundles tbody tr.failed').count()).toBe(1);
      expect(await page.locator('#chart-rules svg rect').count()).toBeGreaterThan(0);
      expect(await page.locator('#chart-departments svg rect').count()).toBeGreaterThan(0);
      expect(await page.locator('#chart-departments th', { hasText: HOSTILE_DEPARTMENT }).count()).toBe(1);

      // A failed bundle's details are open from the start, its findings named by rule title (the id is the tooltip);
      // a passed one's are closed until its summary is clicked.
      const failed = page.locator('details.failed');
      expect(await failed.count()).toBe(1);
      expect(await failed.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await failed.locator('table.findings').innerText()).toContain('每个文件的校验值与清单一致');
      expect(await failed.locator('table.findings [title="manifest-checksum"]').count()).toBe(1);
      const passed = page.locator('details.passed').first();
      expect(await passed.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      await passed.locator('summary').click();
      expect(await passed.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);

      // The page's own script runs (the CSP admits it by hash): the filter hides the passed bundles.
      await page.locator('#failed-only').check();
      expect(await page.locator('table.bundles tbody tr.passed').first().isVisible()).toBe(false);
      expect(await page.locator('table.bundles tbody tr.failed').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
