// The legal-instrument classifier: what level of instrument a citation names, and why.
export { classifyCitation, classifyCitations, classifyParsed } from './classify.js';
export { parseCitations, parseCitationInput, type ParsedCitation } from './parse.js';
export { agrees, INSTRUMENT_LEVELS, levelName, levelNames, LEVELS } from './levels.js';
export { findListed, instrumentLists, listFor, type InstrumentList } from './lists.js';
export type * from './types.js';
export { isConfident, refutes, sufficiency, type Sufficiency } from './sufficiency.js';
