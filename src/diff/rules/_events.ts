// Shared reads of the diff rules: change events, entries behind diff paths, and working-day counts in messages.
import { isObject, list, text } from '../../rules/_util.js';
import type { Bilingual, Catalogue, JsonObject, Path } from '../../core/types.js';

export interface EventRef {
  event: JsonObject;
  id?: string;
  /** How messages name the event: its id, else its position. */
  label: string;
  path: Path;
}

export function changeEvents(cat: Catalogue): EventRef[] {
  const out: EventRef[] = [];
  list(cat.header.change_events).forEach((event, i) => {
    if (!isObject(event)) return;
    const id = text(event.id)?.trim() || undefined;
    out.push({ event, id, label: id ?? `#${i + 1}`, path: ['catalogue', 'change_events', i] });
  });
  return out;
}

/** Events of the new version that the old one does not list (matched by id; an event without an id counts as new). */
export function newEvents(old: Catalogue, now: Catalogue): EventRef[] {
  const before = new Set(changeEvents(old).map((e) => e.id));
  return changeEvents(now).filter((e) => e.id === undefined || !before.has(e.id));
}

/** The entry a diff path (['entries', i]) points at. */
export function entryAt(cat: Catalogue, path: Path | undefined): JsonObject | undefined {
  const raw = cat.root.entries;
  const e = path && Array.isArray(raw) && typeof path[1] === 'number' ? raw[path[1]] : undefined;
  return isObject(e) ? e : undefined;
}

export function citedEvent(entry: JsonObject | undefined): string | undefined {
  return entry ? text(entry.change_event)?.trim() || undefined : undefined;
}

/** The longest prefix of `path` that exists in the file, so a finding points at a real node. */
export function existing(cat: Catalogue, path: Path): Path {
  let node: unknown = cat.root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = Array.isArray(node) && typeof seg === 'number' ? node[seg] : isObject(node) && Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (next === undefined) return path.slice(0, i);
    node = next;
  }
  return path;
}

/** "3 个工作日" / "3 working days". */
export function workingDays(n: number): Bilingual {
  return { zh: `${n} 个工作日`, en: n === 1 ? '1 working day' : `${n} working days` };
}

/** The period a deadline allowed, for messages: "10 working days" or "10 working days plus an approved extension of 5". */
export function allowed(base: number, extension: number): Bilingual {
  if (!extension) return workingDays(base);
  return { zh: `${base} 个工作日，另经批准延长 ${extension} 个工作日`, en: `${workingDays(base).en} plus an approved extension of ${extension}` };
}

export const SHARE_TYPES: Record<string, Bilingual> = {
  unconditional: { zh: '无条件共享', en: 'unconditional' },
  conditional: { zh: '有条件共享', en: 'conditional' },
  non_shareable: { zh: '不予共享', en: 'non-shareable' },
};

export const DEADLINE_OPTIONS_SCHEMA = {
  type: 'object',
  properties: { workingDays: { type: 'integer', minimum: 1 }, maxExtension: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
};
