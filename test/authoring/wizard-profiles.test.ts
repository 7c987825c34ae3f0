// govcat add under the miit and hubei profiles, with no terminal: the profile decides what is asked — MIIT's 部内 and 部外
// share attributes, recipients and the approvals (Art. 15, 20), Hubei's open attribute (Art. 19(3)) — and the entry
// written lints clean under that profile.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govcat, govcatNoTty } from '../cli/run.js';

const MIIT_INIT = [
  'init', 'c.yaml', '--profile', 'miit', '--department-name', '工业和信息化部信息通信管理局', '--department-code', '11100000MB0143245X', '--level', 'national',
  '--catalogue-id', 'CAT-MIIT-XGJ', '--compiled-at', '2026-02-27', '--confidentiality-date', '2026-02-12', '--confidentiality-conclusion', '通过',
  '--approver', '刘振华', '--approver-title', '副部长', '--approval-date', '2026-03-03',
];
const ENTRY = ['--item', '申诉编号:string', '--format', 'database_table', '--update-frequency', 'daily', '--category', '用户权益/电信用户申诉', '--classification-level', 'important'];

describe('govcat add --profile miit', () => {
  it('asks both share attributes, the recipients and both approvals; the entry lints clean under miit', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'govcat-wizard-miit-'));
    expect((await govcatNoTty(MIIT_INIT, cwd)).code).toBe(0);
    const r = await govcatNoTty([
      'add', 'c.yaml', '--profile', 'miit', '--lang', 'en', '--name', '电信用户申诉处理信息',
      '--internal-share-type', '部内有条件共享', '--external-share-type', '部外不予共享',
      '--scope', '部内承担电信服务质量监管职责的司局', '--objects', '信息通信发展司', '--leader', '刘振华', '--leader-title', '副部长', '--leader-approval-date', '2026-02-26',
      '--reason', '申诉材料含用户通信信息', '--basis', '《中华人民共和国电信条例》第六十五条', '--minister', '金志刚', '--minister-approval-date', '2026-02-27',
      '--negative-list', 'MIIT-FMQD-2026-007', '--share-method', 'batch_exchange', ...ENTRY,
    ], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(cwd, 'c.yaml'), 'utf8');
    expect(text).toContain('    internal_share_type: conditional\n    external_share_type: non_shareable\n');
    expect(text).toContain('    conditional_approval:\n      approver: 刘振华\n      title: 副部长\n      date: 2026-02-26\n');
    expect(text).toContain('      approval:\n        approver: 金志刚\n        title: 部长\n        date: 2026-02-27\n      negative_list: MIIT-FMQD-2026-007\n');
    expect(text).toContain('# 《工信部办法》第二十条第三款：明确共享范围、对象等相关条件，报分管部领导审批');
    expect(text).not.toMatch(/^ +share_type:/m);
    const lint = govcat(['lint', join(cwd, 'c.yaml'), '--profile', 'miit', '--as-of', '2026-06-01']);
    expect(lint.stdout).toContain('No problems found');
  }, 20_000);

  it('lists what the measures ask and the flags lack: recipients, the approvals, the negative list', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'govcat-wizard-miit-'));
    expect((await govcatNoTty(MIIT_INIT, cwd)).code).toBe(0);
    const r = await govcatNoTty(['add', 'c.yaml', '--profile', 'miit', '--lang', 'zh', '--name', '电信用户申诉处理信息', '--internal-share-type', 'conditional', '--external-share-type', 'non_shareable', '--scope', '部内相关司局', '--reason', '含用户通信信息', '--basis', '《中华人民共和国电信条例》第六十五条', '--share-method', 'api', ...ENTRY], cwd);
    expect(r.code).toBe(2);
    for (const flag of ['--objects', '--leader', '--leader-approval-date', '--minister', '--minister-approval-date', '--negative-list']) expect(r.stderr).toContain(`  ${flag}: 缺少：`);
    expect(r.stderr).not.toContain('--purpose');
    expect(r.stderr).not.toContain('--share-type');
  }, 20_000);

  it('a policy document may withhold data inside the ministry but not outside it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'govcat-wizard-miit-'));
    expect((await govcatNoTty(MIIT_INIT, cwd)).code).toBe(0);
    const r = await govcatNoTty(['add', 'c.yaml', '--profile', 'miit', '--lang', 'en', '--name', '某数据', '--internal-share-type', 'unconditional', '--external-share-type', 'non_shareable', '--reason', '涉及安全生产监管', '--basis', '国办发〔2021〕6号', '--minister', '金志刚', '--minister-approval-date', '2026-02-27', '--negative-list', '是', '--share-method', 'api', ...ENTRY], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  --basis 1 (type): ');
    expect(r.stderr).toContain('cannot make data non-shareable: only a law, NPC decision, administrative regulation or State Council decision can');
  }, 20_000);
});

describe('govcat add --profile hubei', () => {
  it('asks the open attribute', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'govcat-wizard-hubei-'));
    const init = await govcatNoTty([
      'init', 'c.yaml', '--profile', 'hubei', '--department-name', '武汉市水务集团有限公司', '--department-code', '914201001776935674', '--level', 'municipal', '--region', '420100',
      '--compiled-at', '2026-03-16', '--confidentiality-date', '2026-03-10', '--confidentiality-conclusion', '通过', '--approver', '张三', '--approver-title', '总经理', '--approval-date', '2026-03-16',
    ], cwd);
    expect(init.code).toBe(0);
    const base = ['add', 'c.yaml', '--profile', 'hubei', '--lang', 'en', '--name', '城市供水水质检测结果', '--share-type', 'unconditional', '--item', '浑浊度:decimal', '--format', 'database_table', '--update-frequency', 'daily', '--share-method', 'api', '--category', '城市供水/水质', '--classification-level', 'general'];
    const missing = await govcatNoTty(base, cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('  --open-type: missing: Open attribute (开放属性, Hubei Regulation Arts. 19(3), 32)');
    const r = await govcatNoTty([...base, '--open-type', '无条件开放'], cwd);
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'c.yaml'), 'utf8')).toContain('    open_type: unconditional_open\n');
    expect(govcat(['lint', join(cwd, 'c.yaml'), '--profile', 'hubei', '--as-of', '2026-06-01']).stdout).toContain('No problems found');
  }, 20_000);
});
