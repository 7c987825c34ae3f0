// The lines of a BagIt tag file (bagit.txt, bag-info.txt, manifests): RFC 8493 §2.3 allows CR, LF or CRLF endings.
import { Buffer } from 'node:buffer';

export interface TagLine {
  text: string;
  /** From 1. */
  line: number;
}

/** A tag file's lines, numbered from 1; the empty string after a final newline is dropped. */
export function tagLines(bytes: Uint8Array): TagLine[] {
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((text, i) => ({ text, line: i + 1 }));
}
