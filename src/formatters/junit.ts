// JUnit XML for CI dashboards: a testsuite per file, a testcase per (file, rule); fatal errors become <error>.
// Only findings at or above --fail-on are <failure>s; the rest go to the testcase's <system-out>, so a CI server's
// verdict on the report is govcat's exit code (a note never turns a build red that govcat let pass).
import { SEVERITY_RANK } from '../core/lint.js';
import type { Finding, Severity } from '../core/types.js';
import { SEVERITY_LABEL, TEXT, articleLabel, position, summaryText } from './_shared.js';
import { stripControls } from './_text.js';
import type { FileResult, FormatterContext } from './types.js';

export default function junit(results: FileResult[], ctx: FormatterContext): string {
  const failOn = failThreshold(results, ctx);
  const suites = results.map((r) => _suite(r, failOn, ctx));
  const total = _sum(suites);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="govcat" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

/** The severity from which a finding fails the run: --fail-on, or warning once more warnings than --max-warnings allows. */
export function failThreshold(results: readonly FileResult[], ctx: Pick<FormatterContext, 'failOn' | 'maxWarnings'>): Severity {
  const failOn = ctx.failOn ?? 'error';
  if (ctx.maxWarnings === undefined || SEVERITY_RANK[failOn] <= SEVERITY_RANK.warning) return failOn;
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return warnings > ctx.maxWarnings ? 'warning' : failOn;
}

/** Whether a finding fails the run at this threshold. */
export function failsAt(f: Pick<Finding, 'severity'>, failOn: Severity): boolean {
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}

/** Text for element content and attribute values; XML 1.0 forbids most control characters, so they are dropped. */
export function escapeXml(text: string): string {
  return stripControls(text, { keepNewlines: true }).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}

// --- internal ---

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function _suite(r: FileResult, failOn: Severity, ctx: FormatterContext): Suite {
  const file = escapeXml(r.file);
  const open = (tests: number, failures: number, errors: number) =>
    `  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">`;
  if (r.fatal) {
    const at = r.fatal.line ? `${r.file}:${r.fatal.line}:${r.fatal.column ?? 1}` : r.file;
    const msg = escapeXml(r.fatal.message[ctx.locale]);
    const body = `      <error message="${msg}" type="fatal">${escapeXml(`${at}  ${r.fatal.message[ctx.locale]}`)}</error>`;
    const testcase = `    <testcase classname="${file}" name="${escapeXml(TEXT.fatal[ctx.locale])}">\n${body}\n    </testcase>`;
    return { xml: `${open(1, 0, 1)}\n${testcase}\n  </testsuite>`, tests: 1, failures: 0, errors: 1 };
  }
  const byRule = _groupByRule(r.findings, ctx.rules.map((rule) => rule.id));
  const cases = [...byRule].map(([ruleId, findings]) => _testcase(file, ruleId, findings, failOn, ctx));
  const failures = cases.filter((c) => c.includes('<failure')).length;
  return { xml: [open(cases.length, failures, 0), ...cases, '  </testsuite>'].join('\n'), tests: cases.length, failures, errors: 0 };
}

function _testcase(file: string, ruleId: string, findings: Finding[], failOn: Severity, ctx: FormatterContext): string {
  const open = `    <testcase classname="${file}" name="${escapeXml(ruleId)}"`;
  if (!findings.length) return `${open}/>`;
  const failing = findings.filter((f) => failsAt(f, failOn));
  const below = findings.filter((f) => !failsAt(f, failOn));
  const body: string[] = [];
  if (failing.length) {
    const severity = failing.map((f) => f.severity).reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a));
    const cited = failing[0].articles.length ? ` (${articleLabel(failing[0].articles, ctx.locale)})` : '';
    const message = `${ruleId}${cited}${TEXT.colon[ctx.locale]}${summaryText(_counts(failing), ctx.locale)}`;
    body.push(`      <failure message="${escapeXml(message)}" type="${severity}">${_lines(failing, ctx)}</failure>`);
  }
  if (below.length) body.push(`      <system-out>${_lines(below, ctx)}</system-out>`);
  return `${open}>\n${body.join('\n')}\n    </testcase>`;
}

function _lines(findings: Finding[], ctx: FormatterContext): string {
  return findings.map((f) => escapeXml(`${position(f)}  ${SEVERITY_LABEL[f.severity][ctx.locale]}  ${f.message[ctx.locale]}  [${f.path}]`)).join('\n');
}

function _counts(findings: Finding[]) {
  const counts = { files: 1, errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return counts;
}

/** Every rule that ran gets a testcase, passing or not; rules with findings but not listed are appended. */
function _groupByRule(findings: Finding[], ruleIds: string[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>(ruleIds.map((id) => [id, []]));
  for (const f of findings) {
    if (!groups.has(f.ruleId)) groups.set(f.ruleId, []);
    groups.get(f.ruleId)!.push(f);
  }
  return groups;
}

function _sum(suites: Suite[]) {
  return suites.reduce((t, s) => ({ tests: t.tests + s.tests, failures: t.failures + s.failures, errors: t.errors + s.errors }), { tests: 0, failures: 0, errors: 0 });
}
