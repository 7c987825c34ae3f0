// Types for the data table chinese-days ships as dist/chinese-days.json (a documented artifact of the package).
declare module 'chinese-days/dist/chinese-days.json' {
  /** 'yyyy-mm-dd' → 'English name,中文名,statutory days', e.g. '2026-10-10': 'National Day,国庆节,3'. */
  type Table = Record<string, string>;
  const data: { holidays: Table; workdays: Table; inLieuDays: Table };
  export default data;
}
