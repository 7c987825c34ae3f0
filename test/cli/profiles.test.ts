// The miit and hubei profiles through the built CLI: rules and explain in each regime's own words, the samples (clean,
// and one breaking every rule of the profile where its comment says), deadlines and request periods from the profile.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govcat } from './run.js';

const lintJson = (file: string, profile: string) => {
  const r = govcat(['lint', file, '--profile', profile, '--format', 'json', '--as-of', '2026-06-01']);
  return { code: r.code, findings: JSON.parse(r.stdout).results[0].findings as { ruleId: string; line: number; severity: string; articles: { source: string }[] }[] };
};
const ruleIds = (profile: string) => (JSON.parse(govcat(['rules', '--profile', profile, '--format', 'json']).stdout) as { rules: { id: string }[] }).rules.map((r) => r.id);

describe.each([
  ['miit', 'miit-measures'],
  ['hubei', 'hubei-regulation'],
])('profile %s', (profile, source) => {
  it('the clean sample lints clean: exit 0', () => {
    const r = govcat(['lint', `samples/${profile}/catalogue.yaml`, '--profile', profile, '--as-of', '2026-06-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('the violations sample breaks every rule of the profile, each on the line whose comment names it: exit 1', () => {
    const { code, findings } = lintJson(`samples/${profile}/violations.yaml`, profile);
    expect(code).toBe(1);
    const lines = readFileSync(`samples/${profile}/violations.yaml`, 'utf8').split('\n');
    const comment = (line: number) => lines[line - 1].split(' # ').slice(1).join(' # ');
    // not-a-catalogue speaks only of files that are no catalogue at all.
    for (const id of ruleIds(profile).filter((r) => r !== 'not-a-catalogue')) {
      const own = findings.filter((f) => f.ruleId === id);
      expect(own.length, `${id} fires`).toBeGreaterThan(0);
      expect(own.some((f) => comment(f.line).includes(id)), `${id} at its marked line`).toBe(true);
    }
    expect(findings.filter((f) => !comment(f.line).includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`)).toEqual([]);
    // Every finding that cites an article cites the regime's own text first, or the Decree that binds it (miit).
    for (const f of findings.filter((x) => x.articles.length)) expect(profile === 'miit' ? [source, 'decree-809'] : [source]).toContain(f.articles[0].source);
  });

  it('lists its rules, the regime’s own articles cited by name', () => {
    const zh = govcat(['rules', '--profile', profile, '--lang', 'zh']).stdout;
    expect(zh).toContain(profile === 'miit' ? '《工信部办法》第十五条' : '《湖北省数据条例》第三十一条第一款');
  });
});

describe('govcat rules --profile', () => {
  it('miit: the measures’ rules, the Decree named where it binds, review-deadline off', () => {
    const lint = govcat(['rules', '--profile', 'miit']).stdout;
    expect(lint).toMatch(/share-approval-recorded\s+error\s+MIIT Measures Art\. 20\(3\), Art\. 20\(4\)/);
    expect(lint).toMatch(/approval-required\s+error\s+Decree 809 Art\. 13\(1\)/);
    const diff = govcat(['rules', '--profile', 'miit', '--diff']).stdout;
    expect(diff).toMatch(/update-deadline\s+error\s+MIIT Measures Art\. 16\(2\)\s+A catalogue change is submitted within 5 working days/);
    expect(diff).not.toContain('review-deadline');
  });

  it('hubei: open-type-valid on; the Decree’s own duties off', () => {
    const ids = ruleIds('hubei');
    expect(ids).toContain('open-type-valid');
    for (const id of ['approval-required', 'confidentiality-assessment-required', 'pi-impact-assessment-required']) expect(ids).not.toContain(id);
  });
});

describe('govcat explain --profile', () => {
  it('quotes the regime’s own article and its note', () => {
    const r = govcat(['explain', 'share-type-valid', '--profile', 'miit', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^share-type-valid {2}\(error\) {2}配置方案 miit/);
    expect(r.stdout).toContain('《工业和信息化部政务数据共享管理办法（试行）》 第十五条\n  │ 第十五条 各司局在编制政务数据共享目录时，应当明确政务数据的部内共享属性和部外共享属性。');
    expect(r.stdout).toContain('在配置方案“miit”中：第十五条要求明确部内共享属性');
  });

  it('a rule the regime turns off says so; the Decree’s text where miit keeps the Decree', () => {
    expect(govcat(['explain', 'update-deadline', '--profile', 'hubei', '--lang', 'en']).stdout).toMatch(/^update-deadline {2}\(off\)[\s\S]*This rule is off in profile "hubei"[\s\S]*sets no period/);
    expect(govcat(['explain', 'approval-required', '--profile', 'miit', '--lang', 'zh']).stdout).toContain('《政务数据共享条例》 第十三条第一款\n  │ 第十三条 政府部门编制政务数据目录');
  });

  it('without --profile, unchanged', () => {
    expect(govcat(['explain', 'share-type-valid', '--lang', 'en']).stdout).toMatch(/^share-type-valid {2}\(error\)\n/);
  });
});

describe('update deadlines from the profile (deadlines.update)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-profiles-'));
  const file = join(dir, 'event.yaml');
  // 2026-09-30: the National Day holiday (1–7 October) follows, and Saturday 10 October is a make-up working day.
  writeFileSync(file, 'catalogue:\n  id: CAT-1\n  change_events:\n    - {id: EV-1, kind: duty_change, effective_date: 2026-09-30}\nentries: []\n');
  const due = (profile: string) => {
    const r = govcat(['deadlines', file, '--profile', profile, '--as-of', '2026-10-09', '--format', 'json']);
    return { code: r.code, event: JSON.parse(r.stdout).results[0].events[0] };
  };

  it('miit: 5 working days, due 2026-10-13', () => {
    expect(due('miit')).toMatchObject({ code: 0, event: { due: '2026-10-13', state: 'open' } });
  });

  it('national: 10 working days, due 2026-10-20', () => {
    expect(due('national')).toMatchObject({ code: 0, event: { due: '2026-10-20', state: 'open' } });
  });

  it('the table heads the events with the article of the regime', () => {
    expect(govcat(['deadlines', file, '--profile', 'miit', '--as-of', '2026-10-09', '--lang', 'zh']).stdout).toContain('变更事件（《工信部办法》第十六条）');
    expect(govcat(['deadlines', file, '--as-of', '2026-10-09']).stdout).toContain('Change events (Art. 17)');
  });

  it('a config may still override the period', () => {
    // Three working days: 8 and 9 October, and the make-up Saturday, 10 October.
    const config = join(mkdtempSync(join(tmpdir(), 'govcat-profiles-config-')), 'govcat.config.yaml');
    writeFileSync(config, 'profile: miit\nrules:\n  update-deadline: {options: {workingDays: 3}}\n');
    const r = govcat(['deadlines', file, '--config', config, '--as-of', '2026-10-09', '--format', 'json']);
    expect(JSON.parse(r.stdout).results[0].events[0].due).toBe('2026-10-10');
  });

  it('hubei sets no update deadline: exit 2, saying why', () => {
    const r = govcat(['deadlines', file, '--profile', 'hubei', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('配置方案“hubei”没有规定目录更新期限：所依据的法规只要求目录动态更新');
  });

  it('govcat diff judges a late update by the profile’s period', () => {
    const old = join(dir, 'old.yaml');
    writeFileSync(old, 'catalogue:\n  id: CAT-1\nentries: []\n');
    const late = join(dir, 'new.yaml');
    writeFileSync(late, 'catalogue:\n  id: CAT-1\n  submitted_at: 2026-10-15\n  change_events:\n    - {id: EV-1, kind: duty_change, effective_date: 2026-09-30}\nentries: []\n');
    const run = (profile: string) => JSON.parse(govcat(['diff', old, late, '--profile', profile, '--as-of', '2026-10-20', '--format', 'json']).stdout).results.flatMap((x: { findings: { ruleId: string }[] }) => x.findings).filter((f: { ruleId: string }) => f.ruleId === 'update-deadline');
    expect(run('miit')).toHaveLength(1);
    expect(run('national')).toHaveLength(0);
  });
});

describe('govcat due --profile', () => {
  it('miit: Art. 27 (10 working days for a request from outside the ministry)', () => {
    const r = govcat(['due', '--profile', 'miit', '--article', '27', '--from', '2026-09-30', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2026-10-20');
    expect(r.stdout).toContain('《工信部办法》第二十七条第三款：');
  });

  it('miit: Art. 21 needs no --share-type (one period); the Decree’s articles are refused', () => {
    expect(govcat(['due', '--profile', 'miit', '--article', '21', '--from', '2026-09-30']).stdout.split('\n')[0]).toBe('2026-10-13');
    const r = govcat(['due', '--profile', 'miit', '--article', '22', '--from', '2026-09-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--article takes 21, 24, 27 or 35, not "22"');
  });

  it('national, unchanged', () => {
    const r = govcat(['due', '--article', '21', '--share-type', 'conditional', '--from', '2026-09-30', '--lang', 'en']);
    expect(r.stdout).toBe('2026-10-20\nArt. 21(1): a request for conditionally shared data is answered, consent or refusal, within 10 working days of its receipt. Counting from 2026-09-30 (that day not counted), working day 10 is 2026-10-20.\n');
    expect(govcat(['due', '--article', '21', '--from', '2026-09-30']).stderr).toContain('the Art. 21 deadline depends on the share type: add --share-type unconditional or conditional');
  });

  it('hubei sets no request periods: exit 2', () => {
    expect(govcat(['due', '--profile', 'hubei', '--article', '31', '--from', '2026-09-30']).code).toBe(2);
  });
});

describe('spreadsheets carry the regimes’ fields', () => {
  it('the miit sample goes to xlsx with 部内/部外共享属性, the approvals and the negative list in their columns, and back, linting clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-profiles-xlsx-'));
    const xlsx = join(dir, 'm.xlsx');
    expect(govcat(['export', 'samples/miit/catalogue.yaml', '--to', 'xlsx', '-o', xlsx]).code).toBe(0);
    expect(govcat(['lint', xlsx, '--profile', 'miit', '--as-of', '2026-06-01']).stdout).toContain('No problems found');
    const csv = join(dir, 'm');
    expect(govcat(['export', 'samples/miit/catalogue.yaml', '--to', 'csv', '-o', csv]).code).toBe(0);
    const header = readFileSync(`${csv}-entries.csv`, 'utf8').split('\n')[0];
    for (const h of ['部内共享属性', '部外共享属性', '有条件共享审批人', '有条件共享审批日期', '不予共享审批人', '负面清单']) expect(header).toContain(h);
    const back = join(dir, 'back.yaml');
    expect(govcat(['import', xlsx, '-o', back]).code).toBe(0);
    expect(govcat(['lint', back, '--profile', 'miit', '--as-of', '2026-06-01']).stdout).toContain('No problems found');
  });

  it('a national catalogue’s spreadsheet has none of those columns', () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'govcat-profiles-csv-')), 'n');
    expect(govcat(['export', 'samples/catalogue.yaml', '--to', 'csv', '-o', csv]).code).toBe(0);
    expect(readFileSync(`${csv}-entries.csv`, 'utf8').split('\n')[0]).not.toMatch(/部内共享属性|负面清单|审批人/);
  });
});
