// End to end on samples/history/: govcat diff, deadlines and due with real dates on the official calendar.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { govcat, NO_STACK } from './run.js';

const H = 'samples/history';
const json = (args: string[]) => {
  const r = govcat([...args, '--format', 'json']);
  return { ...r, report: JSON.parse(r.stdout) };
};

describe('govcat diff', () => {
  it('an on-time update: due 2026-01-19, submitted 2026-01-16, exit 0', () => {
    const { code, report } = json(['diff', `${H}/2025.4.yaml`, `${H}/2026.1.yaml`, '--as-of', '2026-03-10']);
    expect(code).toBe(0);
    const result = report.results.find((r: { file: string }) => r.file.endsWith('2026.1.yaml'));
    expect(result.events).toEqual([expect.objectContaining({ id: 'EV-2026-01', effective: '2026-01-05', due: '2026-01-19', submitted: '2026-01-16', state: 'on-time' })]);
    const kinds = result.changes.entries.map((e: { kind: string; id: string }) => `${e.kind} ${e.id}`);
    expect(kinds).toEqual(['added SCJG-0020', 'removed SCJG-0021']);
  });

  it('a late update across the Spring Festival, and one on time thanks to its extension: exit 1', () => {
    const { code, report } = json(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--as-of', '2026-03-10']);
    expect(code).toBe(1);
    const result = report.results.find((r: { file: string }) => r.file.endsWith('2026.2.yaml'));
    expect(result.events).toEqual([
      expect.objectContaining({ id: 'EV-2026-02', due: '2026-02-27', state: 'late', workingDays: 3 }),
      expect.objectContaining({ id: 'EV-2026-03', originalDue: '2026-03-02', due: '2026-03-09', extensionDays: 5, state: 'on-time' }),
    ]);
    const late = result.findings.find((f: { ruleId: string }) => f.ruleId === 'update-deadline');
    expect(late).toMatchObject({ severity: 'error', line: 42, column: 7 });
    expect(late.messages.en).toMatch(/due by 2026-02-27 .* late by 3 working days/);
    expect(late.messages.zh).toMatch(/逾期 3 个工作日/);
    const changed = result.changes.entries.find((e: { id: string }) => e.id === 'SCJG-0017');
    expect(changed.fields.find((f: { field: string }) => f.field === 'update_frequency')).toMatchObject({ before: 'weekly', after: 'daily', oldLine: 441, newLine: 465 });
  });

  it('shows the change table, the events and the findings in both languages', () => {
    const en = govcat(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--as-of', '2026-03-10', '--lang', 'en']).stdout;
    expect(en).toMatch(/Changes from samples\/history\/2026\.1\.yaml/);
    expect(en).toMatch(/EV-2026-02 .* 2026-02-27 .* 2026-03-03 +late by 3 working days/);
    expect(en).toMatch(/2026-03-09 \(\+5 extension\)/);
    const zh = govcat(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--as-of', '2026-03-10', '--lang', 'zh']).stdout;
    expect(zh).toMatch(/逾期 3 个工作日/);
    expect(zh).toMatch(/（延期 5 个工作日）/);
  });

  it('its json validates against the report schema; its sarif is SARIF', () => {
    const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const { report } = json(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--as-of', '2026-03-10']);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const sarif = JSON.parse(govcat(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--format', 'sarif', '--as-of', '2026-03-10']).stdout);
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'update-deadline')).toBe(true);
  });

  it('warns when the two files are not versions of the same catalogue, and still diffs', () => {
    const { report } = json(['diff', 'samples/violations.yaml', `${H}/2026.2.yaml`, '--as-of', '2026-03-10']);
    const all = report.results.flatMap((r: { findings: { ruleId: string }[] }) => r.findings);
    expect(all.some((f: { ruleId: string }) => f.ruleId === 'same-catalogue')).toBe(true);
  });

  it('checks the authority’s 2-working-day review (Art. 17 ¶3)', () => {
    const { code, report } = json(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, '--as-of', '2026-03-20', '--received', '2026-03-03', '--published', '2026-03-09']);
    expect(code).toBe(1);
    const f = report.results.flatMap((r: { findings: { ruleId: string }[] }) => r.findings).find((x: { ruleId: string }) => x.ruleId === 'review-deadline');
    expect(f).toBeDefined();
  });

  it.each([
    ['an impossible --as-of', ['--as-of', '2026-02-30'], /--as-of must be a real date/],
    ['a wrong --received', ['--received', '20260303'], /--received must be a real date/],
    ['a missing file', ['--as-of', '2026-03-10', 'nope.yaml'], /too many arguments|nope\.yaml/],
  ])('%s is a usage error (exit 2)', (_, extra, message) => {
    const r = govcat(['diff', `${H}/2026.1.yaml`, `${H}/2026.2.yaml`, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('a malformed version is reported with its position (exit 2)', () => {
    const r = govcat(['diff', `${H}/2026.1.yaml`, '-'], { input: 'govcat: 1\ncatalogue: [\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>|-:\d+:\d+: YAML syntax error/);
  });
});

describe('govcat deadlines', () => {
  it('lists each event with due date and status; exit 1 when one is late', () => {
    const r = govcat(['deadlines', `${H}/2026.2.yaml`, '--as-of', '2026-03-03']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/EV-2026-02 .* late by 3 working days/);
    expect(r.stdout).toMatch(/EV-2026-03 .* on time/);
  });

  it('an unsubmitted event: due in N working days, then overdue', () => {
    const text = readFileSync(`${H}/2026.2.yaml`, 'utf8').replace(/\n  submitted_at: .*\n/, '\n');
    const open = govcat(['deadlines', '-', '--as-of', '2026-02-24', '--format', 'json'], { input: text });
    expect(open.code).toBe(0);
    const events = JSON.parse(open.stdout).results[0].events;
    expect(events[0]).toMatchObject({ id: 'EV-2026-02', state: 'open', workingDays: 3 });
    const late = govcat(['deadlines', '-', '--as-of', '2026-03-04', '--lang', 'zh'], { input: text });
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/已逾期 \d+ 个工作日/);
  });

  it('a 2027 event counts Monday–Friday and says so', () => {
    const text = readFileSync(`${H}/2026.2.yaml`, 'utf8').replace('effective_date: 2026-02-06', 'effective_date: 2027-02-05').replace(/\n  submitted_at: .*\n/, '\n');
    const r = govcat(['deadlines', '-', '--as-of', '2027-01-04', '--format', 'json'], { input: text });
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'calendar-unpublished-year' && /2027/.test(f.message))).toBe(true);
  });
});

describe('an update submitted before the event takes effect answers it (Art. 17 ¶2): tables judge as update-deadline does', () => {
  // EV-2026-04: a law promulgated, in force on 2026-03-20; the catalogue was updated for it and submitted on 2026-03-03.
  const ahead = readFileSync(`${H}/2026.2.yaml`, 'utf8').replace(
    '  submitted_at: 2026-03-03',
    '    - id: EV-2026-04\n      kind: law_change\n      reference: 示例法律修正案\n      effective_date: 2026-03-20\n  submitted_at: 2026-03-03',
  );
  const dir = mkdtempSync(join(tmpdir(), 'govcat-ahead-'));
  const file = join(dir, 'ahead.yaml');
  writeFileSync(file, ahead);
  const event = (events: { id: string }[]) => events.find((e) => e.id === 'EV-2026-04');
  const deadlineFindings = (findings: { ruleId: string; message: string }[]) => findings.filter((f) => f.ruleId === 'update-deadline').map((f) => f.message);

  it('govcat deadlines: on time, with the submission date, and no finding', () => {
    const r = json(['deadlines', file, '--as-of', '2026-04-30']);
    const result = r.report.results[0];
    expect(event(result.events)).toMatchObject({ effective: '2026-03-20', due: '2026-04-03', submitted: '2026-03-03', state: 'on-time' });
    expect(deadlineFindings(result.findings)).toEqual([expect.stringMatching(/EV-2026-02/)]);
    const text = govcat(['deadlines', file, '--as-of', '2026-04-30', '--lang', 'en']).stdout;
    expect(text).toMatch(/EV-2026-04 .* 2026-03-20 +2026-04-03 +2026-03-03 +on time/);
  });

  it('govcat diff: on time in the events table, as update-deadline judges it', () => {
    const r = json(['diff', `${H}/2026.1.yaml`, file, '--as-of', '2026-04-30']);
    const result = r.report.results.find((x: { file: string }) => x.file.endsWith('ahead.yaml'));
    expect(event(result.events)).toMatchObject({ submitted: '2026-03-03', state: 'on-time' });
    expect(deadlineFindings(result.findings)).toEqual([expect.stringMatching(/EV-2026-02/)]);
  });

  it('an impossible submitted_at is a finding, never an internal error', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, ahead.replace('submitted_at: 2026-03-03', 'submitted_at: 2026-02-30'));
    const r = govcat(['deadlines', bad, '--as-of', '2026-04-30', '--format', 'json']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.findings.some((f: { messageId: string }) => f.messageId === 'badSubmitted')).toBe(true);
    expect(event(result.events)).toMatchObject({ state: 'overdue' });
  });
});

