// The diff rules (Arts. 15, 17, 27), sorted by id; `govcat diff` runs those its profile enables.
import calendarUnpublishedYear from './calendar-unpublished-year.js';
import changeCitesEvent from './change-cites-event.js';
import eventWithoutChange from './event-without-change.js';
import extensionValid from './extension-valid.js';
import reviewDeadline from './review-deadline.js';
import sameCatalogue from './same-catalogue.js';
import shareTypeTightened from './share-type-tightened.js';
import sharingTerminated from './sharing-terminated.js';
import updateDeadline from './update-deadline.js';
import type { AnyDiffRule } from '../../core/types.js';

export const diffRules: readonly AnyDiffRule[] = [
  calendarUnpublishedYear,
  changeCitesEvent,
  eventWithoutChange,
  extensionValid,
  reviewDeadline,
  sameCatalogue,
  shareTypeTightened,
  sharingTerminated,
  updateDeadline,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
