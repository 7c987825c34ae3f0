// A small LSP client for yaml-language-server over stdio (JSON-RPC with Content-Length framing), with a timeout on
// everything, so the editor's view of a catalogue can be compared with govcat lint's in a test.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SERVER = fileURLToPath(new URL('../../node_modules/yaml-language-server/bin/yaml-language-server', import.meta.url));

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** 1 error, 2 warning, 3 information, 4 hint (yaml-language-server reports schema warnings as errors). */
  severity?: number;
  message: string;
  source?: string;
}

export interface CompletionItem {
  label: string;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
}

/** The settings the server pulls (workspace/configuration, section "yaml"); no schema store, so no network. */
export interface YamlSettings {
  schemas?: Record<string, string[]>;
  [key: string]: unknown;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  /** Documents are versioned across opens: the server caches a parse by URI and version. */
  private version = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly published = new Map<string, { diagnostics: Diagnostic[]; at: number; count: number }>();
  private readonly waiters = new Set<() => void>();
  private stderr = '';
  private exited = false;

  private constructor(private readonly settings: YamlSettings, private readonly timeoutMs: number) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', () => {
      this.exited = true;
      for (const [, p] of this.pending) p.reject(new Error(`yaml-language-server exited\n${this.stderr}`));
      this.pending.clear();
      this.notifyWaiters();
    });
  }

  /** Starts the server, initializes it with `rootDir` as the workspace and hands it `settings`. */
  static async start(rootDir: string, settings: YamlSettings, timeoutMs = 20_000): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer(settings, timeoutMs);
    const root = pathToFileURL(rootDir).href;
    await server.request('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'govcat' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: false },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: {},
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: server.yamlSettings() } });
    return server;
  }

  /** Opens each file with its text and resolves with the diagnostics published last, once none came for `quietMs`. */
  async diagnose(files: { path: string; text: string }[], quietMs = 400): Promise<Map<string, Diagnostic[]>> {
    const uris = files.map((f) => pathToFileURL(f.path).href);
    files.forEach((f, i) => this.notify('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'yaml', version: this.version++, text: f.text } }));
    const deadline = Date.now() + this.timeoutMs + files.length * 200;
    for (;;) {
      const now = Date.now();
      const ready = uris.every((u) => this.published.has(u)) && uris.every((u) => now - this.published.get(u)!.at >= quietMs);
      if (ready) break;
      if (now > deadline) throw new Error(`yaml-language-server: no diagnostics within the time for ${uris.filter((u) => !this.published.has(u)).join(', ') || 'the last changes'}\n${this.stderr}`);
      if (this.exited) throw new Error(`yaml-language-server exited\n${this.stderr}`);
      await this.waitForPublish(quietMs);
    }
    const out = new Map<string, Diagnostic[]>();
    files.forEach((f, i) => out.set(f.path, this.published.get(uris[i])!.diagnostics));
    for (const uri of uris) this.notify('textDocument/didClose', { textDocument: { uri } });
    for (const uri of uris) this.published.delete(uri);
    return out;
  }

  /** Completion at a (0-based) line and character of an open document. */
  async complete(path: string, text: string, line: number, character: number): Promise<CompletionItem[]> {
    const uri = pathToFileURL(path).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: this.version++, text } });
    try {
      const result = (await this.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as { items?: CompletionItem[] } | CompletionItem[] | null;
      return Array.isArray(result) ? result : (result?.items ?? []);
    } finally {
      this.notify('textDocument/didClose', { textDocument: { uri } });
    }
  }

  /** Hover text at a (0-based) line and character. */
  async hover(path: string, text: string, line: number, character: number): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: this.version++, text } });
    try {
      const result = (await this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents?: unknown } | null;
      const c = result?.contents;
      return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : (x as { value: string }).value)).join('\n') : ((c as { value?: string } | undefined)?.value ?? '');
    } finally {
      this.notify('textDocument/didClose', { textDocument: { uri } });
    }
  }

  /** shutdown, exit, and a kill if the server is still there after a second. */
  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } catch {
      // killed below
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 1_000);
      this.child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // --- internal ---

  private yamlSettings(): YamlSettings {
    return { validate: true, completion: true, hover: true, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false }, yamlVersion: '1.2', ...this.settings };
  }

  private request(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`yaml-language-server: no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } });
    }
  }

  private dispatch(m: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (m.method === undefined && m.id !== undefined) {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.error) p.reject(new Error(m.error.message));
      else p.resolve(m.result);
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = m.params as { uri: string; diagnostics: Diagnostic[] };
      const prev = this.published.get(uri);
      this.published.set(uri, { diagnostics, at: Date.now(), count: (prev?.count ?? 0) + 1 });
      this.notifyWaiters();
      return;
    }
    // Requests from the server: the settings it pulls, and null for registrations and progress.
    if (m.id !== undefined && m.method) {
      let result: unknown = null;
      if (m.method === 'workspace/configuration') {
        const items = (m.params as { items: { section?: string }[] }).items;
        result = items.map((it) => (it.section === 'yaml' ? this.yamlSettings() : it.section === 'http' ? { proxy: '', proxyStrictSSL: false } : null));
      }
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
  }

  private waitForPublish(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  private notifyWaiters(): void {
    for (const w of [...this.waiters]) w();
  }
}
