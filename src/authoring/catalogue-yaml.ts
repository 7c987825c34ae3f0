// Catalogue data → YAML text in the samples' style: data items, format and classification on one line each.
import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { InputError } from '../core/errors.js';
import { loadYaml } from '../core/load.js';
import type { JsonObject } from '../core/types.js';
import { orderKeys, TO_STRING } from './format.js';
import { sameData } from './yaml-strict.js';

/** `comment` lines open the file (a schema modeline, where the data came from). */
export function catalogueToYaml(data: JsonObject, file: string, comment: string[] = []): string {
  const doc = new Document(data, { version: '1.2', aliasDuplicateObjects: false });
  if (comment.length) doc.commentBefore = comment.map((l) => ` ${l}`).join('\n');
  orderKeys(doc);
  _style(doc);
  const text = doc.toString(TO_STRING);
  // What is written must read back as exactly what was imported (quoting of 110000, 2026.10, yes, null …).
  if (!sameData(loadYaml(text, file).data, data)) {
    throw new InputError(file, { zh: '生成的 YAML 无法原样读回（内部错误，请报告）', en: 'the YAML written would not read back as imported (internal error; please report it)' });
  }
  return text;
}

// --- internal ---

const _FLOW_IN_ENTRY = new Set(['format', 'classification', 'share_method']);
/** Always quoted, as the samples do: an all-digit credit code, a region code or 2026.10 must never become a number. */
const _QUOTED = new Set(['code', 'region', 'version']);

function _style(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && _QUOTED.has(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  const root = doc.contents as Node;
  if (!isMap(root)) return;
  for (const pair of root.items.slice(1)) (pair.key as { spaceBefore?: boolean }).spaceBefore = true;
  const entries = root.get('entries', true);
  if (!isSeq(entries)) return;
  entries.items.forEach((entry, i) => {
    if (!isMap(entry)) return;
    if (i > 0) entry.spaceBefore = true;
    for (const pair of entry.items) {
      const key = String((pair.key as { value?: unknown }).value);
      const value = pair.value as Node;
      if (_FLOW_IN_ENTRY.has(key) && (isMap(value) || isSeq(value))) value.flow = true;
      if (key === 'items' && isSeq(value)) for (const item of value.items) if (isMap(item)) item.flow = true;
    }
  });
}
