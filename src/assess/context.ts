/**
 * What every indicator reads: the snapshot, the mediator and the two parties with their
 * families, the date windows, and helpers to pick the events between two families. Counts are
 * taken from one series only (dataset rows when the window has any, else curated events), so
 * curated and dataset counts never mix silently.
 */
import { addDays, type DateWindow } from '../analysis/time.ts';
import type { Actor, Event } from '../model/index.ts';
import type { Coverage } from './indicator.ts';
import type { Phrase } from './phrase.ts';
import { phrase } from './phrases-en.ts';
import type { Snapshot } from './snapshot.ts';

export interface Party {
  id: string;
  family: ReadonlySet<string>;
}

/** One run of a bargaining scenario: final positions by actor id, the model forecast and its zone. */
export interface BargainingRun {
  finalPositions: Record<string, number>;
  forecast: number;
  zone: string | null;
}

/**
 * A bargaining scenario's result as the assessment reads it (optional input): the run with the
 * inputs as set and, when the scenario states one, the run with its mediation lever. Every
 * number rests on expert inputs (`conditional` says so), not on measurements.
 */
export interface BargainingInput extends BargainingRun {
  scenarioId: string;
  title?: string;
  dimension?: string;
  scale: { min: number; max: number };
  /** capability × salience by actor id, to weigh a family's positions; equal weights when absent. */
  weights?: Record<string, number>;
  mediation?: BargainingRun & { mediator: string };
  /** Source ids the inputs rest on. */
  evidence: string[];
  setBy?: string[];
  /** The latest day an input was set on. */
  setOn?: string | null;
  /** The statement that the result is conditional on expert inputs. */
  conditional?: string;
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
  /** The snapshot's events within `year` (which holds `recent` and `previous`), for windowed reads. */
  yearEvents: readonly Event[];
  actorsById: ReadonlyMap<string, Actor>;
  /** Source ids of dataset releases imported from a sample or an extract, not the full release. */
  partialSources: ReadonlySet<string>;
  bargaining?: BargainingInput;
}

export function makeContext(
  snapshot: Snapshot,
  families: { mediator: Party; a: Party; b: Party },
  bargaining?: BargainingInput,
): AssessmentContext {
  const asOf = snapshot.asOf;
  const year = { from: addDays(asOf, -364), to: asOf };
  return {
    snapshot,
    ...families,
    recent: { from: addDays(asOf, -179), to: asOf },
    previous: { from: addDays(asOf, -359), to: addDays(asOf, -180) },
    year,
    yearEvents: snapshot.events.filter((event) => event.date >= year.from && event.date <= year.to),
    actorsById: new Map(snapshot.actors.map((actor) => [actor.id, actor])),
    partialSources: new Set((snapshot.datasets ?? []).filter((d) => d.partial).map((d) => d.sourceId)),
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
  /** Some of its rows come from a sample or an extract of a dataset release. */
  partial: boolean;
}

/**
 * One series from events that passed `keep`: dataset rows when there are any, else coded
 * events, else curated ones; the others are set aside and counted. `partialSources` names the
 * dataset releases imported from a sample or an extract.
 */
export function seriesOf(
  events: readonly Event[],
  keep: (event: Event) => boolean,
  partialSources: ReadonlySet<string> = new Set(),
): EventSeries {
  const kept = events.filter(keep);
  for (const origin of ['dataset', 'coded', 'curated'] as const) {
    const chosen = kept.filter((event) => event.origin === origin);
    if (chosen.length > 0) {
      const partial = chosen.some((event) => event.evidence.some((e) => partialSources.has(e.sourceId)));
      return { events: chosen, origin, setAside: kept.length - chosen.length, partial };
    }
  }
  return { events: [], origin: 'none', setAside: 0, partial: false };
}

/** A series is thin below this many events, when it is curated (chosen, not exhaustive), or sampled. */
export const THIN_SERIES = 10;

export function coverageOf(series: EventSeries): Exclude<Coverage, 'none'> {
  return series.events.length < THIN_SERIES || series.origin === 'curated' || series.partial
    ? 'thin'
    : 'good';
}

/** How the series was made, for rationales. */
export function describeSeries(series: EventSeries): Phrase {
  if (series.origin === 'none') return phrase('series.none');
  return phrase('series.some', {
    count: series.events.length,
    origin: series.origin,
    partial: series.partial,
    setAside: series.setAside,
  });
}

/**
 * Datasets whose two sides are not attacker and target: UCDP GED codes side A (the government
 * where there is one) and side B, ACLED actor 1 and actor 2. Their rows say who fought whom,
 * never who hurt whom.
 */
export const UNDIRECTED_DATASETS: ReadonlySet<string> = new Set(['ucdp-ged', 'acled']);

/** True for a dataset row whose source and target sides are not an initiator and its target. */
export function isUndirected(event: Event): boolean {
  return (
    event.origin === 'dataset' &&
    event.evidence.some((e) => e.dataset !== undefined && UNDIRECTED_DATASETS.has(e.dataset))
  );
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
