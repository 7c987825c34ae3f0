// On a terminal, a long lint shows where it is: one huge file shows the time spent, and the line is gone at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { HAS_TMUX, Tty } from '../authoring/wizard-tty.js';
import { ROOT } from './run.js';

describe.skipIf(!HAS_TMUX)('progress of a long lint on a terminal', () => {
  it('a catalogue over 16 MB shows the time spent while it is checked, then the line is cleared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcat-huge-'));
    const file = join(dir, 'big.yaml');
    execFileSync(process.execPath, [join(ROOT, 'bench/generate.mjs'), '6500', file], { stdio: 'ignore' });
    for (const [lang, alive] of [['C.UTF-8', /\[>\s+\] 0\/1 files  0 findings  \ds elapsed/], ['zh_CN.UTF-8', /\[>\s+\] 0\/1 个文件  0 个问题  已用 \d 秒/]] as const) {
      const out = join(dir, `${lang}.json`);
      const tty = new Tty(['lint', file, '-f', 'json', '-o', out], { cwd: dir, env: { LANG: lang } });
      try {
        await tty.until(() => alive.test(tty.screen()), 'the time spent', 30_000);
        await tty.until(() => tty.screen().includes('__EXIT='), 'the end', 60_000);
        const screen = tty.screen();
        expect(screen).toMatch(/__EXIT=1/);
        // The bar was cleared: nothing but the exit line is left on the screen.
        expect(screen.replace(/\s+/g, ' ').trim()).toBe('__EXIT=1');
        expect(JSON.parse(readFileSync(out, 'utf8')).summary.files).toBe(1);
      } finally {
        tty.kill();
      }
    }
  }, 180_000);
});
