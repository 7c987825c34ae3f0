// The library face: what `import … from 'govcat'` gives, used the way a program would.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { lint, diff, sharingDeadline, officialCalendar, addWorkingDays, InputError, rules, diffRules } from '../src/index.js';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

describe('library API', () => {
  it('lint: findings with positions and both languages', () => {
    const { findings } = lint(read('samples/violations.yaml'), { file: 'v.yaml', asOf: '2026-06-01' });
    expect(findings.length).toBeGreaterThan(20);
    expect(findings[0]).toMatchObject({ file: 'v.yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(findings.every((f) => f.message.zh && f.message.en)).toBe(true);
  });

  it('lint: unreadable text throws an InputError with its position', () => {
    expect(() => lint('a: 1\na: 2\n', { asOf: '2026-06-01' })).toThrow(InputError);
  });

  it('diff: the change list and the Art. 17 findings', () => {
    const result = diff(read('samples/history/2026.1.yaml'), read('samples/history/2026.2.yaml'), { asOf: '2026-03-10' });
    expect(result.diff.entries.map((e) => e.id)).toContain('SCJG-0005');
    expect(result.findings.find((f) => f.ruleId === 'update-deadline')?.message.en).toMatch(/late by 3 working days/);
  });

  it('diff: calendar overrides from the caller', () => {
    const text = read('samples/history/2026.2.yaml').replace('effective_date: 2026-02-06', 'effective_date: 2027-02-05');
    const plain = diff(read('samples/history/2026.1.yaml'), text, { asOf: '2027-01-04' });
    expect(plain.findings.some((f) => f.ruleId === 'calendar-unpublished-year')).toBe(true);
    const given = diff(read('samples/history/2026.1.yaml'), text, { asOf: '2027-01-04', calendar: { 2027: { holidays: ['2027-02-06..2027-02-13'], workdays: ['2027-02-14'], complete: true } } });
    expect(given.findings.some((f) => f.ruleId === 'calendar-unpublished-year')).toBe(false);
  });

  it('sharing-request deadlines and the working-day calendar', () => {
    const cal = officialCalendar();
    expect(sharingDeadline({ article: 21, shareType: 'conditional', from: '2026-09-30' }, cal)).toMatchObject({ ok: true, due: '2026-10-20' });
    expect(addWorkingDays('2026-09-30', 10, cal)).toBe('2026-10-20');
  });

  it('exports every rule', () => {
    expect(rules.length).toBeGreaterThanOrEqual(21);
    expect(diffRules.map((r) => r.id)).toContain('update-deadline');
  });
});

describe('library API: packages', () => {
  it('packageCatalogue plans a bag that verify passes, and fails after a byte changes', async () => {
    const { packageCatalogue, verify, officialCalendar: cal } = await import('../src/index.js');
    const plan = packageCatalogue(read('samples/history/2026.1.yaml'), { previous: read('samples/history/2025.4.yaml'), date: '2026-01-16' });
    const files = new Map(plan.files.map((f) => [f.path, f.bytes]));
    const ok = verify({ path: 'mem', kind: 'directory', files }, { asOf: '2026-01-20', calendar: cal() });
    expect(ok.status).toBe('passed');
    const bytes = Uint8Array.from(files.get('data/catalogue.yaml')!);
    bytes[100] ^= 1;
    const bad = verify({ path: 'mem', kind: 'directory', files: new Map(files).set('data/catalogue.yaml', bytes) }, { asOf: '2026-01-20', calendar: cal() });
    expect(bad.status).toBe('failed');
    expect(bad.findings.some((f) => f.ruleId === 'manifest-checksum')).toBe(true);
  });
});
