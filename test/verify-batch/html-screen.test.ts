// The authority's first screen of the HTML report, in headless Chromium at 1366×768: what a reader sees before scrolling,
// in zh and en, for a realistic batch; and that no English word is broken across lines. Screenshots go to test-results/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromiumOr, launchChromium } from '../chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFY_REPORT_RULES } from '../../src/cli/commands/verify.js';
import { batchSummaryText } from '../../src/verify/report/index.js';
import { ROOT, govcat } from '../cli/run.js';
import { writeRealisticBatch } from './realistic-batch.js';

const HAS_CHROMIUM = chromiumOr('html-screen.test.ts');

const SHOTS = join(ROOT, 'test-results', 'verify-html');
const VIEWPORT = { width: 1366, height: 768 };
const TITLE = (id: string, locale: 'zh' | 'en') => VERIFY_REPORT_RULES.find((r) => r.id === id)!.docs.summary[locale];

let work: string;
let browser: Browser | undefined;
const reports: Record<'zh' | 'en', string> = { zh: '', en: '' };
let batch: { passed: number; failed: number };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'govcat-verify-screen-'));
  const bags = join(work, 'batch');
  mkdirSync(bags);
  batch = writeRealisticBatch(bags);
  for (const locale of ['zh', 'en'] as const) {
    reports[locale] = join(work, `report-${locale}.html`);
    const r = govcat(['verify', bags, '--as-of', '2026-03-10', '--received', '2026-03-09', '--format', 'html', '-o', reports[locale], '--lang', locale]);
    if (r.code !== 1) throw new Error(`govcat verify exited ${r.code}: ${r.stderr}`);
  }
  if (HAS_CHROMIUM) {
    browser = await launchChromium();
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!HAS_CHROMIUM)('the first screen of the HTML report at 1366×768', () => {
  it('zh: the summary, the 主要问题 column with Chinese rule titles, no English rule id; failed bundles open', async () => {
    const page = await _open('zh');
    const screen = await _firstScreen(page);
    await _shot(page, 'first-screen-zh.png');

    expect(screen).toContain(batchSummaryText({ bundles: 14, passed: batch.passed, failed: batch.failed, errors: 28, warnings: 282, infos: 14 }, 'zh'));
    expect(screen).toContain('主要问题');
    // The first rows' reasons, by title in Chinese with their counts, the gravest first.
    expect(screen).toContain(`${TITLE('duplicate-catalogue-version', 'zh')}（1 个错误）`);
    expect(screen).toContain(`${TITLE('manifest-checksum', 'zh')}（1 个错误）`);
    expect(screen).toContain(`${TITLE('approval-required', 'zh')}（1 个错误）`);
    for (const rule of VERIFY_REPORT_RULES) expect(screen, `the English rule id ${rule.id} is visible`).not.toContain(rule.id);
    // The whole page, too: rule ids are tooltips only (bag-info.txt is a file's name, not the rule bag-info).
    const body = await page.locator('body').innerText();
    const ids = VERIFY_REPORT_RULES.flatMap((r) => body.match(new RegExp(`.{0,30}(?<![\\w-])${r.id}(?![\\w-]|\\.\\w).{0,30}`)) ?? []);
    expect(ids).toEqual([]);

    // Nothing clipped or spilling out of its cell, the Chinese text included.
    expect(await _overflowing(page)).toEqual([]);
    expect(await page.locator('details.failed[open]').count()).toBe(batch.failed);
    expect(await page.locator('details.passed:not([open])').count()).toBe(batch.passed);
    // Following a failed bundle's row link shows its findings straight away, the rule named in Chinese.
    await page.locator('table.bundles tr.failed a').first().click();
    const details = await _firstScreen(page);
    expect(details).toContain(TITLE('duplicate-catalogue-version', 'zh'));
    expect(details).toContain('级别');
    await page.close();
  });

  it('zh: the rule chart shows errors, then warnings, then infos, each rule by its full Chinese title; "others" never outweighs a bar', async () => {
    const page = await _open('zh');
    expect(await page.locator('#chart-rules tr.group').allInnerTexts()).toEqual(['错误', '警告', '提示']);
    const rows = await page.locator('#chart-rules tr:not(.group)').evaluateAll((trs) =>
      trs.map((tr) => ({ label: (tr.querySelector('th') as HTMLElement).innerText, id: tr.querySelector('th')!.getAttribute('title'), total: Number((tr.querySelector('td.num') as HTMLElement).innerText), folded: tr.classList.contains('folded'), kinds: [...tr.querySelectorAll('rect')].map((r) => r.getAttribute('class')) })),
    );
    const gravest = (r: (typeof rows)[number]) => (r.kinds[0] ?? '').replace('bar ', '');
    expect(rows.map(gravest).filter(Boolean)).toEqual([...rows.map(gravest).filter(Boolean)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    for (const r of rows.filter((r) => !r.folded)) {
      expect(r.label).toBe(TITLE(r.id!, 'zh'));
      expect(r.label).not.toContain('…');
    }
    // No folded row draws a bar: a sum over several rules is nobody's count. It says what it holds.
    expect(rows.filter((r) => r.folded)).toHaveLength(1);
    for (const r of rows.filter((r) => r.folded)) {
      expect(r.kinds).toEqual([]);
      expect(r.label).toMatch(/^其余 \d+ 条有(错误|警告)的规则，共 \d+ 个问题$/);
    }
    // The biggest error rule of this batch is drawn first, whatever the warnings' counts.
    expect(rows[0].id).toBe('share-type-valid');
    await page.close();
  });

  it('en: the same first screen in English, and no word broken across lines anywhere on the page', async () => {
    const page = await _open('en');
    const screen = await _firstScreen(page);
    await _shot(page, 'first-screen-en.png');
    expect(screen).toContain('14 bundles: 4 passed, 10 failed');
    expect(screen).toContain('Main problems');
    expect(screen).toContain(`${TITLE('duplicate-catalogue-version', 'en')} (1 error)`);
    expect(await _brokenWords(page)).toEqual([]);
    expect(await _overflowing(page)).toEqual([]);
    await page.close();
  });

  it('en: no word broken across lines at a narrower window (1024 px) either', async () => {
    const page = await _open('en', { width: 1024, height: 768 });
    expect(await _brokenWords(page)).toEqual([]);
    expect(await _overflowing(page)).toEqual([]);
    await page.close();
  });
});

const ORDER = ['error', 'warning', 'info'];

async function _open(locale: 'zh' | 'en', viewport = VIEWPORT): Promise<Page> {
  const page = await browser!.newPage({ viewport });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(reports[locale]).href, { waitUntil: 'load' });
  expect(problems).toEqual([]);
  return page;
}

async function _shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
  expect(readFileSync(join(SHOTS, name)).subarray(1, 4).toString()).toBe('PNG');
}

