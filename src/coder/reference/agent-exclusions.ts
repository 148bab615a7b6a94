/**
 * Agent phrases of the reference dictionaries that the coder does not use: our own short,
 * curated list of entries that name things, places or acts, or read as verbs or adjectives in
 * running text ("airliner", "village", "settlement", "advocates", "retired"), and any phrase
 * whose head word the English lexicon codes as an event ("insurgency", "cabinet meeting"): a
 * dictionary agent never swallows a trigger. Pure.
 */
import { lexiconFor } from '../lexicon/index.ts';
import { singularOf } from '../singular.ts';

/** Keys as written in the dictionaries (upper case, words joined by "_"). */
const EXCLUDED_KEYS = new Set([
  // Vehicles and vessels: things, coded by their owner when the text names one.
  'AIRLINER',
  'JETLINER',
  'JUMBOJET',
  'SUPERTANKER',
  'TANKER',
  'FREIGHTER',
  'CONTAINERSHIP',
  // Places and buildings.
  'VILLAGE',
  'SETTLEMENT',
  'NEIGHBORHOOD',
  'NEIGHBOURHOOD',
  'BARRACKS',
  'PRISON',
  'SCHOOLHOUSE',
  'KINDERGARDEN',
  'KINDERGARTEN',
  'MONASTERY',
  'SANATARIUM',
  'SANATORIUM',
  'SANITARIUM',
  'INFIRMARY',
  // Acts rather than actors.
  'REBELLION',
  'REVOLT',
  'UPRISING',
  'INSURGENCE',
  // Words that are verbs or adjectives as often as agent nouns.
  'ADVOCATE',
  'CONVICT',
  'EXILE',
  'REPATRIATE',
  'RETIRED',
  'NATURALIZED',
  'STATE-OWNED',
]);

/** Event nouns that also name a group of people ("an army patrol", "UN peacekeepers"). */
const GROUP_EVENT_NOUNS = new Set(['patrol', 'peacekeeper']);

/** Words that join a head to what follows it in a name. */
const LINKING_WORDS = new Set(['of', 'for', 'in', 'on', 'at', 'to']);

let eventNouns: ReadonlySet<string> | undefined;

/** Single-word event nouns of the English lexicon ("attack", "insurgency", "meeting"). */
function englishEventNouns(): ReadonlySet<string> {
  eventNouns ??= new Set(
    lexiconFor('en')
      .triggers.filter((t) => t.pos === 'noun' && !t.phrase.includes(' ') && !GROUP_EVENT_NOUNS.has(t.phrase))
      .map((t) => t.phrase),
  );
  return eventNouns;
}

/**
 * Whether an agent phrase is refused: its record is on the curated list, or its head (its last
 * word before any linking word; words given normalised, without context words) is an event noun.
 */
export function isRefusedAgent(key: string, words: readonly string[]): boolean {
  if (EXCLUDED_KEYS.has(key)) return true;
  // The head is the last word before a linking word ("ministry of trade").
  const link = words.findIndex((word) => LINKING_WORDS.has(word));
  const head = words[(link > 0 ? link : words.length) - 1];
  if (head === undefined) return false;
  const nouns = englishEventNouns();
  return nouns.has(head) || nouns.has(singularOf(head));
}
