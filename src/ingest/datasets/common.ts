/**
 * Pieces every dataset format shares: the evidence of a row, actor linking that records what
 * stayed unresolved, and the skeleton of a dataset event.
 */
import type { Evidence, Event } from '../../model/index.ts';
import type { ActorQuery, DatasetActorRole, DateSpan, NormaliseContext, UnresolvedName } from './format.ts';

/** Evidence pointing at one row of the release, with the dataset's own source text as quote. */
export function rowEvidence(context: NormaliseContext, rowKey: string, quote: string | null): Evidence {
  return {
    sourceId: context.sourceId,
    dataset: context.dataset,
    release: context.release,
    row: rowKey,
    ...(quote === null || quote === '' ? {} : { quote }),
  };
}

/** Collects the actor ids of a record and the dataset names that did not resolve. */
export class ActorCollector {
  readonly unresolved: UnresolvedName[] = [];

  /** `during`: the days the row covers, which choose between successive actors sharing an id. */
  constructor(
    private readonly context: NormaliseContext,
    private readonly during?: DateSpan,
  ) {}

  /** The registry ids of these dataset actors (distinct, in order); the rest are noted as unresolved. */
  ids(role: DatasetActorRole, queries: readonly ActorQuery[]): string[] {
    const ids: string[] = [];
    for (const query of queries) {
      const id = this.context.actors.link(query, this.during);
      if (id === undefined) {
        if (!this.unresolved.some((u) => u.role === role && u.name === query.name)) {
          this.unresolved.push({ role, name: query.name, externalId: query.externalId ?? null });
        }
      } else if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }
}

/** Pairs "130, 296" with "Government of X, Y" when the counts agree; otherwise names alone, then ids alone. */
export function pairIdsWithNames(
  ids: readonly string[],
  names: readonly string[],
): { externalId?: string; name: string }[] {
  if (ids.length === names.length) return ids.map((id, i) => ({ externalId: id, name: names[i] ?? id }));
  if (names.length > 0 && ids.length === 0) return names.map((name) => ({ name }));
  if (ids.length === 1 && names.length > 1) return [{ externalId: ids[0], name: names.join(', ') }];
  return ids.map((id) => ({ externalId: id, name: id }));
}

type DefaultKey = 'claims' | 'origin' | 'status' | 'incidentId' | 'mode' | 'cameo' | 'intensity';

/**
 * A dataset event: the defaults below, then `fields` in their order (a default given again
 * keeps its place). Copied with `Object.assign` rather than spread into a literal, which V8
 * runs several times slower and which made up most of a row's normalising time. Optional
 * members may be given as undefined: JSON leaves them out, as the schema does.
 */
export function datasetEvent(fields: Omit<Event, DefaultKey> & Partial<Pick<Event, DefaultKey>>): Event {
  return Object.assign(eventDefaults(), fields);
}

/** The fields a dataset event has before the format fills in its own. */
function eventDefaults(): Pick<Event, DefaultKey> {
  return {
    claims: [],
    origin: 'dataset',
    status: 'reviewed',
    incidentId: null,
    mode: null,
    cameo: null,
    intensity: null,
  };
}

type Count = number | null;

/**
 * Fatalities as the dataset gives them. A bound on the wrong side of the best estimate (GED has
 * rows with low > best) is not a reason to lose the event, nor to invent a number: the bound
 * is left unknown and the disagreement kept as a dispute with the row's evidence.
 */
export function fatalitiesOf(
  low: Count,
  best: Count,
  high: Count,
  evidence: Evidence,
): { fatalities: Event['fatalities']; disputes: NonNullable<Event['disputes']> } {
  const disputes: NonNullable<Event['disputes']> = [];
  const reference = best ?? high;
  if (low !== null && reference !== null && low > reference) {
    disputes.push({
      field: 'fatalities.low',
      values: [
        { value: low, evidence: [evidence] },
        { value: reference, evidence: [evidence] },
      ],
      chosen: null,
      why: `the dataset's low estimate (${low}) is above its ${best === null ? 'high' : 'best'} estimate (${reference}); the low bound is left unknown`,
    });
    low = null;
  }
  if (high !== null && best !== null && high < best) {
    disputes.push({
      field: 'fatalities.high',
      values: [
        { value: high, evidence: [evidence] },
        { value: best, evidence: [evidence] },
      ],
      chosen: null,
      why: `the dataset's high estimate (${high}) is below its best estimate (${best}); the high bound is left unknown`,
    });
    high = null;
  }
  return { fatalities: { low, best, high }, disputes };
}