describe('govcat due', () => {
  it.each([
    [['--article', '21', '--share-type', 'conditional', '--from', '2026-09-30'], '2026-10-20'],
    [['--article', '21', '--share-type', 'unconditional', '--from', '2026-02-13'], '2026-02-14'],
    [['--article', '21', '--share-type', 'conditional', '--from', '2026-09-30', '--extension', '10'], '2026-11-03'],
    [['--article', '22', '--from', '2026-09-30'], '2026-11-03'],
    [['--article', '26', '--from', '2026-09-30'], '2026-10-20'],
  ])('%j → %s', (args, due) => {
    const r = govcat(['due', ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(due);
  });

  it.each([
    [['--article', '23', '--from', '2026-09-30'], /--article takes 21, 22 or 26/],
    [['--article', '21', '--from', '2026-09-30'], /add --share-type/],
    [['--article', '21', '--share-type', 'conditional', '--from', '2026-09-30', '--extension', '11'], /10/],
    [['--article', '22', '--from', '2026/09/30'], /--from must be a real date/],
  ])('%j is a usage error', (args, message) => {
    const r = govcat(['due', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('explain and rules for the diff rules', () => {
  it('explain quotes Art. 17 and runs the failing example', () => {
    const r = govcat(['explain', 'update-deadline', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/第十七条 政务数据目录实行动态更新/);
    expect(r.stdout).toMatch(/旧版本[\s\S]*新版本/);
    expect(r.stdout).toMatch(/→ .*逾期/);
  });

  it('rules --diff lists them with their articles', () => {
    const r = govcat(['rules', '--diff']);
    expect(r.stdout).toMatch(/update-deadline\s+error\s+Art\. 17\(2\)/);
    expect(r.stdout).toMatch(/sharing-terminated\s+warning\s+Art\. 27\(3\)/);
  });
});

describe('govcat due --format json', () => {
  it('gives the due date, the count and the explanation in both languages', () => {
    const r = govcat(['due', '--article', '21', '--share-type', 'conditional', '--from', '2026-09-30', '--extension', '10', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ article: 21, shareType: 'conditional', from: '2026-09-30', extension: 10, due: '2026-11-03', workingDays: 20, explanation: { zh: expect.stringMatching(/第二十一条/), en: expect.stringMatching(/Art\. 21/) }, notices: [] });
  });
});
