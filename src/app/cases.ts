/**
 * Case use cases: list the cases, show one at a glance (its question, what the store holds
 * for it, its latest events), and create a new one from a title, a question and a scope.
 */
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { Case, type Event } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';

export interface CaseOverview {
  case: Case;
  counts: {
    actors: number;
    events: number;
    relations: number;
    agreements: number;
    negotiations: number;
    sources: number;
  };
  firstEvent: string | null;
  lastEvent: string | null;
  fatalitiesBest: number;
  latestEvents: Event[];
}

export async function requireCase(store: Store, id: string): Promise<Case> {
  const found = await store.getCase(id);
  if (found !== undefined) return found;
  const ids = (await store.listCases()).map((item) => item.id);
  throw new NotFoundError('case', id, ids);
}

export async function caseOverview(store: Store, id: string, latest = 5): Promise<CaseOverview> {
  const item = await requireCase(store, id);
  const filter = { caseId: id };
  // The events are counted and summed in the store: a case may hold hundreds of thousands.
  const [actors, months, first, latestEvents, relations, agreements, negotiations, sources] =
    await Promise.all([
      store.listActors(filter),
      store.summarizeEvents(filter, 'month'),
      store.listEvents({ ...filter, limit: 1 }),
      store.listEvents({ ...filter, newestFirst: true, limit: Math.max(latest, 1) }),
      store.listRelations(filter),
      store.listAgreements(filter),
      store.listNegotiations(filter),
      store.listSources(filter),
    ]);
  return {
    case: item,
    counts: {
      actors: actors.length,
      events: months.reduce((sum, month) => sum + month.events, 0),
      relations: relations.length,
      agreements: agreements.length,
      negotiations: negotiations.length,
      sources: sources.length,
    },
    firstEvent: first[0]?.date ?? null,
    lastEvent: latestEvents[0]?.date ?? null,
    fatalitiesBest: months.reduce((sum, month) => sum + month.fatalitiesBest, 0),
    latestEvents: latestEvents.slice(0, latest),
  };
}

export interface NewCaseInput {
  id: string;
  title: string;
  question: string;
  /** Actor ids or names; each must resolve in the registry. */
  actors: string[];
  countries: string[];
  from: string | null;
  to: string | null;
  description: string;
}

/** Creates a case; the scope's actors are resolved to ids, and an existing id is a conflict. */
export async function createCase(store: Store, input: NewCaseInput): Promise<Case> {
  if ((await store.getCase(input.id)) !== undefined) {
    throw new ConflictError(`case '${input.id}' exists already`);
  }
  const registry = await loadRegistry(store);
  const actorIds = input.actors.map((text) => actorIdFor(registry, text));
  const candidate = {
    id: input.id,
    title: input.title,
    question: input.question,
    scope: { countries: input.countries, actors: actorIds, from: input.from, to: input.to },
    description: input.description,
  };
  const parsed = Case.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? 'invalid case', { field: issue?.path.join('.') });
  }
  if (
    parsed.data.scope.from !== null &&
    parsed.data.scope.to !== null &&
    parsed.data.scope.to < parsed.data.scope.from
  ) {
    throw new ValidationError('the end of the period is before its start', { field: 'to' });
  }
  await store.putCase(parsed.data);
  return parsed.data;
}
