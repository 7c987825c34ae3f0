// The hand-written RFC 4180 reader and writer: quoting, line breaks inside fields, BOM, and what breaks them.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCsv, writeCsv } from '../../src/authoring/csv.js';
import { InputError } from '../../src/core/errors.js';

describe('CSV', () => {
  it('writes UTF-8 with BOM, CRLF records, and quotes only what needs it', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' pad', '中文']])).toBe('\ufeffa,"b,c","say ""hi""","two\nlines"," pad",中文\r\n');
  });

  // prettier-ignore
  const cases: [string, string, string[][]][] = [
    ['plain', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['LF and CR line ends', 'a,b\nc,d\re,f', [['a', 'b'], ['c', 'd'], ['e', 'f']]],
    ['BOM', '\ufeffa,b\n', [['a', 'b']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['quoted comma and doubled quote', '"a,b","say ""hi"""\n', [['a,b', 'say "hi"']]],
    ['line breaks inside quotes', '"one\r\ntwo","x\ny"\nz\n', [['one\r\ntwo', 'x\ny'], ['z']]],
    ['an empty quoted field', '"",x\n', [['', 'x']]],
    ['a quote inside an unquoted field stays', 'a"b,c\n', [['a"b', 'c']]],
    ['text after a closing quote is kept', '"a"b,c\n', [['ab', 'c']]],
    ['no trailing line break', 'a', [['a']]],
    ['blank lines are empty records', 'a\n\nb\n', [['a'], [''], ['b']]],
  ];
  it.each(cases)('reads %s', (_, text, rows) => {
    expect(parseCsv(text, 'x.csv')).toEqual(rows);
  });

  it('reports an unterminated quote at its line and column', () => {
    try {
      parseCsv('a,b\nc,"open\nstill open', 'x.csv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect([(e as InputError).line, (e as InputError).column]).toEqual([2, 3]);
      expect((e as InputError).text.zh).toMatch(/引号未闭合/);
    }
  });

  it('reads back whatever it writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '；', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(writeCsv(rows), 'x.csv')).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('CSV injection', () => {
  it.each(['=HYPERLINK("http://x","点我")', '+1+1', '-', '@SUM(A1)', "'=already quoted", "'plain", '\t=tab'])('%j is written so Excel cannot run it, and read back exactly', (value) => {
    const text = writeCsv([['h'], [value]]);
    const cell = text.split('\r\n')[1];
    expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t]/);
    expect(parseCsv(text, 'x.csv')[1][0]).toBe(value);
  });
});
