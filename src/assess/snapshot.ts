/**
 * A snapshot: a case's items as they were known on one date. Items dated after the date are
 * dropped; endings and outcomes recorded after it are erased (a relation whose `to` is later is
 * still open, an agreement that ended later is still in force, a negotiation still running has
 * no outcome). An ending dated to a month or a year is known once that period is over, so a
 * coarse date never leaks a later ending into an earlier snapshot; an ending without a date is
 * kept as recorded. Sources are kept whole: they are what the evidence cites. Drafts are left out unless asked for; rejected items always are.
 */
import { endKnownOn } from './agreement-dates.ts';
import type { Actor, Agreement, Event, Negotiation, Relation, Source } from '../model/index.ts';

/** A dataset release the store holds, as far as the assessment cares: is it the whole release? */
export interface DatasetCoverage {
  dataset: string;
  release: string;
  /** The Source its rows cite. */
  sourceId: string;
  /** Imported from a sample or an extract, not the full release. */
  partial: boolean;
  from: string | null;
  to: string | null;
}

export interface SnapshotItems {
  actors: readonly Actor[];
  events: readonly Event[];
  relations: readonly Relation[];
  agreements: readonly Agreement[];
  negotiations: readonly Negotiation[];
  sources: readonly Source[];
  /** Dataset releases in the store (optional: absent where no dataset was imported). */
  datasets?: readonly DatasetCoverage[];
}

export interface Snapshot extends SnapshotItems {
  asOf: string;
  includeDrafts: boolean;
  /** How many items each rule left out (for the caveats). */
  excluded: { future: number; drafts: number; rejected: number };
}

export interface SnapshotOptions {
  includeDrafts?: boolean;
}

type Status = { status: string };

const isAfter = (day: string | null, asOf: string) => day !== null && day > asOf;

export function takeSnapshot(items: SnapshotItems, asOf: string, options: SnapshotOptions = {}): Snapshot {
  const includeDrafts = options.includeDrafts === true;
  const excluded = { future: 0, drafts: 0, rejected: 0 };
  const keep = <T extends Status>(item: T, date: string | null): boolean => {
    if (date !== null && date > asOf) {
      excluded.future++;
      return false;
    }
    if (item.status === 'rejected') {
      excluded.rejected++;
      return false;
    }
    if (item.status === 'draft' && !includeDrafts) {
      excluded.drafts++;
      return false;
    }
    return true;
  };

  const events = items.events.filter((event) => keep(event, event.date));
  const relations = items.relations
    .filter((relation) => keep(relation, relation.from))
    .map((relation) => (relation.to !== null && relation.to > asOf ? { ...relation, to: null } : relation));
  const agreements = items.agreements
    .filter((agreement) => keep(agreement, agreement.signed))
    .map((agreement) => (isAfter(endKnownOn(agreement), asOf) ? { ...agreement, ended: null } : agreement));
  const negotiations = items.negotiations
    .filter((negotiation) => keep(negotiation, negotiation.from))
    .map((negotiation) => {
      const rounds = negotiation.rounds.filter((round) => round.date <= asOf);
      const open = negotiation.to === null || negotiation.to > asOf;
      return open ? { ...negotiation, rounds, to: null, outcome: null } : { ...negotiation, rounds };
    });
  return {
    actors: items.actors,
    events,
    relations,
    agreements,
    negotiations,
    sources: items.sources,
    ...(items.datasets === undefined ? {} : { datasets: items.datasets }),
    asOf,
    includeDrafts,
    excluded,
  };
}
