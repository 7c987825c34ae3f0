// Message templates: {{name}} placeholders filled from a finding's data, in both languages at once.
import type { Bilingual, Locale, MessageData } from './types.js';

export function render(template: Bilingual, data: MessageData = {}): Bilingual {
  return { zh: fill(template.zh, data, 'zh'), en: fill(template.en, data, 'en') };
}

export function fill(template: string, data: MessageData, locale: Locale): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    const v = data[name];
    return typeof v === 'object' ? v[locale] : String(v);
  });
}

/** Placeholders used by a template, for the meta-tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}
