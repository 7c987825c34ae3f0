// Chinese typography puts no space next to the full-width quotes “ ”: not outside them (字段 “x” 无效 → 字段“x”无效),
// and not inside them either, except where the quoted text is YAML whose space is part of it (“- ”, “键: ”, “ -- 理由”).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRules } from '../src/diff/rules/index.js';
import { rules } from '../src/rules/index.js';

/** Spaces next to “ or ” that typography does not allow, each with a little context. */
function strays(text: string): string[] {
  const out: string[] = [];
  const syntax = (ch: string | undefined) => ch !== undefined && '-:#'.includes(ch);
  for (const m of text.matchAll(/[ \t\u3000]“|”[ \t\u3000]|“[ \t\u3000]|[ \t\u3000]”/g)) {
    const i = m.index;
    const inside = m[0][0] === '“' ? syntax(text[i + 2]) : m[0][1] === '”' ? syntax(text[i - 1]) : false;
    if (m[0][0] === '“' || m[0][1] === '”' ? !inside : true) out.push(text.slice(Math.max(0, i - 12), i + 14).replace(/\n/g, '⏎'));
  }
  return out;
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else if (/\.(ts|yaml|json|md)$/.test(e.name)) yield join(dir, e.name);
  }
}

describe('Chinese messages: no space next to “ and ”', () => {
  it('the checker tells typography from quoted YAML', () => {
    expect(strays('字段 “x” 无效')).toEqual(['字段 “x” 无效', '字段 “x” 无效']);
    expect(strays('“ foo ”')).toHaveLength(2);
    expect(strays('写作 “规则: 级别”')).toHaveLength(1);
    expect(strays('列表项“- ”缩进；应写作“{{key}}: ”；加“ -- 理由”；字段“x”无效')).toEqual([]);
  });

  it('in every rule\'s messages and documentation', () => {
    const found = [...rules, ...diffRules].flatMap((r) => [
      ...Object.entries(r.messages).map(([id, m]) => [`${r.id}.${id}`, (m as { zh: string }).zh] as const),
      [`${r.id} summary`, r.docs.summary.zh] as const,
      [`${r.id} details`, r.docs.details.zh] as const,
    ]).flatMap(([where, zh]) => strays(zh).map((s) => `${where}: ${s}`));
    expect(found).toEqual([]);
  });

  it('in every text of src/ (CLI texts, errors, wizard questions, rule templates)', () => {
    const found = [...files('src')].flatMap((f) => strays(readFileSync(f, 'utf8')).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });
});
