// Property tests: whatever the fast reader accepts, js-yaml reads to the same data and the same positions; and the
// reader never throws. Inputs: data trees written by js-yaml and by `yaml` (block and flow), random YAML-ish text,
// and the sample catalogue with random text spliced in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { stringify } from 'yaml';
import { readYaml } from '../../../src/core/reader/index.js';
import { differential, type Verdict } from './harness.js';

const sample = readFileSync('samples/catalogue.yaml', 'utf8');

// Scalars that resolve to other types, or nearly do, and text that needs quoting or escaping.
const tricky = fc.constantFrom(
  '110000', '2026.10', '2026-03-02', '121100004006821355', 'yes', '~', 'null', 'Null', 'true', 'FALSE', '.inf', '-.Inf', '.NaN',
  '0o17', '0x1F', '1e3', '1_000', '-0', '+1', '1.', '.5', '无', '有条件共享', '# x', 'a: b', '- x', '"q"', "'s'", '', ' ',
  'a #b', 'x:y', '__proto__', 'toString', 'line\nbreak', 'trail ', ' lead', '\u2028', 'é', '😀', 'a\\b', 'tab\there', '\u0085',
  'key:', '[x]', '{y}', '&a', '*a', '!t', '|', '>', '%', '@', '`', '?', ':', '-', '---', '...',
);
const str = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), tricky);
const leaf = fc.oneof(str, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(str, tie('v'), { maxKeys: 4 })),
})).v;
const doc = fc.oneof(fc.dictionary(str, tree, { minKeys: 1, maxKeys: 5 }), fc.array(tree, { minLength: 1, maxLength: 4 }));

/** Counts what the reader read and what it left, to report (and to see that the generators exercise it). */
function tally() {
  const seen: Record<Verdict, number> = { read: 0, fallback: 0 };
  return {
    check(text: string): void {
      seen[differential(text)]++;
    },
    report(what: string, minRead: number): void {
      console.log(`${what}: reader read ${seen.read}, fell back on ${seen.fallback}`);
      expect(seen.read, `the reader reads at least some ${what}`).toBeGreaterThanOrEqual(minRead);
    },
  };
}

describe('reader = js-yaml on generated documents', () => {
  it('written by js-yaml dump, block style', () => {
    const t = tally();
    fc.assert(fc.property(doc, (v) => t.check(dump(v, { skipInvalid: true }))), { numRuns: 1500 });
    t.report('js-yaml dump (block)', 1000);
  });

  it('written by js-yaml dump with flow levels, indents and widths', () => {
    const t = tally();
    fc.assert(
      fc.property(doc, fc.integer({ min: -1, max: 3 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(20, 80, -1), fc.boolean(), (v, flowLevel, indent, lineWidth, noArrayIndent) =>
        t.check(dump(v, { skipInvalid: true, flowLevel, indent, lineWidth, seqNoIndent: noArrayIndent }))),
      { numRuns: 1500 },
    );
    t.report('js-yaml dump (flow levels, indents)', 800);
  });

  it('written by yaml stringify (block, flow, folded and quoted styles)', () => {
    const t = tally();
    fc.assert(
      fc.property(doc, fc.constantFrom('block', 'flow'), fc.constantFrom(20, 80), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), fc.boolean(), (v, collectionStyle, lineWidth, defaultStringType, indentSeq) => {
        let text: string;
        try {
          text = stringify(v, { version: '1.2', collectionStyle: collectionStyle as 'block' | 'flow', lineWidth, minContentWidth: 0, defaultStringType: defaultStringType as 'PLAIN', indentSeq });
        } catch {
          return; // yaml refuses some odd combinations itself
        }
        t.check(text);
      }),
      { numRuns: 1500 },
    );
    t.report('yaml stringify', 600);
  });
});

/**
 * Block-style text of random shape, the way people write it rather than the way dumpers do: indentation of 1–4
 * per level, sequences at their key's column or indented, compact and non-compact items, comments and blank lines
 * anywhere, continuation lines, block scalars, flows, quoted keys, CRLF. Not every text is valid YAML: wherever
 * the reader reads one, js-yaml must agree.
 */
function writtenByHand(seed: number): string {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const words = ['name', 'type', 'id', '名称', '数据项', 'a b', '-x', 'k:v', 'x#y', '1', '2026.10', '0o17', 'null', '~', 'true', '__proto__', 'é😀', 'a  b'];
  const scalars = [...words, '"q \\ \" \u4e2d"', "'it''s'", '""', "''", '[a, b]', '{k: v, w}', '[]', '{}', '[x, [y, {z: 1}]]', '"a # b"', 'x # c', '.inf', '-0', '0x1F'];
  const lines: string[] = [];
  const gap = (indent: number) => {
    if (chance(0.15)) lines.push('');
    if (chance(0.1)) lines.push(' '.repeat(pick([0, indent, indent + 2])) + '# ' + pick(words));
    if (chance(0.03)) lines.push('   ');
  };
  const tail = () => (chance(0.15) ? ' # ' + pick(words) : '') + (chance(0.05) ? '  ' : '');
  const mapping = (indent: number, depth: number, first = ''): void => {
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const key = chance(0.1) ? `"${pick(words)}"` : chance(0.05) ? `'${pick(words)}'` : pick(words);
      const head = (i === 0 && first ? first : ' '.repeat(indent)) + key + (chance(0.05) ? ' ' : '') + ':';
      value(head, indent, depth);
      gap(indent);
    }
  };
  const sequence = (indent: number, depth: number, first = ''): void => {
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      const dash = (i === 0 && first ? first : ' '.repeat(indent)) + '-';
      const r = rnd();
      if (depth > 3 || r < 0.35) lines.push(dash + (chance(0.1) ? '' : ' ' + pick(scalars)) + tail());
      else if (r < 0.6) mapping(indent + 2, depth + 1, dash + ' ');
      else if (r < 0.7) sequence(indent + 2, depth + 1, dash + ' ');
      else if (r < 0.8) {
        lines.push(dash + tail());
        const d = 1 + Math.floor(rnd() * 3);
        if (chance(0.5)) mapping(indent + d, depth + 1);
        else sequence(indent + d, depth + 1);
      } else {
        lines.push(dash + ' ' + pick(['|', '>', '|-', '>+', '|2']));
        for (let k = Math.floor(rnd() * 3); k >= 0; k--) lines.push(chance(0.2) ? '' : ' '.repeat(indent + 2 + (chance(0.2) ? 1 : 0)) + pick(words));
      }
      gap(indent);
    }
  };
  const value = (head: string, indent: number, depth: number): void => {
    const r = rnd();
    const d = 1 + Math.floor(rnd() * 4);
    if (depth > 3 || r < 0.4) {
      lines.push(head + ' ' + pick(scalars) + tail());
      if (chance(0.1)) lines.push(' '.repeat(indent + d) + pick(words));
    } else if (r < 0.5) lines.push(head + tail());
    else if (r < 0.7) {
      lines.push(head + tail());
      mapping(indent + d, depth + 1);
    } else if (r < 0.85) {
      lines.push(head + tail());
      sequence(chance(0.5) ? indent : indent + d, depth + 1);
    } else if (r < 0.93) {
      lines.push(head + ' ' + pick(['|', '>', '|-', '>+', '| # c']));
      for (let k = Math.floor(rnd() * 3); k >= 0; k--) lines.push(chance(0.2) ? '' : ' '.repeat(indent + d + (chance(0.2) ? 1 : 0)) + pick(words));
    } else {
      lines.push(head);
      lines.push(' '.repeat(indent + d) + pick(scalars));
    }
  };
  if (chance(0.8)) mapping(0, 0);
  else sequence(0, 0);
  const text = lines.join('\n') + (chance(0.9) ? '\n' : '');
  return chance(0.1) ? text.replace(/\n/g, '\r\n') : text;
}

