// govcat fmt: canonical order, quoting, comments kept, idempotent, and it never changes what a file means.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDocument, isMap, isSeq } from 'yaml';
import { formatCatalogue } from '../../src/authoring/format.js';
import { sameData } from '../../src/authoring/yaml-strict.js';
import { InputError } from '../../src/core/errors.js';
import { loadYaml } from '../../src/core/load.js';
import { normalize } from '../../src/core/normalize.js';
import { govcat, NO_STACK } from '../cli/run.js';

const SAMPLES = ['samples/catalogue.yaml', 'samples/violations.yaml', ...readdirSync('samples/history').filter((f) => f.endsWith('.yaml')).map((f) => `samples/history/${f}`)];
const read = (f: string) => readFileSync(f, 'utf8');
const fmt = (text: string, canonical = false) => formatCatalogue(text, 't.yaml', { canonical }).output;
const data = (text: string) => loadYaml(text, 't.yaml').data;
const comments = (text: string) => text.split('\n').map((l) => /#.*$/.exec(l)?.[0].trim()).filter((c): c is string => !!c && !c.includes('"')).sort();
const keysOf = (text: string, path: (string | number)[]) => {
  const node = parseDocument(text).getIn(path, true);
  return isMap(node) ? node.items.map((p) => String((p.key as { value: unknown }).value)) : [];
};

describe('fmt on the samples', () => {
  it.each(SAMPLES)('%s: same data, every comment kept, idempotent', (f) => {
    const src = read(f);
    const once = fmt(src);
    expect(sameData(data(once), data(src))).toBe(true);
    expect(comments(once)).toEqual(comments(src));
    expect(fmt(once)).toBe(once);
  });

  it('keeps assessments before approval (the order things happen) with the comment above them, and the samples as they are', () => {
    const out = fmt(read('samples/catalogue.yaml'));
    expect(keysOf(out, ['catalogue'])).toEqual(['id', 'title', 'department', 'level', 'region', 'version', 'compiled_at', 'assessments', 'approval', 'change_events', 'submitted_at', 'profile']);
    expect(out).toMatch(/ {2}# 日期顺序：评估 ≤ 审核 ≤ 报送。\n {2}assessments:/);
    for (const f of SAMPLES) expect(fmt(read(f)), f).toBe(read(f));
  });

  it('keeps a note written after a key whose value is a nested block on the key\'s line', () => {
    const src = 'catalogue:\n  assessments:\n    confidentiality_risk:   # no conclusion yet\n      date: 2026-02-20\n';
    expect(fmt(src)).toBe(src);
  });

  it('keeps aligned trailing comments aligned', () => {
    const out = fmt(read('samples/catalogue.yaml'));
    expect(out).toContain('    code: "11110000MB1957J40W"   # 统一社会信用代码加引号');
    expect(out).toContain('  region: "110000"                 # 加引号，避免被读作数字');
  });

  it('is idempotent with the entries of any sample in any order (property)', () => {
    const docs = SAMPLES.map((f) => parseDocument(read(f)));
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.infiniteStream(fc.nat()), (i, rand) => {
        const doc = docs[i].clone();
        const entries = doc.get('entries', true);
        if (isSeq(entries)) {
          // Fisher–Yates with fast-check's numbers, so a failure shrinks to a reproducible order.
          const it = rand[Symbol.iterator]();
          for (let k = entries.items.length - 1; k > 0; k--) {
            const j = it.next().value % (k + 1);
            [entries.items[k], entries.items[j]] = [entries.items[j], entries.items[k]];
          }
        }
        const shuffled = doc.toString();
        const once = fmt(shuffled);
        expect(fmt(once)).toBe(once);
        expect(sameData(data(once), data(shuffled))).toBe(true);
        const canonical = fmt(shuffled, true);
        expect(fmt(canonical, true)).toBe(canonical);
      }),
      { numRuns: 25 },
    );
  });
});

