// The built-in profiles as data: each names real rules with valid options and real articles of its own text; miit
// extends national with two share attributes and its own periods; hubei stands alone with no update deadline.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LAW_TITLES, citeAll, ruleArticles } from '../src/core/articles.js';
import { articleText } from '../src/core/law.js';
import { builtinProfiles, resolveProfile } from '../src/profiles/index.js';
import { rules } from '../src/rules/index.js';
import { diffRules } from '../src/diff/rules/index.js';
import { lint, sharingDeadline, officialCalendar } from '../src/index.js';
import type { AnyRuleBase, ArticleRef } from '../src/core/types.js';

const all: AnyRuleBase[] = [...rules, ...diffRules];
const law = (ref: ArticleRef) => readFileSync(new URL(`../law/${LAW_TITLES[ref.source].file}`, import.meta.url), 'utf8');

describe.each(Object.keys(builtinProfiles))('profile %s', (id) => {
  const profile = builtinProfiles[id];
  const resolved = resolveProfile(id, all);

  it('names only rules that exist, with options their schema accepts', () => {
    for (const [rule, setting] of Object.entries(profile.rules)) {
      const r = all.find((x) => x.id === rule);
      expect(r, rule).toBeDefined();
      if (typeof setting === 'object' && setting.options && r!.optionsSchema) {
        const validate = new Ajv2020({ strict: false }).compile(r!.optionsSchema);
        expect(validate(setting.options), `${rule}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('cites articles that exist in its texts, every rule with an article of its own text where it cites one', () => {
    for (const r of resolved.rules) {
      for (const ref of ruleArticles(r)) expect(articleText(law(ref), ref.article), `${r.rule.id}: ${ref.source} ${ref.article}`).toBeTruthy();
      const own = ruleArticles(r).filter((a) => a.source === resolved.source);
      // A rule the regime's text does not cover cites the Decree that binds it (miit) or nothing (a convention).
      if (r.articles && r.articles.length) expect(own.length, r.rule.id).toBeGreaterThan(0);
    }
  });

  it('has request periods whose articles exist and whose texts are bilingual', () => {
    for (const q of resolved.deadlines?.requests ?? []) {
      expect(articleText(law({ source: resolved.source!, article: q.article }), q.article)).toBeTruthy();
      expect(q.text?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(q.text?.en.length).toBeGreaterThan(10);
    }
  });
});

describe('miit', () => {
  const profile = resolveProfile('miit', all);

  it('extends national: every rule of the Decree runs, and the measures’ own rules on top', () => {
    const national = resolveProfile('national', all).rules.map((r) => r.rule.id);
    const ids = profile.rules.map((r) => r.rule.id);
    expect(national.filter((id) => !ids.includes(id))).toEqual(['review-deadline']);
    expect(ids).toEqual(expect.arrayContaining(['share-approval-recorded', 'negative-list', 'basic-data-internal-unconditional']));
  });

  it('has the 部内 and 部外 share attributes and the 5 + 20 working-day update period', () => {
    expect(profile.shareAttributes).toEqual(['internal_share_type', 'external_share_type']);
    expect(profile.deadlines?.update).toEqual({ workingDays: 5, maxExtension: 20 });
    for (const id of ['update-deadline', 'extension-valid']) expect(profile.rules.find((r) => r.rule.id === id)?.options).toEqual({ workingDays: 5, maxExtension: 20 });
  });

  it('cites the Decree by name where it still binds', () => {
    const approval = profile.rules.find((r) => r.rule.id === 'approval-required')!;
    expect(citeAll(ruleArticles(approval))).toEqual({ zh: '《政务数据共享条例》第十三条第一款', en: 'Decree 809 Art. 13(1)' });
    const basis = profile.rules.find((r) => r.rule.id === 'non-shareable-legal-basis')!;
    expect(citeAll(ruleArticles(basis)).zh).toBe('《工信部办法》第二十条第四款、《政务数据共享条例》第十四条第（三）项、第十五条第二款');
  });

  it('request periods: Art. 21 (5, 部内有条件), 24 (5), 27 (10, 部外), 35 (10)', () => {
    const cal = officialCalendar();
    const regime = { source: 'miit-measures' as const, requests: profile.deadlines!.requests! };
    const due = (article: number) => sharingDeadline({ article, from: '2026-09-30' }, cal, regime);
    expect(due(21)).toMatchObject({ ok: true, due: '2026-10-13', workingDays: 5 });
    expect(due(24)).toMatchObject({ ok: true, due: '2026-10-13' });
    expect(due(27)).toMatchObject({ ok: true, due: '2026-10-20', workingDays: 10 });
    expect(due(35)).toMatchObject({ ok: true, due: '2026-10-20' });
    expect(due(22)).toMatchObject({ ok: false, error: { zh: '《工信部办法》第22条没有规定共享期限；可用的有第二十一条、第二十四条、第二十七条、第三十五条' } });
    const r = due(27);
    expect(r.ok && r.explanation.zh).toMatch(/^《工信部办法》第二十七条第三款：提供司局应当在收到部外需求申请之日起 10 个工作日内予以答复/);
  });

  it('the clean sample lints clean', () => {
    const text = readFileSync('samples/miit/catalogue.yaml', 'utf8');
    expect(lint(text, { file: 'c.yaml', profile: 'miit', asOf: '2026-06-01' }).findings).toEqual([]);
  });
});

describe('hubei', () => {
  const profile = resolveProfile('hubei', all);

  it('stands alone: none of the Decree’s own duties, no update deadline', () => {
    expect(builtinProfiles.hubei.extends).toBeUndefined();
    const ids = profile.rules.map((r) => r.rule.id);
    for (const id of ['approval-required', 'confidentiality-assessment-required', 'pi-impact-assessment-required', 'update-deadline', 'extension-valid', 'review-deadline']) expect(ids).not.toContain(id);
    expect(profile.deadlines).toBeUndefined();
  });

  it('takes local regulations and national provisions as a basis, not normative documents or local government rules', () => {
    const allowed = (profile.rules.find((r) => r.rule.id === 'non-shareable-legal-basis')!.options as { allowedTypes: string[] }).allowedTypes;
    expect(allowed).toEqual(expect.arrayContaining(['law', 'administrative_regulation', 'local_regulation', 'departmental_rule', 'central_policy_document']));
    expect(allowed).not.toContain('normative_document');
    expect(allowed).not.toContain('local_government_rule');
  });

  it('the clean sample lints clean; under national it lacks the Decree’s approval and assessments', () => {
    const text = readFileSync('samples/hubei/catalogue.yaml', 'utf8');
    expect(lint(text, { file: 'c.yaml', profile: 'hubei', asOf: '2026-06-01' }).findings).toEqual([]);
    expect(lint(text, { file: 'c.yaml', asOf: '2026-06-01' }).findings.map((f) => f.ruleId)).toEqual(['approval-required', 'confidentiality-assessment-required', 'pi-impact-assessment-required']);
  });
});
