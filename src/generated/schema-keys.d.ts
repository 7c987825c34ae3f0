// Generated at build time: instance path pattern (indices as *) → [property, Chinese title] pairs, for "did you mean".
declare const keys: Record<string, [string, string][]>;
export default keys;
