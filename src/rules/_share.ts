// The share classes of an entry under the profile in force: share_type (Decree 809 Art. 14), or MIIT's 部内 and 部外
// attributes (Art. 15). Every rule that asks "is this entry conditional?" asks here, so a regime with two attributes
// needs no rule of its own: conditional or non-shareable when any attribute is, unconditional only when all are.
import { chineseKey } from '../core/keys.js';
import { own } from './_util.js';
import type { Bilingual, Catalogue, JsonObject } from '../core/types.js';

export type ShareClass = 'unconditional' | 'conditional' | 'non_shareable';

export interface ShareClasses {
  /** Each attribute field with its value as written (canonical after normalisation). */
  values: { field: string; value: unknown }[];
  /** Some attribute is conditional: its conditions must be stated. */
  conditional: boolean;
  /** Some attribute is non-shareable: its reason and basis must be given. */
  nonShareable: boolean;
  /** Every attribute is unconditional: no conditions may be added. */
  unconditional: boolean;
  /** Some attribute shares the data (unconditionally or on conditions). */
  shared: boolean;
  /** Every attribute withholds the data: nothing is shared at all. */
  withheld: boolean;
}

/** The entry fields that hold share classes: the profile's, else share_type. */
export function shareAttributes(catalogue: Pick<Catalogue, 'shareAttributes'>): readonly string[] {
  return catalogue.shareAttributes?.length ? catalogue.shareAttributes : DEFAULT_SHARE_ATTRIBUTES;
}

export function shareClasses(catalogue: Pick<Catalogue, 'shareAttributes'>, entry: JsonObject): ShareClasses {
  const values = shareAttributes(catalogue).map((field) => ({ field, value: entry[field] }));
  const any = (c: ShareClass) => values.some((v) => v.value === c);
  const all = (test: (v: unknown) => boolean) => values.length > 0 && values.every((v) => test(v.value));
  return {
    values,
    conditional: any('conditional'),
    nonShareable: any('non_shareable'),
    unconditional: all((v) => v === 'unconditional'),
    shared: any('unconditional') || any('conditional'),
    withheld: all((v) => v === 'non_shareable'),
  };
}

/** How messages name a share attribute: 共享属性 / share type, 部内共享属性 / internal share type. */
export function attributeTitle(field: string): Bilingual {
  return own(_TITLES, field) ?? { zh: chineseKey('entry', field) ?? field, en: field };
}

export const DEFAULT_SHARE_ATTRIBUTES: readonly string[] = ['share_type'];

// --- internal ---

const _TITLES: Record<string, Bilingual> = {
  share_type: { zh: '共享属性', en: 'share type' },
  internal_share_type: { zh: '部内共享属性', en: 'internal share type (部内共享属性)' },
  external_share_type: { zh: '部外共享属性', en: 'external share type (部外共享属性)' },
};
