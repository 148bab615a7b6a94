/**
 * Incident linking during a dataset import: each event of a batch is linked to the reports of
 * the same incident in other datasets already stored (`sameIncident`), and both get one
 * incident id. The places of the other datasets' events (id, day, coordinates) are read once
 * per day for the whole import and kept (they do not change while it runs: only this dataset's
 * events are written, and linking changes incident ids only), so a batch costs a look-up in
 * memory per event plus one read of the nearby events not seen before, kept as the few facts
 * linking needs (`IncidentFacts`); only the events whose incident id changes are read whole, to
 * be written. Kept places and facts are dropped when they grow past their bounds, which bounds
 * memory on a large store.
 */
import {
  INCIDENT_BOX_DEGREES,
  INCIDENT_MAX_KM,
  dateOfDay,
  dayNumber,
  incidentFactsOf,
  incidentIdFor,
  kilometres,
  sameIncident,
  type IncidentFacts,
} from '../ingest/incidents.ts';
import { Event } from '../model/index.ts';
import { parseAll } from '../store/kysely/validate.ts';
import { prepareEvent, type PreparedEvent } from '../store/prepared-event.ts';
import type { EventPlace, StoreOps } from '../store/store.ts';
import { checkedEvent } from './import-rows.ts';

/** A batch's events after incident linking, and the stored events of other datasets they were linked to. */
export interface LinkedBatch {
  /** The batch's events, in order, each with its incident id (the same record when unchanged). */
  events: PreparedEvent[];
  /** Stored events of other datasets whose incident id changed. */
  others: Event[];
  /** How many of the batch's events were linked. */
  count: number;
}

/** Places kept at most (about 100 bytes each) before they are read again. */
const MAX_KEPT_PLACES = 500_000;
/** Incident facts of nearby events kept at most (about 300 bytes each) before they are read again. */
const MAX_KEPT_FACTS = 100_000;

export class IncidentLinker {
  /** Other datasets' events with coordinates, by day number (`dayNumber`); a day read and empty holds []. */
  private readonly places = new Map<number, EventPlace[]>();
  private kept = 0;
  /** Every place is kept (`readAll`): a day not in `places` has none. */
  private complete = false;
  /** Other datasets' events read so far, as the facts linking needs, with the incident ids given since. */
  private readonly facts = new Map<string, IncidentFacts>();

  constructor(
    private readonly tx: StoreOps,
    private readonly dataset: string,
  ) {}

  /**
   * Links the batch's events to stored events of other datasets within a day (`shiftDate`
   * ±1) and `INCIDENT_MAX_KM`. Events relinked earlier in the batch are seen with their new
   * incident id, as if each event had been linked and written in turn. Nothing is written here:
   * the caller writes `events` and `others` (the facts kept here already carry their new ids).
   */
  async link(events: readonly PreparedEvent[]): Promise<LinkedBatch> {
    const nearby = await this.nearbyIds(events);
    await this.readFacts(nearby);
    /** New incident ids of the batch's events and of other datasets' events. */
    const ownIncidents = new Map<string, string>();
    const otherIncidents = new Map<string, string>();
    let count = 0;
    for (const [at, event] of events.entries()) {
      const ids = nearby[at];
      if (ids === undefined) continue;
      const self: IncidentFacts = {
        ...event,
        incidentId: ownIncidents.get(event.id) ?? event.incidentId,
        dataset: this.dataset,
      };
      const same: IncidentFacts[] = [];
      for (const id of ids) {
        const other = this.facts.get(id);
        if (other !== undefined && sameIncident(self, other)) same.push(other);
      }
      if (same.length === 0) continue;
      const incidentId =
        same.reduce<string | null>((id, other) => id ?? other.incidentId, self.incidentId) ??
        incidentIdFor(self, same[0]!);
      if (self.incidentId !== incidentId) ownIncidents.set(event.id, incidentId);
      for (const other of same) {
        if (other.incidentId === incidentId) continue;
        other.incidentId = incidentId;
        otherIncidents.set(other.id, incidentId);
      }
      count++;
    }
    const others =
      otherIncidents.size === 0
        ? []
        : (await this.tx.getEvents([...otherIncidents.keys()])).map((e) =>
            checkedEvent({ ...e, incidentId: otherIncidents.get(e.id)! }),
          );
    return {
      events: events.map((e) => {
        const incidentId = ownIncidents.get(e.id);
        return incidentId === undefined ? e : withIncident(e, incidentId);
      }),
      others,
      count,
    };
  }

