// The terminal side of the wizards: @inquirer/prompts, imported only here and only when a wizard really runs at a terminal.
import type { Locale } from '../../core/types.js';
import type { Prompter } from './engine.js';

/** Loads the prompts (a dynamic import: lint and every other command never pay for them) with texts in the user's language. */
export async function createPrompter(locale: Locale): Promise<Prompter> {
  const { input, select, confirm, checkbox } = await import('@inquirer/prompts');
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${_ACTIONS[action]?.[locale] ?? action}`).join(' • ');
  const zh = locale === 'zh';
  return {
    input: (q) => input({ ...q, theme: { validationFailureMode: 'keep' } }),
    select: (q) => select({ ...q, pageSize: 12, theme: { style: { keysHelpTip } } }),
    confirm: (q) => confirm({ ...q, theme: zh ? { keywords: { yes: '是', no: '否', error: () => '请回答 是（y）或 否（n）' } } : {} }),
    checkbox: (q) => checkbox({ ...q, validate: (chosen) => q.validate(chosen.map((c) => c.value)), theme: { style: { keysHelpTip } } }),
  };
}

/** True when the user pressed Ctrl+C (or closed the terminal) at a prompt. */
export function isCancel(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

// --- internal ---

const _ACTIONS: Record<string, Record<Locale, string>> = {
  navigate: { zh: '移动', en: 'navigate' },
  select: { zh: '选择', en: 'select' },
  submit: { zh: '确认', en: 'submit' },
  all: { zh: '全选', en: 'all' },
  invert: { zh: '反选', en: 'invert' },
};
