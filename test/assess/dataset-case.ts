/**
 * A case made of imported dataset rows alone: the events between two actors that came from a
 * dataset, and their dataset source, linked to a new case with an empty scope, so no curated
 * relation, agreement or source comes with them.
 */
import type { Store } from '../../src/store/store.ts';

export interface DatasetCase {
  id: string;
  title: string;
  question: string;
}

/** Links the dataset events between `a` and `b` (and their sources) to a new case; returns how many. */
export async function datasetCase(store: Store, kase: DatasetCase, a: string, b: string): Promise<number> {
  await store.putCase({
    ...kase,
    scope: { countries: [], actors: [], from: null, to: null },
    description: 'Built in a test from imported dataset rows alone: no curated item is linked.',
  });
  const rows = (await store.listEvents({ actorIds: [a, b] })).filter(
    (e) =>
      e.origin === 'dataset' &&
      ((e.sourceActors.includes(a) && e.targetActors.includes(b)) ||
        (e.sourceActors.includes(b) && e.targetActors.includes(a))),
  );
  const sources = [...new Set(rows.flatMap((e) => e.evidence.map((x) => x.sourceId)))];
  await store.linkToCase(kase.id, [
    ...rows.map((e) => ({ kind: 'event' as const, id: e.id })),
    ...sources.map((id) => ({ kind: 'source' as const, id })),
  ]);
  return rows.length;
}
