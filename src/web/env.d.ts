// Data the browser build puts inside the page (scripts/build-web.mjs): the law texts and the tool's version.
declare module 'govcat:web-data' {
  /** law/*.txt by file name. */
  export const LAW_FILES: Record<string, string>;
  export const TOOL_VERSION: string;
}
