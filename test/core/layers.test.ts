// The core is the bottom layer: it imports only itself and generated code, never the calendar or a feature.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve('src/core');
const ALLOWED = [CORE, resolve('src/generated')];

function* tsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* tsFiles(join(dir, e.name));
    else if (e.name.endsWith('.ts')) yield join(dir, e.name);
  }
}

describe('src/core layering', () => {
  it('imports nothing from src/ outside core and generated', () => {
    const bad: string[] = [];
    for (const file of tsFiles(CORE)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = resolve(dirname(file), m[1]);
        if (!ALLOWED.some((a) => target === a || target.startsWith(a + '/'))) bad.push(`${relative('.', file)} → ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
