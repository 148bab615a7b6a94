/**
 * Why a dataset actor name stayed unresolved, in words for the analyst who has to link it:
 * an id several registry actors share (and, with periods, none held it alone on the rows'
 * dates), a name that fits several actors equally, a name that fits an actor only outside its
 * periods, a registry that now resolves it (the file was imported before the actor was added),
 * or no actor at all, with the closest registry names (for the first names of a listing: each
 * is a fuzzy search of the registry). Pure: the registry and hand links in, sentences out.
 */
import type { ActorRegistry } from '../actors/registry.ts';
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

/** A dataset actor name as `jirga unresolved` lists it. */
export interface UnresolvedNameRef {
  dataset: string;
  name: string;
  externalId: string | null;
}

/** Names listed with the closest registry names at most: each suggestion is a fuzzy search of the registry. */
export const SUGGESTED_NAMES = 50;

/**
 * Explains unresolved names against one registry and its hand links, built once for a whole
 * listing (one linker per dataset); the closest registry names are given for
 * the first `suggestions` names explained.
 */
export class UnresolvedExplainer {
  private readonly linkers = new Map<string, RegistryLinker>();
  private suggestionsLeft: number;

  constructor(
    private readonly registry: ActorRegistry,
    private readonly links: readonly { dataset: string | null; name: string; actorId: string }[],
    suggestions: number = SUGGESTED_NAMES,
  ) {
    this.suggestionsLeft = suggestions;
  }

  why(name: UnresolvedNameRef): string {
    const system = idSystemOf(name.dataset);
    const externalId = name.externalId ?? undefined;
    const sharing =
      system === undefined || externalId === undefined
        ? []
        : this.registry.findByExternalId(system, externalId);
    if (sharing.length > 1) {
      return sharing.some(hasPeriods)
        ? `${system} id ${externalId} is shared by ${listed(sharing)}, and none held it alone on these rows' dates`
        : `${system} id ${externalId} is shared by ${listed(sharing)}, and the name does not settle it`;
    }
    const linker = this.linkerOf(name.dataset);
    const fits = linker.nameCandidates(name.name).map((id) => this.registry.get(id)!);
    if (fits.length > 1) return `the name fits ${listed(fits)} equally`;
    if (fits.length === 1 && hasPeriods(fits[0]!))
      return `the name fits ${listed(fits)} only outside its periods`;
    // Neither shared nor dated: an answer now means the actor came after the import.
    const now = linker.link({
      name: name.name,
      ...(system === undefined || externalId === undefined ? {} : { system, externalId }),
    });
    if (now !== undefined)
      return `the registry now resolves it to ${now}: import the file again, or link it with jirga actors link`;
    if (this.suggestionsLeft <= 0) return 'no registry actor has this name or id';
    this.suggestionsLeft--;
    const closest = this.registry.closestNames(name.name, SUGGESTIONS);
    return closest.length > 0
      ? `no registry actor has this name or id (closest: ${closest.join(', ')})`
      : 'no registry actor has this name or id';
  }

  private linkerOf(dataset: string): RegistryLinker {
    let linker = this.linkers.get(dataset);
    if (linker === undefined) {
      const own = this.links.filter((link) => link.dataset === null || link.dataset === dataset);
      // Links for this dataset win over global ones of the same name (as the importer orders them).
      own.sort((a, b) => Number(a.dataset !== null) - Number(b.dataset !== null));
      this.linkers.set(dataset, (linker = new RegistryLinker(this.registry, own)));
    }
    return linker;
  }
}
