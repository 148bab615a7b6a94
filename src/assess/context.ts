/**
 * What every indicator reads: the snapshot, the mediator and the two parties with their
 * families, the date windows, and helpers to pick the events between two families. Counts are
 * taken from one series only (dataset rows when the window has any, else curated events), so
 * curated and dataset counts never mix silently.
 */
import { addDays, type DateWindow } from '../analysis/time.ts';
import type { Actor, Event } from '../model/index.ts';
import type { Coverage } from './indicator.ts';
import type { Snapshot } from './snapshot.ts';

export interface Party {
  id: string;
  family: ReadonlySet<string>;
}

/** A bargaining simulation's result as the assessment reads it (optional input). */
export interface BargainingInput {
  scenarioId: string;
  scale: { min: number; max: number };
  /** Final positions by actor id. */
  finalPositions: Record<string, number>;
  forecast: number;
  zone: string | null;
  evidence: string[];
}

export interface AssessmentContext {
  snapshot: Snapshot;
  mediator: Party;
  a: Party;
  b: Party;
  /** The 180 days up to the date, and the 180 before them. */
  recent: DateWindow;
  previous: DateWindow;
  /** The 365 days up to the date. */
  year: DateWindow;
  actorsById: ReadonlyMap<string, Actor>;
  bargaining?: BargainingInput;
}

export function makeContext(
  snapshot: Snapshot,
  families: { mediator: Party; a: Party; b: Party },
  bargaining?: BargainingInput,
): AssessmentContext {
  const asOf = snapshot.asOf;
  return {
    snapshot,
    ...families,
    recent: { from: addDays(asOf, -179), to: asOf },
    previous: { from: addDays(asOf, -359), to: addDays(asOf, -180) },
    year: { from: addDays(asOf, -364), to: asOf },
    actorsById: new Map(snapshot.actors.map((actor) => [actor.id, actor])),
    ...(bargaining === undefined ? {} : { bargaining }),
  };
}

const hasAny = (ids: readonly string[], family: ReadonlySet<string>) => ids.some((id) => family.has(id));

/** True when the event runs from `from`'s family to `to`'s family. */
export function runsFrom(event: Event, from: ReadonlySet<string>, to: ReadonlySet<string>): boolean {
  return hasAny(event.sourceActors, from) && hasAny(event.targetActors, to);
}

/** True when the event runs between the two families, either way. */
export function between(event: Event, x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return runsFrom(event, x, y) || runsFrom(event, y, x);
}

/** True when any actor of the event belongs to the family. */
export function touches(event: Event, family: ReadonlySet<string>): boolean {
  return hasAny(event.sourceActors, family) || hasAny(event.targetActors, family);
}

export function inWindow(event: Event, window: DateWindow): boolean {
  return event.date >= window.from && event.date <= window.to;
}

export interface EventSeries {
  events: Event[];
  /** Which series the counts come from. */
  origin: 'dataset' | 'curated' | 'coded' | 'none';
  /** Events of other origins left out of the counts. */
  setAside: number;
}

/**
 * One series from events that passed `keep`: dataset rows when there are any, else coded
 * events, else curated ones; the others are set aside and counted.
 */
export function seriesOf(events: readonly Event[], keep: (event: Event) => boolean): EventSeries {
  const kept = events.filter(keep);
  for (const origin of ['dataset', 'coded', 'curated'] as const) {
    const chosen = kept.filter((event) => event.origin === origin);
    if (chosen.length > 0) return { events: chosen, origin, setAside: kept.length - chosen.length };
  }
  return { events: [], origin: 'none', setAside: 0 };
}

/** A series is thin below this many events, or when it is curated (chosen, not exhaustive). */
export const THIN_SERIES = 10;

export function coverageOf(series: EventSeries): Exclude<Coverage, 'none'> {
  return series.events.length < THIN_SERIES || series.origin === 'curated' ? 'thin' : 'good';
}

/** How the series was made, for rationales. */
export function describeSeries(series: EventSeries): string {
  if (series.origin === 'none') return 'no events';
  const base = `${series.events.length} ${series.origin} event${series.events.length === 1 ? '' : 's'}`;
  return series.setAside > 0 ? `${base} (${series.setAside} of other origins set aside)` : base;
}

export function fatalitiesOf(events: readonly Event[]): { best: number; unknown: number } {
  let best = 0;
  let unknown = 0;
  for (const event of events) {
    if (event.fatalities.best === null) unknown++;
    else best += event.fatalities.best;
  }
  return { best, unknown };
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

/** Countries of a family's actors (for "on the mediator's territory"). */
export function countriesOf(context: AssessmentContext, family: ReadonlySet<string>): Set<string> {
  const countries = new Set<string>();
  for (const id of family) {
    const country = context.actorsById.get(id)?.country;
    if (country !== null && country !== undefined) countries.add(country);
  }
  return countries;
}

const STATE_KINDS = new Set(['state', 'government', 'military', 'intelligence', 'office']);

/** True when the party's own actor is a state or a state organ. */
export function isStateSide(context: AssessmentContext, party: Party): boolean {
  const kind = context.actorsById.get(party.id)?.kind;
  return kind !== undefined && STATE_KINDS.has(kind);
}

export function isNonStateArmed(actor: Actor | undefined): boolean {
  return actor !== undefined && (actor.kind === 'armed-group' || actor.kind === 'faction');
}
