/**
 * Exact-phrase indexes for actor recognition in running text: the registry's names and
 * aliases (with a person's surname and first-and-last name), world country names, demonyms,
 * capitals and international bodies, all keyed by the normalised form of their words so that
 * a sentence's token n-grams can be looked up directly. Built once per registry.
 */
import countries from 'i18n-iso-countries';
import type { ActorRegistry } from '../actors/registry.ts';
import { countryAliases } from '../actors/countries.ts';
import { DEMONYMS } from '../actors/demonyms.ts';
import { nameTokens, normaliseName } from '../actors/normalise.ts';
import type { Actor } from '../model/index.ts';
import {
  CAPITALS,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
  INTERNATIONAL_BODIES,
} from './lexicon/en/actor-words.ts';

export interface RegistryHit {
  actor: Actor;
  /** True for a surname or first-and-last form of a person's name. */
  partial: boolean;
  /** True for a name written in capitals ("IS", "TTP"): it names the actor only when the text does too. */
  acronym?: boolean;
}

export interface NameIndex {
  registry: ActorRegistry | null;
  /** Normalised phrase → registry actors (several when an alias is shared). */
  actors: ReadonlyMap<string, RegistryHit[]>;
  /** Normalised country name → alpha-3. */
  countries: ReadonlyMap<string, string>;
  /** Normalised demonym (singular and plural) → alpha-3. */
  demonyms: ReadonlyMap<string, string>;
  capitals: ReadonlyMap<string, string>;
  bodies: ReadonlyMap<string, { country: 'IGO' | 'NGO'; sector: string }>;
  /** The most words any key has. */
  longest: number;
}

/** The comparable form of one token (cached by the caller per sentence). */
export function normaliseToken(text: string): string {
  return normaliseName(text);
}

function pushHit(map: Map<string, RegistryHit[]>, key: string, hit: RegistryHit): void {
  if (key === '') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [hit]);
  else if (!list.some((known) => known.actor.id === hit.actor.id)) list.push(hit);
}

function pluralOf(word: string): string {
  if (/(?:ese|ss|ch|sh|x|z)$/u.test(word)) return word;
  return `${word}s`;
}

/** A single word in capitals (dots allowed): "IS", "TTP", "U.S.". */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}.]+$/u.test(text);
}

const cache = new WeakMap<ActorRegistry, NameIndex>();
let withoutRegistry: NameIndex | undefined;

/** The index for `registry` (or for no registry: countries, demonyms and bodies only). */
export function nameIndexOf(registry: ActorRegistry | null): NameIndex {
  if (registry === null) {
    withoutRegistry ??= buildIndex(null);
    return withoutRegistry;
  }
  let index = cache.get(registry);
  if (index === undefined) {
    index = buildIndex(registry);
    cache.set(registry, index);
  }
  return index;
}

function buildIndex(registry: ActorRegistry | null): NameIndex {
  const actors = new Map<string, RegistryHit[]>();
  for (const actor of registry?.all() ?? []) {
    const names = [actor.name, ...Object.values(actor.aliases).flat()];
    for (const name of names) {
      const normalised = normaliseName(name);
      pushHit(actors, normalised, { actor, partial: false, ...(isAcronym(name) ? { acronym: true } : {}) });
      if (actor.kind !== 'person') continue;
      const tokens = nameTokens(normalised);
      if (tokens.length < 2) continue;
      const last = tokens[tokens.length - 1] ?? '';
      pushHit(actors, `${tokens[0] ?? ''} ${last}`, { actor, partial: true });
      if ([...last].length >= 4) pushHit(actors, last, { actor, partial: true });
    }
  }
  const countryMap = new Map<string, string>();
  for (const code of Object.keys(countries.getAlpha3Codes())) {
    for (const name of countryAliases(code).en ?? []) countryMap.set(normaliseName(name), code);
  }
  for (const [name, code] of Object.entries(EXTRA_COUNTRY_NAMES)) countryMap.set(normaliseName(name), code);
  const demonyms = new Map<string, string>();
  for (const table of [DEMONYMS, EXTRA_DEMONYMS]) {
    for (const [code, words] of Object.entries(table)) {
      for (const word of words) {
        const normalised = normaliseName(word);
        demonyms.set(normalised, code);
        demonyms.set(normaliseName(pluralOf(word)), code);
      }
    }
  }
  const capitals = new Map(Object.entries(CAPITALS).map(([name, code]) => [normaliseName(name), code]));
  const bodies = new Map(
    Object.entries(INTERNATIONAL_BODIES).map(([name, body]) => [normaliseName(name), body]),
  );
  const longest = Math.max(
    ...[...actors.keys(), ...countryMap.keys(), ...bodies.keys(), ...capitals.keys()].map(
      (key) => key.split(' ').length,
    ),
  );
  return {
    registry,
    actors,
    countries: countryMap,
    demonyms,
    capitals,
    bodies,
    longest: Math.min(longest, 8),
  };
}
