// The node table of the general path: one linear pass over js-yaml's parser events, after which the event objects
// can be collected once the data is constructed.
import { SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { InputError } from '../errors.js';
import { LineIndex } from './lines.js';
import { ALIAS, MAPPING, POP, SCALAR, SEQUENCE, type NodeTable } from './table.js';

/** Builds the table of `events`; refuses aliases that expand to too many nodes (an "alias bomb"). */
export function tableFromEvents(text: string, events: Event[], file: string): NodeTable {
  const n = events.length;
  const type = new Uint8Array(n);
  const style = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const indent = new Int32Array(n);
  const start = new Int32Array(n).fill(-1);
  const end = new Int32Array(n);
  const skip = new Int32Array(n);
  const anchors = new Map<string, number>();
  // Expanded node counts guard against alias bombs: sharing is cheap to parse but explodes when walked.
  const limit = n * 10 + 10_000;
  let expanded = 0;
  const stack: number[] = [];
  const sizes: number[] = [];
  const anchorSize = new Map<string, number>();
  const anchor = (s: number, e: number, index: number, size: number) => {
    const name = _name(text, s, e);
    anchors.set(name, index);
    anchorSize.set(name, size);
  };
  let lastEnd = 0;
  for (let i = 0; i < n; i++) {
    const ev = events[i];
    type[i] = ev.type;
    if (ev.type === MAPPING || ev.type === SEQUENCE) {
      start[i] = ev.start;
      stack.push(i);
      sizes.push(1);
    } else if (ev.type === SCALAR || ev.type === ALIAS) {
      skip[i] = i + 1;
      let size = 1;
      if (ev.type === SCALAR) {
        style[i] = ev.style;
        flags[i] = (ev.fast ? 1 : 0) | (ev.chomping << 1);
        indent[i] = ev.indent;
        if (ev.valueStart >= 0) {
          start[i] = _quoted(ev) ? ev.valueStart - 1 : ev.valueStart;
          lastEnd = _quoted(ev) ? ev.valueEnd + 1 : ev.valueEnd;
        }
        end[i] = lastEnd;
        if (ev.anchorStart >= 0) anchor(ev.anchorStart, ev.anchorEnd, i, 1);
      } else {
        const name = _name(text, ev.anchorStart, ev.anchorEnd);
        start[i] = ev.anchorStart - 1;
        size = anchorSize.get(name) ?? 1;
        lastEnd = ev.anchorEnd;
        end[i] = lastEnd;
        expanded += size;
        if (expanded > limit) {
          const at = new LineIndex(text).position(ev.anchorStart);
          throw new InputError(file, {
            zh: `别名（*${name}）展开后节点过多（超过 ${limit} 个），疑为“别名炸弹”，拒绝处理`,
            en: `aliases (*${name}) expand to more than ${limit} nodes; refusing a possible alias bomb`,
          }, at.line, at.column);
        }
      }
      if (sizes.length) sizes[sizes.length - 1] += size;
    } else if (ev.type === POP && stack.length) {
      const open = stack.pop()!;
      const size = sizes.pop()!;
      skip[open] = i + 1;
      end[open] = lastEnd;
      if (sizes.length) sizes[sizes.length - 1] += size;
      const ev0 = events[open] as Extract<Event, { start: number }>;
      if (ev0.anchorStart >= 0) anchor(ev0.anchorStart, ev0.anchorEnd, open, size);
    }
  }
  return { type, style, flags, indent, start, end, skip, anchors };
}

/** An anchor's or alias's name without its sigil. */
export function _name(text: string, s: number, e: number): string {
  const raw = text.slice(s, e);
  return raw[0] === '&' || raw[0] === '*' ? raw.slice(1) : raw;
}

function _quoted(ev: ScalarEvent): boolean {
  return ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
}
