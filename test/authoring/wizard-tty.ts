// A real terminal for the wizard tests: the built CLI runs inside tmux, answered with send-keys and read with capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/govcat.js', import.meta.url));

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

let sessions = 0;

/** One CLI run in its own tmux server (its own socket file), so tests never touch a user's tmux. */
export class Tty {
  private readonly socket = join(tmpdir(), `govcat-tty-${process.pid}-${++sessions}.sock`);

  /** `command`: the program to run (default: this node with bin/govcat.js; the single executable runs alone). */
  constructor(args: string[], opts: { cwd: string; env?: Record<string, string>; columns?: number; command?: string[] }) {
    if (!HAS_TMUX) throw new Error('these tests need tmux (apt-get install -y tmux)');
    const env = Object.entries({ LANG: 'C.UTF-8', ...opts.env }).map(([k, v]) => `${k}=${_q(v)}`).join(' ');
    // CI=true would (rightly) switch the wizard to no-prompt mode: the terminal tests unset it unless they set it.
    const unset = opts.env?.CI ? '' : '-u CI';
    const cmd = `env ${unset} ${env} ${(opts.command ?? [process.execPath, BIN]).map(_q).join(' ')} ${args.map(_q).join(' ')}; echo __EXIT=$?; sleep 60`;
    this._tmux('-u', 'new-session', '-d', '-x', String(opts.columns ?? 240), '-y', '60', '-c', opts.cwd, cmd);
  }

  /** The whole screen and scrollback, wrapped lines joined. */
  screen(): string {
    return this._tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-');
  }

  /** Waits until the active prompt (the last "?" line after the last answered one) shows `message`. */
  async prompt(message: string): Promise<void> {
    await this.until(() => {
      const lines = this.screen().split('\n');
      const lastDone = lines.findLastIndex((l) => l.startsWith('✔'));
      const active = lines.findLastIndex((l) => l.startsWith('?'));
      return active > lastDone && lines[active].includes(message);
    }, `prompt "${message}"`);
  }

  /** Answers an input prompt (an empty answer takes the default) and waits until it is accepted. */
  async answer(message: string, text: string): Promise<void> {
    await this.prompt(message);
    if (text) this._tmux('send-keys', '-l', text);
    await this._submit();
  }

  /** Types an answer the rules must refuse, waits for their message, and clears the line for the next try. */
  async refused(message: string, text: string, error: string): Promise<void> {
    await this.prompt(message);
    const before = _count(this.screen(), error);
    this._tmux('send-keys', '-l', text);
    this._tmux('send-keys', 'Enter');
    await this.until(() => _count(this.screen(), error) > before, `refusal "${error}"`);
    this._tmux('send-keys', 'C-u');
  }

  /** Picks the choice whose line contains `label` (arrow keys from where the cursor is), then Enter. */
  async choose(message: string, label: string): Promise<void> {
    await this.prompt(message);
    this._move(label);
    await this._submit();
  }

  /** Ticks each listed choice of a checkbox with the space bar, then Enter. */
  async tick(message: string, labels: string[]): Promise<void> {
    await this.prompt(message);
    for (const label of labels) {
      this._move(label);
      this._tmux('send-keys', 'Space');
      await this.until(() => this._choices().some((l) => l.includes('◉') && l.includes(label)), `tick ${label}`);
    }
    await this._submit();
  }

  async confirm(message: string, yes: boolean): Promise<void> {
    await this.answer(message, yes ? 'y' : 'n');
  }

  /** Waits for the program to end; its exit code. */
  async exit(): Promise<number> {
    let code = -1;
    await this.until(() => {
      const m = /__EXIT=(\d+)/.exec(this.screen());
      if (m) code = Number(m[1]);
      return m !== null;
    }, 'exit');
    return code;
  }

  keys(...keys: string[]): void {
    this._tmux('send-keys', ...keys);
  }

  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    rmSync(this.socket, { force: true });
  }

  async until(ok: () => boolean, what: string, ms = 15_000): Promise<void> {
    const end = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  // --- internal ---

  private async _submit(): Promise<void> {
    const before = _count(this.screen(), '\n✔') + (this.screen().startsWith('✔') ? 1 : 0);
    this._tmux('send-keys', 'Enter');
    await this.until(() => _count(this.screen(), '\n✔') + (this.screen().startsWith('✔') ? 1 : 0) > before, 'the answer to be accepted');
  }

  /** The lines of the active list prompt (choices under the last "?" line). */
  private _choices(): string[] {
    const lines = this.screen().split('\n');
    return lines.slice(lines.findLastIndex((l) => l.startsWith('?')) + 1);
  }

  private _move(label: string): void {
    const lines = this._choices();
    const cursor = lines.findIndex((l) => l.trimStart().startsWith('❯'));
    // The label starts the choice's text (after the cursor and the checkbox icon): 通过 is not 不通过.
    const target = lines.findIndex((l) => l.replace(/^[\s❯◯◉]+/, '').startsWith(label));
    if (cursor < 0 || target < 0) throw new Error(`no choice "${label}" on the screen:\n${lines.join('\n')}`);
    const steps = target - cursor;
    for (let i = 0; i < Math.abs(steps); i++) this._tmux('send-keys', steps > 0 ? 'Down' : 'Up');
  }

  private _tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }
}

// --- internal ---

function _q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function _count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
