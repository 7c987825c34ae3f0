// Line arithmetic shared by the parsers and the node index: offsets in, 1-based line/column out.

/** 1-based line/column of a UTF-16 offset. */
export class LineIndex {
  private starts: Int32Array | undefined;
  constructor(private readonly text: string) {}
  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

/** The offset each line starts at (lines end at '\n', as js-yaml's marks count them). */
export function lineStarts(text: string): Int32Array {
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (n === starts.length) {
      const more = new Int32Array(n * 2);
      more.set(starts);
      starts = more;
    }
    starts[n++] = i + 1;
  }
  return starts.slice(0, n);
}
