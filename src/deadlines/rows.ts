// Each change event of a catalogue as a row: effective date, due date, extension, submission and status (Art. 17 ¶2).
import { answeringSubmission, eventSchedule, eventStatus } from './schedule.js';
import { isObject } from '../core/normalize.js';
import { locateNode } from '../core/lint.js';
import type { Calendar } from '../calendar/working-days.js';
import type { LoadedDocument } from '../core/load.js';
import type { Catalogue } from '../core/types.js';
import type { EventRow } from '../formatters/types.js';

export interface DeadlineOptions {
  workingDays: number;
  maxExtension: number;
}

/**
 * Rows for the events of `catalogue`; with `previous`, only the events new since that version (the ones this update
 * answers). An event is judged at the catalogue's submitted_at — also when that lies before the event, which the update
 * then answered ahead of time — exactly as the update-deadline rule judges it; unsubmitted, at `asOf`.
 */
export function eventRows(catalogue: Catalogue, doc: LoadedDocument, opts: DeadlineOptions, cal: Calendar, asOf: string, previous?: Catalogue): EventRow[] {
  const seen = new Set(_events(previous).map(([ev]) => ev.id));
  // An invalid submitted_at is the update-deadline rule's finding; the table judges such events as not yet submitted.
  const submitted = answeringSubmission(catalogue.header).date;
  return _events(catalogue)
    .filter(([ev]) => !previous || !seen.has(ev.id))
    .map(([ev, index]) => {
      const schedule = eventSchedule(ev, opts, cal);
      const effective = typeof ev.effective_date === 'string' ? ev.effective_date : undefined;
      const status = schedule.due ? eventStatus(schedule, submitted, asOf, cal) : undefined;
      return {
        id: String(ev.id ?? `#${index + 1}`),
        kind: typeof ev.kind === 'string' ? ev.kind : undefined,
        effective,
        originalDue: schedule.originalDue,
        due: schedule.due,
        extensionDays: schedule.extension?.granted || undefined,
        submitted,
        state: status?.state ?? 'unknown',
        workingDays: status?.workingDays,
        line: locateNode(doc, catalogue, ['catalogue', 'change_events', index]).line,
      };
    });
}

// --- internal ---

function _events(catalogue: Catalogue | undefined): [Record<string, unknown>, number][] {
  const list = catalogue && Array.isArray(catalogue.header.change_events) ? (catalogue.header.change_events as unknown[]) : [];
  return list.flatMap((ev, i) => (isObject(ev) ? [[ev, i] as [Record<string, unknown>, number]] : []));
}
