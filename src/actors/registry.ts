/**
 * The actor registry: a read-only index over a list of `Actor`s that answers "who is this?"
 * (name resolution in any language and script, with scored candidates and no guessing when a
 * name is ambiguous), "what does this actor belong to?" (parent chains) and "which actor has
 * this id in dataset X?". Pure: no I/O; build it with `ActorRegistry.from(actors)`.
 *
 * Match levels, best first: the actor id; an alias exactly as written; the normalised alias
 * (case, diacritics, punctuation, Arabic-script letter forms); the variant key (known
 * spelling variants, izafat connectors); a country name (English, Turkish, Russian) or a
 * demonym for a state; and, for names of five letters or more, a fuzzy match by edit distance,
 * always scored below 0.7. A person also matches by surname or first-and-last name, a little
 * below the full name.
 */
import { AmbiguityError, ConflictError, NotFoundError } from '../errors.ts';
import type { Actor, ActorKind, ExternalIds, IsoDate } from '../model/index.ts';
import { countryAliases } from './countries.ts';
import { countryOfDemonym, stateActorsOf } from './demonyms.ts';
import { similarity } from './edit-distance.ts';
import { nameTokens, normaliseName } from './normalise.ts';
import { keyOfNormalised } from './variants.ts';

export type ExternalIdSystem = keyof ExternalIds;
export type ResolutionHow = 'id' | 'exact' | 'normalised' | 'variant' | 'demonym' | 'country' | 'fuzzy';

export interface Resolution {
  actor: Actor;
  /** 0…1; see `MATCH_SCORES`. */
  score: number;
  /** The alias, name, id, country name or demonym that matched. */
  matchedAlias: string;
  how: ResolutionHow;
  /** Language of the matched alias; null for the actor's name, id or a demonym. */
  language: string | null;
}

export interface ResolveOptions {
  /** Preferred language: matches on aliases in other languages score slightly lower. */
  language?: string;
  /** Only actors of these kinds. */
  kinds?: readonly ActorKind[];
  /** Only actors of this country (alpha-3). */
  country?: string;
}

export interface ResolveOneOptions extends ResolveOptions {
  /** The lowest score accepted as an answer (default 0.7: fuzzy matches are suggestions only). */
  minScore?: number;
}

export interface ParentChainOptions {
  /** For a person without a parent: follow the role held on this day (default: the roles still open). */
  at?: IsoDate;
}

/** Scores by match level; partial person names and fuzzy matches are scored below their level. */
export const MATCH_SCORES = {
  id: 1,
  exact: 0.97,
  normalised: 0.93,
  variant: 0.86,
  partialNormalised: 0.84,
  partialVariant: 0.82,
  country: 0.8,
  demonym: 0.76,
  /** A fuzzy match scores this times its similarity. */
  fuzzyCeiling: 0.69,
} as const;

/** The least similarity (1 − distance / length) a fuzzy match needs. */
export const FUZZY_MIN_SIMILARITY = 0.75;
/** Fuzzy matching only for names (variant keys) at least this long. */
export const FUZZY_MIN_LENGTH = 5;
/** Two candidates closer than this are ambiguous. */
export const AMBIGUITY_MARGIN = 0.1;
/** Penalty for a match on an alias in a language other than the preferred one. */
export const OTHER_LANGUAGE_PENALTY = 0.02;

/** Suggestions ("did you mean") share at least this much with what was asked for. */
export const SUGGESTION_MIN_SIMILARITY = 0.4;

const DEFAULT_MIN_SCORE = 0.7;
const SUGGESTIONS = 5;

/** One indexed name of an actor. */
interface NameEntry {
  actorId: string;
  name: string;
  language: string | null;
  /** A surname or first-and-last form of a person's alias. */
  partial: boolean;
}

type NameIndex = Map<string, NameEntry[]>;

export class ActorRegistry {
  private readonly byId: ReadonlyMap<string, Actor>;
  private readonly exact: NameIndex = new Map();
  private readonly normalised: NameIndex = new Map();
  private readonly variant: NameIndex = new Map();
  private readonly countryNormalised: NameIndex = new Map();
  private readonly countryVariant: NameIndex = new Map();
  /** Variant keys of names, partial person names and country names, for fuzzy matching and suggestions. */
  private readonly fuzzyKeys: { key: string; entry: NameEntry }[] = [];

  private constructor(actors: readonly Actor[]) {
    const byId = new Map<string, Actor>();
    for (const actor of actors) {
      if (byId.has(actor.id)) throw new ConflictError(`duplicate actor id '${actor.id}'`);
      byId.set(actor.id, actor);
    }
    this.byId = byId;
    for (const actor of actors) this.indexActor(actor);
  }

  /** A registry over these actors; throws `ConflictError` on a duplicate id. */
  static from(actors: readonly Actor[]): ActorRegistry {
    return new ActorRegistry(actors);
  }

  get size(): number {
    return this.byId.size;
  }

