// Cell codecs: how each kind of catalogue value is written to a cell and read back, with the variants portals use.
import { Document } from 'yaml';
import { loadYaml } from '../../core/load.js';
import { InputError } from '../../core/errors.js';
import { parsePeriod } from '../../core/period.js';
import { canonicalize, isOpenClass, VOCABULARIES, type VocabularyName } from '../../core/vocabulary.js';
import type { Bilingual } from '../../core/types.js';
import { isEmptyCell, type CellValue } from './cells.js';

/** What a column is called in messages, in both languages. */
export type Label = Bilingual;

/** A cell read: the value, or the raw text kept with the reason it could not be mapped. Undefined: empty cell. */
export type Read = { value: unknown; error?: Bilingual } | undefined;

export interface Codec {
  /** The controlled vocabulary the cell's text is read in (lint restores a variant as written, so it is reported as one). */
  vocabulary?: VocabularyName;
  /** Several terms in one cell (共享方式). */
  list?: boolean;
  /** Undefined when the value has no cell form (it then travels in the 其他字段 column). */
  write(v: unknown): CellValue | undefined;
  read(cell: CellValue, label: Label): Read;
}

export const text: Codec = {
  write: (v) => (typeof v === 'string' && cellSafe(v) ? v : undefined),
  read: (cell) => (isEmptyCell(cell) ? undefined : { value: cellText(cell) }),
};

/** 统一社会信用代码: Excel keeps 15 significant digits, so an all-digit code typed as a number is already damaged. */
export const code: Codec = {
  write: text.write,
  read(cell, label) {
    if (isEmptyCell(cell)) return undefined;
    const t = cellText(cell);
    if ((typeof cell === 'number' && !Number.isSafeInteger(cell)) || /^\d(\.\d+)?e\+?\d+$/i.test(t)) {
      return { value: t, error: { zh: `${label.zh}“${t}”已被 Excel 存为数字并丢失了位数；请将该列设为文本格式后重新填写`, en: `${label.en} "${t}" was stored by Excel as a number and lost digits; format the column as text and enter it again` } };
    }
    return { value: t };
  },
};

