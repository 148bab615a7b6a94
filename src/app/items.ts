/**
 * Listing use cases behind the `actors`, `events`, `relations`, `agreements`, `sources` and
 * `negotiations` commands (and the API): validate the filters, resolve actor names, check
 * the case exists, and ask the store.
 */
import { ValidationError } from '../errors.ts';
import {
  IsoDate,
  PloverType,
  type Actor,
  type Agreement,
  type Event,
  type Negotiation,
  type PloverType as PloverTypeName,
  type Relation,
  type Source,
} from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { actorIdsFor } from './actors.ts';
import { requireCase } from './cases.ts';

export interface ItemQuery {
  caseId?: string;
  limit?: number;
  offset?: number;
}

export interface EventQuery extends ItemQuery {
  from?: string;
  to?: string;
  /** Ids or names. */
  actors?: string[];
  types?: string[];
  bbox?: [number, number, number, number];
}

async function checkCase(store: Store, query: ItemQuery): Promise<void> {
  if (query.caseId !== undefined) await requireCase(store, query.caseId);
}

function checkDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new ValidationError(`${parsed.error.issues[0]?.message}: '${value}'`, { field });
  return parsed.data;
}

function checkTypes(values: string[] | undefined): PloverTypeName[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  return values.map((value) => {
    const parsed = PloverType.safeParse(value.toUpperCase());
    if (!parsed.success) {
      throw new ValidationError(
        `unknown PLOVER type '${value}' (expected one of ${PloverType.options.join(', ')})`,
        {
          field: '--type',
        },
      );
    }
    return parsed.data;
  });
}

export async function listActors(store: Store, query: ItemQuery = {}): Promise<Actor[]> {
  await checkCase(store, query);
  return store.listActors(query);
}

export async function listEvents(store: Store, query: EventQuery = {}): Promise<Event[]> {
  await checkCase(store, query);
  const from = checkDate(query.from, '--from');
  const to = checkDate(query.to, '--to');
  if (from !== undefined && to !== undefined && to < from) {
    throw new ValidationError(`--to ${to} is before --from ${from}`, { field: '--to' });
  }
  return store.listEvents({
    caseId: query.caseId,
    limit: query.limit,
    offset: query.offset,
    from,
    to,
    actorIds: await actorIdsFor(store, query.actors),
    types: checkTypes(query.types),
    bbox: query.bbox,
  });
}

export async function listRelations(
  store: Store,
  query: ItemQuery & { actors?: string[] } = {},
): Promise<Relation[]> {
  await checkCase(store, query);
  return store.listRelations({ ...query, actorIds: await actorIdsFor(store, query.actors) });
}

export async function listAgreements(store: Store, query: ItemQuery = {}): Promise<Agreement[]> {
  await checkCase(store, query);
  return store.listAgreements(query);
}

export async function listNegotiations(store: Store, query: ItemQuery = {}): Promise<Negotiation[]> {
  await checkCase(store, query);
  return store.listNegotiations(query);
}

export async function listSources(store: Store, query: ItemQuery = {}): Promise<Source[]> {
  await checkCase(store, query);
  return store.listSources(query);
}