  all(): Actor[] {
    return [...this.byId.values()];
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** The actor with this id, or a `NotFoundError` suggesting up to five close ids. */
  require(id: string): Actor {
    const actor = this.byId.get(id);
    if (actor === undefined) throw new NotFoundError('actor', id, this.closestIds(id, SUGGESTIONS));
    return actor;
  }

  /** The state actor of a country (alpha-3), if the registry has one. */
  stateOf(alpha3: string): Actor | undefined {
    return stateActorsOf(this.byId.values(), alpha3)[0];
  }

  /**
   * The actor and what it belongs to, nearest first: person → office → government → state.
   * Follows `parentId`; a person without one follows the role held (open roles, or those held
   * on `options.at`). Stops at a missing parent or at an actor already in the chain (a cycle).
   */
  parentChain(id: string, options: ParentChainOptions = {}): Actor[] {
    const chain: Actor[] = [];
    const seen = new Set<string>();
    let current: Actor | undefined = this.require(id);
    while (current !== undefined && !seen.has(current.id)) {
      chain.push(current);
      seen.add(current.id);
      const nextId: string | null = current.parentId ?? this.roleHolderParent(current, options.at);
      current = nextId === null ? undefined : this.byId.get(nextId);
    }
    return chain;
  }

  /** Actors whose id in `system` is `value` (several when, say, a state and its government share a gwno). */
  findByExternalId(system: ExternalIdSystem, value: string): Actor[] {
    const wanted = value.trim();
    return this.all().filter((actor) => actor.externalIds[system] === wanted);
  }

  /** Candidates for a name, best first; several when the name is ambiguous, none when unknown. */
  resolve(text: string, options: ResolveOptions = {}): Resolution[] {
    const query = text.trim();
    if (query === '') return [];
    const found = new Map<string, Resolution>();
    const consider = (entry: NameEntry, how: ResolutionHow, score: number): void => {
      const actor = this.byId.get(entry.actorId);
      if (actor === undefined || !admits(actor, options)) return;
      const penalty =
        options.language !== undefined && entry.language !== null && entry.language !== options.language
          ? OTHER_LANGUAGE_PENALTY
          : 0;
      const candidate: Resolution = {
        actor,
        score: round(score - penalty),
        matchedAlias: entry.name,
        how,
        language: entry.language,
      };
      const previous = found.get(actor.id);
      if (previous === undefined || candidate.score > previous.score) found.set(actor.id, candidate);
    };

    const byId = this.byId.get(query);
    if (byId !== undefined)
      consider({ actorId: byId.id, name: byId.id, language: null, partial: false }, 'id', 1);

    const normalised = normaliseName(query);
    const key = keyOfNormalised(normalised);
    for (const entry of this.exact.get(query) ?? []) consider(entry, 'exact', MATCH_SCORES.exact);
    for (const entry of this.normalised.get(normalised) ?? []) {
      consider(entry, 'normalised', entry.partial ? MATCH_SCORES.partialNormalised : MATCH_SCORES.normalised);
    }
    for (const entry of this.variant.get(key) ?? []) {
      consider(entry, 'variant', entry.partial ? MATCH_SCORES.partialVariant : MATCH_SCORES.variant);
    }
    for (const entry of this.countryNormalised.get(normalised) ?? [])
      consider(entry, 'country', MATCH_SCORES.country);
    for (const entry of this.countryVariant.get(key) ?? []) consider(entry, 'country', MATCH_SCORES.country);

    const demonymCountry = countryOfDemonym(query);
    if (demonymCountry !== undefined) {
      for (const state of stateActorsOf(this.byId.values(), demonymCountry)) {
        consider(
          { actorId: state.id, name: query, language: null, partial: false },
          'demonym',
          MATCH_SCORES.demonym,
        );
      }
    }

    if ([...key].length >= FUZZY_MIN_LENGTH) {
      for (const { key: candidateKey, entry } of this.fuzzyKeys) {
        if (found.has(entry.actorId)) continue;
        const likeness = similarity(key, candidateKey);
        if (likeness >= FUZZY_MIN_SIMILARITY && likeness < 1) {
          consider(entry, 'fuzzy', MATCH_SCORES.fuzzyCeiling * likeness);
        }
      }
    }
    return [...found.values()].sort(byScoreThenId);
  }

  /**
   * The one actor a name stands for. Throws `AmbiguityError` listing the candidates when the
   * best two are within `AMBIGUITY_MARGIN` of each other, and `NotFoundError` with suggestions
   * when nothing scores at least `minScore` (fuzzy matches become suggestions, not answers).
   */
  resolveOne(text: string, options: ResolveOneOptions = {}): Resolution {
    const candidates = this.resolve(text, options);
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const [best, second] = candidates;
    if (best === undefined || best.score < minScore) {
      const suggestions =
        candidates.length > 0 ? candidates.map(describeCandidate) : this.closestNames(text, SUGGESTIONS);
      throw new NotFoundError('actor', text, suggestions.slice(0, SUGGESTIONS));
    }
    if (second !== undefined && best.score - second.score < AMBIGUITY_MARGIN) {
      const close = candidates.filter((candidate) => best.score - candidate.score < AMBIGUITY_MARGIN);
      throw new AmbiguityError(text, close.map(describeCandidate));
    }
    return best;
  }

  /**
   * Up to `n` names (the best one per actor) closest to `text` by edit distance on variant
   * keys, leaving out those sharing less than `SUGGESTION_MIN_SIMILARITY` with it.
   */
  closestNames(text: string, n: number): string[] {
    return this.closest(text, n, this.fuzzyKeys).map(({ entry }) => entry.name);
  }

  /** Up to `n` actor ids whose id or names are closest to `text` (as `closestNames`). */
  closestIds(text: string, n: number): string[] {
    const idKeys = this.all().map((actor) => ({
      key: keyOfNormalised(normaliseName(actor.id)),
      entry: { actorId: actor.id, name: actor.id, language: null, partial: false },
    }));
    return this.closest(text, n, [...idKeys, ...this.fuzzyKeys]).map(({ entry }) => entry.actorId);
  }

  private closest(
    text: string,
    n: number,
    keys: readonly { key: string; entry: NameEntry }[],
  ): { entry: NameEntry; likeness: number }[] {
    const key = keyOfNormalised(normaliseName(text));
    const best = new Map<string, { entry: NameEntry; likeness: number }>();
    for (const { key: candidateKey, entry } of keys) {
      const likeness = similarity(key, candidateKey);
      const previous = best.get(entry.actorId);
      if (previous === undefined || likeness > previous.likeness)
        best.set(entry.actorId, { entry, likeness });
    }
    return [...best.values()]
      .filter(({ likeness }) => likeness >= SUGGESTION_MIN_SIMILARITY)
      .sort((a, b) => b.likeness - a.likeness || a.entry.actorId.localeCompare(b.entry.actorId))
      .slice(0, Math.max(0, n));
  }

  private roleHolderParent(actor: Actor, at: IsoDate | undefined): string | null {
    if (actor.kind !== 'person') return null;
    const held = actor.roles
      .filter((role) =>
        at === undefined
          ? role.to === null
          : (role.from === null || role.from <= at) && (role.to === null || at <= role.to),
      )
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    return held[0]?.actorId ?? null;
  }

  private indexActor(actor: Actor): void {
    const names: { name: string; language: string | null }[] = [
      { name: actor.name, language: null },
      ...Object.entries(actor.aliases).flatMap(([language, aliases]) =>
        aliases.map((name) => ({ name, language })),
      ),
    ];
    for (const { name, language } of names) {
      const entry: NameEntry = { actorId: actor.id, name, language, partial: false };
      const normalised = normaliseName(name);
      if (normalised === '') continue;
      const key = keyOfNormalised(normalised);
      add(this.exact, name.trim(), entry);
      add(this.normalised, normalised, entry);
      add(this.variant, key, entry);
      this.fuzzyKeys.push({ key, entry });
      if (actor.kind === 'person') this.indexPartialNames(entry, normalised);
    }
    if (actor.kind === 'state' && actor.country !== null) {
      for (const [language, names] of Object.entries(countryAliases(actor.country))) {
        for (const name of names) {
          const entry: NameEntry = { actorId: actor.id, name, language, partial: false };
          const normalised = normaliseName(name);
          if (normalised === '') continue;
          const key = keyOfNormalised(normalised);
          add(this.countryNormalised, normalised, entry);
          add(this.countryVariant, key, entry);
          this.fuzzyKeys.push({ key, entry });
        }
      }
    }
  }

  /** "Amir Khan Muttaqi" is also found as "Muttaqi", "Khan Muttaqi" and "Amir Muttaqi". */
  private indexPartialNames(full: NameEntry, normalised: string): void {
    const tokens = nameTokens(normalised);
    if (tokens.length < 2) return;
    const first = tokens[0] ?? '';
    const last = tokens[tokens.length - 1] ?? '';
    const forms = new Set([`${tokens[tokens.length - 2] ?? ''} ${last}`, `${first} ${last}`]);
    if ([...last].length >= 4) forms.add(last);
    forms.delete(normalised);
    for (const form of forms) {
      const entry: NameEntry = { ...full, partial: true };
      add(this.normalised, form, entry);
      const key = keyOfNormalised(form);
      add(this.variant, key, entry);
      this.fuzzyKeys.push({ key, entry });
    }
  }
}

function add(index: NameIndex, key: string, entry: NameEntry): void {
  const entries = index.get(key);
  if (entries === undefined) index.set(key, [entry]);
  else entries.push(entry);
}

function admits(actor: Actor, options: ResolveOptions): boolean {
  if (options.kinds !== undefined && !options.kinds.includes(actor.kind)) return false;
  if (options.country !== undefined && actor.country !== options.country.toUpperCase()) return false;
  return true;
}

function byScoreThenId(a: Resolution, b: Resolution): number {
  return b.score - a.score || a.actor.id.localeCompare(b.actor.id);
}

function describeCandidate(candidate: Resolution): string {
  return `${candidate.actor.id} (${candidate.how} '${candidate.matchedAlias}', ${candidate.score.toFixed(2)})`;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
