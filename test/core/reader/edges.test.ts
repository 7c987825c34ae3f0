// Edge cases met while writing the fast reader, one row each: the text, and whether the reader reads it itself
// (then data and every position equal js-yaml's) or leaves it to js-yaml.
import { describe, expect, it } from 'vitest';
import { differential, viaReader, type Verdict } from './harness.js';

const R: Verdict = 'read';
const F: Verdict = 'fallback';

// prettier-ignore
const rows: [what: string, text: string, verdict: Verdict][] = [
  // --- block mappings and sequences
  ['plain mapping', 'a: 1\nb: text\n', R],
  ['no final line break', 'a: 1\nb: x', R],
  ['empty value, next key', 'a:\nb: 1\n', R],
  ['empty value at the end, no line break', 'a: 1\nb:', R],
  ['empty value with a comment', 'a: # nothing\nb: 1\n', R],
  ['empty value, spaces to the end', 'a:\n   ', R],
  ['spaces before the colon', 'a   : 1\n', R],
  ['sequence at the key\'s own indentation', 'a:\n- x\n- y\nb: 1\n', R],
  ['sequence indented under its key', 'a:\n  - x\n  - y\n', R],
  ['compact mappings in a sequence', '- k: v\n  k2: v2\n- k: w\n', R],
  ['compact mapping indented further', '-   k: v\n    k2: v2\n', R],
  ['nested compact sequences', '- - a\n  - b\n- c\n', R],
  ['empty sequence items', '-\n- \n-   # c\n- x\n', R],
  ['empty item at the end', 'a:\n  -\n', R],
  ['sequence of mappings with a sequence at its key', '- a:\n  - x\n  b: 1\n', R],
  ['value on the next line', 'a:\n  text\nb: 1\n', R],
  ['value on the next line, continued', 'a:\n    text\n  more\nb: 1\n', R],
  ['root sequence', '- 1\n- two\n', R],
  ['root scalar', 'just text\n', R],
  ['root scalar on several lines', 'one\ntwo\n\nthree\n', R],
  ['root flow mapping', '{a: 1, b: [x, y]}\n', R],
  ['root indented on the first line', '  a: 1\n  b: 2\n', R],
  ['root indented after a comment', '# c\n  a: 1\n  b: 2\n', R],
  ['comments and blank lines everywhere', '# head\n\na: 1 # tail\n  # indented comment\n# col 0\nb:\n  # before\n  c: 2\n\n', R],
  ['a key starting with a dash or a question mark', '-1: a\n?x: b\n:y: c\n', R],
  ['# without a space before it is text', 'a: b#c\nd: "e" # f\n', R],
  ['colon without a space is text', 'a: b:c\nurl: http://x.cn/a?b=c\n', R],
  // --- scalars and the core schema
  ['core schema values', 'i: 0o17\nh: 0x1F\ne: 1e3\nn: -.inf\nnan: .NaN\nu: 1_000\nz: -0\np: +1\nd: 1.\nv: 2026.10\nc: 121100004006821355\nt: True\nf: off\nnull: ~\nN: NULL\ndate: 2026-03-02\n', R],
  ['keys stringified like js-yaml', '1: a\n1.50: b\nnull: c\n~x: d\n0x10: e\n.inf: f\ntrue: g\n', R],
  ['__proto__ and other prototype names as keys', '__proto__: 1\ntoString: 2\nconstructor: {a: 1}\n', R],
  ['quoted scalars', 'a: "x y"\nb: \'it\'\'s\'\nc: ""\nd: \'\'\n"e f": 1\n\'g\': 2\n', R],
  ['double-quoted escapes', 'a: "t\\tn\\nu\\u00e9x\\x41U\\U0001F600 \\\\ \\" \\/ \\0 \\a \\b \\e \\f \\r \\v \\N \\_ \\L \\P"\n', R],
  ['quoted scalars over several lines', 'a: "one\n  two\n\n  three"\nb: \'x\n  y\'\n', R],
  ['escaped line break', 'a: "one \\\n  two"\n', R],
  ['plain scalar over several lines', 'a: one\n  two\n\n  three\nb: 1\n', R],
  ['a comment line ends a plain scalar', 'a: one\n  # c\nb: 1\n', R],
  ['spaces to the end after a plain scalar', 'a: one\n   ', R],
  ['unicode: CJK, emoji, full-width punctuation', 'a: 注册日期：2026年\nb: 😀 ok\nc: 全角，逗号\n', R],
  ['U+2028 inside a value', 'a: x\u2028y\n', R],
  ['NEL (U+0085) is printable to js-yaml', 'a: x\u0085y\nb: [\u0085]\n', R],
  // --- flow collections
  ['flow mapping of scalars', 'f: {name: 注册日期, type: date}\n', R],
  ['flow sequence', 'm: [api, batch_exchange]\n', R],
  ['nested flows, empty flows, trailing commas', 'a: {b: [1, {c: d}, []], e: {}, f: [x,],}\n', R],
  ['flow keys without values', 'a: {b, c: , d:}\n', R],
  ['flow scalars quoted and with inner spaces', 'a: ["x, y", \'z\', p q, "r"]\n', R],
  ['flow over several lines with comments', 'a: [x, # c\n  y,\n\n  z]\nb: {k:\n    v}\n', R],
  ['flow plain scalar over lines', 'a: [one\n  two]\n', R],
  ['colon inside flow plain scalars', 'a: [b:c, http://x, {d:e}]\n', R],
  ['quoted flow key glued to its value', 'a: {"d":e}\n', R],
  ['flow entries on the next line', 'a:\n  [1, 2]\n', R],
  // --- block scalars
  ['literal', 'a: |\n  x\n   y\n\n  z\nb: 1\n', R],
  ['folded, strip', 'a: >-\n  x\n  y\n\n  z\n', R],
  ['keep, with trailing blank lines', 'a: |+\n  x\n\n\nb: 1\n', R],
  ['indentation indicator', 'a: |2\n   x\n  y\n', R],
  ['header comment', 'a: | # c\n  x\n', R],
  ['less indented comment ends it', 'a: |\n  x\n# c\nb: 1\n', R],
  ['empty block scalar at the end', 'a: |', R],
  ['block scalar as a sequence item', '- |\n  x\n- >\n  y\n', R],
  ['block scalar on the next line', 'a:\n  |\n   x\n', R],
  ['root block scalar', '>\n x\n y\n', R],
  // --- line ends and the first character
  ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\n', R],
  ['byte order mark', '\ufeffa: 1\n', R],
  ['byte order mark and an indented first line', '\ufeff  a: 1\n  b: 2\n', R],
  // --- left to js-yaml: features the reader does not read
  ['anchor and alias', 'a: &x 1\nb: *x\n', F],
  ['alias at the very end (found by the pre-check, before any reading)', 'a: 1\n'.repeat(50) + 'b: *x\n', F],
  ['sigils inside text are no node start', 'a: drafts/** and R&D!\nb: \'*x\'\n', R],
  ['a quoted "x, *y" looks like one to the pre-check', 'a: "x, *y"\n', F],
  ['tag', 'a: !!str 1\n', F],
  ['explicit key', '? a\n: b\n', F],
  ['document start', '---\na: 1\n', F],
  ['document end', 'a: 1\n...\n', F],
  ['directive', '%YAML 1.2\n---\na: 1\n', F],
  ['document marker in a block scalar', 'a: |\n  x\n---\n', F],
  ['document marker after a plain scalar', 'a\n---\n', F],
  ['tab anywhere', 'a:\t1\n', F],
  ['tab in a comment', 'a: 1 # x\ty\n', F],
  ['NUL', 'a: 1\n# \0\n', F],
  ['lone carriage return', 'a: 1\rb: 2\n', F],
  ['byte order mark later on', 'a: 1\n\ufeffb: 2\n', F],
  ['single-pair mapping in a flow sequence', 'a: [b: c]\n', F],
  ['single pair after a quoted flow entry', 'a: ["d":e]\n', F],
  ['collection as a key', '[a]: b\n', F],
  ['flow collection as a flow key', 'a: {[b]: c}\n', F],
  ['explicit pair in a flow', 'a: [? b]\n', F],
  ['nesting beyond the reader\'s limit', 'a: ' + '['.repeat(60) + ']'.repeat(60) + '\n', F],
  ['empty file', '', F],
  ['only comments', '# a\n\n# b\n', F],
  // --- left to js-yaml: errors it reports with its own message and position
  ['duplicate key', 'a: 1\na: 2\n', F],
  ['duplicate key after stringification', '1: a\n"1": b\n', F],
  ['duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n', F],
  ['mapping in a value on the same line', 'a: b: c\n', F],
  ['sequence in a value on the same line', 'a: - b\n', F],
  ['bad indentation', 'a:\n    b: 1\n  c: 2\n', F],
  ['deeper line after a scalar', 'a: 1\n  b: 2\n', F],
  ['multi-line key', 'a\n  b: c\n', F],
  ['text after a quoted value', 'a: "x" y\n', F],
  ['comment glued to a quoted value', 'a: "x"#c\n', F],
  ['unterminated quote', 'a: "x\n', F],
  ['unknown escape', 'a: "\\q"\n', F],
  ['bad hex escape', 'a: "\\x4G"\n', F],
  ['control character', 'a: x\u0001y\n', F],
  ['C1 control character', 'a: x\u0086y\n', F],
  ['lone surrogate in a plain scalar', 'a: x\ud800y\n', F],
  ['deficient indentation in quotes', 'a:\n  - "x\ny"\n', F],
  ['missing comma in a flow', 'a: [b c: d]\n', F],
  ['unterminated flow', 'a: [b, c\n', F],
  ['zero indentation indicator', 'a: |0\n  x\n', F],
  ['indicator that starts no node', 'a: @b\n', F],
  ['a dash line where a key belongs', 'a: 1\n- b\n', F],
];

