// The README's rule table is the rule metadata, and its Quick start is exactly two commands.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ruleTableMarkdown } from '../src/cli/commands/rules.js';
import { resolveProfile } from '../src/profiles/index.js';
import { rules } from '../src/rules/index.js';
import { diffRules } from '../src/diff/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the rule table exactly as the rule metadata says', () => {
    const table = readme.split('<!-- rules:start -->\n')[1]?.split('<!-- rules:end -->')[0];
    expect(table).toBe(ruleTableMarkdown(resolveProfile('national', rules), 'en'));
  });

  it('shows the diff rule table exactly as their metadata says', () => {
    const table = readme.split('<!-- diff-rules:start -->\n')[1]?.split('<!-- diff-rules:end -->')[0];
    expect(table).toBe(ruleTableMarkdown(resolveProfile('national', diffRules), 'en'));
  });

  it('has a Quick start of exactly two commands, the second npm test', () => {
    const quick = readme.split('## Quick start')[1].split('\n## ')[0];
    const block = /```sh\n([\s\S]*?)```/.exec(quick)![1].trim().split('\n');
    expect(block).toHaveLength(2);
    expect(block[1]).toBe('npm test');
  });
});
