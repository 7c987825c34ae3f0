// Generated at build time: schema location → [property, Chinese title] pairs, for "did you mean".
declare const keys: Record<string, [string, string][]>;
export default keys;
