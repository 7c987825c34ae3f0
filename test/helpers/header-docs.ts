// Positions inside test YAML by text search, for values nested in flow mappings that docs.ts does not index.
export { doc, DEPT_CODE, PROVIDER_CODE } from './docs.js';

export interface Pos {
  line: number;
  column: number;
}

/** 1-based position of the nth occurrence of `needle`. */
export function at(yaml: string, needle: string, nth = 1): Pos {
  let idx = -1;
  for (let k = 0; k < nth; k++) {
    idx = yaml.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the test document`);
  }
  const lineStart = yaml.lastIndexOf('\n', idx - 1) + 1;
  return { line: yaml.slice(0, idx).split('\n').length, column: idx - lineStart + 1 };
}

/** Position of the value in the nth occurrence of `key: value` (the text after the first ": "). */
export function valueAt(yaml: string, keyValue: string, nth = 1): Pos {
  const p = at(yaml, keyValue, nth);
  return { line: p.line, column: p.column + keyValue.indexOf(': ') + 2 };
}

/** A block-style document for cases the flow-style builder cannot express; `header` lines are indented for you. */
export function raw(header: string[] | null, rest = 'entries: []', marker: string | null = 'govcat: 1'): string {
  const lines = [...(marker === null ? [] : [marker]), ...(header === null ? [] : ['catalogue:', ...header.map((l) => `  ${l}`)]), ...(rest ? [rest] : [])];
  return lines.join('\n') + '\n';
}
