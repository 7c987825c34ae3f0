// Cross-bundle findings (pure): the same data provided by several departments (Art. 19 ¶2) and duplicate catalogue versions.
import { createHash } from 'node:crypto';
import { render } from '../core/messages.js';
import { PAYLOAD } from '../package/layout.js';
import type { Bilingual, Finding, RuleBase, Severity } from '../core/types.js';
import type { BundleSummary } from './types.js';

type NoOptions = Record<string, never>;

export const oneDataOneSource: RuleBase<NoOptions, 'sameData'> = {
  id: 'one-data-one-source',
  articles: [{ source: 'decree-809', article: 19, paragraph: 2 }],
  severity: 'warning',
  docs: {
    summary: { zh: '同一数据（条目名称和数据项相同）只应由一个数源部门提供', en: 'The same data (same entry name and items) is provided by one source department only' },
    details: {
      zh: '第十九条第二款：政务数据收集工作涉及多个政府部门的，主管部门应当明确牵头收集的部门作为数源部门，由其统一提供共享服务（一数一源）。批量核验时，若不同部门的目录中出现名称相同、数据项集合相同的条目，则提示主管部门确定数源部门。名称比较忽略空白和全半角差异；没有数据项的条目不参与比较。',
      en: 'Art. 19(2): where collecting data involves several departments, the competent authority designates the lead department as the source department, which alone provides the data for sharing ("one data, one source", 一数一源). When a batch contains entries with the same name and the same set of data items in the catalogues of different departments, the authority is told to designate the source department. Names are compared ignoring whitespace and full-/half-width differences; entries without data items are not compared.',
    },
  },
  messages: {
    sameData: {
      zh: '条目“{{name}}”（{{items}} 个数据项）与{{others}}提供的数据相同；同一数据应由主管部门确定一个数源部门统一提供（一数一源）',
      en: 'entry "{{name}}" ({{items}} data items) is the same data as provided by {{others}}; the authority should designate one source department to provide it (一数一源)',
    },
  },
  defaults: {},
};

export const duplicateCatalogueVersion: RuleBase<NoOptions, 'duplicate'> = {
  id: 'duplicate-catalogue-version',
  articles: [{ source: 'decree-809', article: 16 }],
  severity: 'error',
  docs: {
    summary: { zh: '同一目录编号和版本号只能报送一次', en: 'A catalogue id and version is submitted once' },
    details: {
      zh: '第十六条：部门报送的目录经主管部门审核后统一通告。同一批次中两个报送包的目录编号和版本号相同时，无法确定应审核和通告哪一份，两个包均判为不通过。',
      en: 'Art. 16: the authority reviews each submitted catalogue and then announces it. When two bundles in a batch carry the same catalogue id and version, it is unclear which one is to be reviewed and announced, so both fail.',
    },
  },
  messages: {
    duplicate: {
      zh: '目录“{{id}}”版本“{{version}}”也由{{others}}报送',
      en: 'catalogue "{{id}}" version "{{version}}" is also submitted in {{others}}',
    },
  },
  defaults: {},
};

export const crossRules = [oneDataOneSource, duplicateCatalogueVersion];

/** The summaries with cross-bundle findings added (counts and status updated); the input is left untouched. */
export function crossCheck(summaries: readonly BundleSummary[]): BundleSummary[] {
  const added: Finding[][] = summaries.map(() => []);
  _sameData(summaries, added);
  _duplicateVersions(summaries, added);
  return summaries.map((s, i) => (added[i].length ? _withFindings(s, added[i]) : s));
}

// --- internal ---

/** Longest list of other providers named in one message; the rest are counted. */
const MAX_NAMED = 5;

/**
 * Groups of the same data, each a flat list of (bundle, entry) index pairs, in the order the groups were first met.
 * Sized for a national sweep: the key of a group is a digest of its name and items (not the text itself), and the
 * groups are spread over several maps, as one Map holds at most 2^24 keys and a sweep has tens of millions of entries.
 */
class _Groups {
  private readonly maps = Array.from({ length: 64 }, () => new Map<string, number[]>());
  readonly created: number[][] = [];

  add(key: string, bundle: number, entry: number): void {
    const map = this.maps[key.charCodeAt(0) & 63];
    const list = map.get(key);
    if (list) list.push(bundle, entry);
    else map.set(key, this.created[this.created.push([bundle, entry]) - 1]);
  }
}

