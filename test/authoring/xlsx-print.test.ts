// The exported workbook prints: A4 landscape, fit to one page wide, the header row on every page, long text
// wrapped in rows tall enough for it. Checked in the sheet XML, and where LibreOffice is installed, in its PDF.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/core/load.js';
import { renderSpreadsheet } from '../../src/authoring/spreadsheet/io.js';
import { catalogueToTables } from '../../src/authoring/spreadsheet/tables.js';
import { readZip } from '../package/archive.js';
import { govcat } from '../cli/run.js';

const SAMPLES = ['samples/violations.yaml', 'samples/catalogue.yaml'] as const;

async function exportXlsx(sample: string): Promise<Map<string, string>> {
  const tables = catalogueToTables(loadYaml(readFileSync(sample, 'utf8'), sample).data, sample);
  const [bytes] = await renderSpreadsheet(tables, 'xlsx');
  const file = join(mkdtempSync(join(tmpdir(), 'govcat-print-')), 'x.xlsx');
  writeFileSync(file, bytes);
  return new Map((await readZip(file)).map((e) => [e.name, e.bytes.toString('utf8')]));
}

const sheetsOf = (parts: Map<string, string>) => [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();

describe('govcat export --to xlsx, as printed', () => {
  it.each(SAMPLES)('%s: every sheet A4 landscape, fit to page width (fitToPage on), header row as print titles', async (sample) => {
    const parts = await exportXlsx(sample);
    const sheets = sheetsOf(parts);
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of sheets) {
      const xml = parts.get(name)!;
      expect(xml, name).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml, name).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml, name).toMatch(/<oddFooter>&amp;C&amp;P \/ &amp;N<\/oddFooter>/);
    }
    const workbook = parts.get('xl/workbook.xml')!;
    const titles = [...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">&apos;([^&]+)&apos;!\$1:\$1<\/definedName>/g)];
    expect(titles.map((m) => Number(m[1]))).toEqual(sheets.map((_, i) => i));
    expect(titles.map((m) => m[2]).slice(0, 3)).toEqual(['数据目录', '数据项', '目录信息']);
  });

  it('wraps text in every data column, and sizes each row for its wrapped lines', async () => {
    const parts = await exportXlsx('samples/catalogue.yaml');
    const styles = parts.get('xl/styles.xml')!;
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].split('</xf>');
    const wrapping = new Set(xfs.map((xf, i) => (/wrapText="1"/.test(xf) ? i : -1)).filter((i) => i >= 0));
    expect(wrapping.size).toBeGreaterThan(0);
    const entries = parts.get('xl/worksheets/sheet1.xml')!;
    // Every column of the entries sheet has a width and a wrapping style.
    const cols = [...entries.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)" style="(\d+)"/g)].map((m) => ({ n: Number(m[2]) - Number(m[1]) + 1, width: Number(m[3]), style: Number(m[4]) }));
    expect(cols.reduce((n, c) => n + c.n, 0)).toBe(22);
    for (const c of cols) expect(wrapping.has(c.style)).toBe(true);
    // SCJG-0001's summary (41 characters in a 20-wide column) needs several lines: its row is sized for them.
    const row3 = /<row r="2"[^>]*>/.exec(entries)![0];
    expect(Number(/ht="([\d.]+)"/.exec(row3)?.[1])).toBeGreaterThanOrEqual(4 * 15);
    expect(row3).toContain('customHeight="1"');
    // The widest sheet still keeps its columns narrow enough to print legibly at one page wide.
    expect(cols.reduce((n, c) => n + c.n * c.width, 0)).toBeLessThan(300);
  });

  const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
  const poppler = spawnSync('pdfinfo', ['-v']).status === 0;
  it.skipIf(!soffice || !poppler)('LibreOffice prints the samples on a few A4 landscape pages, the text inside the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-print-lo-'));
    const files = SAMPLES.map((sample, i) => {
      const out = join(dir, `s${i}.xlsx`);
      expect(govcat(['export', sample, '--to', 'xlsx', '-o', out]).code).toBe(0);
      return out;
    });
    // A profile of its own, so a LibreOffice already running (or another test run) does not take the job.
    const lo = spawnSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 240_000 });
    expect(lo.status, lo.stderr).toBe(0);
    const pages: number[] = [];
    SAMPLES.forEach((_, i) => {
      const pdf = join(dir, `s${i}.pdf`);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      pages.push(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
      // A4 landscape: 842 × 595 points.
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.(28|3)\d* pts \(A4\)/);
      // Every word LibreOffice drew lies on the page (a column cut off at the page edge would not).
      const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
      const xMax = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
      expect(xMax).toBeLessThanOrEqual(841.89);
    });
    // Before: 12 and 25 Letter portrait pages, two or three columns each, the rest of the text clipped.
    expect(pages[0]).toBeLessThanOrEqual(4);
    expect(pages[1]).toBeLessThanOrEqual(14);
    // The long summary is there in full: wrapped, not cut at the column's edge.
    const text = spawnSync('pdftotext', ['-raw', join(dir, 's1.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain('本市企业、农民专业合作社设立、变更、注销登记形成的基本信息，不含主要人员身份信息');
  }, 300_000);
});
