// The one canonical key order of a catalogue, used by everything that writes one: fmt, init and add, import, convert.
import type { JsonObject, Path } from '../core/types.js';
import { pattern, shapes } from './schema-shape.js';

/**
 * Where the order differs from the schema's property order, the whole order of that mapping. The header follows
 * the order things happen (评估 → 部门负责人审核同意 → 报送 → 主管部门审核, Art. 13 ¶1, 16, 17 ¶3), so the
 * wizard's comment "评估 ≤ 审核同意 ≤ 报送" stays above the keys it describes; share and open attributes
 * (湖北 Art. 19 共享开放属性) and scope and recipients (工信部办法 Art. 20 共享范围、对象) stand together; an item's
 * length follows its type. A test checks that each list names exactly the schema's keys.
 */
export const ORDER_OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  '': ['govcat', 'profile', 'catalogue', 'entries'],
  '/catalogue': ['id', 'title', 'department', 'level', 'region', 'version', 'compiled_at', 'assessments', 'approval', 'change_events', 'terminations', 'submitted_at', 'review', 'profile'],
  '/entries/*': [
    'id', 'name', 'summary', 'provider', 'items', 'personal_info', 'format', 'update_frequency', 'update_frequency_detail',
    'share_type', 'internal_share_type', 'external_share_type', 'open_type', 'share_method', 'usage_conditions', 'conditional_approval',
    'non_share', 'classification', 'change_event',
  ],
  '/entries/*/items/*': ['name', 'type', 'length', 'description', 'personal_info', 'sensitive'],
  '/entries/*/usage_conditions': ['scope', 'objects', 'purpose', 'requirements'],
};

/** The canonical keys of the mapping at `path` (indices may be any number), or undefined where the schema knows none. */
export function keyOrder(path: Path): readonly string[] | undefined {
  const at = pattern(path);
  return ORDER_OVERRIDES[at] ?? shapes().get(at)?.keys;
}

/** Rank of each key: canonical keys first in their order, unknown keys after them in the order given. */
export function rankKeys(keys: readonly string[], path: Path): number[] {
  const known = keyOrder(path);
  if (!known) return keys.map((_, i) => i);
  return keys.map((k, i) => {
    const r = known.indexOf(k);
    return r >= 0 ? r : known.length + i;
  });
}

/** Plain data with every mapping's keys in canonical order (a copy; undefined values dropped). */
export function orderData<T>(value: T, path: Path = []): T {
  if (Array.isArray(value)) return value.map((v, i) => orderData(v, [...path, i])) as T;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const entries = Object.entries(value as JsonObject).filter(([, v]) => v !== undefined);
  const rank = rankKeys(entries.map(([k]) => k), path);
  const sorted = entries.map((e, i) => [rank[i], e] as const).sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(sorted.map(([, [k, v]]) => [k, orderData(v, [...path, k])])) as T;
}
