/**
 * Why a dataset actor name stayed unresolved, in words for the analyst who has to link it:
 * an id several registry actors share (and, with periods, none held it alone on the rows'
 * dates), a name that fits several actors equally, a name that fits an actor only outside its
 * periods, a registry that now resolves it (the file was imported before the actor was added),
 * or no actor at all, with the closest registry names. Pure: the registry and hand links in,
 * a sentence out.
 */
import { AMBIGUITY_MARGIN, MATCH_SCORES, type ActorRegistry } from '../actors/registry.ts';
import type { Actor } from '../model/index.ts';
import { RegistryLinker } from './actor-linker.ts';
import type { ActorQuery } from './datasets/format.ts';

/** The registry id system a dataset's actor ids belong to. */
export function idSystemOf(dataset: string): ActorQuery['system'] {
  if (dataset.startsWith('ucdp')) return 'ucdp';
  if (dataset === 'gdelt' || dataset === 'icews') return 'cameo';
  return undefined;
}

const SUGGESTIONS = 3;

const hasPeriods = (actor: Actor): boolean => (actor.periods ?? []).length > 0;

function listed(actors: readonly Actor[]): string {
  const names = actors.map((a) => `${a.name} (${a.id})`);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

export function whyUnresolved(
  registry: ActorRegistry,
  links: readonly { name: string; actorId: string }[],
  name: { dataset: string; name: string; externalId: string | null },
): string {
  const system = idSystemOf(name.dataset);
  const externalId = name.externalId ?? undefined;
  const query: ActorQuery = {
    name: name.name,
    ...(system === undefined || externalId === undefined ? {} : { system, externalId }),
  };
  const sharing =
    system === undefined || externalId === undefined
      ? []
      : registry.all().filter((actor) => actor.externalIds[system] === externalId);
  if (sharing.length > 1) {
    return sharing.some(hasPeriods)
      ? `${system} id ${externalId} is shared by ${listed(sharing)}, and none held it alone on these rows' dates`
      : `${system} id ${externalId} is shared by ${listed(sharing)}, and the name does not settle it`;
  }
  const fits = registry.resolve(name.name).filter((c) => c.score >= MATCH_SCORES.variant);
  const best = fits[0];
  if (best !== undefined) {
    const close = fits.filter((c) => best.score - c.score < AMBIGUITY_MARGIN).map((c) => c.actor);
    if (close.length > 1) return `the name fits ${listed(close)} equally`;
    if (hasPeriods(best.actor)) return `the name fits ${listed([best.actor])} only outside its periods`;
  }
  // Neither shared nor dated: an answer now means the actor came after the import.
  const now = new RegistryLinker(registry, links).link(query);
  if (now !== undefined)
    return `the registry now resolves it to ${now}: import the file again, or link it with jirga actors link`;
  const closest = registry.closestNames(name.name, SUGGESTIONS);
  return closest.length > 0
    ? `no registry actor has this name or id (closest: ${closest.join(', ')})`
    : 'no registry actor has this name or id';
}
