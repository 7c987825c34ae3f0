// Statutory deadlines (update deadlines; a regime's request periods): re-exports only.
export { answeringSubmission, eventSchedule, eventStatus, NATIONAL_REQUESTS, orList, requestPeriod, sharingDeadline, SHARING_MAX_EXTENSION } from './schedule.js';
export type {
  ScheduleOptions, ScheduleProblem, ExtensionSchedule, EventSchedule, EventState, EventStatus, SharingArticle, SharingRequest, SharingDeadline, RequestRegime,
} from './schedule.js';
export { eventRows, type DeadlineOptions } from './rows.js';
