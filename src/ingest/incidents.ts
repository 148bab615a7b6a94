/**
 * Whether two dataset events report the same incident (a GED row and an ACLED row for one
 * attack): different datasets, dates at most a day apart (the same day unless both are
 * day-precise), places within 25 km, a shared actor when both name registry actors, and best
 * fatality estimates that agree within half the larger (or 2). Pure.
 */
import type { Event } from '../model/index.ts';

/** What telling two reports of one incident apart needs of an event. */
export interface IncidentFacts {
  id: string;
  date: string;
  datePrecision: Event['datePrecision'];
  incidentId: string | null;
  lat: number | null;
  lon: number | null;
  best: number | null;
  sourceActors: readonly string[];
  targetActors: readonly string[];
  /** The dataset the event is a row of (undefined: none, and then it is never linked). */
  dataset: string | undefined;
}

/** The facts of `event` alone, small enough to keep many of them in memory. */
export function incidentFactsOf(event: Event): IncidentFacts {
  return {
    id: event.id,
    date: event.date,
    datePrecision: event.datePrecision,
    incidentId: event.incidentId,
    lat: event.location.lat,
    lon: event.location.lon,
    best: event.fatalities.best,
    sourceActors: event.sourceActors,
    targetActors: event.targetActors,
    dataset: datasetOf(event),
  };
}

export const INCIDENT_MAX_KM = 25;
/** Degrees of latitude covering `INCIDENT_MAX_KM` with margin: the search box half-width. */
export const INCIDENT_BOX_DEGREES = 0.3;

export function datasetOf(event: Event): string | undefined {
  return event.evidence.find((e) => e.dataset !== undefined)?.dataset;
}

export function sameIncident(a: IncidentFacts, b: IncidentFacts): boolean {
  if (a.id === b.id) return false;
  if (a.dataset === undefined || b.dataset === undefined || a.dataset === b.dataset) return false;
  const days = Math.abs(dayNumber(a.date) - dayNumber(b.date));
  const bothDays = a.datePrecision === 'day' && b.datePrecision === 'day';
  if (days > (bothDays ? 1 : 0)) return false;
  const { lat: latA, lon: lonA } = a;
  const { lat: latB, lon: lonB } = b;
  if (latA === null || lonA === null || latB === null || lonB === null) return false;
  if (kilometres(latA, lonA, latB, lonB) > INCIDENT_MAX_KM) return false;
  const actorsA = new Set([...a.sourceActors, ...a.targetActors]);
  const actorsB = [...b.sourceActors, ...b.targetActors];
  if (actorsA.size > 0 && actorsB.length > 0 && !actorsB.some((id) => actorsA.has(id))) return false;
  const bestA = a.best;
  const bestB = b.best;
  if (bestA !== null && bestB !== null && Math.abs(bestA - bestB) > Math.max(2, 0.5 * Math.max(bestA, bestB)))
    return false;
  return true;
}

/** The incident id two linked events share: the one already given, else one made from the smaller event id. */
export function incidentIdFor(
  a: Pick<IncidentFacts, 'id' | 'incidentId'>,
  b: Pick<IncidentFacts, 'id' | 'incidentId'>,
): string {
  return a.incidentId ?? b.incidentId ?? `incident:${a.id < b.id ? a.id : b.id}`;
}

/** Days since 1970-01-01 of an ISO date (`YYYY-MM-DD…`). */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/** Great-circle distance (haversine), in kilometres. */
export function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The date `days` after `date` (negative: before), `YYYY-MM-DD`. */
export function shiftDate(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The ISO date of a day number (`dayNumber`'s inverse). */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
