// Statutory deadlines (Art. 17 updates; Arts. 21, 22, 26 sharing requests): re-exports only.
export { answeringSubmission, eventSchedule, eventStatus, sharingDeadline, SHARING_MAX_EXTENSION } from './schedule.js';
export type {
  ScheduleOptions, ScheduleProblem, ExtensionSchedule, EventSchedule, EventState, EventStatus, SharingArticle, SharingRequest, SharingDeadline,
} from './schedule.js';
export { eventRows, type DeadlineOptions } from './rows.js';
