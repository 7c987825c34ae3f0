// Public API: re-exports only.
export { lint, diff, type LintTextOptions, type DiffTextOptions } from './lint-api.js';
export { lintDocument, type LintOptions, type LintResult } from './core/lint.js';
export { loadYaml, type LoadedDocument } from './core/load.js';
export { decodeSource, type Encoding } from './core/decode.js';
export { normalize } from './core/normalize.js';
export { GovcatError, InputError, UsageError } from './core/errors.js';
export { cite, citeAll } from './core/articles.js';
export { rules, ruleById } from './rules/index.js';
export { resolveProfile, builtinProfiles } from './profiles/index.js';
export { formatters, type FormatName } from './formatters/index.js';
export type { FileResult, Formatter, FormatterContext } from './formatters/types.js';
export type * from './core/types.js';
export { compareDocuments, type CompareOptions, type CompareResult } from './diff/engine.js';
export { diffCatalogues } from './diff/diff.js';
export { diffRules } from './diff/rules/index.js';
export * from './calendar/index.js';
export * from './deadlines/index.js';
export { checkConfig, type GovcatConfig } from './config/config.js';
