/**
 * Linking a dataset actor name, kept as unresolved, to a registry actor: the link is stored
 * (`dataset_actor_links`), so that every later import resolves the name to the actor — a
 * re-import of the same file rewrites the rows that carried it — and `jirga unresolved` no
 * longer lists it. Without a dataset the link holds in every dataset.
 */
import { ValidationError } from '../errors.ts';
import { datasetFormat } from '../ingest/datasets/index.ts';
import type { DatasetActorLink, Store } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';

export interface LinkActorRequest {
  /** The dataset's name for the actor, verbatim (as `jirga unresolved` prints it). */
  name: string;
  /** A registry actor id or name; unknown raises NotFoundError with suggestions. */
  actor: string;
  /** A dataset format name (`ucdp-ged`, `acled`…); the link then holds in that dataset only. */
  dataset?: string;
}

export interface LinkActorResult {
  name: string;
  actorId: string;
  actorName: string;
  dataset: string | null;
  /** Items carrying the name as unresolved: they resolve when their file is imported again. */
  items: number;
}

export async function linkActor(store: Store, request: LinkActorRequest): Promise<LinkActorResult> {
  const name = request.name.trim();
  if (name === '') throw new ValidationError('the dataset actor name is empty', { field: 'NAME' });
  const dataset = request.dataset === undefined ? null : datasetFormat(request.dataset).name;
  const registry = await loadRegistry(store);
  const actorId = actorIdFor(registry, request.actor);
  const actor = registry.get(actorId);
  const pending = await store.listUnresolvedNames(dataset === null ? {} : { dataset });
  const items = pending.filter((n) => n.name === name).reduce((sum, n) => sum + n.items, 0);
  const link: DatasetActorLink = { dataset, name, actorId, linked: new Date().toISOString() };
  await store.putDatasetActorLinks([link]);
  return { name, actorId, actorName: actor?.name ?? actorId, dataset, items };
}

/** The stored links (of one dataset and the global ones, with `dataset`). */
export async function listActorLinks(store: Store, dataset?: string): Promise<DatasetActorLink[]> {
  return store.listDatasetActorLinks(dataset === undefined ? undefined : datasetFormat(dataset).name);
}
