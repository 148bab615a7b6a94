/**
 * Row outcomes as they cross from the import's reader thread to its writer: packed by column
 * (one array of row keys, one of lines, one of documents…) rather than as one object per row.
 * Copying between threads costs per object and per property, so a batch of 250 rows as
 * columns of strings and numbers is copied several times faster than 250 row objects, and the
 * writer makes its plain row objects back in a fraction of that. An event travels as its
 * prepared record (columns, actors, document text), never as an object to rebuild: the writer
 * does not parse it. The rare outcomes (rejections, held drafts, entities of other kinds)
 * travel as they are, by position.
 * `packOutcomes` and `unpackOutcomes` are exact inverses (held to that by a test).
 */
import type { Rejection, RowCoverage, UnresolvedName } from '../ingest/datasets/format.ts';
import { recordValid } from '../store/kysely/validate.ts';
import type { PreparedEvent } from '../store/prepared-event.ts';
import { schemaOf, type PendingRow, type RowOutcome } from './import-rows.ts';

/** What a row was: pending, rejected or skipped. */
const PENDING = 0;
const REJECTED = 1;
const SKIPPED = 2;

/** A batch of outcomes, by column; pending rows' columns hold one entry per pending row. */
export interface PackedOutcomes {
  kinds: number[];
  /** Rejections, in order, one per REJECTED kind. */
  rejections: Rejection[];
  rowKeys: string[];
  lines: number[];
  held: boolean[];
  entityKinds: PendingRow['entityKind'][];
  entityIds: string[];
  hashes: string[];
  /** Events, by column, one entry per pending row (null or empty where the row is no event). */
  events: PackedEvents;
  /** Entities of other kinds, by their pending row's position. */
  items: Record<number, NonNullable<PendingRow['item']>>;
  /** Held drafts, by their pending row's position. */
  drafts: Record<number, Record<string, unknown>>;
  /** Unresolved names: how many per pending row, then role, name and id of each in turn. */
  unresolvedCounts: number[];
  unresolved: (string | null)[];
  coverageDates: (string | null)[];
  /** Countries per pending row, joined by NUL (countries never hold one). */
  coverageCountries: string[];
}

/** The fields of `PreparedEvent` by column; `docs` null where the pending row is no event. */
interface PackedEvents {
  docs: (string | null)[];
  dates: string[];
  dateEnds: (string | null)[];
  precisions: PreparedEvent['datePrecision'][];
  types: PreparedEvent['type'][];
  countries: (string | null)[];
  lats: (number | null)[];
  lons: (number | null)[];
  bests: (number | null)[];
  incidentIds: (string | null)[];
  statuses: PreparedEvent['status'][];
  origins: PreparedEvent['origin'][];
  /** Source then target actors: how many of each per event, and the ids in turn. */
  actorCounts: number[];
  actors: string[];
}

function emptyEvents(): PackedEvents {
  return {
    docs: [],
    dates: [],
    dateEnds: [],
    precisions: [],
    types: [],
    countries: [],
    lats: [],
    lons: [],
    bests: [],
    incidentIds: [],
    statuses: [],
    origins: [],
    actorCounts: [],
    actors: [],
  };
}

export function emptyPack(): PackedOutcomes {
  return {
    kinds: [],
    rejections: [],
    rowKeys: [],
    lines: [],
    held: [],
    entityKinds: [],
    entityIds: [],
    hashes: [],
    events: emptyEvents(),
    items: {},
    drafts: {},
    unresolvedCounts: [],
    unresolved: [],
    coverageDates: [],
    coverageCountries: [],
  };
}

/** Adds `outcome` to `pack` (in order). */
export function packOutcome(pack: PackedOutcomes, outcome: RowOutcome): void {
  if (outcome.outcome === 'rejected') {
    pack.kinds.push(REJECTED);
    pack.rejections.push(outcome.rejection);
    return;
  }
  if (outcome.outcome === 'skipped') {
    pack.kinds.push(SKIPPED);
    return;
  }
  const { pending, coverage } = outcome;
  const at = pack.rowKeys.length;
  pack.kinds.push(PENDING);
  pack.rowKeys.push(pending.rowKey);
  pack.lines.push(pending.line);
  pack.held.push(pending.status === 'held');
  pack.entityKinds.push(pending.entityKind);
  pack.entityIds.push(pending.entityId);
  pack.hashes.push(pending.hash);
  packEvent(pack.events, pending.event);
  if (pending.item !== null) pack.items[at] = pending.item;
  if (pending.draft !== null) pack.drafts[at] = pending.draft;
  pack.unresolvedCounts.push(pending.unresolved.length);
  for (const name of pending.unresolved) pack.unresolved.push(name.role, name.name, name.externalId);
  pack.coverageDates.push(coverage.date);
  pack.coverageCountries.push(coverage.countries.join('\u0000'));
}