/**
 * The text a reader sees without scrolling: the innerText of each block (cell, list item, paragraph…) that has
 * rendered text inside the viewport, in document order.
 */
function _firstScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const blocks = new Set<HTMLElement>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim()) continue;
      range.selectNodeContents(node);
      const inside = [...range.getClientRects()].some((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
      const block = node.parentElement?.closest<HTMLElement>('li, td, th, p, h1, h2, dt, dd, summary, label, figcaption');
      if (inside && block) blocks.add(block);
    }
    return [...blocks].map((b) => b.innerText.trim()).join('\n');
  });
}

/**
 * Every Latin word (letters and digits) outside the identifier tokens, which may break anywhere, whose rendered boxes
 * lie on more than one line: a word set on one line has all its boxes at one top. (Debian's Chromium ships no
 * hyphenation dictionaries, so the prose's hyphens:auto breaks nothing here.)
 */
function _brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.token, script, style, title')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[A-Za-z0-9]{2,}/g)) {
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`${m[0]} (in "${text.slice(0, 60)}")`);
      }
    }
    return broken;
  });
}

/** Cells, list items and headings whose content is wider than they are: clipped or spilling over a neighbour. */
function _overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('th, td, li, h1, h2, p, summary, figcaption')]
      .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.innerText.slice(0, 40)}`),
  );
}
