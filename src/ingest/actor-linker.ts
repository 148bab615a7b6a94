/**
 * Linking dataset actors to the registry: by the dataset's id (`externalIds.ucdp`, `.cameo`,
 * `.acled`, `.gwno`), then by name at the registry's exact, normalised and variant levels
 * (the registry's own normalisation and variant keys, and its scores and ambiguity margin).
 * Country names, demonyms, partial person names and fuzzy matches score below a link and are
 * never used; that is also why this index skips the registry's fuzzy search, which a dataset
 * with thousands of distinct names could not afford. An id shared by several actors is settled
 * by the actors' periods (the one in power on the row's days), then by the name among them, or
 * left unresolved; a name is not linked to an actor outside its periods. Names linked by hand
 * (`jirga actors link`) come right after a unique id match and before the name levels. Answers
 * are memoised, except those that turned on periods.
 */
import { AMBIGUITY_MARGIN, MATCH_SCORES, type ActorRegistry } from '../actors/registry.ts';
import { normaliseName } from '../actors/normalise.ts';
import { holdsThroughout } from '../actors/periods.ts';
import { keyOfNormalised } from '../actors/variants.ts';
import type { ActorPeriod, ExternalIds } from '../model/index.ts';
import type { ActorLinker, ActorQuery, DateSpan } from './datasets/format.ts';

type System = NonNullable<ActorQuery['system']>;
type NameIndex = Map<string, Set<string>>;

export class RegistryLinker implements ActorLinker {
  private readonly memo = new Map<string, string | undefined>();
  private readonly byExternalId = new Map<System, Map<string, string[]>>();
  private readonly exact: NameIndex = new Map();
  private readonly normalised: NameIndex = new Map();
  private readonly variant: NameIndex = new Map();
  private readonly ids = new Set<string>();
  private readonly links = new Map<string, string>();
  /** The periods of the actors that have them. */
  private readonly periods = new Map<string, ActorPeriod[]>();

  /** `links`: dataset names linked by hand to registry ids (links to ids not in the registry are ignored). */
  constructor(registry: ActorRegistry, links: readonly { name: string; actorId: string }[] = []) {
    for (const actor of registry.all()) {
      this.ids.add(actor.id);
      if (actor.periods !== undefined && actor.periods.length > 0) this.periods.set(actor.id, actor.periods);
      for (const [system, value] of Object.entries(actor.externalIds) as [
        keyof ExternalIds,
        string | undefined,
      ][]) {
        if (value === undefined || system === 'wikidata') continue;
        let index = this.byExternalId.get(system);
        if (index === undefined) this.byExternalId.set(system, (index = new Map()));
        index.set(value, [...(index.get(value) ?? []), actor.id]);
      }
      const names = [actor.name, ...Object.values(actor.aliases).flat()];
      for (const name of names) {
        const normalised = normaliseName(name);
        if (normalised === '') continue;
        add(this.exact, name.trim(), actor.id);
        add(this.normalised, normalised, actor.id);
        add(this.variant, keyOfNormalised(normalised), actor.id);
      }
    }
    for (const link of links) if (this.ids.has(link.actorId)) this.links.set(link.name.trim(), link.actorId);
  }

  link(query: ActorQuery, during?: DateSpan): string | undefined {
    const key = `${query.system ?? ''}\u0000${query.externalId ?? ''}\u0000${query.name}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const { id, dated } = this.find(query, during);
    // An answer that turned on actors' periods depends on the row's days: found again each time.
    if (!dated) this.memo.set(key, id);
    return id;
  }

  /** The actor for `query` during `during`, and whether actors' periods took part in the choice. */
  private find(query: ActorQuery, during: DateSpan | undefined): { id: string | undefined; dated: boolean } {
    const byId =
      query.system === undefined || query.externalId === undefined
        ? []
        : (this.byExternalId.get(query.system)?.get(query.externalId.trim()) ?? []);
    // One actor with the dataset's id: the dataset's own coding wins, whatever the date.
    if (byId.length === 1) return { id: byId[0], dated: false };
    let dated = byId.some((id) => this.periods.has(id));
    // Successive holders of one id (UCDP's "Government of Afghanistan"): the one in power then.
    const holding = byId.filter((id) => this.holds(id, during));
    if (holding.length === 1) return { id: holding[0], dated };
    const linked = this.links.get(query.name.trim());
    if (linked !== undefined) {
      // A name linked by hand to a dated actor holds within the actor's periods only.
      if (!this.periods.has(linked)) return { id: linked, dated };
      if (this.holds(linked, during)) return { id: linked, dated: true };
      dated = true;
    }
    const byName = this.byName(query.name, during);
    dated ||= byName.dated;
    if (byId.length > 1)
      return { id: byName.id !== undefined && holding.includes(byName.id) ? byName.id : undefined, dated };
    return { id: byName.id, dated };
  }

  /** Whether actor `id` existed (or held power) on every day of `during`; true without periods or days. */
  private holds(id: string, during: DateSpan | undefined): boolean {
    const periods = this.periods.get(id);
    return (
      periods === undefined || during === undefined || holdsThroughout({ periods }, during.from, during.to)
    );
  }

  /**
   * The one actor a name stands for at the variant level or better, among those holding during
   * `during` (an actor out of its periods is no candidate, so successive governments sharing a
   * name are told apart by the date); undefined when none or ambiguous. `dated`: periods counted.
   */
  private byName(name: string, during: DateSpan | undefined): { id: string | undefined; dated: boolean } {
    const scores = this.nameScores(name);
    let dated = false;
    for (const id of [...scores.keys()]) {
      if (!this.periods.has(id)) continue;
      dated = true;
      if (!this.holds(id, during)) scores.delete(id);
    }
    const close = closest(scores);
    return { id: close.length === 1 ? close[0] : undefined, dated };
  }

  /**
   * The actors a name fits best at the variant level or better, whatever their periods: one, or
   * several within the ambiguity margin (then the name alone cannot choose), or none.
   */
  nameCandidates(name: string): string[] {
    return closest(this.nameScores(name));
  }

  /** Each actor a name fits at the variant level or better, with its best score. */
  private nameScores(name: string): Map<string, number> {
    const text = name.trim();
    const scores = new Map<string, number>();
    if (text === '') return scores;
    const consider = (ids: Set<string> | undefined, score: number) => {
      for (const id of ids ?? []) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    };
    if (this.ids.has(text)) scores.set(text, MATCH_SCORES.id);
    const normalised = normaliseName(text);
    consider(this.exact.get(text), MATCH_SCORES.exact);
    consider(this.normalised.get(normalised), MATCH_SCORES.normalised);
    consider(this.variant.get(keyOfNormalised(normalised)), MATCH_SCORES.variant);
    return scores;
  }
}

/** The best-scored ids, all those within the ambiguity margin of the best. */
function closest(scores: ReadonlyMap<string, number>): string[] {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (best === undefined) return [];
  return ranked.filter(([, score]) => best[1] - score < AMBIGUITY_MARGIN).map(([id]) => id);
}

function add(index: NameIndex, key: string, id: string): void {
  const ids = index.get(key);
  if (ids === undefined) index.set(key, new Set([id]));
  else ids.add(id);
}
