/**
 * Countries for actors the text does not give one: "police", "students", "the rebels",
 * "President Laurent Kone" with no nationality word. First a title phrase set beside the name
 * between commas ("Kone, the Ivorian foreign minister,"); then an owner named by a possessive
 * pronoun ("Chile recalled its envoy"); otherwise such domestic actors belong to the place
 * they are tied to: a place or country-bearing name attached to the mention itself
 * ("students throughout Indonesia", "rebels in Chad", "inhabitants of the Syrian border
 * villages"), then the place where the sentence's action happens ("rioted at a jail in Dili"),
 * then the country the document has most often placed its events in; a titled name with none of
 * these ("President Levy Mwanawasa") takes the one country the sentence names, if it names only
 * one and not only as the party the name acts on (domestic news names its own country; a
 * country criticised or met is a counterpart). A place reached by a
 * verb of arrival ("arrived in Amman") is a destination, not a home, and is not used. An
 * ethnic group ("ethnic Albanians") takes the country it is placed in over its demonym. Pure.
 */
import type { ActorMention, Mentions, PlaceMention } from './mentions.ts';
import { DETERMINERS, PREPOSITIONS } from './lexicon/en/function-words.ts';
import type { Token } from './tokenise.ts';

/** Prepositions that tie a place to the actor right before it. */
const ATTACHING = new Set(['in', 'throughout', 'across', 'of', 'from', 'at', 'inside']);
/** Words of arrival: the place after them (and "in") is where someone goes. */
const ARRIVAL = new Set(['arrive', 'arrives', 'arrived', 'arriving', 'land', 'lands', 'landed', 'landing']);
/** Words allowed between the preposition and the place ("in the capital", "of the divided"). */
const MAX_GAP = 3;

export type HomeCountrySource = 'apposition' | 'possessor' | 'attached' | 'sentence' | 'document' | 'named';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** "Chile recalled its envoy": after a possessive pronoun, the country of the nearest actor before it. */
export function possessorCountry(
  mention: ActorMention,
  tokens: readonly Token[],
  mentions: Mentions,
): string | null {
  if (!POSSESSIVE_PRONOUNS.has(tokens[mention.start - 1]?.lower ?? '')) return null;
  const before = mentions.actors.filter((a) => a.end < mention.start && a.country !== null);
  return before[before.length - 1]?.country ?? null;
}

/**
 * "Dan Ortega, the Chilean foreign minister, …", "Kofi Annan, UN secretary-general, …": a name
 * followed by a comma and a title phrase that ends at the next comma (or the sentence's end)
 * takes the country the title phrase names. A list ("Ortega, Chile and Peru") has no title in
 * it and gives nothing.
 */
export function appositionCountry(
  mention: ActorMention,
  tokens: readonly Token[],
  mentions: Mentions,
): string | null {
  if (tokens[mention.end]?.text !== ',') return null;
  let end = mention.end + 1;
  while (end < tokens.length && tokens[end]?.text !== ',' && tokens[end]?.text !== '.') end += 1;
  const inside = mentions.actors.filter((a) => a.start > mention.end && a.end <= end);
  const first = inside[0];
  if (first === undefined || first.start > mention.end + 3) return null;
  if (!inside.some((a) => a.head === 'title' || a.headWord !== null)) return null;
  return inside.find((a) => a.country !== null && a.country !== 'NGO')?.country ?? null;
}

/**
 * Whether a mention lacks a country and may take one from its place (not a body or pronoun; a
 * reference dictionary name whose code gives a region, not a country, may).
 */
export function needsHomeCountry(mention: ActorMention): boolean {
  return (
    mention.country === null &&
    (mention.head === 'title' || mention.head === 'unknown' || mention.head === 'reference')
  );
}

/**
 * "ethnic Albanians", "ethnic Turks": a people named as an ethnic group, coded (as CAMEO codes
 * minorities) by the country it lives in when the sentence places it; its demonym otherwise.
 */
export function isEthnicGroup(mention: ActorMention, tokens: readonly Token[]): boolean {
  return mention.actor === null && tokens[mention.start]?.lower === 'ethnic' && mention.head !== 'body';
}

/** The country of a place or country-bearing actor starting at `at` (after the preposition), or null. */
function countryStartingNear(at: number, tokens: readonly Token[], mentions: Mentions): string | null {
  for (let i = at; i <= at + MAX_GAP && i < tokens.length; i += 1) {
    const place = mentions.places.find((p) => p.start === i);
    if (place !== undefined && place.place.country !== '') return place.place.country;
    const actor = mentions.actors.find((a) => a.start === i);
    if (
      actor !== undefined &&
      actor.country !== null &&
      actor.country !== 'IGO' &&
      actor.country !== 'NGO' &&
      (actor.head === 'country' || actor.head === 'demonym' || actor.head === 'capital')
    )
      return actor.country;
    const token = tokens[i];
    if (token === undefined || token.kind !== 'word' || token.capitalised) return null;
  }
  return null;
}

/** The country of a place attached to the mention by a preposition ("rebels in Chad"), or null. */
export function attachedCountry(
  mention: ActorMention,
  tokens: readonly Token[],
  mentions: Mentions,
): string | null {
  const prep = tokens[mention.end]?.lower;
  if (prep === undefined || !ATTACHING.has(prep)) return null;
  return countryStartingNear(mention.end + 1, tokens, mentions);
}

