// What fmt and the spreadsheet layout read from the catalogue JSON Schema: key order, Chinese titles, string-typed fields.
import { readResource } from '../cli/paths.js';
import type { Path } from '../core/types.js';

/** One object position in the catalogue, e.g. "/entries/*" or "/catalogue/approval". */
export interface Shape {
  /** Known keys in the schema's (canonical) order. */
  keys: string[];
  titles: Record<string, string>;
  /** Keys whose values must be strings (a plain 110000 or 2026.10 there is a misread). */
  strings: Set<string>;
}

/** Pattern of a data path: indices become "*", e.g. ["entries", 3, "items", 0] → "/entries/*\/items/*". */
export function pattern(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? '/*' : `/${s}`)).join('');
}

export function shapes(): Map<string, Shape> {
  if (!_shapes) {
    const schema = JSON.parse(readResource('schemas/catalogue.canonical.schema.json')) as _Schema;
    _shapes = new Map();
    _walk(schema, schema, '', _shapes);
  }
  return _shapes;
}

export function shapeAt(path: Path): Shape | undefined {
  return shapes().get(pattern(path));
}

// --- internal ---

interface _Schema {
  $ref?: string;
  type?: string;
  title?: string;
  properties?: Record<string, _Schema>;
  items?: _Schema;
  anyOf?: _Schema[];
  $defs?: Record<string, _Schema>;
}

let _shapes: Map<string, Shape> | undefined;

function _deref(root: _Schema, s: _Schema): _Schema {
  // Titles at the use site win over the definition's (department "编制部门" vs the definition's own).
  if (!s.$ref) return s;
  const target = root.$defs?.[s.$ref.replace('#/$defs/', '')] ?? {};
  return { ...target, ...s, $ref: undefined, properties: target.properties, items: target.items, anyOf: target.anyOf ?? s.anyOf };
}

function _walk(root: _Schema, node: _Schema, at: string, out: Map<string, Shape>): void {
  const s = _deref(root, node);
  if (s.properties) {
    const shape: Shape = out.get(at) ?? { keys: [], titles: {}, strings: new Set() };
    for (const [key, sub] of Object.entries(s.properties)) {
      const d = _deref(root, sub);
      if (!shape.keys.includes(key)) shape.keys.push(key);
      shape.titles[key] ??= d.title ?? key;
      if (d.type === 'string') shape.strings.add(key);
      _walk(root, sub, `${at}/${key}`, out);
    }
    out.set(at, shape);
  }
  if (s.items) {
    const d = _deref(root, s.items);
    if (d.type === 'string') {
      const parent = out.get(at) ?? { keys: [], titles: {}, strings: new Set() };
      parent.strings.add('*');
      out.set(at, parent);
    }
    _walk(root, s.items, `${at}/*`, out);
  }
  for (const alt of s.anyOf ?? []) _walk(root, alt, at, out);
}
