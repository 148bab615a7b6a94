/**
 * Loading one case for the workbench: its overview, actors, relations, agreements and sources,
 * fetched together; views derive what they show from this and the time window. Events are not
 * loaded here (a case may hold hundreds of thousands): see `event-data.ts`.
 */
import { useEffect, useState } from 'react';
import {
  fetchActors,
  fetchAgreements,
  fetchOverview,
  fetchRelations,
  fetchSources,
  type Actor,
  type Agreement,
  type AllPages,
  type CaseOverview,
  type Relation,
  type Source,
} from './api.ts';

export interface CaseData {
  overview: CaseOverview;
  actors: Map<string, Actor>;
  relations: AllPages<Relation>;
  agreements: Agreement[];
  sources: Map<string, Source>;
}

export type Loading<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

async function loadCase(caseId: string): Promise<CaseData> {
  const [overview, actors, relations, agreements, sources] = await Promise.all([
    fetchOverview(caseId),
    fetchActors(caseId),
    fetchRelations(caseId),
    fetchAgreements(caseId),
    fetchSources(caseId),
  ]);
  return {
    overview,
    actors: new Map(actors.items.map((actor) => [actor.id, actor])),
    relations,
    agreements: agreements.items,
    sources: new Map(sources.items.map((source) => [source.id, source])),
  };
}

/**
 * The case's data; a new `revision` (after an import) loads it again, keeping what is shown
 * until the new data is in, so the views stay where they are.
 */
export function useCaseData(caseId: string | null, revision = 0): Loading<CaseData> | null {
  const [data, setData] = useState<Loading<CaseData> | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (caseId === null) return;
    let current = true;
    if (caseId !== loaded) setData({ state: 'loading' });
    loadCase(caseId).then(
      (value) => {
        if (!current) return;
        setData({ state: 'ready', value });
        setLoaded(caseId);
      },
      (error: unknown) =>
        current &&
        setData({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `loaded` only tells a reload from a first load; it must not trigger one.
  }, [caseId, revision]);
  return data;
}

/** An actor's display name, or its id when the store does not hold it. */
export function actorName(data: CaseData, id: string): string {
  return data.actors.get(id)?.name ?? id;
}