/** The outcomes of `pack`, in order, ready for the writer (entities recorded as checked). */
export function unpackOutcomes(pack: PackedOutcomes): RowOutcome[] {
  const outcomes: RowOutcome[] = [];
  let rejected = 0;
  let row = 0;
  let name = 0;
  const cursor: EventCursor = { event: 0, actor: 0 };
  for (const kind of pack.kinds) {
    if (kind === REJECTED) {
      outcomes.push({ outcome: 'rejected', rejection: pack.rejections[rejected++]! });
      continue;
    }
    if (kind === SKIPPED) {
      outcomes.push({ outcome: 'skipped' });
      continue;
    }
    const at = row++;
    const unresolved: UnresolvedName[] = [];
    for (let n = pack.unresolvedCounts[at]!; n > 0; n--, name += 3) {
      unresolved.push({
        role: pack.unresolved[name] as UnresolvedName['role'],
        name: pack.unresolved[name + 1]!,
        externalId: pack.unresolved[name + 2] ?? null,
      });
    }
    const pending: PendingRow = {
      rowKey: pack.rowKeys[at]!,
      line: pack.lines[at]!,
      status: pack.held[at] === true ? 'held' : 'stored',
      entityKind: pack.entityKinds[at]!,
      entityId: pack.entityIds[at]!,
      event: unpackEvent(pack.events, at, pack.entityIds[at]!, cursor),
      item: checked(pack.items[at]),
      draft: pack.drafts[at] ?? null,
      unresolved,
      hash: pack.hashes[at]!,
    };
    const countries = pack.coverageCountries[at]!;
    const coverage: RowCoverage = {
      date: pack.coverageDates[at] ?? null,
      countries: countries === '' ? [] : countries.split('\u0000'),
    };
    outcomes.push({ outcome: 'pending', pending, coverage });
  }
  return outcomes;
}

function packEvent(events: PackedEvents, event: PreparedEvent | null): void {
  events.docs.push(event === null ? null : event.doc);
  if (event === null) return;
  events.dates.push(event.date);
  events.dateEnds.push(event.dateEnd);
  events.precisions.push(event.datePrecision);
  events.types.push(event.type);
  events.countries.push(event.country);
  events.lats.push(event.lat);
  events.lons.push(event.lon);
  events.bests.push(event.best);
  events.incidentIds.push(event.incidentId);
  events.statuses.push(event.status);
  events.origins.push(event.origin);
  events.actorCounts.push(event.sourceActors.length, event.targetActors.length);
  for (const id of event.sourceActors) events.actors.push(id);
  for (const id of event.targetActors) events.actors.push(id);
}

/** The next event's place in the event columns (one entry per event) and in the actor ids. */
interface EventCursor {
  event: number;
  actor: number;
}

/** The event of pending row `at` (whose entity id is `id`), or null; moves `cursor` past it. */
function unpackEvent(
  events: PackedEvents,
  at: number,
  id: string,
  cursor: EventCursor,
): PreparedEvent | null {
  const doc = events.docs[at] ?? null;
  if (doc === null) return null;
  const e = cursor.event++;
  const sources = events.actorCounts[2 * e]!;
  const targets = events.actorCounts[2 * e + 1]!;
  const from = cursor.actor;
  cursor.actor = from + sources + targets;
  return {
    id,
    date: events.dates[e]!,
    dateEnd: events.dateEnds[e] ?? null,
    datePrecision: events.precisions[e]!,
    type: events.types[e]!,
    country: events.countries[e] ?? null,
    lat: events.lats[e] ?? null,
    lon: events.lons[e] ?? null,
    best: events.bests[e] ?? null,
    incidentId: events.incidentIds[e] ?? null,
    status: events.statuses[e]!,
    origin: events.origins[e]!,
    sourceActors: events.actors.slice(from, from + sources),
    targetActors: events.actors.slice(from + sources, cursor.actor),
    doc,
  };
}

/** An entity copied from the reader, where it was checked against its schema. */
function checked(item: PendingRow['item'] | undefined): PendingRow['item'] {
  if (item === undefined || item === null) return null;
  recordValid(schemaOf(item.kind), item.entity);
  return item;
}