export const date: Codec = {
  write: text.write,
  read(cell, label) {
    if (isEmptyCell(cell)) return undefined;
    if (cell instanceof Date) return { value: cell.toISOString().slice(0, 10) };
    const t = cellText(cell).normalize('NFKC');
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { value: t };
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
    if (m) return { value: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` };
    return { value: cellText(cell), error: { zh: `${label.zh}“${cellText(cell)}”不是日期（应为 YYYY-MM-DD）`, en: `${label.en} "${cellText(cell)}" is not a date (YYYY-MM-DD)` } };
  },
};

export const integer: Codec = {
  write: (v) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined),
  read(cell, label) {
    if (isEmptyCell(cell)) return undefined;
    if (typeof cell === 'number' && Number.isInteger(cell)) return { value: cell };
    const t = cellText(cell).normalize('NFKC');
    if (/^\+?\d{1,15}$/.test(t)) return { value: Number(t) };
    return { value: cellText(cell), error: { zh: `${label.zh}“${cellText(cell)}”不是整数`, en: `${label.en} "${cellText(cell)}" is not a whole number` } };
  },
};

export const boolean: Codec = {
  vocabulary: 'yes_no',
  write: (v) => (v === true ? '是' : v === false ? '否' : undefined),
  read(cell, label) {
    if (isEmptyCell(cell)) return undefined;
    if (typeof cell === 'boolean') return { value: cell };
    const t = cellText(cell).normalize('NFKC').toLowerCase();
    if (_TRUE.has(t)) return { value: true };
    if (_FALSE.has(t)) return { value: false };
    return { value: cellText(cell), error: { zh: `${label.zh}“${cellText(cell)}”应为“是”或“否”`, en: `${label.en} "${cellText(cell)}" should be 是 (yes) or 否 (no)` } };
  },
};

/** Yes/no where the cell says so (已列入负面清单: 是), else the text as written (its number on the list). */
export const booleanOrText: Codec = {
  write: (v) => (typeof v === 'boolean' ? boolean.write(v) : text.write(v)),
  read(cell, label) {
    const read = boolean.read(cell, label);
    return read?.error ? { value: read.value } : read;
  },
};

/** MIIT's 部内 or 部外 share attribute (Art. 15): the share-type terms, the measures' own wording (部内有条件共享) too. */
export function scopedShareType(prefix: string): Codec {
  return {
    vocabulary: 'share_type',
    write: (v) => shareType.write(v),
    read(cell, label) {
      const t = isEmptyCell(cell) ? '' : cellText(cell).trim();
      const bare = t.startsWith(prefix) && canonicalize(VOCABULARIES.share_type, t.slice(prefix.length)) ? t.slice(prefix.length) : undefined;
      return shareType.read(bare ?? cell, label);
    },
  };
}

/** A controlled vocabulary: written as the canonical Chinese term, read in English, Chinese or any known variant. */
export function vocabulary(name: VocabularyName): Codec {
  const vocab = VOCABULARIES[name];
  return {
    vocabulary: name,
    write(v) {
      if (typeof v !== 'string') return undefined;
      const c = canonicalize(vocab, v);
      return c ? vocab.terms[c.value] : text.write(v);
    },
    read(cell, label) {
      if (isEmptyCell(cell)) return undefined;
      const t = cellText(cell);
      const c = canonicalize(vocab, t);
      return c ? { value: c.value } : { value: t, error: unknownTerm(name, label, t) };
    },
  };
}

/** A term where one applies, else text kept as written: an assessment conclusion may be the report's own words. */
export function vocabularyOrText(name: VocabularyName): Codec {
  const vocab = vocabulary(name);
  return {
    vocabulary: name,
    write: vocab.write,
    read: (cell, label) => {
      const r = vocab.read(cell, label);
      return r?.error ? { value: r.value } : r;
    },
  };
}

/** 更新周期: a term, or a period the vocabulary lacks (每两周) kept as written for lint to warn about; anything else is a problem. */
export const updateFrequency: Codec = {
  vocabulary: 'update_frequency',
  write: vocabulary('update_frequency').write,
  read(cell, label) {
    const r = vocabulary('update_frequency').read(cell, label);
    return r?.error && typeof r.value === 'string' && parsePeriod(r.value) ? { value: r.value } : r;
  },
};

/**
 * 共享属性: a share class of Art. 14. An open-data class (依申请开放, 无条件开放 …) in this column is kept as written and
 * reported, never read as a share class: opening data to the public is not sharing between departments.
 */
export const shareType: Codec = {
  vocabulary: 'share_type',
  write: vocabulary('share_type').write,
  read(cell, label) {
    const read = vocabulary('share_type').read(cell, label);
    if (!read?.error || typeof read.value !== 'string' || !isOpenClass(read.value)) return read;
    const v = read.value;
    return {
      value: v,
      error: {
        zh: `${label.zh}“${v}”是开放属性（向社会公众开放），不是共享属性（第十四条：政府部门之间的无条件共享、有条件共享、不予共享）；请填写共享属性，开放属性填在“开放属性”列`,
        en: `${label.en} "${v}" is an open-data class (opening data to the public), not a share class (Art. 14: sharing between government departments, unconditional, conditional or non-shareable); give the share class, and the open-data class in the 开放属性 column`,
      },
    };
  },
};

/** Several vocabulary terms in one cell, separated by 、 (also accepted: ，,；;／/ and line breaks). */
export function vocabularyList(name: VocabularyName): Codec {
  const one = vocabulary(name);
  return {
    vocabulary: name,
    list: true,
    write(v) {
      const list = typeof v === 'string' ? [v] : Array.isArray(v) && v.length && v.every((x) => typeof x === 'string') ? v : undefined;
      return list?.map((x) => one.write(x) as string).join('、');
    },
    read(cell, label) {
      if (isEmptyCell(cell)) return undefined;
      const parts = vocabularyParts(cellText(cell), name);
      const reads = parts.map((p) => one.read(p, label)!);
      const bad = reads.find((r) => r.error);
      return { value: reads.map((r) => r.value), ...(bad ? { error: bad.error } : {}) };
    },
  };
}

/** Plain text items separated by 、 (协商对象). */
export const textList: Codec = {
  write: (v) => (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && cellSafe(x) && splitList(x).length === 1 && splitList(x)[0] === x) ? v.join('、') : undefined),
  read: (cell) => (isEmptyCell(cell) ? undefined : { value: splitList(cellText(cell)) }),
};

/** The 其他字段（YAML） cell: fields without a column of their own, as a one-line YAML mapping. */
export function yamlCell(file: string): Codec {
  return {
    write(v) {
      if (typeof v !== 'object' || v === null || !Object.keys(v).length) return undefined;
      const doc = new Document(v, { version: '1.2' });
      (doc.contents as { flow?: boolean }).flow = true;
      return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trim();
    },
    read(cell, label) {
      if (isEmptyCell(cell)) return undefined;
      const t = cellText(cell);
      try {
        const data = loadYaml(t, file).data;
        if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { value: data };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        return { value: undefined, error: { zh: `${label.zh}不是有效的 YAML：${e.text.zh}`, en: `${label.en} is not valid YAML: ${e.text.en}` } };
      }
      return { value: undefined, error: { zh: `${label.zh}应为 YAML 映射，例如 {键: 值}`, en: `${label.en} must be a YAML mapping such as {key: value}` } };
    },
  };
}

export function unknownTerm(name: VocabularyName, label: Label, raw: string): Bilingual {
  const terms = Object.values(VOCABULARIES[name].terms);
  return {
    zh: `未知的${label.zh}“${raw}”（可用：${terms.join('、')}）`,
    en: `unknown ${label.en} "${raw}" (use ${terms.slice(0, -1).join(', ')} or ${terms[terms.length - 1]})`,
  };
}

/**
 * Text a cell keeps exactly: XML (xlsx) cannot hold control characters or lone surrogates and turns CR LF into LF.
 * Other text goes to 其他字段（YAML）, where YAML escapes it.
 */
export function cellSafe(t: string): boolean {
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t);
}

/** The terms of a list cell: split at 、，; … and, where a part is no term, at spaces (服务接口 批量交换). */
export function vocabularyParts(t: string, name: VocabularyName): string[] {
  return splitList(t).flatMap((p) => (canonicalize(VOCABULARIES[name], p) ? [p] : p.split(/\s+/)));
}

export function splitList(t: string): string[] {
  return t.split(/[、，,；;／/\r\n]+/).map((s) => s.trim()).filter(Boolean);
}

/** A cell as text: numbers as written (110000, 2026.1), dates as YYYY-MM-DD, text trimmed. */
export function cellText(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '').trim();
}

// --- internal ---

const _TRUE = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对', '有']);
const _FALSE = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x', '无', '不是']);
