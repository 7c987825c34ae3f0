// Batch reports on literal summaries: csv quoting and BOM, json schema, html escaping, the terminal table, sarif / junit mapping.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import csv, { BOM, csvField } from '../../src/verify/report/csv.js';
import html from '../../src/verify/report/html.js';
import verifyJson from '../../src/verify/report/json.js';
import table from '../../src/verify/report/table.js';
import { findingWhere, verifyReporters } from '../../src/verify/report/index.js';
import { barChart, topBars } from '../../src/verify/report/svg.js';
import { displayWidth } from '../../src/formatters/_text.js';
import { BUNDLES, HOSTILE, ctx } from './fixtures.js';
import { validateReport } from './schema.js';


describe('csv', () => {
  const text = csv(BUNDLES, ctx('zh'));

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('报送包,结果,部门,部门代码,目录,版本,配置方案,签名,错误,警告,提示,规则,首个错误');
  });

  it('has one row per bundle (line breaks inside quoted fields do not count)', () => {
    const records = _parseCsv(text.slice(1));
    expect(records).toHaveLength(1 + BUNDLES.length);
    expect(records[1].slice(0, 6)).toEqual(['batch/a.zip', '通过', '北京市市场监督管理局', '11110000MB1957J40W', 'CAT-110000-SCJGJ', '2026.2']);
    expect(records[2][2]).toBe(HOSTILE);
    expect(records[2][5]).toBe('1,"2"\n3');
    expect(records[2][8]).toBe('2');
  });

  it('quotes by RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField(42)).toBe('42');
    expect(csvField('bell\u0007\u001b[31m')).toBe('bell[31m');
  });
});

describe('json', () => {
  it('validates against schemas/verify-report.schema.json in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const report = JSON.parse(verifyJson(BUNDLES, ctx(locale)));
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      expect(report.summary).toEqual({ bundles: 3, passed: 2, failed: 1, errors: 2, warnings: 1, infos: 0 });
      expect(report.bundles[1].findings[0].messages.zh).toContain('中文');
    }
  });

  it('the schema rejects what the report never contains', () => {
    const report = JSON.parse(verifyJson(BUNDLES, ctx()));
    report.bundles[0].status = 'ok';
    expect(validateReport(report)).toBe(false);
  });
});

