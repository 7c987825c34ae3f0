// Every lint rule: registered under its file name, cites real articles, speaks both languages, and its examples behave.
import { readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { rules } from '../src/rules/index.js';
import { exampleDocument } from '../src/core/examples.js';
import { builtinProfiles } from '../src/profiles/index.js';
import { registryTests, ruleMetadataTests } from './helpers/rule-meta.js';
import { runRule } from './rule-tester.js';

describe('rule registry', () => {
  registryTests(rules, readdirSync(new URL('../src/rules/', import.meta.url)), readdirSync(new URL('./rules/', import.meta.url)));
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  ruleMetadataTests(rule);
  it('fails on its failing example and passes its passing example', () => {
    // A rule only one regime runs writes its examples in that regime's share attributes.
    const attributes = rule.examplesProfile ? builtinProfiles[rule.examplesProfile].shareAttributes : undefined;
    const fail = runRule(rule, exampleDocument(rule.examples.fail, attributes), undefined, undefined, attributes);
    const pass = runRule(rule, exampleDocument(rule.examples.pass, attributes), undefined, undefined, attributes);
    expect(fail.length, 'failing example').toBeGreaterThan(0);
    expect(pass.map((f) => f.message.en), 'passing example').toEqual([]);
  });
});
