// Formatter registry: each loads lazily, so a run imports only the formatter it prints with.
import type { Formatter } from './types.js';

export type { ChangeList, EventRow, FileResult, FatalError, Formatter, FormatterContext, LocatedEntryChange, LocatedFieldChange } from './types.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'gitlab' | 'markdown';

export const formatters: Record<FormatName, () => Promise<Formatter>> = {
  github: () => import('./github.js').then((m) => m.default),
  gitlab: () => import('./gitlab.js').then((m) => m.default),
  json: () => import('./json.js').then((m) => m.default),
  junit: () => import('./junit.js').then((m) => m.default),
  markdown: () => import('./markdown.js').then((m) => m.default),
  sarif: () => import('./sarif.js').then((m) => m.default),
  stylish: () => import('./stylish.js').then((m) => m.default),
};

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