  /**
   * Keeps the incident facts of the nearby events not kept yet, read from the store once for
   * the whole import (an event near many of the file's events is read once, not per batch).
   */
  private async readFacts(nearby: readonly (string[] | undefined)[]): Promise<void> {
    const missing = new Set<string>();
    for (const ids of nearby)
      if (ids !== undefined) for (const id of ids) if (!this.facts.has(id)) missing.add(id);
    if (missing.size === 0) return;
    if (this.facts.size + missing.size > MAX_KEPT_FACTS) this.facts.clear();
    for (const event of await this.tx.getEvents([...missing]))
      this.facts.set(event.id, incidentFactsOf(event));
  }

  /**
   * For each event (by position), the ids of other datasets' events on its day or the days
   * either side and within `INCIDENT_MAX_KM` (inside the search box of `INCIDENT_BOX_DEGREES`);
   * undefined when it has no coordinates or none is near.
   */
  private async nearbyIds(events: readonly PreparedEvent[]): Promise<(string[] | undefined)[]> {
    if (!this.complete) {
      const missing = new Set<number>();
      for (const event of events) {
        if (event.lat === null || event.lon === null) continue;
        const day = dayNumber(event.date);
        for (let d = day - 1; d <= day + 1; d++) if (!this.places.has(d)) missing.add(d);
      }
      await this.read([...missing]);
    }
    return events.map((event) => {
      const { lat, lon } = event;
      if (lat === null || lon === null) return undefined;
      const box = INCIDENT_BOX_DEGREES / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
      let ids: string[] | undefined;
      // The day before, the day and the day after, as day numbers (no date strings made).
      const day = dayNumber(event.date);
      for (let d = day - 1; d <= day + 1; d++) {
        const places = this.places.get(d);
        if (places === undefined) continue;
        for (const place of places) {
          if (Math.abs(place.lat - lat) > INCIDENT_BOX_DEGREES || Math.abs(place.lon - lon) > box) continue;
          if (kilometres(lat, lon, place.lat, place.lon) <= INCIDENT_MAX_KM) (ids ??= []).push(place.id);
        }
      }
      return ids;
    });
  }

  /**
   * Reads and keeps the places of every other dataset's event at once, when there are no more
   * than `MAX_KEPT_PLACES`: then the import needs the events' place index no more (a bulk import
   * can build it at the end). Returns whether they were few enough.
   */
  async readAll(): Promise<boolean> {
    const all = await this.tx.listAllEventPlaces(`${this.dataset}:`, MAX_KEPT_PLACES);
    if (all === undefined) return false;
    this.places.clear();
    this.kept = 0;
    this.keep(all, []);
    this.complete = true;
    return true;
  }

  /** Reads the places of `days` (day numbers; other datasets only) and keeps them. */
  private async read(days: readonly number[]): Promise<void> {
    if (days.length === 0 || this.complete) return;
    if (this.kept > MAX_KEPT_PLACES) {
      this.places.clear();
      this.kept = 0;
    }
    this.keep(await this.tx.listEventPlaces(days.map(dateOfDay), `${this.dataset}:`), days);
  }

  /** Keeps `places` by day, `days` (read, perhaps empty) included. */
  private keep(places: readonly EventPlace[], days: readonly number[]): void {
    for (const day of days) this.places.set(day, []);
    const touched = new Set<EventPlace[]>();
    for (const place of places) {
      const day = dayNumber(place.date);
      let list = this.places.get(day);
      if (list === undefined) this.places.set(day, (list = []));
      list.push(place);
      touched.add(list);
      this.kept++;
    }
    // In id order within a day, whatever order the engine returned them in: the first report
    // linked can name the incident (`incidentIdFor`).
    for (const list of touched) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/**
 * The prepared event with another incident id: its document parsed, given the id (the member
 * keeps its place, so the text is what serialising the changed event gives) and checked again.
 */
function withIncident(event: PreparedEvent, incidentId: string): PreparedEvent {
  const [changed] = parseAll(Event, 'event', [
    checkedEvent({ ...(JSON.parse(event.doc) as Event), incidentId }),
  ]);
  return prepareEvent(changed!);
}