describe('reader = js-yaml on block-style text written by hand', () => {
  it('random shapes, indentation, comments and scalars', () => {
    const t = tally();
    fc.assert(fc.property(fc.integer(), (seed) => t.check(writtenByHand(seed))), { numRuns: 3000 });
    t.report('hand-written shapes', 1000);
  });
});

describe('reader = js-yaml on random text, and it never throws', () => {
  // The alphabets of test/fuzz.test.ts and test/authoring/parser-agreement.test.ts, plus CR and a BOM.
  const yamlish = fc.string({ unit: fc.constantFrom(...'abc: -[]{}\n\'"#&*!|>%@`,?~01 \t中文'.split('')), maxLength: 200 });
  const agreeish = fc.string({ unit: fc.constantFrom(...'ab1: -[]{}\n\'"#&*!|>%@`,?~0. \t中\\x'.split('')), maxLength: 120 });
  const structural = fc.string({ unit: fc.constantFrom('a', 'b', ': ', ':', '- ', '-', '\n', '\n  ', '\n    ', '  ', ' ', '#', ' #', '"', "'", '[', ']', '{', '}', ', ', '|', '>', '|-', '>+', '\r\n', '\\', '\\n', 'x', '1', '.5', '中', '\ufeff'), maxLength: 60 });

  for (const [name, gen, runs, minRead] of [['fuzz alphabet', yamlish, 3000, 20], ['parser-agreement alphabet', agreeish, 3000, 20], ['structural tokens', structural, 6000, 200]] as const) {
    it(name, () => {
      const t = tally();
      fc.assert(fc.property(gen, (s) => t.check(s)), { numRuns: runs });
      t.report(name, minRead);
    });
  }

  it('the sample with random text spliced in', () => {
    const t = tally();
    fc.assert(
      fc.property(fc.nat(sample.length), fc.nat(30), fc.oneof(yamlish, agreeish, structural), (at, cut, s) => {
        const text = sample.slice(0, at) + s + sample.slice(at + cut);
        t.check(text);
      }),
      { numRuns: 250 },
    );
    t.report('spliced samples', 40);
  });

  it('readYaml never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void readYaml(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.nat(sample.length), fc.string({ unit: 'binary', maxLength: 20 }), (at, s) => void readYaml(sample.slice(0, at) + s + sample.slice(at))), { numRuns: 300 });
  });
});
