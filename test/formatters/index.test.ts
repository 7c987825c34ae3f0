import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatters, isFormatName, type FormatName } from '../../src/formatters/index.js';
import { CLEAN_DIFF, DIFFED, RESULTS, ctx } from './fixtures.js';

const NAMES: FormatName[] = ['github', 'gitlab', 'json', 'junit', 'markdown', 'sarif', 'stylish'];

describe('formatter registry', () => {
  it('lists every format, sorted, each loading a formatter function', async () => {
    expect(Object.keys(formatters)).toEqual(NAMES);
    for (const name of NAMES) {
      const format = await formatters[name]();
      expect(typeof format).toBe('function');
      for (const locale of ['zh', 'en'] as const) expect(typeof format(RESULTS, ctx({ locale }))).toBe('string');
      expect(typeof format([], ctx())).toBe('string');
      expect(typeof format([DIFFED, CLEAN_DIFF], ctx())).toBe('string');
    }
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });

  it('imports formatter modules only lazily', () => {
    const source = readFileSync(new URL('../../src/formatters/index.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import (?!type ).*from '\.\/(stylish|json|sarif|junit|github|markdown)\.js'/m);
  });
});
