/**
 * An event as its row needs it, checked and serialised once by the caller: the columns the
 * store filters on, its actors, and its document (the whole event as JSON). A dataset import
 * checks every event against the schema where it reads the file (perhaps on another thread)
 * and hands the store these records, so that the writer neither rebuilds nor re-checks each
 * event object. `prepareEvent` makes one from an Event; the store's `putEvents` goes through it.
 */
import type { Event } from '../model/index.ts';

export interface PreparedEvent {
  id: string;
  date: string;
  dateEnd: string | null;
  datePrecision: Event['datePrecision'];
  type: Event['type'];
  country: string | null;
  lat: number | null;
  lon: number | null;
  best: number | null;
  incidentId: string | null;
  status: Event['status'];
  origin: Event['origin'];
  sourceActors: readonly string[];
  targetActors: readonly string[];
  /** `JSON.stringify` of the event, agreeing with every field above. */
  doc: string;
}

/** `event` prepared for its row; `doc` is `JSON.stringify(event)` when the caller has it already. */
export function prepareEvent(event: Event, doc: string = JSON.stringify(event)): PreparedEvent {
  return {
    id: event.id,
    date: event.date,
    dateEnd: event.dateEnd ?? null,
    datePrecision: event.datePrecision,
    type: event.type,
    country: event.location.country,
    lat: event.location.lat,
    lon: event.location.lon,
    best: event.fatalities.best,
    incidentId: event.incidentId,
    status: event.status,
    origin: event.origin,
    sourceActors: event.sourceActors,
    targetActors: event.targetActors,
    doc,
  };
}
