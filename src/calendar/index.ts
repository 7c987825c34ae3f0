// Working-day calendar: re-exports only.
export { parseIsoDate, isIsoDate, assertIsoDate, addDays, weekday, isWeekend, yearOf, daysInMonth, isLeapYear, compareDates } from './dates.js';
export type { ParsedDate, DateError, DateProblemKind } from './dates.js';
export { addWorkingDays, workingDaysBetween, isWorkingDay } from './working-days.js';
export type { Calendar, CalendarNotice } from './working-days.js';
export { officialCalendar, officialYears } from './official.js';
export type { OfficialCalendar, DayInfo, DayKind } from './official.js';
export { validateCalendarOverrides, splitRange } from './overrides.js';
export type { CalendarOverrides, YearOverride, OverrideProblem, OverridesCheck } from './overrides.js';
