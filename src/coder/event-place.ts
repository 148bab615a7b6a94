/**
 * Where an event happened and what that place stands for: the sentence's place for an event
 * (a locative one first), written as the output's location, and the place as the target (or,
 * for violence with no named perpetrator, the source) when the sentence names no such actor.
 */
import { SETTLEMENT_NOUNS } from './lexicon/en/actor-words.ts';
import type { Place } from './gazetteer.ts';
import type { PlaceMention } from './mentions.ts';
import type { Token } from './tokenise.ts';
import type { CodedActor, CodedLocation } from './types.ts';
import type { Context } from './sentence-context.ts';
import { clauseAt } from './roles.ts';

/** The place mention an event happened at: the first locative place after its trigger, else the first. */
export function placeOf(context: Context, triggerStart: number): PlaceMention | undefined {
  const places = context.mentions.places;
  const locative = places.filter((p) => p.locative);
  const pool = locative.length > 0 ? locative : places;
  return pool.find((p) => p.start >= triggerStart) ?? pool[0];
}

export function locationOf(mention: { place: Place } | undefined): CodedLocation | null {
  if (mention === undefined) return null;
  const place = mention.place;
  return {
    name: place.name,
    country: place.country === '' ? null : place.country,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
  };
}

/**
 * The target of an event that names none: the place it happened in ("imposed a curfew in
 * Haiti", "opened fire at targets in Gaza"), as PLOVER's gold standard codes it, when that
 * place is locative and has a country: the country's state actor when the registry has one.
 * Null otherwise.
 */
export function placeAsTarget(
  context: Context,
  mention: PlaceMention | undefined,
  triggerStart: number,
  locativeOnly = true,
): CodedActor | null {
  if (mention === undefined || (locativeOnly && !mention.locative) || mention.place.country === '')
    return null;
  // "… will not accept refugees if war starts in Iraq": a place in another clause is not where this event is.
  if (clauseAt(context.analysis, mention.start) !== clauseAt(context.analysis, triggerStart)) return null;
  const first = context.tokens[mention.start] as Token;
  const last = context.tokens[mention.end - 1] as Token;
  const text = context.sentence.text.slice(
    first.start - context.sentence.start,
    last.end - context.sentence.start,
  );
  const state = context.index.registry?.stateOf(mention.place.country);
  return { text, actor: state?.id ?? null, country: mention.place.country, sector: null };
}

/**
 * The source of a violent event with a victim and no perpetrator: the place it happened in
 * (locative or not: "near the town of Samarra"), else a settlement named by its nationality
 * ("outside the Iraqi city of Basra"), in the event's own clause.
 */
export function placeAsSource(context: Context, triggerStart: number): CodedActor | null {
  const { mentions, tokens, analysis } = context;
  const clause = clauseAt(analysis, triggerStart);
  const place = mentions.places.find((p) => clauseAt(analysis, p.start) === clause && p.place.country !== '');
  const fromPlace = placeAsTarget(context, place, triggerStart, false);
  if (fromPlace !== null) return fromPlace;
  const settlement = mentions.actors.find(
    (m) =>
      m.head === 'demonym' &&
      m.country !== null &&
      SETTLEMENT_NOUNS.has(tokens[m.end]?.lower ?? '') &&
      clauseAt(analysis, m.start) === clause,
  );
  if (settlement?.country == null) return null;
  const state = context.index.registry?.stateOf(settlement.country);
  return { text: settlement.text, actor: state?.id ?? null, country: settlement.country, sector: null };
}
