/**
 * Which events an assessment reads, as store queries, so that a large store is never loaded
 * whole. For each date: every event of the year before it (the network summary and every
 * windowed indicator read at most the last 365 days); and once, up to the latest date, the
 * material conflict that touches either party's family (intensity and episode-age look back
 * to the first fighting on record). An assessment of the events these queries return equals
 * one of the whole case (a test holds this). Pure: the use case runs the queries.
 */
import { addDays } from '../analysis/time.ts';
import type { Event, PloverType } from '../model/index.ts';
import { PLOVER_TYPE_INFO, PLOVER_TYPES } from '../model/plover.ts';
import { partiesOf, type AssessmentQuestion } from './assessment.ts';
import { takeSnapshot, type SnapshotItems } from './snapshot.ts';

/** A store event query (the case filter is added by the caller). */
export interface EventQuery {
  from?: string;
  to: string;
  actorIds?: string[];
  types?: PloverType[];
}

/** Days before the date that the windowed indicators and the network read (context.year). */
export const YEAR_BACK = 364;

export const MATERIAL_CONFLICT_TYPES: readonly PloverType[] = PLOVER_TYPES.filter(
  (type) => PLOVER_TYPE_INFO[type].quad === 'material-conflict',
);

/**
 * The queries for an assessment of `question` on each of `dates`; `items` needs its actors and
 * relations (for the families), not its events.
 */
export function eventQueries(
  items: SnapshotItems,
  question: AssessmentQuestion,
  dates: readonly string[],
  options: { includeDrafts?: boolean } = {},
): EventQuery[] {
  const queries: EventQuery[] = dates.map((day) => ({ from: addDays(day, -YEAR_BACK), to: day }));
  const parties = new Set<string>();
  for (const day of dates) {
    const { a, b } = partiesOf(takeSnapshot(items, day, options), question);
    for (const id of [...a.family, ...b.family]) parties.add(id);
  }
  const latest = [...dates].sort().at(-1);
  if (latest !== undefined && parties.size > 0) {
    queries.push({ to: latest, actorIds: [...parties].sort(), types: [...MATERIAL_CONFLICT_TYPES] });
  }
  return queries;
}

/** The union of several query results, without repeats, in the store's order (date, then id). */
export function mergeEvents(lists: readonly (readonly Event[])[]): Event[] {
  const byId = new Map<string, Event>();
  for (const list of lists) for (const event of list) byId.set(event.id, event);
  return [...byId.values()].sort((x, y) =>
    x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
}
