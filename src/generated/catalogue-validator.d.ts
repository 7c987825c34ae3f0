// Generated at build time from schemas/catalogue.canonical.schema.json (scripts/gen-validator.mjs).
import type { AjvError } from '../core/types.js';
declare const validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };
export default validate;