function _sameData(summaries: readonly BundleSummary[], added: Finding[][]): void {
  const departments = summaries.map((s) => s.departmentCode?.trim() || s.department?.trim() || '');
  const groups = new _Groups();
  summaries.forEach((s, bundle) => {
    if (!departments[bundle]) return;
    s.entries?.forEach((e, entry) => {
      const key = _entryKey(e);
      if (key !== undefined) groups.add(key, bundle, entry);
    });
  });
  const labels = new Map<number, Bilingual>();
  const label = (bundle: number) => labels.get(bundle) ?? labels.set(bundle, _providerLabel(summaries[bundle])).get(bundle)!;
  for (const list of groups.created) {
    if (list.length < 4) continue;
    const members = Array.from({ length: list.length / 2 }, (_, k) => ({ bundle: list[2 * k], entry: list[2 * k + 1] }));
    if (new Set(members.map((m) => departments[m.bundle])).size < 2) continue;
    for (const p of members) {
      const others = members.filter((o) => departments[o.bundle] !== departments[p.bundle]).map((o) => label(o.bundle));
      const e = summaries[p.bundle].entries![p.entry];
      const data = { name: e.name.trim(), items: e.items.length, others: _list(others) };
      added[p.bundle].push(_finding(oneDataOneSource, 'sameData', data, summaries[p.bundle], `entries[${p.entry}]`, e.id));
    }
  }
}

/** What makes two entries the same data: the name and the set of item names as a reader sees them; none without items. */
function _entryKey(e: NonNullable<BundleSummary['entries']>[number]): string | undefined {
  const name = _norm(e.name);
  const items = [...new Set(e.items.map(_norm).filter(Boolean))].sort();
  if (!items.length || !name) return undefined;
  return createHash('sha256').update(`${name}\u0000${items.join('\u0000')}`).digest('base64').slice(0, 32);
}

function _duplicateVersions(summaries: readonly BundleSummary[], added: Finding[][]): void {
  const groups = new Map<string, number[]>();
  summaries.forEach((s, i) => {
    if (!s.catalogueId || s.version === undefined) return;
    const key = `${s.catalogueId.trim()}\u0000${String(s.version).trim()}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const i of group) {
      const others = group.filter((j) => j !== i).map((j) => _bundleLabel(summaries[j]));
      const data = { id: summaries[i].catalogueId!.trim(), version: String(summaries[i].version).trim(), others: _list(others) };
      added[i].push(_finding(duplicateCatalogueVersion, 'duplicate', data, summaries[i], 'catalogue.version'));
    }
  }
}

function _finding<M extends string>(rule: RuleBase<NoOptions, M>, messageId: M, data: Record<string, string | number | Bilingual>, s: BundleSummary, path: string, entryId?: string): Finding {
  return {
    ruleId: rule.id,
    messageId,
    severity: rule.severity,
    articles: rule.articles,
    message: render(rule.messages[messageId], data),
    file: `${s.bundle}!${PAYLOAD.catalogue}`,
    path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(entryId !== undefined ? { entryId } : {}),
  };
}

function _withFindings(s: BundleSummary, extra: Finding[]): BundleSummary {
  const count = (sev: Severity) => extra.filter((f) => f.severity === sev).length;
  const errors = s.errors + count('error');
  return { ...s, findings: [...s.findings, ...extra], errors, warnings: s.warnings + count('warning'), infos: s.infos + count('info'), status: errors > 0 ? 'failed' : s.status };
}

/** "北京市市场监督管理局（bundles/a.zip）". */
function _providerLabel(s: BundleSummary): Bilingual {
  const who = s.department?.trim() || s.departmentCode?.trim() || '';
  return { zh: `${who}（${s.bundle}）`, en: `${who} (${s.bundle})` };
}

function _bundleLabel(s: BundleSummary): Bilingual {
  return s.department?.trim() ? _providerLabel(s) : { zh: s.bundle, en: s.bundle };
}

function _list(labels: Bilingual[]): Bilingual {
  const shown = labels.slice(0, MAX_NAMED);
  const rest = labels.length - shown.length;
  return {
    zh: shown.map((l) => l.zh).join('、') + (rest ? ` 等共 ${labels.length} 个` : ''),
    en: shown.map((l) => l.en).join(', ') + (rest ? ` and ${rest} more` : ''),
  };
}

/** Names compared as a reader would: NFKC (full-/half-width), no whitespace. */
function _norm(s: string): string {
  return String(s).normalize('NFKC').replace(/\s+/g, '');
}