/** Whether a place is the destination of an arrival ("arrived in Amman"). */
function isDestination(place: PlaceMention, tokens: readonly Token[]): boolean {
  for (let i = place.start - 1; i >= Math.max(0, place.start - 3); i -= 1) {
    if (ARRIVAL.has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/** The country where the sentence's action happens: its first locative place that is not a destination. */
export function sentenceCountry(mentions: Mentions, tokens: readonly Token[]): string | null {
  const place = mentions.places.find(
    (p) => p.locative && p.place.country !== '' && !isDestination(p, tokens),
  );
  return place?.place.country ?? null;
}

/** The country of a document so far: the one its sentences placed events in most often. */
export function documentCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) {
    if (n > most) {
      best = country;
      most = n;
    }
  }
  return best;
}

function countryOf(mention: ActorMention): string | null {
  const country = mention.country;
  return country === null || country === 'IGO' || country === 'NGO' ? null : country;
}

/** Prepositions after which a named party is acted on, not a home ("talks with Russia"). */
const COUNTERPART_PREPOSITIONS = new Set(['against', 'on', 'with', 'at', 'toward', 'towards', 'upon']);

/**
 * Whether a mention after a titled name is the party it acts on: a direct object (right after
 * a verb or a modifier, over determiners: "criticised Russia", "met the new Russian envoy") or
 * the object of a preposition of contact ("talks with Russia").
 */
function isCounterpart(mention: ActorMention, tokens: readonly Token[]): boolean {
  let i = mention.start - 1;
  while (i >= 0 && DETERMINERS.has(tokens[i]?.lower ?? '')) i -= 1;
  const before = tokens[i];
  if (before === undefined || before.kind !== 'word' || before.capitalised) return false;
  if (PREPOSITIONS.has(before.lower)) return COUNTERPART_PREPOSITIONS.has(before.lower);
  return true;
}

/** Sectors of a society's own people and parties: a leader acting on them is domestic news. */
const DOMESTIC_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'OPP', 'REL', 'MED', 'BUS', 'REF']);

/** "Ugandan opposition candidates", "the Zambian people": a country's own people or parties. */
function isOwnPeople(mention: ActorMention): boolean {
  return mention.head === 'title' && DOMESTIC_SECTORS.has(mention.sector ?? '');
}

/**
 * The one country a sentence names by its name, a nationality word or a country-bearing body,
 * when that country may be the titled name's own: it is named before the name (on the subject
 * side), after it other than as the party acted on ("despite pressure by the Kenya
 * Anti-Corruption Commission"), or as its own people or parties ("threatened to ban Ugandan
 * opposition candidates"). A country or its officials acted on ("President Ana Vidal criticised Peru") is a counterpart, not a home. Null when
 * the sentence names none or several, or only such a counterpart.
 */
export function soleNamedCountry(
  mentions: Mentions,
  tokens: readonly Token[],
  titled: ActorMention,
): string | null {
  const named = new Set(mentions.actors.map(countryOf).filter((c): c is string => c !== null));
  if (named.size !== 1) return null;
  const home = mentions.actors.find(
    (a) =>
      countryOf(a) !== null &&
      a !== titled &&
      (a.end <= titled.start || !isCounterpart(a, tokens) || isOwnPeople(a)),
  );
  return home === undefined ? null : countryOf(home);
}

/** A title with a name ("President Levy Mwanawasa"), not a bare title or sector word. */
function isTitledName(mention: ActorMention, tokens: readonly Token[]): boolean {
  return (
    mention.head === 'title' &&
    mention.end - mention.start >= 2 &&
    tokens[mention.end - 1]?.capitalised === true
  );
}

/**
 * Gives each mention that needs one a country from its place, in the order above, and returns
 * how each was found (by mention index). Mutates the mentions' `country`.
 */
export function assignHomeCountries(
  mentions: Mentions,
  tokens: readonly Token[],
  inDocument: string | null,
): Map<number, HomeCountrySource> {
  const how = new Map<number, HomeCountrySource>();
  const inSentence = sentenceCountry(mentions, tokens);
  mentions.actors.forEach((mention, i) => {
    if (isEthnicGroup(mention, tokens)) {
      const residence = attachedCountry(mention, tokens, mentions) ?? inSentence;
      if (residence !== null && residence !== mention.country) {
        mention.country = residence;
        how.set(i, residence === inSentence ? 'sentence' : 'attached');
      }
      return;
    }
    if (!needsHomeCountry(mention)) return;
    const apposed = appositionCountry(mention, tokens, mentions);
    if (apposed !== null) {
      mention.country = apposed;
      how.set(i, 'apposition');
      return;
    }
    const owner = possessorCountry(mention, tokens, mentions);
    if (owner !== null) {
      mention.country = owner;
      how.set(i, 'possessor');
      return;
    }
    const attached = attachedCountry(mention, tokens, mentions);
    const [country, source]: [string | null, HomeCountrySource] =
      attached !== null
        ? [attached, 'attached']
        : inSentence !== null
          ? [inSentence, 'sentence']
          : inDocument !== null || !isTitledName(mention, tokens)
            ? [inDocument, 'document']
            : [soleNamedCountry(mentions, tokens, mention), 'named'];
    if (country === null) return;
    mention.country = country;
    how.set(i, source);
  });
  return how;
}
