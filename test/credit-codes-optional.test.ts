// Art. 13 asks for the providing unit, not its credit code: the samples with every code removed still lint clean.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { lint } from '../src/index.js';
import { loadYaml } from '../src/core/load.js';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

/**
 * The text without any `code:`: block lines dropped whole, and `code: …` pairs cut out of flow mappings
 * (`{name: X, code: "…"}` → `{name: X}`) with their comma, so the flow mapping stays valid YAML.
 */
function withoutCodes(text: string): string {
  const scalar = String.raw`(?:"[^"\n]*"|'[^'\n]*'|[^,}\s]+)`;
  return text
    .split('\n')
    .filter((line) => !/^\s*code:/.test(line))
    .map((line) => line.replace(new RegExp(String.raw`,\s*code:\s*${scalar}(?=\s*[,}])`, 'g'), '').replace(new RegExp(String.raw`([{]\s*)code:\s*${scalar}\s*(,\s*|(?=\s*}))`, 'g'), '$1'))
    .join('\n');
}

/** The data with every `code` key of the department and the providers deleted: what the text edit must amount to. */
function dropCodes(data: unknown): unknown {
  const d = structuredClone(data) as { catalogue?: { department?: Record<string, unknown> }; entries?: { provider?: Record<string, unknown> }[] };
  delete d.catalogue?.department?.code;
  for (const e of d.entries ?? []) if (e.provider && typeof e.provider === 'object') delete e.provider.code;
  return d;
}

describe('credit codes are optional (Art. 13 asks for the provider, not its code)', () => {
  it('removes block and flow-style codes and nothing else', () => {
    const text = ['department:', '  name: 甲局', '  code: "11110000MB1957J40W"   # 注释', 'a: {name: 乙局, code: "11110000MB1957J40W"}', "b: {code: '11110000MB1957J40W', name: 丙局}", 'c: {code: X}', 'd: {name: 丁局, code: Y, x: 1}'].join('\n');
    expect(withoutCodes(text)).toBe(['department:', '  name: 甲局', 'a: {name: 乙局}', 'b: {name: 丙局}', 'c: {}', 'd: {name: 丁局, x: 1}'].join('\n'));
  });

  it('samples/catalogue.yaml with every code: line dropped lints clean', () => {
    const original = read('samples/catalogue.yaml');
    const text = original.split('\n').filter((line) => !/^\s*code:/.test(line)).join('\n');
    expect(text).not.toMatch(/\bcode:/);
    expect(lint(text, { file: 'catalogue.yaml', asOf: '2026-06-01' }).findings).toEqual([]);
  });

  it.each(['samples/catalogue.yaml', 'samples/history/2025.4.yaml', 'samples/history/2026.1.yaml', 'samples/history/2026.2.yaml'])('%s without its codes (block and flow style) lints clean', (file) => {
    const original = read(file);
    const text = withoutCodes(original);
    expect(text).not.toMatch(/\bcode:/);
    expect(loadYaml(text, file).data).toEqual(dropCodes(loadYaml(original, file).data));
    expect(lint(text, { file, asOf: '2026-06-01' }).findings).toEqual([]);
  });

  it('samples/violations.yaml without its codes loses only the finding of its wrong code', () => {
    const original = read('samples/violations.yaml');
    const text = withoutCodes(original);
    expect(text).not.toMatch(/\bcode:/);
    expect(loadYaml(text, 'v.yaml').data).toEqual(dropCodes(loadYaml(original, 'v.yaml').data));
    const rules = (t: string) => lint(t, { file: 'v.yaml', asOf: '2026-06-01' }).findings.map((f) => `${f.ruleId}/${f.messageId}`);
    const before = rules(original);
    expect(before).toContain('credit-code-valid/invalid');
    expect(rules(text)).toEqual(before.filter((r) => r !== 'credit-code-valid/invalid'));
  });
});
