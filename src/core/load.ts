// YAML 1.2 core-schema parse that keeps a source position for every node, at close to raw parser speed; the typos
// officers make are repaired in memory when asked (lint), and every failure is explained with its position.
import { parseEvents, constructFromEvents, CORE_SCHEMA, type Event } from 'js-yaml';
import { render } from './messages.js';
import { tableFromEvents } from './reader/events.js';
import { readYaml } from './reader/index.js';
import { lineStarts } from './reader/lines.js';
import { MAX_DEPTH, NodeIndex } from './reader/node-index.js';
import { applyEdits, ColumnMap, mayHaveTypos, scanTypos, type Scan, type Typo } from './typos.js';
import { explainFailure, refusal } from './yaml-errors.js';
import { yamlTypo } from './yaml-typo.js';
import type { Finding, Path, PathSeg, Range } from './types.js';

export { MAX_DEPTH };
export { LineIndex } from './reader/lines.js';

export interface LoadedDocument {
  file: string;
  /** The text as written (code frames show it); positions from locate() refer to it. */
  text: string;
  data: unknown;
  locate(path: Path, opts?: { key?: boolean }): Range;
  /** yaml-typo findings: the typos repaired in memory (errors) and the curly quotes and such (warnings). */
  typos?: Finding[];
}

export interface LoadOptions {
  /**
   * Repair the certain typos in memory (full-width colon or space after a key, tabs and full-width spaces in the
   * indentation, no space after a colon) and report each as a yaml-typo finding: lint reads a catalogue as the officer
   * meant it. Without it the text is read exactly as written (fmt, the authoring commands, diff, package, verify).
   */
  repair?: boolean;
}

export function loadYaml(text: string, file: string, opts: LoadOptions = {}): LoadedDocument {
  let events: Event[] = [];
  let data: unknown;
  let scan: Scan | undefined;
  let parsed = text;
  let columns = _SAME;
  if (opts.repair && mayHaveTypos(text)) {
    scan = scanTypos(text);
    const refused = scan.suspects.find((s) => s.fatal);
    if (refused) throw refusal(refused, file);
    const edits = scan.typos.flatMap((t) => t.edits);
    if (edits.length) ({ text: parsed, columns } = applyEdits(text, edits));
  }
  try {
    // The block-style shapes catalogues use are read by the fast reader (src/core/reader/), to the same data and
    // node table js-yaml's path makes; anything else takes that path, which also explains every error.
    const read = readYaml(parsed);
    let index: NodeIndex;
    if (read) {
      index = new NodeIndex(parsed, read.table);
      data = read.data;
    } else {
      events = parseEvents(parsed, { maxDepth: MAX_DEPTH });
      index = new NodeIndex(parsed, tableFromEvents(parsed, events, file));
      index.checkSingleDocument(file);
      data = constructFromEvents(events, { source: parsed, schema: CORE_SCHEMA, maxTotalMergeKeys: 0 })[0];
      events = [];
    }
    const locate = columns.empty
      ? (path: Path, o?: { key?: boolean }) => index.locate(path, o?.key ?? false)
      : (path: Path, o?: { key?: boolean }) => _mapRange(index.locate(path, o?.key ?? false), columns);
    const doc: LoadedDocument = { file, text, data, locate };
    if (scan?.typos.length) {
      const starts = lineStarts(parsed);
      doc.typos = scan.typos.map((t) => _typoFinding(t, file, parsed, starts[t.line - 1] ?? 0, index));
    } else if (opts.repair) doc.typos = [];
    return doc;
  } catch (e) {
    throw explainFailure(e, { file, text, parsed, columns, events, scan: () => (scan ??= scanTypos(text)), repaired: opts.repair === true, maxDepth: MAX_DEPTH });
  }
}

// --- internal ---

const _SAME = new ColumnMap();

function _mapRange(r: Range, columns: ColumnMap): Range {
  return { line: r.line, column: columns.original(r.line, r.column), endLine: r.endLine, endColumn: columns.original(r.endLine, r.endColumn) };
}

/** A typo as a finding of yaml-typo, with the path of the node written on its line. */
function _typoFinding(t: Typo, file: string, parsed: string, lineStart: number, index: NodeIndex): Finding {
  const content = /^[ \t]*(?:-[ \t]+)*/.exec(parsed.slice(lineStart, lineStart + 200))![0].length;
  return {
    ruleId: yamlTypo.id,
    messageId: t.messageId,
    severity: t.severity,
    articles: [],
    message: render(yamlTypo.messages[t.messageId], t.data),
    file,
    path: _dotted(index.pathAt(lineStart + content)),
    line: t.line,
    column: t.column,
    endLine: t.line,
    endColumn: t.endColumn,
  };
}

function _dotted(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