describe('reader edge cases', () => {
  it.each(rows)('%s', (what, text, verdict) => {
    expect(differential(text, `${what}: ${JSON.stringify(text)}`)).toBe(verdict);
  });

  it('near js-yaml\'s depth limit the reader never reads what js-yaml refuses, and reads the shallower ones', () => {
    const shapes: [string, (n: number) => string][] = [
      ['block mappings', (n) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + '\n' + ' '.repeat(n) + 'x\n'],
      ['compact sequences', (n) => '- '.repeat(n) + 'x\n'],
      // Two collections a level: a sequence and the mapping in it.
      ['compact mappings in sequences', (n) => Array.from({ length: n >> 1 }, (_, i) => ' '.repeat(4 * i) + '- a:').join('\n') + ' x\n'],
      ['flow sequences', (n) => 'a: ' + '['.repeat(n) + 'x' + ']'.repeat(n) + '\n'],
      ['flow mappings', (n) => 'a: ' + '{b: '.repeat(n) + 'x' + '}'.repeat(n) + '\n'],
    ];
    for (const [what, make] of shapes) {
      const verdicts = Array.from({ length: 31 }, (_, i) => differential(make(40 + i), `${what}, ${40 + i} deep`));
      expect(verdicts.slice(0, 5), what).toEqual(Array(5).fill('read'));
    }
  });

  it('values as js-yaml constructs them', () => {
    const data = viaReader('i: 0o17\nv: 2026.10\nc: 121100004006821355\nz: -0\nu: 1_000\nn: .nan\nd: 2026-03-02\ne:\n')!.data as Record<string, unknown>;
    expect(data).toEqual({ i: 15, v: 2026.1, c: 121100004006821355, z: -0, u: '1_000', n: NaN, d: '2026-03-02', e: null });
    expect(Object.is(data.z, -0)).toBe(true);
  });
});
