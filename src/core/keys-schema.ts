// The JSON Schema of the Chinese-keyed form, made from the canonical schema and the key vocabulary: every field also
// under its Chinese names (titles and descriptions kept), the flat forms officers write, plain values where a mapping
// belongs. Editors complete and explain Chinese keys with it; lint reads such files through shape.ts either way.
import { KEYS, type KeyContext } from './keys.js';
import type { JsonObject } from './types.js';

export function chineseKeyedSchema(canonical: JsonObject): JsonObject {
  const schema = structuredClone(canonical) as JsonObject & { $defs: Record<string, JsonObject>; properties: Record<string, JsonObject> };
  schema.$id = String(schema.$id).replace(/catalogue\.schema\.json$/, 'catalogue.zh.schema.json');
  schema.title = `${String(schema.title)}（中文键名）`;
  schema.description = `${String(schema.description)} 本模式另接受中文键名、同义写法和部门常用的扁平写法（目录信息可直接写在顶层，共享范围、使用用途可与使用条件并列）。 / This schema also accepts the Chinese keys, their synonyms and the flat forms departments write.`;
  const original = structuredClone(canonical) as typeof schema;
  for (const context of Object.keys(KEYS) as KeyContext[]) {
    const target = context === 'root' ? schema : schema.$defs[context];
    const source = context === 'root' ? original : original.$defs[context];
    if (!target?.properties) continue;
    const props = target.properties as Record<string, JsonObject>;
    const add = (name: string, node: JsonObject, note: string) => {
      if (!Object.hasOwn(props, name)) props[name] = { ...node, title: name, description: `${note}${String(node.description ?? '')}` };
    };
    for (const spec of KEYS[context]) {
      let node = _at(original, context === 'root' ? original : source, spec.key);
      if (!node) continue;
      // 是/否 for a yes/no field, in a spreadsheet column and in YAML alike.
      if (node.type === 'boolean') {
        const { type: _bool, ...rest } = node;
        node = { ...rest, anyOf: [{ type: 'boolean' }, { enum: ['是', '否'] }] };
        if (!spec.key.includes('.')) props[spec.key] = node;
      }
      const shaped = _loosen(node, spec.scalar !== undefined, spec.list === true);
      if (!spec.key.includes('.')) props[spec.key] = { ..._loosen(props[spec.key] ?? node, spec.scalar !== undefined, spec.list === true) };
      spec.zh.forEach((name, i) => add(name, shaped, i === 0 ? `“${spec.key}”的中文键名。 ` : `“${spec.zh[0]}”（${spec.key}）的同义写法。 `));
    }
    // The reader fills required fields from other names and flat forms; missing ones are lint's findings.
    delete target.required;
  }
  // The header may be written at the top level, without catalogue: (目录信息:).
  const rootProps = schema.properties as Record<string, JsonObject>;
  for (const [name, node] of Object.entries(schema.$defs.catalogue.properties as Record<string, JsonObject>)) {
    if (!Object.hasOwn(rootProps, name)) rootProps[name] = node;
  }
  // A conditional entry's usage conditions may be text beside 共享范围 and 使用用途; lint says what is missing.
  const entry = schema.$defs.entry.properties as Record<string, JsonObject>;
  for (const name of ['usage_conditions', ...KEYS.entry.find((s) => s.key === 'usage_conditions')!.zh]) {
    const forms = (entry[name]?.anyOf as JsonObject[] | undefined) ?? [];
    if (entry[name] && !forms.some((f) => f.type === 'string' && !f.enum)) entry[name] = { ...entry[name], anyOf: [...forms, { type: 'string' }] };
  }
  return schema;
}

// --- internal ---

/** The schema node at a dotted path inside a definition (usage_conditions.scope → the scope property). */
function _at(root: JsonObject, def: JsonObject | undefined, dotted: string): JsonObject | undefined {
  let node: JsonObject | undefined = def;
  for (const seg of dotted.split('.')) {
    node = _deref(root, node);
    // A field of several forms (none, or a mapping): the mapping's fields.
    const branches = [node, ...((node?.anyOf as JsonObject[] | undefined) ?? []).map((b) => _deref(root, b))];
    node = branches.map((b) => (b?.properties as Record<string, JsonObject> | undefined)?.[seg]).find(Boolean);
  }
  return node;
}

function _deref(root: JsonObject, node: JsonObject | undefined): JsonObject | undefined {
  for (let i = 0; node && typeof node.$ref === 'string' && i < 8; i++) {
    node = String(node.$ref).split('/').slice(1).reduce<JsonObject | undefined>((n, k) => n?.[k] as JsonObject | undefined, root);
  }
  return node;
}

/** A field that takes a mapping also takes the plain value officers write (提供单位: 某局); a list also takes plain items. */
function _loosen(node: JsonObject, scalar: boolean, list: boolean): JsonObject {
  if (!scalar) return node;
  if (list && node.type === 'array' && node.items) return { ...node, items: { anyOf: [node.items as JsonObject, { type: 'string' }] } };
  if (list || JSON.stringify(node).includes('"type":"string"')) return node;
  const { title, description, ...rest } = node;
  return { title, description, anyOf: [rest, { type: 'string' }] };
}