describe('html escaping', () => {
  const page = html(BUNDLES, ctx());

  it('never lets bundle text become markup', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/onerror="/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;&quot;&#39;');
    // Exactly the page's own script element.
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('is self-contained: no URL to fetch, and a policy that forbids fetching', () => {
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/@import|url\(/);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
  });

  it('is in the language asked for', () => {
    expect(page).toContain('<html lang="en">');
    expect(html(BUNDLES, ctx('zh'))).toContain('政务数据目录报送包核验报告');
  });
});

describe('svg charts', () => {
  const SEV = { error: '错误', warning: '警告', info: '提示' };
  const bar = (label: string, error: number, warning = 0) => ({ label, counts: { error, warning, info: 0 } });

  it('draws one rect per non-zero severity segment, labels escaped', () => {
    const svg = barChart([bar('<b>部门</b>', 3, 1), bar('rule-x', 2)], 'chart', 'none', SEV);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('&lt;b&gt;部门&lt;/b&gt;');
    expect(svg).toContain('<title>&lt;b&gt;部门&lt;/b&gt;: 1 警告</title>');
    expect(svg).not.toContain('<b>');
  });

  it('says so instead of drawing an empty chart', () => {
    expect(barChart([], 'chart', 'No findings', SEV)).toBe('<p class="empty">No findings</p>');
  });

  it('keeps the largest bars and folds the rest into one row that says what it holds', () => {
    const bars = topBars([bar('a', 1), bar('b', 5), bar('c', 3), bar('d', 2)], 2, (n, findings) => `${n} others, ${findings} findings`);
    expect(bars.map((b) => [b.label, b.counts.error, b.folded])).toEqual([['b', 5, undefined], ['c', 3, undefined], ['2 others, 3 findings', 3, 2]]);
  });
});

describe('findingWhere', () => {
  it('names the file inside the bundle, the catalogue path and the line', () => {
    const f = { ...BUNDLES[0].findings[0] };
    expect(findingWhere(f, 'batch/a.zip')).toBe('data/catalogue.yaml:12 › entries[0].summary');
    expect(findingWhere({ ...f, file: 'batch/a.zip', path: '', line: 1 }, 'batch/a.zip')).toBe('');
    expect(findingWhere({ ...f, file: 'batch/a.zip!bag-info.txt', path: 'bag-info.txt', line: 4 }, 'batch/a.zip')).toBe('bag-info.txt:4');
  });
});

describe('table', () => {
  it('aligns columns by display width, CJK counting two', () => {
    const out = table(BUNDLES, ctx('zh'));
    const lines = out.split('\n');
    const header = lines[0];
    const rows = lines.slice(1, 4);
    // The status column starts at the same display column on every row.
    const statusAt = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    expect(statusAt(rows[0], '通过')).toBe(statusAt(header, '结果'));
    expect(statusAt(rows[1], '不通过')).toBe(statusAt(header, '结果'));
    expect(out).toContain('未通过的报送包中的问题');
    expect(out).toContain('共 3 个报送包：2 个通过，1 个不通过');
  });

  it('shows findings of failed bundles only, and strips terminal escapes from bundle text', () => {
    const evil = [{ ...BUNDLES[1], department: 'x\u001b[2J\u001b]0;pwned\u0007y' }];
    const out = table([BUNDLES[0], ...evil], ctx());
    expect(out).not.toContain('\u001b');
    expect(out).toContain('checksum mismatch');
    expect(out).not.toContain('placeholder "待定"');
  });

  it('colours status only when asked', () => {
    expect(table(BUNDLES, ctx('en', { color: true }))).toContain('\u001b[31mfailed\u001b[39m');
    expect(table(BUNDLES, ctx())).not.toContain('\u001b[');
  });
});

describe('sarif and junit', () => {
  it('sarif: one artifact per bundle, the files findings point at nested in it, every finding a result', async () => {
    const log = JSON.parse((await verifyReporters.sarif())(BUNDLES, ctx()));
    expect(log.version).toBe('2.1.0');
    const artifacts = log.runs[0].artifacts;
    expect(artifacts.slice(0, 3).map((a: { roles: string[] }) => a.roles[0])).toEqual(['analysisTarget', 'analysisTarget', 'analysisTarget']);
    expect(artifacts.slice(3)).toEqual([
      { location: { uri: 'data/catalogue.yaml' }, parentIndex: 0, roles: ['resultFile'], mimeType: 'application/yaml' },
      { location: { uri: 'data/catalogue.yaml' }, parentIndex: 1, roles: ['resultFile'], mimeType: 'application/yaml' },
    ]);
    const results = log.runs[0].results;
    expect(results).toHaveLength(3);
    // The bad signature concerns the hostile bundle as a whole: no region inside it, the bundle as analysis target.
    expect(results[2]).toMatchObject({ ruleId: 'signature-valid', locations: [], analysisTarget: { index: 1 } });
  });

  it('junit: a testcase per bundle, failed exactly when the bundle failed; warnings and the bundle\'s details in system-out', async () => {
    const xml = (await verifyReporters.junit())(BUNDLES, ctx());
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testcase', 'property'].includes(name) }).parse(xml);
    expect(doc.testsuites).toMatchObject({ '@_tests': '3', '@_failures': '1', '@_errors': '0' });
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ '@_name': 'Catalogue submission verification report', '@_tests': '3', '@_failures': '1' });
    expect(suite.properties.property.map((p: Record<string, string>) => [p['@_name'], p['@_value']])).toEqual([['as-of', '2026-03-10'], ['received', '2026-03-09'], ['profile', 'national'], ['tool', 'govcat 9.9.9']]);
    const [a, hostile, c] = suite.testcase;
    expect(a).toMatchObject({ '@_name': 'batch/a.zip', '@_classname': '北京市市场监督管理局' });
    expect(a.failure).toBeUndefined();
    expect(a['system-out']).toContain('Signature: valid');
    expect(a['system-out']).toContain('warning  placeholder-value  data/catalogue.yaml:12 › entries[0].summary  placeholder "待定"');
    expect(hostile['@_name']).toBe(`batch/${HOSTILE}.zip`);
    expect(hostile['@_classname']).toBe(HOSTILE);
    expect(hostile.failure['@_message']).toBe('2 problems (2 errors, 0 warnings, 0 infos)');
    expect(hostile.failure['#text'].split('\n')).toEqual([`error  bagit-checksum  data/catalogue.yaml  checksum mismatch ${HOSTILE}`, 'error  signature-valid  bad signature']);
    expect(c).toMatchObject({ '@_name': 'batch/c', '@_classname': '(unknown department)' });
    expect(c.failure).toBeUndefined();
    expect(c['system-out']).toBe('Signature: unsigned');
  });
});

/** A strict RFC 4180 reader, for checking what the writer produced. */
function _parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}
