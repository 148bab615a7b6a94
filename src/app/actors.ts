/**
 * Actor look-ups for the use cases: build the registry from the store and turn what a user
 * typed (an id or a name in any language) into actor ids, refusing to guess when ambiguous.
 */
import { ActorRegistry } from '../actors/registry.ts';
import type { Store } from '../store/store.ts';

export async function loadRegistry(store: Store): Promise<ActorRegistry> {
  return ActorRegistry.from(await store.listActors());
}

/** The actor id for an id or a name; throws NotFoundError (with suggestions) or AmbiguityError. */
export function actorIdFor(registry: ActorRegistry, text: string): string {
  const direct = registry.get(text);
  if (direct !== undefined) return direct.id;
  return registry.resolveOne(text).actor.id;
}

export async function actorIdsFor(store: Store, texts: string[] | undefined): Promise<string[] | undefined> {
  if (texts === undefined || texts.length === 0) return undefined;
  const registry = await loadRegistry(store);
  return texts.map((text) => actorIdFor(registry, text));
}
