// JSON Schema validation through the validator compiled at build time (no schema compile at run time).
import validate from '../generated/catalogue-validator.js';
import type { AjvError, Path } from './types.js';

export function schemaErrors(data: unknown): AjvError[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

export function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
  });
}
