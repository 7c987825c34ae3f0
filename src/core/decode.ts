// Bytes → text. Catalogues are UTF-8; anything else is named precisely instead of misread.
import { InputError } from './errors.js';

export type Encoding = 'utf-8' | 'gb18030';

/** `canTranscode`: whether the caller offers --encoding (package must keep the authored UTF-8 bytes, so it does not). */
export function decodeSource(bytes: Uint8Array, file: string, encoding: Encoding = 'utf-8', canTranscode = true): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw new InputError(file, {
      zh: '文件为 UTF-16 编码；请另存为 UTF-8',
      en: 'the file is UTF-16 encoded; save it as UTF-8',
    }, 1, 1);
  }
  if (encoding === 'gb18030') return stripBom(new TextDecoder('gb18030').decode(bytes));
  // A fatal decoder validates as it decodes (in Node and in a browser alike); a malformed sequence is then located.
  try {
    return stripBom(_UTF8.decode(bytes));
  } catch {
    // located below
  }
  const at = firstInvalidUtf8(bytes);
  const { line, column } = _bytePosition(bytes, at);
  const hex = Array.from(bytes.subarray(at, at + 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const gb = canTranscode && _looksLikeGb18030(bytes);
  throw new InputError(file, {
    zh: `不是有效的 UTF-8 编码（字节 0x${hex}）` + (gb ? '；文件似为 GB18030/GBK 编码，可使用 --encoding gb18030 读取，或另存为 UTF-8' : '；请另存为 UTF-8'),
    en: `not valid UTF-8 (bytes 0x${hex})` + (gb ? '; the file looks GB18030/GBK encoded: read it with --encoding gb18030 or save it as UTF-8' : '; save it as UTF-8'),
  }, line, column);
}

const _UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

// --- internal ---

function _bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

function _looksLikeGb18030(bytes: Uint8Array): boolean {
  const text = new TextDecoder('gb18030').decode(bytes);
  return !text.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(text);
}
