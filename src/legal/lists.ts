// The shipped lists of laws and administrative regulations in force, looked up by title.
import data, { type InstrumentList } from '../generated/legal-lists.js';
import { titleKey } from './text.js';

export type { InstrumentList };

export interface ListHit {
  /** The title as the list gives it. */
  title: string;
  list: InstrumentList;
}

/** The listed instrument a cited title names, if any (中华人民共和国, spaces, 《》 and a trailing （试行） need not match). */
export function findListed(title: string): ListHit | undefined {
  const key = titleKey(title);
  const hit = _index().get(key) ?? _index().get(key.replace(_TRIAL, ''));
  return hit && { title: hit[1], list: data.lists[hit[0]] };
}

/** The lists with their sources and dates, for `govcat basis` and the README. */
export function instrumentLists(): readonly InstrumentList[] {
  return data.lists;
}

/** The list of one level (laws, administrative regulations …), if one is shipped. */
export function listFor(level: InstrumentList['level']): InstrumentList | undefined {
  return data.lists.find((l) => l.level === level);
}

// --- internal ---

const _TRIAL = /（(?:试行|暂行)）$/;
let _map: Map<string, [number, string]> | undefined;

function _index(): Map<string, [number, string]> {
  if (!_map) {
    _map = new Map();
    for (const item of data.items) {
      const key = titleKey(item[1]);
      _map.set(key, item);
      if (_TRIAL.test(key) && !_map.has(key.replace(_TRIAL, ''))) _map.set(key.replace(_TRIAL, ''), item);
    }
  }
  return _map;
}