describe('fmt details', () => {
  it('orders keys at every level and keeps unknown keys after the known ones, in their own order', () => {
    const src = 'entries:\n  - zeta: 1\n    share_type: conditional\n    alpha: 2\n    id: A\ncatalogue:\n  version: "1"\n  id: X\ngovcat: 1\nextra: true\n';
    const out = fmt(src);
    expect(keysOf(out, [])).toEqual(['govcat', 'catalogue', 'entries', 'extra']);
    expect(keysOf(out, ['catalogue'])).toEqual(['id', 'version']);
    expect(keysOf(out, ['entries', 0])).toEqual(['id', 'share_type', 'zeta', 'alpha']);
  });

  it('quotes the numbers YAML 1.2 misreads where the schema wants text, as they were written', () => {
    const out = fmt('govcat: 1\ncatalogue:\n  region: 110000\n  version: 2026.10\n  department: {name: 局, code: 121100004006821355}\nentries:\n  - {id: A, items: [{name: x, type: string, length: 18}]}\n');
    expect(out).toContain('region: "110000"');
    expect(out).toContain('version: "2026.10"');
    expect(out).toContain('code: "121100004006821355"');
    expect(out).toContain('length: 18');
    expect(out).toContain('govcat: 1');
  });

  it('keeps dates as written', () => {
    const out = fmt("govcat: 1\ncatalogue:\n  compiled_at: 2026-03-02\n  submitted_at: '2026-03-06'\n  approval: {date: \"2026-03-04\"}\n");
    expect(out).toContain('compiled_at: 2026-03-02\n');
    expect(out).toContain("submitted_at: '2026-03-06'");
    expect(out).toContain('date: "2026-03-04"');
  });

  it('indents by two spaces', () => {
    expect(fmt('govcat: 1\ncatalogue:\n      id: X\n      department:\n           name: 局\nentries:\n-   id: A\n')).toBe('govcat: 1\ncatalogue:\n  id: X\n  department:\n    name: 局\nentries:\n  - id: A\n');
  });

  it('rewrites Chinese and variant values to canonical English only with --canonical', () => {
    const src = 'govcat: 1\ncatalogue: {level: 省级}\nentries:\n  - id: A\n    items: [{name: x, type: 字符型C}]\n    update_frequency: 每 3 月\n    share_type: 依申请共享 # 门户写法\n    share_method: 服务接口\n    usage_conditions: 无\n    classification: {level: 一般, secrecy: 非涉密}\n    open_type: 依申请开放\n';
    expect(fmt(src)).toContain('share_type: 依申请共享 # 门户写法');
    const out = fmt(src, true);
    for (const s of ['level: provincial', 'type: string', 'update_frequency: quarterly', 'share_type: conditional # 门户写法', 'open_type: conditional_open', 'share_method: [api]', 'usage_conditions: none', 'level: general', 'secrecy: none']) expect(out).toContain(s);
    expect(sameData(normalize(data(out), 'a').root, normalize(data(src), 'b').root)).toBe(true);
  });

  it('refuses what lint refuses, at the same position', () => {
    for (const [src, pos] of [['a: 1\na: 2\n', [2, 1]], ['a: !custom x\n', [1, 4]], ['- a\n- b\n', [1, 1]], ['a: 1\n---\nb: 2\n', [2, 1]]] as const) {
      let lintErr: InputError | undefined;
      try { loadYaml(src, 't.yaml'); normalize(data(src), 't.yaml'); } catch (e) { lintErr = e as InputError; }
      expect(() => fmt(src)).toThrow(InputError);
      try { fmt(src); } catch (e) {
        expect([(e as InputError).line, (e as InputError).column]).toEqual([lintErr!.line, lintErr!.column]);
        expect([(e as InputError).line, (e as InputError).column]).toEqual(pos);
      }
    }
  });

  it('refuses to reorder when an alias would come before its anchor', () => {
    const src = 'govcat: 1\nentries:\n  - id: &x A\ncatalogue:\n  id: *x\n';
    expect(() => fmt(src)).toThrow(/not formatted: .*an alias would come before its anchor/);
  });

  it('keeps anchors and aliases that stay in order', () => {
    const src = 'govcat: 1\ncatalogue:\n  department: &dep {name: 局, code: "11110000MB1957J40W"}\nentries:\n  - id: A\n    provider: *dep\n';
    expect(fmt(src)).toBe(src);
  });
});

describe('govcat fmt (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govcat-fmt-'));
  const put = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const messy = 'catalogue:\n    version: 2026.10\n    id: X\ngovcat: 1\n';

  it('--check exits 0 when every file is formatted, and writes nothing', () => {
    const clean = put('clean.yaml', fmt(messy));
    const r = govcat(['fmt', '--check', clean]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/all 1 file is formatted/);
  });

  it('--check exits 1 listing the files that would change, and writes nothing', () => {
    const a = put('a.yaml', messy);
    const clean = put('b.yaml', fmt(messy));
    const r = govcat(['fmt', '--check', a, clean]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${a}\n`);
    expect(read(a)).toBe(messy);
  });

  it('formats in place, atomically, and a second run changes nothing', () => {
    const a = put('c.yaml', messy);
    expect(govcat(['fmt', a]).code).toBe(0);
    expect(read(a)).toBe(fmt(messy));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(govcat(['fmt', '--check', a]).code).toBe(0);
  });

  it('refuses a file that does not parse (exit 2, position) and still formats the others', () => {
    const bad = put('bad.yaml', 'govcat: 1\ngovcat: 2\n');
    const good = put('d.yaml', messy);
    const r = govcat(['fmt', bad, good, '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:2:1: YAML 语法错误：重复的键/);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(read(bad)).toBe('govcat: 1\ngovcat: 2\n');
    expect(read(good)).toBe(fmt(messy));
  });

  it('writes UTF-8 without BOM and with LF line ends', () => {
    const a = put('e.yaml', `\ufeff${fmt(messy).replace(/\n/g, '\r\n')}`);
    expect(govcat(['fmt', '--check', a]).code).toBe(1);
    govcat(['fmt', a]);
    expect(readFileSync(a)[0]).not.toBe(0xef);
    expect(read(a)).toBe(fmt(messy));
  });

  it('leaves a YAML file that is no catalogue exactly as it is, and says so in both languages', () => {
    const workflow = 'jobs:\n    lint:\n        runs-on: ubuntu-latest\nname: ci\n';
    const w = put('ci.yml', workflow);
    const r = govcat(['fmt', '--check', w, put('f.yaml', fmt(messy))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ci.yml: does not look like a catalogue (no header and no entries); left as it is');
    expect(r.stderr).toMatch(/all 1 file is formatted, 1 file not a catalogue \(left as it was\)/);
    const zh = govcat(['fmt', w, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('看起来不是数据目录（既无目录表头也无条目），保持原样未格式化');
    expect(zh.stderr).toContain('1 个文件不是数据目录（保持原样）');
    expect(read(w)).toBe(workflow);
    const piped = govcat(['fmt', '-'], { input: workflow });
    expect([piped.code, piped.stdout]).toEqual([0, workflow]);
    expect(piped.stderr).toContain('<stdin>: does not look like a catalogue');
  });

  it('formats standard input to standard output', () => {
    const r = govcat(['fmt', '-', '--canonical'], { input: 'govcat: 1\ncatalogue: {level: 省级}\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('govcat: 1\ncatalogue: {level: provincial}\n');
  });
});
