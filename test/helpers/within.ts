// Position of a piece of text inside a flow value built by doc(): the value's position plus the needle's offset.
export interface Pos {
  line: number;
  column: number;
}

export function within(at: Pos, flow: string, needle: string, nth = 0): Pos {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = flow.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in ${flow}`);
  }
  return { line: at.line, column: at.column + i };
}
